#include "core/diffusion/nets/cross_attention_p.h"

#include "core/diffusion/nets/attention_p.h"

namespace hires::nets {

CrossAttentionImpl::CrossAttentionImpl(int64_t queryDim, int64_t contextDim, int64_t heads,
                                       int64_t headDim, const ParamOptions& options)
    : m_heads(heads)
{
    const int64_t inner = heads * headDim;
    m_toQ = register_module("to_q", Linear(queryDim, inner, false, options));
    m_toK = register_module("to_k", Linear(contextDim, inner, false, options));
    m_toV = register_module("to_v", Linear(contextDim, inner, false, options));
    // to_out = Sequential(Linear, Dropout): only index 0 has weights.
    m_toOut = addAt(addIndexedChild(*this, "to_out"), 0, Linear(inner, queryDim, true, options));
}

at::Tensor CrossAttentionImpl::forward(const at::Tensor& x, const at::Tensor& context) const
{
    const at::Tensor& source = context.defined() ? context : x;
    at::Tensor q = m_toQ->forward(x);      // [B, N, inner]
    at::Tensor k = m_toK->forward(source); // [B, M, inner]
    at::Tensor v = m_toV->forward(source); // [B, M, inner]
    return m_toOut->forward(attention(q, k, v, m_heads));
}

} // namespace hires::nets
