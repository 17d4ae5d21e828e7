#include "core/diffusion/nets/basic_transformer_block_p.h"

namespace hires::nets {

BasicTransformerBlockImpl::BasicTransformerBlockImpl(int64_t dim, int64_t heads, int64_t headDim,
                                                     int64_t contextDim,
                                                     const ParamOptions& options)
{
    m_attn1 = register_module("attn1", CrossAttention(dim, dim, heads, headDim, options));
    // ff.net = [GEGLU(proj: dim -> 2 * 4dim), Dropout, Linear(4dim -> dim)]
    auto& net =
        addIndexedChild(*register_module("ff", std::make_shared<torch::nn::Module>()), "net");
    auto& geglu = *net.register_module("0", std::make_shared<torch::nn::Module>("GEGLU"));
    m_ffIn = geglu.register_module("proj", Linear(dim, 8 * dim, true, options));
    m_ffOut = addAt(net, 2, Linear(4 * dim, dim, true, options));
    m_attn2 = register_module("attn2", CrossAttention(dim, contextDim, heads, headDim, options));
    m_norm1 = register_module("norm1", LayerNorm(dim, 1e-5, options));
    m_norm2 = register_module("norm2", LayerNorm(dim, 1e-5, options));
    m_norm3 = register_module("norm3", LayerNorm(dim, 1e-5, options));
}

at::Tensor BasicTransformerBlockImpl::forward(at::Tensor x, const at::Tensor& context) const
{
    x = x.add_(m_attn1->forward(m_norm1->forward(x)));
    x = x.add_(m_attn2->forward(m_norm2->forward(x), context));
    // GEGLU: value * GELU(gate) with the exact (erf) GELU; value is the first half.
    at::Tensor projected = m_ffIn->forward(m_norm3->forward(x)); // [B, N, 8 dim]
    const int64_t inner = projected.size(-1) / 2;
    at::Tensor gated = at::gelu(projected.narrow(-1, inner, inner))
                           .mul_(projected.narrow(-1, 0, inner)); // [B, N, 4 dim]
    return x.add_(m_ffOut->forward(gated));
}

} // namespace hires::nets
