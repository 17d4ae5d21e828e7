#include "core/nn/gfpgan_net_p.h"

#include "core/nn/conv_util_p.h"
#include "core/nn/module_loading_p.h"

namespace hires {

namespace {

torch::nn::Conv2d conv(int64_t in, int64_t out, int64_t kernel, bool bias = true)
{
    return torch::nn::Conv2d(
        torch::nn::Conv2dOptions(in, out, kernel).stride(1).padding(kernel / 2).bias(bias));
}

// condition_scale.N / condition_shift.N: conv3x3, LeakyReLU(0.2), conv3x3 (".0", ".1", ".2").
torch::nn::Sequential conditionBranch(int64_t channels, int64_t out)
{
    return torch::nn::Sequential(
        conv(channels, channels, 3),
        torch::nn::LeakyReLU(torch::nn::LeakyReLUOptions().negative_slope(0.2)),
        conv(channels, out, 3));
}

} // namespace

GfpganResBlockImpl::GfpganResBlockImpl(int64_t in, int64_t out, double factor)
    : m_factor(factor)
{
    m_conv1 = register_module("conv1", conv(in, in, 3));
    m_conv2 = register_module("conv2", conv(in, out, 3));
    m_skip = register_module("skip", conv(in, out, 1, /*bias=*/false));
}

at::Tensor GfpganResBlockImpl::forward(const at::Tensor& x)
{
    at::Tensor out = lrelu(m_conv1->forward(x));                  // [B, in, H, W]
    out = lrelu(m_conv2->forward(resizeBilinear(out, m_factor))); // [B, out, H*f, W*f]
    return out.add_(m_skip->forward(resizeBilinear(x, m_factor)));
}

GfpganNetImpl::GfpganNetImpl(const GfpganSpec& spec)
    : m_spec(spec)
{
    const int logSize = spec.logSize();
    const int64_t first = spec.unetChannels(spec.outSize);
    m_convFirst = register_module("conv_body_first", conv(3, first, 1));
    auto down = register_module("conv_body_down", torch::nn::ModuleList());
    int64_t in = first;
    for (int level = logSize; level > 2; --level) {
        const int64_t out = spec.unetChannels(1 << (level - 1));
        m_down.push_back(GfpganResBlock(in, out, 0.5));
        down->push_back(m_down.back());
        in = out;
    }
    m_finalConv = register_module("final_conv", conv(in, spec.unetChannels(4), 3));

    auto up = register_module("conv_body_up", torch::nn::ModuleList());
    auto toRgb = register_module("toRGB", torch::nn::ModuleList());
    auto scale = register_module("condition_scale", torch::nn::ModuleList());
    auto shift = register_module("condition_shift", torch::nn::ModuleList());
    in = spec.unetChannels(4);
    for (int level = 3; level <= logSize; ++level) {
        const int64_t channels = spec.unetChannels(1 << level);
        const int64_t sftOut = spec.sftHalf ? channels : channels * 2;
        m_up.push_back(GfpganResBlock(in, channels, 2.0));
        up->push_back(m_up.back());
        toRgb->push_back(conv(channels, 3, 1));
        m_conditionScale.push_back(conditionBranch(channels, sftOut));
        m_conditionShift.push_back(conditionBranch(channels, sftOut));
        scale->push_back(m_conditionScale.back());
        shift->push_back(m_conditionShift.back());
        in = channels;
    }
    const int64_t latents = spec.differentW ? spec.numLatent() : 1;
    m_finalLinear =
        register_module("final_linear", torch::nn::Linear(spec.unetChannels(4) * 16,
                                                          latents * int64_t(spec.numStyleFeat)));
    m_decoder = register_module("stylegan_decoder", StyleGan2Decoder(spec));
}

at::Tensor GfpganNetImpl::forward(const at::Tensor& x)
{
    const int64_t b = x.size(0);
    at::Tensor feat = lrelu(m_convFirst->forward(x)); // [B, C512, S, S]
    std::vector<at::Tensor> skips;
    for (auto& block : m_down) {
        feat = block->forward(feat); // halves the size down to [B, C4, 4, 4]
        skips.push_back(feat);
    }
    feat = lrelu(m_finalConv->forward(feat));                        // [B, C4, 4, 4]
    at::Tensor code = m_finalLinear->forward(feat.reshape({b, -1})); // [B, L * F] or [B, F]
    at::Tensor latent = m_spec.differentW
                            ? code.view({b, m_spec.numLatent(), m_spec.numStyleFeat})
                            : code.view({b, 1, m_spec.numStyleFeat})
                                  .expand({b, m_spec.numLatent(), m_spec.numStyleFeat});
    std::vector<at::Tensor> conditions;
    for (size_t i = 0; i < m_up.size(); ++i) {
        feat = m_up[i]->forward(feat + skips[skips.size() - 1 - i]); // [B, C, 2H, 2W]
        conditions.push_back(m_conditionScale[i]->forward(feat));
        conditions.push_back(m_conditionShift[i]->forward(feat));
    }
    return m_decoder->forward(latent, conditions); // [B, 3, S, S]
}

Result<GfpganNet> createGfpganNet(const StateDict& weights, GfpganLoadInfo* info)
{
    Result<GfpganSpec> spec = detectGfpganSpec(weights);
    if (!spec)
        return spec.error();
    StateDict used;
    int unused = 0;
    const std::string unusedPrefix = kGfpganUnusedPrefix;
    for (const std::string& name : weights.names()) {
        if (name.compare(0, unusedPrefix.size(), unusedPrefix) == 0)
            ++unused;
        else
            used.insert(name, weights.at(name));
    }
    try {
        GfpganNet net(*spec);
        if (auto loaded = loadModuleWeights(*net, used); !loaded)
            return loaded.error().withContext(QStringLiteral("GFPGANv1Clean"));
        net->eval();
        if (info) {
            info->spec = *spec;
            info->loadedTensors = static_cast<int>(used.size());
            info->unusedTensors = unused;
            info->parameterCount = 0;
            for (const auto& p : net->parameters())
                info->parameterCount += p.numel();
        }
        return net;
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         QStringLiteral("not enough memory to build %1").arg(spec->describe()));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
}

} // namespace hires
