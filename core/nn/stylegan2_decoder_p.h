// Private: the StyleGAN2 generator with spatial feature transform that
// decodes GFPGAN faces (StyleGAN2GeneratorCSFT of GFPGAN's clean
// architecture), with the upstream child names under "stylegan_decoder.":
// constant_input.weight, style_conv1, to_rgb1, style_convs.N, to_rgbs.N,
// noises.noiseN. The mapping network (style_mlp.*) is not built: GFPGAN
// feeds latents directly (input_is_latent=True).
//
// Noise: upstream draws fresh Gaussian noise on every call. We always use
// the stored buffers noises.noise{i} (upstream's randomize_noise=False), so
// the same face gives the same output every time.
#pragma once

#include "core/nn/gfpgan_spec.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/linear.h>

#include <vector>

namespace hires {

// Bilinear resize by a factor of 2 or 0.5 (F.interpolate(scale_factor, align_corners=False)).
at::Tensor resizeBilinear(const at::Tensor& x, double factor);

class ModulatedConv2dImpl : public torch::nn::Module
{
public:
    ModulatedConv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t styleDim, bool demodulate,
                        bool upsample);
    // x: [B, in, H, W], style: [B, styleDim] -> [B, out, H', W'] (H' = 2H when upsampling)
    at::Tensor forward(const at::Tensor& x, const at::Tensor& style);

private:
    int64_t m_out, m_kernel;
    bool m_demodulate, m_upsample;
    torch::nn::Linear m_modulation{nullptr};
    at::Tensor m_weight; // [1, out, in, k, k]
};
TORCH_MODULE(ModulatedConv2d);

class StyleConvImpl : public torch::nn::Module
{
public:
    StyleConvImpl(int64_t in, int64_t out, int64_t styleDim, bool upsample);
    // noise: [1, 1, H', W'] -> lrelu(sqrt(2) * conv + weight * noise + bias)
    at::Tensor forward(const at::Tensor& x, const at::Tensor& style, const at::Tensor& noise);

private:
    ModulatedConv2d m_conv{nullptr};
    at::Tensor m_noiseWeight; // [1]
    at::Tensor m_bias;        // [1, out, 1, 1]
};
TORCH_MODULE(StyleConv);

class ToRgbImpl : public torch::nn::Module
{
public:
    ToRgbImpl(int64_t in, int64_t styleDim, bool upsampleSkip);
    // -> [B, 3, H, W]; skip (undefined for the first) is added, upsampled x2 when asked
    at::Tensor forward(const at::Tensor& x, const at::Tensor& style, const at::Tensor& skip);

private:
    bool m_upsampleSkip;
    ModulatedConv2d m_conv{nullptr};
    at::Tensor m_bias; // [1, 3, 1, 1]
};
TORCH_MODULE(ToRgb);

class StyleGan2DecoderImpl : public torch::nn::Module
{
public:
    explicit StyleGan2DecoderImpl(const GfpganSpec& spec);
    // latent: [B, numLatent, F]; conditions: scale, shift per level (2 * (logSize - 2)),
    // each [B, C', 2^(level+3), ...] -> RGB [B, 3, outSize, outSize] in about [-1, 1]
    at::Tensor forward(const at::Tensor& latent, const std::vector<at::Tensor>& conditions);

private:
    at::Tensor applySft(const at::Tensor& x, const at::Tensor& scale,
                        const at::Tensor& shift) const;

    GfpganSpec m_spec;
    at::Tensor m_constant; // [1, C4, 4, 4]
    StyleConv m_styleConv1{nullptr};
    ToRgb m_toRgb1{nullptr};
    std::vector<StyleConv> m_styleConvs;
    std::vector<ToRgb> m_toRgbs;
    std::vector<at::Tensor> m_noises; // [1, 1, r, r]
};
TORCH_MODULE(StyleGan2Decoder);

} // namespace hires
