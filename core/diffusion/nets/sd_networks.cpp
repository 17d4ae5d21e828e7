#include "core/diffusion/nets/sd_networks_p.h"

#include "core/jobs/cpu_blas.h"
#include "core/nn/conv_util_p.h"
#include "core/nn/module_loading_p.h"

#include <regex>

namespace hires::nets {

namespace {

int64_t countLayers(const StateDict& weights, const std::regex& pattern)
{
    int64_t highest = -1;
    std::smatch m;
    for (const std::string& name : weights.names()) {
        if (std::regex_search(name, m, pattern))
            highest = std::max<int64_t>(highest, std::stoll(m[1].str()));
    }
    return highest + 1;
}

Error missingTensor(const char* name)
{
    return makeError(ErrorCode::CorruptData,
                     QStringLiteral("text encoder without %1").arg(QLatin1String(name)));
}

template <typename Holder>
Result<void> load(Holder& module, const StateDict& weights, const QString& what)
{
    if (auto r = loadModuleWeights(*module, weights); !r)
        return r.error().withContext(what);
    return {};
}

} // namespace

Result<ClipTextConfig> clipConfigFromWeights(const StateDict& w, bool quickGelu)
{
    const TensorRef* tokens = w.find("text_model.embeddings.token_embedding.weight");
    const TensorRef* positions = w.find("text_model.embeddings.position_embedding.weight");
    const TensorRef* fc1 = w.find("text_model.encoder.layers.0.mlp.fc1.weight");
    if (!tokens || tokens->shape.size() != 2)
        return missingTensor("text_model.embeddings.token_embedding.weight");
    if (!positions || positions->shape.size() != 2)
        return missingTensor("text_model.embeddings.position_embedding.weight");
    if (!fc1 || fc1->shape.size() != 2)
        return missingTensor("text_model.encoder.layers.0.mlp.fc1.weight");
    ClipTextConfig c;
    c.vocab = tokens->shape[0];
    c.width = tokens->shape[1];
    c.positions = positions->shape[0];
    c.mlp = fc1->shape[0];
    c.layers = countLayers(w, std::regex(R"(^text_model\.encoder\.layers\.(\d+)\.)"));
    c.heads = std::max<int64_t>(1, c.width / 64);
    c.quickGelu = quickGelu;
    return c;
}

Result<OpenClipTextConfig> openClipConfigFromWeights(const StateDict& w)
{
    const TensorRef* tokens = w.find("token_embedding.weight");
    const TensorRef* positions = w.find("positional_embedding");
    const TensorRef* fc = w.find("transformer.resblocks.0.mlp.c_fc.weight");
    const TensorRef* projection = w.find("text_projection");
    if (!tokens || tokens->shape.size() != 2)
        return missingTensor("token_embedding.weight");
    if (!positions || positions->shape.size() != 2)
        return missingTensor("positional_embedding");
    if (!fc || fc->shape.size() != 2)
        return missingTensor("transformer.resblocks.0.mlp.c_fc.weight");
    if (!projection || projection->shape.size() != 2)
        return missingTensor("text_projection");
    OpenClipTextConfig c;
    c.vocab = tokens->shape[0];
    c.width = tokens->shape[1];
    c.positions = positions->shape[0];
    c.mlp = fc->shape[0];
    c.projection = projection->shape[1];
    c.layers = countLayers(w, std::regex(R"(^transformer\.resblocks\.(\d+)\.)"));
    c.heads = std::max<int64_t>(1, c.width / 64);
    return c;
}

Result<SdNetworks> loadSdNetworks(const SdComponents& parts, const SdLoadOptions& options)
{
    if (options.device.is_cpu())
        ensureCpuBlasKernels(); // linear layers and attention are BLAS products
    SdNetworks nets;
    nets.info = parts.info;
    const bool half = options.halfPrecision && options.device.is_cuda();
    nets.dtype = half ? at::kHalf : at::kFloat;
    const ParamOptions main{at::TensorOptions().device(options.device).dtype(nets.dtype)};
    const ParamOptions full{at::TensorOptions().device(options.device).dtype(at::kFloat)};
    try {
        nets.unet = UNet(parts.info.unet, main);
        if (auto r = load(nets.unet, parts.unet, QStringLiteral("UNet")); !r)
            return r.error();
        applyPreferredLayout(*nets.unet);

        nets.vae = AutoencoderKL(parts.info.vae, full);
        if (auto r = load(nets.vae, parts.vae, QStringLiteral("VAE")); !r)
            return r.error();
        applyWideConvLayout(*nets.vae);

        auto loadOpenClip = [&](const StateDict& weights) -> Result<void> {
            Result<OpenClipTextConfig> config = openClipConfigFromWeights(weights);
            if (!config)
                return config.error();
            nets.openClip = OpenClipTextEncoder(*config, main);
            return load(nets.openClip, weights, QStringLiteral("OpenCLIP text encoder"));
        };
        if (parts.info.textEncoderNaming == TextEncoderNaming::OpenClip) {
            if (auto r = loadOpenClip(parts.textEncoder); !r)
                return r.error();
        } else {
            Result<ClipTextConfig> config =
                clipConfigFromWeights(parts.textEncoder, parts.info.kind != SdModelKind::Sd2);
            if (!config)
                return config.error();
            nets.clip = ClipTextEncoder(*config, main);
            if (auto r = load(nets.clip, parts.textEncoder, QStringLiteral("CLIP text encoder"));
                !r)
                return r.error();
        }
        if (parts.info.kind == SdModelKind::SdxlBase) {
            if (auto r = loadOpenClip(parts.textEncoder2); !r)
                return r.error();
        }
    } catch (const std::bad_alloc&) {
        return makeError(
            ErrorCode::OutOfMemory,
            QStringLiteral("not enough memory to load %1").arg(parts.info.displayName()));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    }
    return nets;
}

} // namespace hires::nets
