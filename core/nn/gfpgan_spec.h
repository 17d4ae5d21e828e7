// GfpganSpec: the hyper-parameters of a GFPGANv1Clean network (GFPGAN v1.3 /
// v1.4 "clean" architecture), read back from the shapes of a state dict.
//
// Contract: plain value type, torch-free; detectGfpganSpec() only reads
// shapes, so it is cheap and safe on any StateDict. GFPGANv1.4.pth gives
// out_size 512, num_style_feat 512, channel_multiplier 2, narrow 1, sft_half,
// different_w (16 latents).
#pragma once

#include "core/base/result.h"
#include "core/weights/state_dict.h"

#include <QString>

namespace hires {

struct GfpganSpec
{
    int outSize = 512;
    int numStyleFeat = 512;
    int channelMultiplier = 2;
    double narrow = 1.0;
    bool sftHalf = true;
    bool differentW = true;

    int logSize() const;   // log2(outSize)
    int numLatent() const; // 2 * logSize - 2 style vectors
    int numNoise() const;  // 2 * (logSize - 2) + 1 noise buffers
    // StyleGAN2 decoder width at a resolution (4 ... outSize).
    int decoderChannels(int resolution) const;
    // U-Net (encoder / condition) width: the decoder's at half the narrow ratio.
    int unetChannels(int resolution) const;
    QString describe() const; // "GFPGANv1Clean 512 px, 512 style features, channel multiplier 2"
};

// Key prefix of the weights that GFPGAN's checkpoints carry but the network
// never uses (input_is_latent=True skips the StyleGAN2 mapping network).
inline constexpr const char* kGfpganUnusedPrefix = "stylegan_decoder.style_mlp.";

// Reads the configuration from tensor shapes; an error names the first key
// that is missing or does not fit the architecture.
Result<GfpganSpec> detectGfpganSpec(const StateDict& weights);

} // namespace hires
