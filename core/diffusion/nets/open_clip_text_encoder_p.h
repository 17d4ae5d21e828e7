// Private: the open_clip text tower (ViT-bigG/14 for SDXL's second encoder,
// ViT-H/14 for SD 2.x) with open_clip's names: token_embedding,
// positional_embedding, transformer.resblocks.N.{ln_1, attn.in_proj_weight,
// attn.in_proj_bias, attn.out_proj, ln_2, mlp.c_fc, mlp.c_proj}, ln_final,
// text_projection (used as x @ P). logit_scale (CLIP training only) is left
// out; the checkpoint layouts drop it.
#pragma once

#include "core/diffusion/nets/primitives_p.h"

#include <vector>

namespace hires::nets {

struct OpenClipTextConfig
{
    int64_t vocab = 49408;
    int64_t width = 1280;
    int64_t layers = 32;
    int64_t heads = 20;
    int64_t mlp = 5120;
    int64_t positions = 77;
    int64_t projection = 1280;
    static OpenClipTextConfig vitBigG14() { return {}; }
    static OpenClipTextConfig vitH14() { return {49408, 1024, 24, 16, 4096, 77, 1024}; }
};

struct OpenClipTextOutput
{
    at::Tensor penultimate; // input of the last resblock, no ln_final: [B, N, W]
    at::Tensor last;        // output of the last resblock, no ln_final: [B, N, W]
    at::Tensor pooled;      // ln_final(last)[first end-of-text] @ text_projection: [B, P]
};

class OpenClipResidualBlockImpl : public torch::nn::Module
{
public:
    OpenClipResidualBlockImpl(const OpenClipTextConfig& config, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x, const at::Tensor& mask) const; // [B, N, W]

private:
    int64_t m_heads;
    at::Tensor m_inProjWeight, m_inProjBias;
    Linear m_outProj{nullptr}, m_fc{nullptr}, m_proj{nullptr};
    LayerNorm m_ln1{nullptr}, m_ln2{nullptr};
};
TORCH_MODULE(OpenClipResidualBlock);

class OpenClipTextEncoderImpl : public torch::nn::Module
{
public:
    explicit OpenClipTextEncoderImpl(const OpenClipTextConfig& config,
                                     const ParamOptions& options = {});
    // tokens: [B, N] int64; the end-of-text token has the largest id (49407).
    OpenClipTextOutput forward(const at::Tensor& tokens) const;
    at::Tensor finalNorm(const at::Tensor& x) const { return m_lnFinal->forward(x); }
    const OpenClipTextConfig& config() const { return m_config; }

private:
    OpenClipTextConfig m_config;
    at::Tensor m_tokenEmbedding, m_positional, m_textProjection;
    std::vector<OpenClipResidualBlock> m_blocks;
    LayerNorm m_lnFinal{nullptr};
};
TORCH_MODULE(OpenClipTextEncoder);

} // namespace hires::nets
