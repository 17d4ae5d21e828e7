#include "core/diffusion/nets/open_clip_text_encoder_p.h"

#include "core/diffusion/nets/attention_p.h"

namespace hires::nets {

OpenClipResidualBlockImpl::OpenClipResidualBlockImpl(const OpenClipTextConfig& c,
                                                     const ParamOptions& options)
    : m_heads(c.heads)
{
    m_ln1 = register_module("ln_1", LayerNorm(c.width, 1e-5, options));
    // nn.MultiheadAttention: q, k and v projections stacked in one [3W, W] matrix.
    auto& attn = *register_module("attn", std::make_shared<torch::nn::Module>());
    m_inProjWeight = addParameter(attn, "in_proj_weight", {3 * c.width, c.width}, options);
    m_inProjBias = addParameter(attn, "in_proj_bias", {3 * c.width}, options);
    m_outProj = attn.register_module("out_proj", Linear(c.width, c.width, true, options));
    m_ln2 = register_module("ln_2", LayerNorm(c.width, 1e-5, options));
    auto& mlp = *register_module("mlp", std::make_shared<torch::nn::Module>());
    m_fc = mlp.register_module("c_fc", Linear(c.width, c.mlp, true, options));
    m_proj = mlp.register_module("c_proj", Linear(c.mlp, c.width, true, options));
}

at::Tensor OpenClipResidualBlockImpl::forward(const at::Tensor& x, const at::Tensor& mask) const
{
    const int64_t w = x.size(2);
    at::Tensor qkv = at::linear(m_ln1->forward(x), m_inProjWeight, m_inProjBias); // [B, N, 3W]
    at::Tensor attended =
        attention(qkv.narrow(2, 0, w), qkv.narrow(2, w, w), qkv.narrow(2, 2 * w, w), m_heads, mask);
    at::Tensor h = x + m_outProj->forward(attended);
    return h.add_(m_proj->forward(at::gelu(m_fc->forward(m_ln2->forward(h)))));
}

OpenClipTextEncoderImpl::OpenClipTextEncoderImpl(const OpenClipTextConfig& c,
                                                 const ParamOptions& options)
    : m_config(c)
{
    m_tokenEmbedding =
        addParameter(*register_module("token_embedding", std::make_shared<torch::nn::Module>()),
                     "weight", {c.vocab, c.width}, options);
    m_positional = addParameter(*this, "positional_embedding", {c.positions, c.width}, options);
    auto& blocks = addIndexedChild(
        *register_module("transformer", std::make_shared<torch::nn::Module>()), "resblocks");
    for (int64_t i = 0; i < c.layers; ++i)
        m_blocks.push_back(addAt(blocks, int(i), OpenClipResidualBlock(c, options)));
    m_lnFinal = register_module("ln_final", LayerNorm(c.width, 1e-5, options));
    m_textProjection = addParameter(*this, "text_projection", {c.width, c.projection}, options);
}

OpenClipTextOutput OpenClipTextEncoderImpl::forward(const at::Tensor& tokens) const
{
    const int64_t n = tokens.size(1);
    TORCH_CHECK(n <= m_config.positions, "OpenCLIP text encoder: at most ", m_config.positions,
                " tokens per chunk, got ", n);
    const at::Tensor ids = tokens.to(m_tokenEmbedding.device(), at::kLong);
    at::Tensor x = at::embedding(m_tokenEmbedding, ids) +
                   m_positional.narrow(0, 0, n).unsqueeze(0); // [B, N, W]
    const at::Tensor mask = causalMask(n, x.options());
    OpenClipTextOutput out;
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        if (i + 1 == m_blocks.size())
            out.penultimate = x;
        x = m_blocks[i]->forward(x, mask);
    }
    out.last = x;
    // Pool at the first end-of-text token (the largest id), after ln_final.
    const at::Tensor eot = ids.argmax(1);                                        // [B]
    const at::Tensor rows = at::arange(ids.size(0), eot.options());              // [B]
    at::Tensor pooledTokens = m_lnFinal->forward(x).index({rows, eot});          // [B, W]
    out.pooled = at::matmul(pooledTokens, m_textProjection.to(x.scalar_type())); // [B, P]
    return out;
}

} // namespace hires::nets
