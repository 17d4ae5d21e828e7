#include "core/diffusion/checkpoint/single_file_layout.h"

#include <utility>

namespace hires {

namespace {

bool startsWith(const std::string& s, const std::string& prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool hasPrefix(const StateDict& dict, const std::string& prefix)
{
    for (const std::string& name : dict.names()) {
        if (startsWith(name, prefix))
            return true;
    }
    return false;
}

// Buffers that exist in files but not in our modules.
bool isIgnoredTextKey(const std::string& name)
{
    const std::string ids = "position_ids";
    return (name.size() >= ids.size() &&
            name.compare(name.size() - ids.size(), ids.size(), ids) == 0) ||
           name == "logit_scale" || name == "attn_mask";
}

struct Route
{
    std::string prefix;
    StateDict SdComponents::*target; // nullptr: ignored
    std::string insert;              // prepended after the prefix is removed
};

// The family from the text encoders' prefixes, which tell them apart exactly.
Result<SdModelKind> familyOf(const StateDict& c)
{
    if (hasPrefix(c, "conditioner.embedders.1.model."))
        return SdModelKind::SdxlBase;
    if (hasPrefix(c, "conditioner.embedders.0.model."))
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("this is an SDXL refiner; only SDXL base models and "
                                        "Stable Diffusion 1.x are supported"));
    if (hasPrefix(c, "cond_stage_model.model."))
        return SdModelKind::Sd2;
    if (hasPrefix(c, "cond_stage_model.transformer."))
        return SdModelKind::Sd1;
    if (!hasPrefix(c, "model.diffusion_model."))
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("not a Stable Diffusion checkpoint (no "
                                        "model.diffusion_model.* keys)"));
    return makeError(ErrorCode::UnsupportedFormat,
                     QStringLiteral("a Stable Diffusion UNet without a text encoder this "
                                    "program knows (cond_stage_model or conditioner)"));
}

} // namespace

Result<SdComponents> splitSingleFileCheckpoint(const StateDict& checkpoint)
{
    Result<SdModelKind> kind = familyOf(checkpoint);
    if (!kind)
        return kind.error();
    SdComponents out;
    std::vector<Route> routes{{"model.diffusion_model.", &SdComponents::unet, ""},
                              {"first_stage_model.loss.", nullptr, ""},
                              {"first_stage_model.", &SdComponents::vae, ""}};
    switch (*kind) {
    case SdModelKind::Sd1:
        routes.push_back({"cond_stage_model.transformer.text_model.", &SdComponents::textEncoder,
                          "text_model."});
        // Old files lack "text_model." (A1111 adds it the same way).
        routes.push_back(
            {"cond_stage_model.transformer.", &SdComponents::textEncoder, "text_model."});
        break;
    case SdModelKind::Sd2:
        routes.push_back({"cond_stage_model.model.", &SdComponents::textEncoder, ""});
        break;
    case SdModelKind::SdxlBase:
        routes.push_back({"conditioner.embedders.0.transformer.", &SdComponents::textEncoder, ""});
        routes.push_back({"conditioner.embedders.1.model.", &SdComponents::textEncoder2, ""});
        break;
    }
    for (const std::string& name : checkpoint.names()) {
        const Route* route = nullptr;
        for (const Route& r : routes) {
            if (startsWith(name, r.prefix)) {
                route = &r;
                break;
            }
        }
        const std::string rest = route ? name.substr(route->prefix.size()) : std::string();
        if (!route || !route->target || isIgnoredTextKey(rest)) {
            out.ignored.push_back(name);
            continue;
        }
        (out.*(route->target)).insert(route->insert + rest, checkpoint.at(name));
    }

    if (out.vae.empty())
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("the checkpoint has no VAE (first_stage_model.*)"));
    Result<SdModelInfo> info = describeSdModel(*kind, out.unet, out.vae);
    if (!info)
        return info.error();
    out.info = *info;
    if (*kind == SdModelKind::Sd2)
        out.info.textEncoderNaming = TextEncoderNaming::OpenClip;
    return out;
}

} // namespace hires
