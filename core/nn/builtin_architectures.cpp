#include "core/nn/builtin_architectures.h"

#include <mutex>

#include "core/nn/ncnn_to_basicsr.h"
#include "core/nn/network_spec.h"
#include "core/weights/architecture_registry.h"

namespace hires {

namespace {

bool anyStartsWith(const StateDict& dict, const std::string& prefix)
{
    for (const std::string& name : dict.names()) {
        if (name.rfind(prefix, 0) == 0)
            return true;
    }
    return false;
}

std::optional<ArchitectureMatch> nativeUpscaler(const StateDict& dict)
{
    if (dict.format == QLatin1String("ncnn"))
        return std::nullopt;
    Result<NetworkSpec> spec = detectUpscaleNetwork(dict);
    if (!spec)
        return std::nullopt;
    return ArchitectureMatch{spec->architectureName(), spec->scale};
}

// ncnn weights: the native network they map onto, else a generic graph whose
// scale only the graph analysis (NcnnGraph) can tell.
std::optional<ArchitectureMatch> ncnnModel(const StateDict& dict)
{
    if (dict.format != QLatin1String("ncnn"))
        return std::nullopt;
    Result<BasicsrWeights> mapped = mapNcnnToBasicsr(dict);
    if (!mapped)
        return ArchitectureMatch{kNcnnGraphArchitecture, 0};
    return ArchitectureMatch{mapped->spec.architectureName(), mapped->spec.scale};
}

std::optional<ArchitectureMatch> faceRestorer(const StateDict& dict)
{
    // GFPGAN's two layouts: the "clean" one (v1.2, v1.3, v1.4; plain
    // convolutions, "conv_body_first.weight"), which core/face loads, and the
    // original v1 (StyleGAN2 ConvLayer sequences, "conv_body_first.0.weight"),
    // which it does not.
    if (anyStartsWith(dict, "stylegan_decoder.") && anyStartsWith(dict, "conv_body_first.")) {
        if (dict.contains("conv_body_first.weight"))
            return ArchitectureMatch{kGfpganArchitecture, 0};
        return ArchitectureMatch{kGfpganV1Architecture, 0};
    }
    if (dict.contains("quantize.embedding.weight") && anyStartsWith(dict, "ft_layers."))
        return ArchitectureMatch{kCodeFormerArchitecture, 0};
    return std::nullopt;
}

std::optional<ArchitectureMatch> diffusionCheckpoint(const StateDict& dict)
{
    if (!anyStartsWith(dict, "model.diffusion_model."))
        return std::nullopt;
    if (anyStartsWith(dict, "conditioner.embedders.1."))
        return ArchitectureMatch{kSdxlArchitecture, 0};
    if (anyStartsWith(dict, "cond_stage_model.model."))
        return ArchitectureMatch{kSd2Architecture, 0};
    return ArchitectureMatch{kSd1Architecture, 0};
}

} // namespace

void registerBuiltinArchitectures()
{
    static std::once_flag once;
    std::call_once(once, [] {
        ArchitectureRegistry::add(nativeUpscaler);
        ArchitectureRegistry::add(ncnnModel);
        ArchitectureRegistry::add(faceRestorer);
        ArchitectureRegistry::add(diffusionCheckpoint);
    });
}

} // namespace hires
