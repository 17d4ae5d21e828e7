// Private: HF transformers CLIPTextModel (openai CLIP ViT-L/14 text tower as
// SD 1.x and SDXL's first encoder use it), with its state-dict names:
// text_model.embeddings.{token_embedding, position_embedding},
// text_model.encoder.layers.N.{self_attn.{q,k,v,out}_proj, layer_norm1,
// mlp.fc1, mlp.fc2, layer_norm2}, text_model.final_layer_norm.
//
// The checkpoints' "position_ids" buffer is not a parameter here: files
// sometimes hold it as garbage floats, positions are always 0..n-1.
#pragma once

#include "core/diffusion/nets/primitives_p.h"

#include <vector>

namespace hires::nets {

struct ClipTextConfig
{
    int64_t vocab = 49408;
    int64_t width = 768;
    int64_t layers = 12;
    int64_t heads = 12;
    int64_t mlp = 3072;
    int64_t positions = 77;
    bool quickGelu = true; // x * sigmoid(1.702 x); false: exact GELU
    static ClipTextConfig vitL14() { return {}; }
};

struct ClipTextOutput
{
    // hidden[0] = embeddings, hidden[i] = output of layer i (layers + 1 entries).
    std::vector<at::Tensor> hidden;
    at::Tensor last; // final_layer_norm(hidden.back()) = HF last_hidden_state
};

class ClipEncoderLayerImpl : public torch::nn::Module
{
public:
    ClipEncoderLayerImpl(const ClipTextConfig& config, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& mask) const; // [B, N, W]

private:
    int64_t m_heads;
    bool m_quickGelu;
    Linear m_q{nullptr}, m_k{nullptr}, m_v{nullptr}, m_out{nullptr}, m_fc1{nullptr}, m_fc2{nullptr};
    LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
};
TORCH_MODULE(ClipEncoderLayer);

class ClipTextEncoderImpl : public torch::nn::Module
{
public:
    explicit ClipTextEncoderImpl(const ClipTextConfig& config, const ParamOptions& options = {});
    // tokens: [B, N] int64 ids (N <= positions), causal attention.
    ClipTextOutput forward(const at::Tensor& tokens) const;
    // SD 1.x conditioning with A1111's CLIP skip: skip 1 = last_hidden_state;
    // skip n > 1 = final_layer_norm(hidden[-n]). -> [B, N, W]
    at::Tensor encodeWithSkip(const at::Tensor& tokens, int clipSkip = 1) const;
    const ClipTextConfig& config() const { return m_config; }

private:
    ClipTextConfig m_config;
    at::Tensor m_tokenEmbedding, m_positionEmbedding;
    std::vector<ClipEncoderLayer> m_layers;
    LayerNorm m_finalNorm{nullptr};
};
TORCH_MODULE(ClipTextEncoder);

} // namespace hires::nets
