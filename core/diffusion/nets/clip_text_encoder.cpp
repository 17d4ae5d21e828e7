#include "core/diffusion/nets/clip_text_encoder_p.h"

#include "core/diffusion/nets/attention_p.h"

#include <algorithm>

namespace hires::nets {

ClipEncoderLayerImpl::ClipEncoderLayerImpl(const ClipTextConfig& c, const ParamOptions& options)
    : m_heads(c.heads)
    , m_quickGelu(c.quickGelu)
{
    auto& attn = *register_module("self_attn", std::make_shared<torch::nn::Module>());
    m_q = attn.register_module("q_proj", Linear(c.width, c.width, true, options));
    m_k = attn.register_module("k_proj", Linear(c.width, c.width, true, options));
    m_v = attn.register_module("v_proj", Linear(c.width, c.width, true, options));
    m_out = attn.register_module("out_proj", Linear(c.width, c.width, true, options));
    m_norm1 = register_module("layer_norm1", LayerNorm(c.width, 1e-5, options));
    auto& mlp = *register_module("mlp", std::make_shared<torch::nn::Module>());
    m_fc1 = mlp.register_module("fc1", Linear(c.width, c.mlp, true, options));
    m_fc2 = mlp.register_module("fc2", Linear(c.mlp, c.width, true, options));
    m_norm2 = register_module("layer_norm2", LayerNorm(c.width, 1e-5, options));
}

at::Tensor ClipEncoderLayerImpl::forward(const at::Tensor& x, const at::Tensor& mask) const
{
    at::Tensor n = m_norm1->forward(x);
    at::Tensor h = x + m_out->forward(attention(m_q->forward(n), m_k->forward(n), m_v->forward(n),
                                                m_heads, mask));
    at::Tensor a = m_fc1->forward(m_norm2->forward(h)); // [B, N, mlp]
    a = m_quickGelu ? a.mul_(at::sigmoid(a * 1.702)) : at::gelu(a);
    return h.add_(m_fc2->forward(a));
}

ClipTextEncoderImpl::ClipTextEncoderImpl(const ClipTextConfig& c, const ParamOptions& options)
    : m_config(c)
{
    auto& text = *register_module("text_model", std::make_shared<torch::nn::Module>());
    auto& embeddings = *text.register_module("embeddings", std::make_shared<torch::nn::Module>());
    m_tokenEmbedding = addParameter(
        *embeddings.register_module("token_embedding", std::make_shared<torch::nn::Module>()),
        "weight", {c.vocab, c.width}, options);
    m_positionEmbedding = addParameter(
        *embeddings.register_module("position_embedding", std::make_shared<torch::nn::Module>()),
        "weight", {c.positions, c.width}, options);
    auto& layers = addIndexedChild(
        *text.register_module("encoder", std::make_shared<torch::nn::Module>()), "layers");
    for (int64_t i = 0; i < c.layers; ++i)
        m_layers.push_back(addAt(layers, int(i), ClipEncoderLayer(c, options)));
    m_finalNorm = text.register_module("final_layer_norm", LayerNorm(c.width, 1e-5, options));
}

ClipTextOutput ClipTextEncoderImpl::forward(const at::Tensor& tokens) const
{
    const int64_t n = tokens.size(1);
    TORCH_CHECK(n <= m_config.positions, "CLIP text encoder: at most ", m_config.positions,
                " tokens per chunk, got ", n);
    const at::Tensor ids = tokens.to(m_tokenEmbedding.device(), at::kLong);
    ClipTextOutput out;
    at::Tensor x = at::embedding(m_tokenEmbedding, ids) +
                   m_positionEmbedding.narrow(0, 0, n).unsqueeze(0); // [B, N, W]
    const at::Tensor mask = causalMask(n, x.options());
    out.hidden.push_back(x);
    for (const auto& layer : m_layers) {
        x = layer->forward(x, mask);
        out.hidden.push_back(x);
    }
    out.last = m_finalNorm->forward(x);
    return out;
}

at::Tensor ClipTextEncoderImpl::encodeWithSkip(const at::Tensor& tokens, int clipSkip) const
{
    ClipTextOutput out = forward(tokens);
    if (clipSkip <= 1)
        return out.last;
    const int64_t index = std::max<int64_t>(0, int64_t(out.hidden.size()) - int64_t(clipSkip));
    return m_finalNorm->forward(out.hidden[size_t(index)]);
}

} // namespace hires::nets
