// Private: ldm CrossAttention (to_q, to_k, to_v without bias, to_out.0 with bias).
#pragma once

#include "core/diffusion/nets/primitives_p.h"

namespace hires::nets {

class CrossAttentionImpl : public torch::nn::Module
{
public:
    // contextDim = queryDim for self-attention.
    CrossAttentionImpl(int64_t queryDim, int64_t contextDim, int64_t heads, int64_t headDim,
                       const ParamOptions& options);
    // x: [B, N, queryDim]; context: [B, M, contextDim] or undefined (self) -> [B, N, queryDim]
    at::Tensor forward(const at::Tensor& x, const at::Tensor& context = {}) const;

private:
    int64_t m_heads;
    Linear m_toQ{nullptr}, m_toK{nullptr}, m_toV{nullptr}, m_toOut{nullptr};
};
TORCH_MODULE(CrossAttention);

} // namespace hires::nets
