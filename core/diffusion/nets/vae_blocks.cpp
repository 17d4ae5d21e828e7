#include "core/diffusion/nets/vae_blocks_p.h"

#include "core/diffusion/nets/attention_p.h"
#include "core/nn/conv_util_p.h"

namespace hires::nets {

VaeResnetBlockImpl::VaeResnetBlockImpl(int64_t in, int64_t out, const ParamOptions& options)
{
    m_norm1 = register_module("norm1", GroupNorm(32, in, 1e-6, options));
    m_conv1 = register_module("conv1", Conv2d(in, out, 3, 1, 1, options));
    m_norm2 = register_module("norm2", GroupNorm(32, out, 1e-6, options));
    m_conv2 = register_module("conv2", Conv2d(out, out, 3, 1, 1, options));
    if (in != out)
        m_shortcut = register_module("nin_shortcut", Conv2d(in, out, 1, 1, 0, options));
}

at::Tensor VaeResnetBlockImpl::forward(const at::Tensor& x) const
{
    at::Tensor h = m_conv1->forward(m_norm1->forwardSilu(x));
    h = m_conv2->forward(m_norm2->forwardSilu(h));
    return h.add_(m_shortcut ? m_shortcut->forward(x) : x);
}

VaeAttnBlockImpl::VaeAttnBlockImpl(int64_t channels, const ParamOptions& options)
{
    m_norm = register_module("norm", GroupNorm(32, channels, 1e-6, options));
    m_q = register_module("q", Conv2d(channels, channels, 1, 1, 0, options));
    m_k = register_module("k", Conv2d(channels, channels, 1, 1, 0, options));
    m_v = register_module("v", Conv2d(channels, channels, 1, 1, 0, options));
    m_proj = register_module("proj_out", Conv2d(channels, channels, 1, 1, 0, options));
}

at::Tensor VaeAttnBlockImpl::forward(const at::Tensor& x) const
{
    const int64_t b = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    at::Tensor normed = m_norm->forward(x);
    auto tokens = [&](const at::Tensor& t) { // [B, C, H, W] -> [B, HW, C]
        return t.permute({0, 2, 3, 1}).reshape({b, h * w, c});
    };
    at::Tensor attended = attention(tokens(m_q->forward(normed)), tokens(m_k->forward(normed)),
                                    tokens(m_v->forward(normed)), 1); // [B, HW, C]
    at::Tensor image = wideConvLayout(attended.view({b, h, w, c}).permute({0, 3, 1, 2}));
    return m_proj->forward(image).add_(x);
}

} // namespace hires::nets
