// Private: ldm AutoencoderKL (the VAE of SD 1.x, 2.x and SDXL) with the
// checkpoint names under "first_stage_model.": encoder.{conv_in, down.L.block.B,
// down.L.downsample, mid.{block_1, attn_1, block_2}, norm_out, conv_out},
// quant_conv, post_quant_conv, decoder.{conv_in, mid, up.L.block.B,
// up.L.upsample, norm_out, conv_out}.
//
// Contract: images are [B, 3, H, W] in [-1, 1] (H, W multiples of 8 for the
// real model); latents are scaled by config().scaleFactor. Keep the VAE in
// float32 (SDXL's VAE overflows in fp16). Not thread-safe; run under
// c10::InferenceMode.
#pragma once

#include "core/diffusion/nets/resample_p.h"
#include "core/diffusion/nets/vae_config.h"
#include "core/diffusion/nets/vae_blocks_p.h"

#include <optional>
#include <vector>

namespace hires::nets {

class VaeEncoderImpl : public torch::nn::Module
{
public:
    VaeEncoderImpl(const VaeConfig& config, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [B, 3, H, W] -> [B, 2z, H/f, W/f]

private:
    Conv2d m_convIn{nullptr}, m_convOut{nullptr};
    std::vector<VaeResnetBlock> m_blocks; // all levels in order
    std::vector<VaeDownsample> m_downs;   // after each level but the last
    int64_t m_blocksPerLevel;
    VaeResnetBlock m_mid1{nullptr}, m_mid2{nullptr};
    VaeAttnBlock m_midAttn{nullptr};
    GroupNorm m_normOut{nullptr};
};
TORCH_MODULE(VaeEncoder);

class VaeDecoderImpl : public torch::nn::Module
{
public:
    VaeDecoderImpl(const VaeConfig& config, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& z) const; // [B, z, h, w] -> [B, 3, h*f, w*f]

private:
    Conv2d m_convIn{nullptr}, m_convOut{nullptr};
    std::vector<VaeResnetBlock> m_blocks; // in execution order (up.L from the top level down)
    std::vector<Upsample> m_ups;          // after each level but level 0
    int64_t m_blocksPerLevel;
    VaeResnetBlock m_mid1{nullptr}, m_mid2{nullptr};
    VaeAttnBlock m_midAttn{nullptr};
    GroupNorm m_normOut{nullptr};
};
TORCH_MODULE(VaeDecoder);

struct VaeTiling
{
    int64_t tileLatent = 64; // latent pixels per tile side (512 image pixels)
    int64_t overlap = 16;    // latent pixels shared by neighbouring tiles
};

class AutoencoderKLImpl : public torch::nn::Module
{
public:
    explicit AutoencoderKLImpl(const VaeConfig& config, const ParamOptions& options = {});
    // [B, 3, H, W] in [-1, 1] -> [B, 2 * embedDim, H/f, W/f] (mean, logvar)
    at::Tensor moments(const at::Tensor& image) const;
    // scale * (mean + exp(0.5 * clamp(logvar, -30, 20)) * noise), noise drawn
    // from `generator`; without a generator, scale * mean.
    at::Tensor encode(const at::Tensor& image,
                      std::optional<at::Generator> generator = std::nullopt) const;
    // latent [B, embedDim, h, w] (scaled) -> image [B, 3, h*f, w*f], about [-1, 1], unclamped.
    at::Tensor decode(const at::Tensor& latent) const;
    // The same in overlapping tiles blended with linear ramps, so memory is
    // bounded by the tile size; equal to decode() when one tile covers the latent.
    at::Tensor decodeTiled(const at::Tensor& latent, const VaeTiling& tiling = {}) const;
    const VaeConfig& config() const { return m_config; }

private:
    VaeConfig m_config;
    VaeEncoder m_encoder{nullptr};
    VaeDecoder m_decoder{nullptr};
    Conv2d m_quant{nullptr}, m_postQuant{nullptr};
};
TORCH_MODULE(AutoencoderKL);

// clamp((x + 1) / 2, 0, 1): decoder output to [0, 1] pixels.
at::Tensor vaeOutputToUnit(const at::Tensor& x);

} // namespace hires::nets
