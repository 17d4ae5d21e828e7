// FaceRestorer: face restoration of a whole image — detection, alignment to
// the FFHQ crop, GFPGAN v1.4, paste-back and the weight blend.
//
// The weight means the same everywhere (GUI, CLI, API): the result is
// original + weight * (restored - original) per pixel, where "restored" is
// the image with every face pasted back at full strength (A1111's "GFPGAN
// visibility"). 0 returns the input bit for bit; 1 is full restoration.
// Without a usable model (none given, missing, corrupt, not GFPGAN) the
// faces are still detected and aligned, the image comes back unchanged and
// the provenance says why: the job goes on, as with the LANCZOS fallback.
//
// Contract: one thread at a time per FaceRestorer (it keeps the loaded model
// and detector between calls). restore() never throws; it checks the job's
// cancel flag between faces and reports progress through the JobContext.
#pragma once

#include "core/base/result.h"
#include "core/face/detected_face.h"
#include "core/face/face_detection.h"
#include "core/face/face_detector.h"
#include "core/face/face_enhancer.h"
#include "core/image/image.h"
#include "core/jobs/compute_device.h"
#include "core/jobs/provenance.h"

#include <opencv2/core/matx.hpp>

#include <memory>
#include <vector>

namespace hires {

class JobContext;

struct FaceRestoreOptions
{
    double weight = 1.0;       // 0..1
    QString modelPath;         // GFPGANv1.4.pth (.pth, .safetensors)
    bool alignedInput = false; // the input is one aligned face: the network alone
    FaceDetectorSetup detector;
    FaceDetectionOptions detection;
    DevicePreference device = DevicePreference::Auto;
};

// One face, with what the comparison view needs to show and re-blend it.
struct FaceRecord
{
    DetectedFace face;
    cv::Matx23d affine; // image -> aligned crop
    cv::Mat before;     // the aligned crop, CV_32FC3 BGR in [0, 1], square
    cv::Mat after;      // the restored crop, same layout; empty when no model ran
};

struct FaceRestoreResult
{
    Image image; // same size, depth, channels and metadata as the input
    std::vector<FaceRecord> faces;
    Provenance provenance; // task "face-restore"
};

class FaceRestorer
{
public:
    explicit FaceRestorer(FaceRestoreOptions options = {});
    ~FaceRestorer();
    FaceRestorer(const FaceRestorer&) = delete;
    FaceRestorer& operator=(const FaceRestorer&) = delete;

    const FaceRestoreOptions& options() const { return m_options; }
    // New options for the next restore(): the loaded model is kept unless the
    // model file or device changes, the detector unless its setup changes, so
    // a batch (or a weight change) does not reload 350 MB of weights.
    void setOptions(FaceRestoreOptions options);
    // Uses this network instead of loading options().modelPath (tests use
    // IdentityFaceEnhancer to check the geometry).
    void setEnhancer(std::shared_ptr<FaceEnhancer> enhancer);

    // context may be null (no progress, no cancel).
    Result<FaceRestoreResult> restore(const Image& input, const JobContext* context = nullptr);

private:
    void ensureEnhancer(Provenance& provenance);
    Result<void> ensureDetector(Provenance& provenance);
    Result<FaceRestoreResult> restoreAligned(const Image& input, Provenance provenance);

    FaceRestoreOptions m_options;
    std::shared_ptr<FaceEnhancer> m_enhancer;
    bool m_modelTried = false;
    QString m_modelError;
    QJsonObject m_modelDetails;
    std::unique_ptr<FaceDetector> m_detector;
    QString m_detectorNote;
};

// The original with face i pasted back at weights[i] (0: left out), from the
// records of an earlier restore(): the per-face switch and live weight slider
// of the comparison view, without running the network again.
Result<cv::Mat> compositeFaces(const cv::Mat& original, const std::vector<FaceRecord>& faces,
                               const std::vector<double>& weights);

} // namespace hires
