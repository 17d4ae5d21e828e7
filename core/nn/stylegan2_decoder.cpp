#include "core/nn/stylegan2_decoder_p.h"

#include "core/nn/conv_util_p.h"

#include <cmath>

namespace hires {

at::Tensor resizeBilinear(const at::Tensor& x, double factor)
{
    const auto h = static_cast<int64_t>(std::floor(double(x.size(2)) * factor));
    const auto w = static_cast<int64_t>(std::floor(double(x.size(3)) * factor));
    // Passing the factor (not only the size) maps coordinates exactly as
    // F.interpolate(scale_factor=...) does.
    return at::upsample_bilinear2d(x, {h, w}, /*align_corners=*/false, factor, factor);
}

ModulatedConv2dImpl::ModulatedConv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t styleDim,
                                         bool demodulate, bool upsample)
    : m_out(out)
    , m_kernel(kernel)
    , m_demodulate(demodulate)
    , m_upsample(upsample)
{
    m_modulation = register_module("modulation", torch::nn::Linear(styleDim, in));
    m_weight = register_parameter("weight", at::zeros({1, out, in, kernel, kernel}));
}

at::Tensor ModulatedConv2dImpl::forward(const at::Tensor& input, const at::Tensor& style)
{
    const int64_t b = input.size(0), in = input.size(1);
    at::Tensor s = m_modulation->forward(style);             // [B, in]
    at::Tensor weight = m_weight * s.view({b, 1, in, 1, 1}); // [B, out, in, k, k]
    if (m_demodulate) {
        at::Tensor demod = at::rsqrt(weight.pow(2).sum({2, 3, 4}) + 1e-8); // [B, out]
        weight = weight * demod.view({b, m_out, 1, 1, 1});
    }
    at::Tensor x = m_upsample ? resizeBilinear(input, 2.0) : input; // [B, in, H', W']
    const int64_t pad = m_kernel / 2;
    if (b == 1)
        return at::conv2d(x, weight[0], {}, 1, pad);
    // One grouped convolution with a group per sample.
    at::Tensor out = at::conv2d(x.reshape({1, b * in, x.size(2), x.size(3)}),
                                weight.view({b * m_out, in, m_kernel, m_kernel}), {}, 1, pad, 1, b);
    return out.view({b, m_out, out.size(2), out.size(3)});
}

StyleConvImpl::StyleConvImpl(int64_t in, int64_t out, int64_t styleDim, bool upsample)
{
    m_conv = register_module("modulated_conv",
                             ModulatedConv2d(in, out, 3, styleDim, /*demodulate=*/true, upsample));
    m_noiseWeight = register_parameter("weight", at::zeros({1}));
    m_bias = register_parameter("bias", at::zeros({1, out, 1, 1}));
}

at::Tensor StyleConvImpl::forward(const at::Tensor& x, const at::Tensor& style,
                                  const at::Tensor& noise)
{
    at::Tensor out = m_conv->forward(x, style).mul_(std::sqrt(2.0)); // [B, out, H', W']
    out.add_(noise * m_noiseWeight).add_(m_bias);
    return lrelu(out);
}

ToRgbImpl::ToRgbImpl(int64_t in, int64_t styleDim, bool upsampleSkip)
    : m_upsampleSkip(upsampleSkip)
{
    m_conv = register_module("modulated_conv",
                             ModulatedConv2d(in, 3, 1, styleDim, /*demodulate=*/false, false));
    m_bias = register_parameter("bias", at::zeros({1, 3, 1, 1}));
}

at::Tensor ToRgbImpl::forward(const at::Tensor& x, const at::Tensor& style, const at::Tensor& skip)
{
    at::Tensor out = m_conv->forward(x, style).add_(m_bias); // [B, 3, H, W]
    if (skip.defined())
        out.add_(m_upsampleSkip ? resizeBilinear(skip, 2.0) : skip);
    return out;
}

StyleGan2DecoderImpl::StyleGan2DecoderImpl(const GfpganSpec& spec)
    : m_spec(spec)
{
    const int64_t styleDim = spec.numStyleFeat;
    const int64_t c4 = spec.decoderChannels(4);
    auto constant = register_module("constant_input", std::make_shared<torch::nn::Module>());
    m_constant = constant->register_parameter("weight", at::zeros({1, c4, 4, 4}));
    m_styleConv1 = register_module("style_conv1", StyleConv(c4, c4, styleDim, false));
    m_toRgb1 = register_module("to_rgb1", ToRgb(c4, styleDim, false));

    auto styleConvs = register_module("style_convs", torch::nn::ModuleList());
    auto toRgbs = register_module("to_rgbs", torch::nn::ModuleList());
    int64_t in = c4;
    for (int level = 3; level <= spec.logSize(); ++level) {
        const int64_t out = spec.decoderChannels(1 << level);
        m_styleConvs.push_back(StyleConv(in, out, styleDim, true));
        m_styleConvs.push_back(StyleConv(out, out, styleDim, false));
        styleConvs->push_back(m_styleConvs[m_styleConvs.size() - 2]);
        styleConvs->push_back(m_styleConvs.back());
        m_toRgbs.push_back(ToRgb(out, styleDim, true));
        toRgbs->push_back(m_toRgbs.back());
        in = out;
    }
    auto noises = register_module("noises", std::make_shared<torch::nn::Module>());
    for (int i = 0; i < spec.numNoise(); ++i) {
        const int64_t r = int64_t(1) << ((i + 5) / 2);
        m_noises.push_back(
            noises->register_buffer("noise" + std::to_string(i), at::zeros({1, 1, r, r})));
    }
}

at::Tensor StyleGan2DecoderImpl::applySft(const at::Tensor& x, const at::Tensor& scale,
                                          const at::Tensor& shift) const
{
    if (!m_spec.sftHalf)
        return x * scale + shift;
    // Only the second half of the channels is modulated.
    const int64_t half = x.size(1) / 2;
    auto parts = x.split(half, 1);
    return at::cat({parts[0], parts[1] * scale + shift}, 1);
}

at::Tensor StyleGan2DecoderImpl::forward(const at::Tensor& latent,
                                         const std::vector<at::Tensor>& conditions)
{
    const int64_t b = latent.size(0);
    at::Tensor x = m_constant.expand({b, -1, -1, -1});                        // [B, C4, 4, 4]
    x = m_styleConv1->forward(x, latent.select(1, 0), m_noises[0]);           // [B, C4, 4, 4]
    at::Tensor rgb = m_toRgb1->forward(x, latent.select(1, 1), at::Tensor()); // [B, 3, 4, 4]
    for (size_t level = 0; level < m_toRgbs.size(); ++level) {
        const int64_t li = 1 + 2 * int64_t(level);
        x = m_styleConvs[2 * level]->forward(x, latent.select(1, li),
                                             m_noises[li]); // [B, C, 2H, 2W]
        if (2 * level + 1 < conditions.size())
            x = applySft(x, conditions[2 * level], conditions[2 * level + 1]);
        x = m_styleConvs[2 * level + 1]->forward(x, latent.select(1, li + 1), m_noises[li + 1]);
        rgb = m_toRgbs[level]->forward(x, latent.select(1, li + 2), rgb); // [B, 3, 2H, 2W]
    }
    return rgb;
}

} // namespace hires
