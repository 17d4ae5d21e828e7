#include "core/diffusion/nets/spatial_transformer_p.h"

namespace hires::nets {

SpatialTransformerImpl::SpatialTransformerImpl(int64_t channels, int64_t heads, int64_t headDim,
                                               int64_t depth, int64_t contextDim,
                                               bool linearProjection, const ParamOptions& options)
    : m_linear(linearProjection)
{
    const int64_t inner = heads * headDim;
    m_norm = register_module("norm", GroupNorm(32, channels, 1e-6, options));
    if (m_linear)
        m_linearIn = register_module("proj_in", Linear(channels, inner, true, options));
    else
        m_convIn = register_module("proj_in", Conv2d(channels, inner, 1, 1, 0, options));
    auto& blocks = addIndexedChild(*this, "transformer_blocks");
    for (int64_t i = 0; i < depth; ++i)
        m_blocks.push_back(addAt(
            blocks, int(i), BasicTransformerBlock(inner, heads, headDim, contextDim, options)));
    if (m_linear)
        m_linearOut = register_module("proj_out", Linear(inner, channels, true, options));
    else
        m_convOut = register_module("proj_out", Conv2d(inner, channels, 1, 1, 0, options));
}

at::Tensor SpatialTransformerImpl::forward(const at::Tensor& x, const at::Tensor& context) const
{
    const int64_t b = x.size(0), h = x.size(2), w = x.size(3);
    // Channels-last activations make [B, C, H, W] -> [B, H*W, C] a free view.
    auto toTokens = [&](const at::Tensor& t) {
        return t.permute({0, 2, 3, 1}).reshape({b, h * w, t.size(1)});
    };
    auto toImage = [&](const at::Tensor& t) { // [B, HW, C] -> [B, C, H, W] (channels-last view)
        return t.view({b, h, w, t.size(2)}).permute({0, 3, 1, 2});
    };
    at::Tensor normed = m_norm->forward(x);
    at::Tensor tokens = m_linear ? m_linearIn->forward(toTokens(normed))
                                 : toTokens(m_convIn->forward(normed)); // [B, HW, inner]
    tokens = tokens.contiguous();
    for (const auto& block : m_blocks)
        tokens = block->forward(tokens, context);
    at::Tensor out = m_linear ? toImage(m_linearOut->forward(tokens))
                              : m_convOut->forward(toImage(tokens)); // [B, C, H, W]
    return out.add_(x);
}

} // namespace hires::nets
