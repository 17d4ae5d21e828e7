// Private: one model pass over one image plane set, tile by tile.
//
// Contract: runs on the caller's thread inside an InferenceMode guard. The
// input is an RGB float tensor [1, 3, H, W] in [0, 1] that is already
// pre-padded and mod-padded; the pass writes the cropped, clamped and rounded
// result (H0*s x W0*s, the unpadded size times the network scale) into
// `output`, tile by tile. A tile is pasted only after its output was checked
// finite: a failure leaves every earlier tile in place and never pastes the
// failed one, so the caller may resume at that tile (precision change) or
// throw the canvas away (anything else).
#pragma once

#include "core/nn/upscale_network_p.h"
#include "core/upscale/fallback_ladder.h"
#include "core/upscale/tile_plan.h"
#include "core/upscale/upscale_options.h"
#include "core/upscale/upscaler.h"

#include <ATen/ATen.h>
#include <opencv2/core/mat.hpp>

#include <atomic>
#include <optional>

namespace hires {

// Counts down UpscaleFaults over a whole run.
class FaultCounter
{
public:
    explicit FaultCounter(const UpscaleFaults& faults);
    bool takeOutOfMemory(int tileIndex);
    bool takeNonFinite(int tileIndex);

private:
    UpscaleFaults m_faults;
};

struct PassTarget
{
    cv::Mat* output = nullptr; // preallocated, croppedSize * scale, 8/16-bit, 1 or 3 channels
    int bitDepth = 8;
    bool gray = false; // luma of the RGB output (gray images, alpha through the model)
};

enum class PassStatus
{
    Done,
    Failed,
    Cancelled,
};

struct PassOutcome
{
    PassStatus status = PassStatus::Done;
    AttemptFailure failure; // when Failed
};

class NeuralPass
{
public:
    NeuralPass(UpscaleNetwork& network, const at::Tensor& padded, cv::Size croppedSize,
               const TilePlan& plan, PassTarget target, FaultCounter& faults);

    // Runs tiles from `firstTile` on; `progress` gets (tiles done, tile count).
    PassOutcome run(int firstTile, const std::function<void(int, int)>& progress,
                    const std::atomic<bool>* cancel);

private:
    void runTile(const Tile& tile);

    UpscaleNetwork& m_network;
    const at::Tensor& m_padded;
    cv::Size m_cropped;
    const TilePlan& m_plan;
    PassTarget m_target;
    FaultCounter& m_faults;
};

// Right/bottom reflect-101 padding of a [N, C, H, W] tensor by any amount (a
// 1-pixel side repeats its pixel): F.pad(x, (0, right, 0, bottom), 'reflect')
// whenever that is defined.
at::Tensor reflectPadRightBottom(const at::Tensor& x, int right, int bottom);

// What a runtime exception means for the ladder.
AttemptFailure classifyException(const std::exception& e);

} // namespace hires
