// FaceRestorationSession: the faces of one image after the network ran, kept
// so the comparison view can show each face before/after, switch faces on and
// off and move a weight slider live, without running the network again.
//
// It keeps the original image, each face's aligned crop and restored crop
// (FaceRecord) and the composite at the current settings. A change re-blends
// only the part of the image the changed face can touch (together with the
// faces overlapping it, pasted in their original order), so the composite is
// always bit-identical to compositeFaces(original, faces, effectiveWeights()).
// All faces off, or every weight 0, gives the original back bit for bit.
//
// Contract: movable, not copyable (it keeps its own copy of the original and
// the composite); owned by its user; one thread at a time. Setters return an error for an index out
// of range or a weight outside 0..1 and then change nothing. Nothing throws.
#pragma once

#include "core/base/result.h"
#include "core/face/face_restorer.h"
#include "core/image/image.h"
#include "core/jobs/provenance.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace hires {

class JobContext;

class FaceRestorationSession
{
public:
    // Detects, aligns and restores every face of `original` once with
    // `restorer` (its weight becomes every face's starting weight). Without a
    // usable model the session still lists the faces (restorable() false) and
    // provenance() says why.
    static Result<FaceRestorationSession> run(FaceRestorer& restorer, const Image& original,
                                              const JobContext* context = nullptr);
    // From the records of an earlier FaceRestorer::restore() on `original`.
    static Result<FaceRestorationSession> fromRecords(Image original, std::vector<FaceRecord> faces,
                                                      double weight, Provenance provenance = {});

    int faceCount() const { return int(m_faces.size()); }
    const Image& original() const { return m_original; }
    // The image at the current settings (same size, type and metadata as original()).
    const Image& current() const { return m_current; }
    const Provenance& provenance() const { return m_provenance; }

    // Per face (index 0 .. faceCount() - 1; out of range: empty / false / 0).
    const FaceRecord* face(int index) const;
    bool restorable(int index) const; // a restored crop exists
    bool isEnabled(int index) const;
    double weight(int index) const;          // the slider value, kept while switched off
    double effectiveWeight(int index) const; // 0 when switched off or not restorable
    std::vector<double> effectiveWeights() const;
    // The image rectangle face `index` can change (clipped; empty when the face
    // lies outside), and views of original() and current() there: the
    // before/after pair of the face in image space.
    cv::Rect region(int index) const;
    cv::Mat beforePixels(int index) const;
    cv::Mat afterPixels(int index) const;

    Result<void> setEnabled(int index, bool enabled);
    Result<void> setWeight(int index, double weight);
    Result<void> setAllWeights(double weight); // the global slider

    FaceRestorationSession(FaceRestorationSession&&) = default;
    FaceRestorationSession& operator=(FaceRestorationSession&&) = default;
    FaceRestorationSession(const FaceRestorationSession&) = delete;
    FaceRestorationSession& operator=(const FaceRestorationSession&) = delete;

private:
    FaceRestorationSession() = default;
    Result<void> checkIndex(int index) const;
    // Re-blends the faces overlapping face `index` (transitively) from the original.
    Result<void> refresh(int index);

    Image m_original;
    Image m_current;
    Provenance m_provenance;
    std::vector<FaceRecord> m_faces;
    std::vector<cv::Rect> m_regions;
    std::vector<bool> m_enabled;
    std::vector<double> m_weights;
};

} // namespace hires
