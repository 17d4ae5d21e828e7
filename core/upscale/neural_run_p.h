// Private: one neural upscale run — every model pass of one image, the alpha
// channel, and the FallbackLadder that carries over from pass to pass.
//
// Contract: used by NeuralUpscaler::upscale() on its thread, inside an
// InferenceMode guard. pass() returns the pass's pixels (scale x the input,
// same depth and channels), or says that the run was cancelled or that the
// ladder gave up on the network (the caller then uses LANCZOS for the whole
// image). Fills the Provenance's device, precision, tile and timings.
#pragma once

#include "core/nn/upscale_network_p.h"
#include "core/upscale/fallback_ladder.h"
#include "core/upscale/neural_pass_p.h"
#include "core/upscale/upscaler.h"

#include <opencv2/core/mat.hpp>

#include <optional>

namespace hires {

enum class RunStatus
{
    Done,
    Cancelled,
    GaveUp,
};

struct RunOutcome
{
    RunStatus status = RunStatus::Done;
    cv::Mat pixels;
    AttemptFailure failure; // when GaveUp
};

class NeuralRun
{
public:
    NeuralRun(UpscaleNetwork& network, const UpscaleOptions& options, Provenance& record,
              const UpscaleProgress& progress, const std::atomic<bool>* cancel);

    RunOutcome pass(const cv::Mat& image, int pass, int passes);
    FallbackLadder& ladder() { return *m_ladder; }

private:
    // Colour (or gray, or alpha as gray) planes through the network with the ladder.
    RunOutcome planes(const cv::Mat& image, const QString& stage);
    bool prepareNetwork(const AttemptConfig& config, AttemptFailure* failure);
    int autoTile(int width, int height, bool cuda) const;

    UpscaleNetwork& m_network;
    const UpscaleOptions& m_options;
    Provenance& m_record;
    const UpscaleProgress& m_progress;
    const std::atomic<bool>* m_cancel;
    FaultCounter m_faults;
    std::optional<FallbackLadder> m_ladder;
};

} // namespace hires
