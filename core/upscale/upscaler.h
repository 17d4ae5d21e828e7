// Upscaler: the common interface of LANCZOS and the neural upscalers.
//
// Contract: upscale() is synchronous and runs on the caller's thread (the job
// worker); it never throws and never modifies the input. The progress callback
// is called on that same thread, once per tile (done, total, stage); `cancel`
// may be set from any thread and is checked between tiles: a cancelled run
// returns ErrorCode::Cancelled and no image. The result carries the
// provenance of what actually produced the pixels. An Upscaler object is not
// thread-safe: one run at a time.
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"
#include "core/jobs/provenance.h"
#include "core/upscale/upscale_options.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace hires {

class FaceRestorationSession;

struct UpscaleResult
{
    Image image;
    Provenance provenance;
    // With UpscaleRequest::keepFaceSession: the restored faces of the
    // upscaled image, for the comparison view's per-face switches and slider.
    std::shared_ptr<FaceRestorationSession> faces;
};

// done and total count tiles (or steps); stage: "upscale", "alpha", "resize".
using UpscaleProgress = std::function<void(int done, int total, const QString& stage)>;

class Upscaler
{
public:
    virtual ~Upscaler() = default;
    // "lanczos", or the model id ("realesrgan-x4plus").
    virtual QString id() const = 0;
    virtual Result<UpscaleResult> upscale(const Image& input, const UpscaleOptions& options,
                                          const UpscaleProgress& progress = {},
                                          const std::atomic<bool>* cancel = nullptr) = 0;
};

// The exact output size for an input size and scale: int(side * scale), at least 1,
// checked against the options' limits. Shared by every upscaler.
Result<cv::Size> upscaledSize(cv::Size input, const UpscaleOptions& options);

} // namespace hires
