// Comparison: two images side by side with everything the comparison view
// shows about them, built off the GUI thread by the comparison jobs.
//
// Contract: a plain value type (cv::Mat members share pixels on copy: treat
// them as read-only). build() aligns the two sides to a common size, measures
// them and computes the difference map; it is pure and may run on any thread.
// A Comparison travels from a job to the GUI inside a JobOutput
// (toJobOutput / fromJobOutput): the images under the roles "a", "b",
// "aligned_a", "aligned_b", "difference" and "reference", the faces of side B
// in JobOutput::faces, the rest in the provenance's details under
// "comparison"; the JobOutput's own provenance is side B's. With faces, the
// Comparison shares the FaceRestorationSession: one thread at a time (the GUI's).
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"
#include "core/jobs/job.h"
#include "core/jobs/provenance.h"

#include <QString>

#include <memory>
#include <optional>

namespace hires {

class FaceRestorationSession;

struct ComparisonSide
{
    QString label;         // "LANCZOS", "realesrgan-x4fast", or a file name
    QString file;          // the file the pixels came from; empty for a computed result
    Image image;           // as produced, in its own depth and channels (what Save writes)
    Provenance provenance; // empty `used` when unknown (an image file)
    double sharpness = 0;  // variance of the Laplacian, measured on `image` (or the region)
    std::optional<double> fidelityDb; // PSNR against the input reduced; none without an input
};

struct Comparison
{
    static constexpr double kDefaultGain = 4.0;

    ComparisonSide a;
    ComparisonSide b;
    QString inputFile; // the image both sides were made from, if any
    cv::Mat alignedA;  // 8-bit BGR at the common size
    cv::Mat alignedB;
    cv::Mat difference; // 8-bit BGR colour map of |A - B| * gain
    double gain = kDefaultGain;
    double meanDifference = 0; // mean largest-channel |A - B| (0..255), before the gain
    // Preview runs: the part of the output the model ran on (common-size
    // coordinates); the metrics are measured inside it. Empty: the whole image.
    cv::Rect region;
    bool aspectDiffers = false;
    // What the fidelity was measured against (build()'s `input`); may be empty.
    cv::Mat reference;
    // Side B's restored faces (UpscaleRequest::keepFaceSession), and where the
    // session's image lies in side B: its pixels `facesFrom` are B's pixels at
    // `facesAt` (the whole image, or a preview's region). Null without faces.
    std::shared_ptr<FaceRestorationSession> faces;
    cv::Rect facesFrom;
    cv::Point facesAt;

    cv::Size size() const { return alignedA.size(); }

    // input: what both sides were made from (for fidelity; with a region, the
    // part of the input that the region was made from), or empty: then, if
    // the sizes differ, the smaller side stands for the input of the larger.
    static Result<Comparison> build(ComparisonSide a, ComparisonSide b, const cv::Mat& input,
                                    double gain = kDefaultGain, cv::Rect region = {});
    // The difference map again with another gain (the view's amplification control).
    Result<cv::Mat> differenceWithGain(double gain) const;
    // The same comparison with side B's faces at new settings: `image` (the
    // session's current()) placed into B as facesFrom -> facesAt; alignment,
    // difference and metrics follow, everything else is kept. An image that
    // does not fit is an error and nothing changes.
    Result<Comparison> withFaceImage(const Image& image) const;

    JobOutput toJobOutput() const;
    static Result<Comparison> fromJobOutput(const JobOutput& output);
};

} // namespace hires
