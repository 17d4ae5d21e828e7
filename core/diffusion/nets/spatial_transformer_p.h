// Private: ldm/sgm SpatialTransformer: GroupNorm (eps 1e-6), proj_in (1x1
// conv for SD1, Linear for SDXL/SD2 "use_linear_in_transformer"), depth
// BasicTransformerBlocks, proj_out, plus the input.
#pragma once

#include "core/diffusion/nets/basic_transformer_block_p.h"

#include <vector>

namespace hires::nets {

class SpatialTransformerImpl : public torch::nn::Module
{
public:
    SpatialTransformerImpl(int64_t channels, int64_t heads, int64_t headDim, int64_t depth,
                           int64_t contextDim, bool linearProjection, const ParamOptions& options);
    // x: [B, C, H, W]; context: [B, M, contextDim] -> [B, C, H, W]
    at::Tensor forward(const at::Tensor& x, const at::Tensor& context) const;

private:
    bool m_linear;
    GroupNorm m_norm{nullptr};
    Conv2d m_convIn{nullptr}, m_convOut{nullptr};
    Linear m_linearIn{nullptr}, m_linearOut{nullptr};
    std::vector<BasicTransformerBlock> m_blocks;
};
TORCH_MODULE(SpatialTransformer);

} // namespace hires::nets
