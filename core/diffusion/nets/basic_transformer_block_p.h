// Private: ldm BasicTransformerBlock: self-attention, cross-attention and a
// GEGLU feed-forward, each pre-LayerNorm with a residual (attn1, attn2,
// ff.net.0.proj, ff.net.2, norm1..3).
#pragma once

#include "core/diffusion/nets/cross_attention_p.h"

namespace hires::nets {

class BasicTransformerBlockImpl : public torch::nn::Module
{
public:
    BasicTransformerBlockImpl(int64_t dim, int64_t heads, int64_t headDim, int64_t contextDim,
                              const ParamOptions& options);
    // x: [B, N, dim] (updated in place and returned); context: [B, M, contextDim]
    at::Tensor forward(at::Tensor x, const at::Tensor& context) const;

private:
    CrossAttention m_attn1{nullptr}, m_attn2{nullptr};
    LayerNorm m_norm1{nullptr}, m_norm2{nullptr}, m_norm3{nullptr};
    Linear m_ffIn{nullptr}, m_ffOut{nullptr};
};
TORCH_MODULE(BasicTransformerBlock);

} // namespace hires::nets
