#include "core/diffusion/nets/vae_p.h"

#include "core/nn/conv_util_p.h"

namespace hires::nets {

VaeEncoderImpl::VaeEncoderImpl(const VaeConfig& c, const ParamOptions& options)
    : m_blocksPerLevel(c.numResBlocks)
{
    m_convIn = register_module("conv_in", Conv2d(c.inChannels, c.ch, 3, 1, 1, options));
    auto& down = addIndexedChild(*this, "down");
    int64_t in = c.ch;
    for (size_t level = 0; level < c.chMult.size(); ++level) {
        auto& levelModule = addIndexedChild(down, std::to_string(level));
        auto& blocks = addIndexedChild(levelModule, "block");
        const int64_t out = c.ch * c.chMult[level];
        for (int64_t i = 0; i < c.numResBlocks; ++i) {
            m_blocks.push_back(addAt(blocks, int(i), VaeResnetBlock(in, out, options)));
            in = out;
        }
        if (level + 1 < c.chMult.size())
            m_downs.push_back(
                levelModule.register_module("downsample", VaeDownsample(out, options)));
    }
    auto& mid = *register_module("mid", std::make_shared<torch::nn::Module>());
    m_mid1 = mid.register_module("block_1", VaeResnetBlock(in, in, options));
    m_midAttn = mid.register_module("attn_1", VaeAttnBlock(in, options));
    m_mid2 = mid.register_module("block_2", VaeResnetBlock(in, in, options));
    m_normOut = register_module("norm_out", GroupNorm(32, in, 1e-6, options));
    m_convOut = register_module("conv_out", Conv2d(in, 2 * c.zChannels, 3, 1, 1, options));
}

at::Tensor VaeEncoderImpl::forward(const at::Tensor& x) const
{
    at::Tensor h = m_convIn->forward(wideConvLayout(x));
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        h = m_blocks[i]->forward(h);
        const size_t level = i / size_t(m_blocksPerLevel);
        if ((i + 1) % size_t(m_blocksPerLevel) == 0 && level < m_downs.size())
            h = m_downs[level]->forward(h);
    }
    h = m_mid2->forward(m_midAttn->forward(m_mid1->forward(h)));
    return m_convOut->forward(m_normOut->forwardSilu(h));
}

VaeDecoderImpl::VaeDecoderImpl(const VaeConfig& c, const ParamOptions& options)
    : m_blocksPerLevel(c.numResBlocks + 1)
{
    const int64_t levels = int64_t(c.chMult.size());
    int64_t in = c.ch * c.chMult.back();
    m_convIn = register_module("conv_in", Conv2d(c.zChannels, in, 3, 1, 1, options));
    auto& mid = *register_module("mid", std::make_shared<torch::nn::Module>());
    m_mid1 = mid.register_module("block_1", VaeResnetBlock(in, in, options));
    m_midAttn = mid.register_module("attn_1", VaeAttnBlock(in, options));
    m_mid2 = mid.register_module("block_2", VaeResnetBlock(in, in, options));
    // Upstream builds up.L from the top level down and stores it at index L.
    auto& up = addIndexedChild(*this, "up");
    std::vector<torch::nn::Module*> levelModules(static_cast<size_t>(levels));
    for (int64_t level = 0; level < levels; ++level)
        levelModules[size_t(level)] = &addIndexedChild(up, std::to_string(level));
    for (int64_t level = levels - 1; level >= 0; --level) {
        auto& blocks = addIndexedChild(*levelModules[size_t(level)], "block");
        const int64_t out = c.ch * c.chMult[size_t(level)];
        for (int64_t i = 0; i < m_blocksPerLevel; ++i) {
            m_blocks.push_back(addAt(blocks, int(i), VaeResnetBlock(in, out, options)));
            in = out;
        }
        if (level != 0)
            m_ups.push_back(
                levelModules[size_t(level)]->register_module("upsample", Upsample(out, options)));
    }
    m_normOut = register_module("norm_out", GroupNorm(32, in, 1e-6, options));
    m_convOut = register_module("conv_out", Conv2d(in, c.outChannels, 3, 1, 1, options));
}

at::Tensor VaeDecoderImpl::forward(const at::Tensor& z) const
{
    at::Tensor h = m_convIn->forward(wideConvLayout(z));
    h = m_mid2->forward(m_midAttn->forward(m_mid1->forward(h)));
    for (size_t i = 0; i < m_blocks.size(); ++i) {
        h = m_blocks[i]->forward(h);
        const size_t step = i / size_t(m_blocksPerLevel);
        if ((i + 1) % size_t(m_blocksPerLevel) == 0 && step < m_ups.size())
            h = m_ups[step]->forward(h);
    }
    return m_convOut->forward(m_normOut->forwardSilu(h));
}

AutoencoderKLImpl::AutoencoderKLImpl(const VaeConfig& c, const ParamOptions& options)
    : m_config(c)
{
    m_encoder = register_module("encoder", VaeEncoder(c, options));
    m_decoder = register_module("decoder", VaeDecoder(c, options));
    m_quant =
        register_module("quant_conv", Conv2d(2 * c.zChannels, 2 * c.embedDim, 1, 1, 0, options));
    m_postQuant =
        register_module("post_quant_conv", Conv2d(c.embedDim, c.zChannels, 1, 1, 0, options));
}

at::Tensor AutoencoderKLImpl::moments(const at::Tensor& image) const
{
    return m_quant->forward(m_encoder->forward(image)).contiguous();
}

at::Tensor AutoencoderKLImpl::encode(const at::Tensor& image,
                                     std::optional<at::Generator> generator) const
{
    at::Tensor m = moments(image);
    at::Tensor mean = m.narrow(1, 0, m_config.embedDim);
    if (!generator)
        return mean * m_config.scaleFactor;
    at::Tensor std =
        m.narrow(1, m_config.embedDim, m_config.embedDim).clamp(-30.0, 20.0).mul_(0.5).exp_();
    at::Tensor noise = at::empty(mean.sizes(), mean.options()).normal_(0.0, 1.0, *generator);
    return noise.mul_(std).add_(mean).mul_(m_config.scaleFactor);
}

at::Tensor AutoencoderKLImpl::decode(const at::Tensor& latent) const
{
    at::Tensor z = latent * (1.0 / m_config.scaleFactor);
    return m_decoder->forward(m_postQuant->forward(z)).contiguous();
}

at::Tensor vaeOutputToUnit(const at::Tensor& x)
{
    return x.add(1.0).mul_(0.5).clamp_(0.0, 1.0);
}

} // namespace hires::nets
