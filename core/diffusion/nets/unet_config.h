// UNetConfig: the hyper-parameters of openaimodel.UNetModel that Stable
// Diffusion checkpoints use (a plain value; torch-free).
#pragma once

#include <cstdint>
#include <vector>

namespace hires::nets {

struct UNetConfig
{
    int64_t inChannels = 4;
    int64_t outChannels = 4;
    int64_t modelChannels = 320;
    std::vector<int64_t> channelMult{1, 2, 4, 4};
    int64_t numResBlocks = 2;
    // Downsampling factors (1, 2, 4, ...) whose levels get a SpatialTransformer.
    std::vector<int64_t> attentionResolutions{4, 2, 1};
    // Transformer depth per level; the middle block uses middleDepth.
    std::vector<int64_t> transformerDepth{1, 1, 1, 1};
    int64_t middleDepth = 1;
    int64_t numHeads = 8;         // used when numHeadChannels == -1 (SD1)
    int64_t numHeadChannels = -1; // SDXL / SD2: 64, heads = channels / 64
    int64_t contextDim = 768;
    bool linearProjection = false; // use_linear_in_transformer
    int64_t admInChannels = 0;     // SDXL: 2816 (label_emb), 0 = none

    int64_t timeEmbedDim() const { return modelChannels * 4; }
    bool hasAttention(int64_t ds) const;
    // (heads, head dim) of a transformer at `channels`.
    int64_t headsAt(int64_t channels) const;
    int64_t headDimAt(int64_t channels) const;

    static UNetConfig sd15();     // SD 1.x: v1-inference.yaml
    static UNetConfig sd2();      // SD 2.x: v2-inference(-v).yaml
    static UNetConfig sdxlBase(); // SDXL base: sd_xl_base.yaml
};

} // namespace hires::nets
