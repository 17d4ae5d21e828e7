// UpscaleComparisonJob: LANCZOS against a neural model on the same image at
// the same output size, in one job; or, for a quick look, the model on one
// region only ("preview on the visible region").
//
// Contract: see Job (run() on the runner's worker thread, never throws,
// honours cancel between tiles). The input is decoded on the worker when only
// a file is given. Side A is LANCZOS of the whole image, side B the model's
// result; both int(w * outScale) x int(h * outScale). With a region, the model
// runs only on that part of the input plus `margin` pixels of context on each
// side (clamped to the image; the network sees real neighbours, so the region's
// edges match a whole-image run far better than a bare crop), and side B is
// LANCZOS with the model's region pasted in: the user keeps the whole picture
// and sees the model where they looked. Metrics are then measured inside the
// region. The model is opened once and kept in the runner's ModelCache.
//
// With model.faceRestore set, side B's faces are restored (UpscaleEngine's
// face step, its fallbacks in B's provenance); with model.keepFaceSession the
// FaceRestorationSession comes out in Comparison::faces (JobOutput::faces),
// placed where the model's pixels lie in B. setUpscaler() replaces the model
// run (the whole image, or the region with its context) — e.g. a remote
// server; LANCZOS always runs here.
#pragma once

#include "core/compare/comparison.h"
#include "core/jobs/job.h"
#include "core/upscale/upscale_engine.h"
#include "core/upscale/upscale_job.h"

#include <opencv2/core/types.hpp>

namespace hires {

struct UpscaleComparisonRequest
{
    QString inputFile;    // read on the worker when `input` has no pixels
    Image input;          // the image itself, when the caller has it decoded already
    UpscaleRequest model; // the model file, its id and the options (outScale, tile, device)
    cv::Rect region;      // in input pixels; empty: the whole image
    int margin = kDefaultMargin;
    double gain = Comparison::kDefaultGain;

    static constexpr int kDefaultMargin = 16;
};

class UpscaleComparisonJob final : public Job
{
public:
    explicit UpscaleComparisonJob(UpscaleComparisonRequest request);

    // Runs the model side instead of the local UpscaleEngine (RemoteUpscaler);
    // called on the worker thread with the input or the context crop.
    void setUpscaler(UpscaleJob::Upscaler upscaler) { m_upscaler = std::move(upscaler); }

    QString kind() const override; // "compare"
    QString title() const override;
    Result<JobOutput> run(JobContext& context) override;

    // The model's context rectangle for a region: region grown by margin, clamped.
    static cv::Rect contextRect(cv::Rect region, int margin, cv::Size image);
    // A rectangle of input pixels in output pixels for a scale (rounded, clamped to `output`).
    static cv::Rect scaleRect(cv::Rect rect, double scale, cv::Size output);

private:
    Result<Image> loadInput() const;
    Result<UpscaleResult> runModel(const Image& input, const UpscaleRequest& request,
                                   JobContext& context);

    UpscaleComparisonRequest m_request;
    UpscaleJob::Upscaler m_upscaler;
};

} // namespace hires
