#include "core/diffusion/nets/res_block_p.h"

namespace hires::nets {

ResBlockImpl::ResBlockImpl(int64_t channels, int64_t embChannels, int64_t outChannels,
                           const ParamOptions& options)
{
    // Sequential indices follow upstream: [GN, SiLU, conv], [SiLU, Linear],
    // [GN, SiLU, Dropout, conv].
    auto& in = addIndexedChild(*this, "in_layers");
    m_inNorm = addAt(in, 0, GroupNorm(32, channels, 1e-5, options));
    m_inConv = addAt(in, 2, Conv2d(channels, outChannels, 3, 1, 1, options));
    m_emb = addAt(addIndexedChild(*this, "emb_layers"), 1,
                  Linear(embChannels, outChannels, true, options));
    auto& out = addIndexedChild(*this, "out_layers");
    m_outNorm = addAt(out, 0, GroupNorm(32, outChannels, 1e-5, options));
    m_outConv = addAt(out, 3, Conv2d(outChannels, outChannels, 3, 1, 1, options));
    if (channels != outChannels)
        m_skip =
            register_module("skip_connection", Conv2d(channels, outChannels, 1, 1, 0, options));
}

at::Tensor ResBlockImpl::forward(const at::Tensor& x, const at::Tensor& embSilu) const
{
    at::Tensor h = m_inConv->forward(m_inNorm->forwardSilu(x)); // [B, outC, H, W]
    at::Tensor e = m_emb->forward(embSilu).to(h.scalar_type()); // [B, outC]
    h.add_(e.unsqueeze(-1).unsqueeze(-1));
    h = m_outConv->forward(m_outNorm->forwardSilu(h));
    return h.add_(m_skip ? m_skip->forward(x) : x);
}

} // namespace hires::nets
