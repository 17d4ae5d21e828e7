// LanczosUpscaler: OpenCV's Lanczos-4 resize, the fast baseline and the last
// step of every fallback ladder.
//
// Contract: see Upscaler. Keeps depth (8/16-bit), channel count and
// metadata; the alpha channel is resized with the colour. Never fails except
// for an empty input or a size over the limits.
#pragma once

#include "core/upscale/upscaler.h"

namespace hires {

class LanczosUpscaler final : public Upscaler
{
public:
    QString id() const override;
    Result<UpscaleResult> upscale(const Image& input, const UpscaleOptions& options,
                                  const UpscaleProgress& progress = {},
                                  const std::atomic<bool>* cancel = nullptr) override;

    // The resize itself (cv::resize, INTER_LANCZOS4), for the neural pipeline's
    // exact final size and its alpha-by-LANCZOS mode.
    static cv::Mat resize(const cv::Mat& pixels, cv::Size size);
};

} // namespace hires
