#include "core/diffusion/checkpoint/single_file_layout.h"

#include <utility>

namespace hires {

namespace {

bool startsWith(const std::string& s, const std::string& prefix)
{
    return s.compare(0, prefix.size(), prefix) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix)
{
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Buffers that exist in files but not in our modules.
bool isIgnoredTextKey(const std::string& name)
{
    return endsWith(name, "position_ids") || name == "logit_scale" || name == "attn_mask";
}

struct Route
{
    std::string prefix;
    StateDict SdComponents::*target;
    std::string insert; // prepended after the prefix is removed
};

} // namespace

Result<SdComponents> splitSingleFileCheckpoint(const StateDict& checkpoint)
{
    Result<SdModelInfo> info = detectSdModel(checkpoint);
    if (!info)
        return info.error();
    SdComponents out;
    out.info = *info;

    std::vector<Route> routes{{"model.diffusion_model.", &SdComponents::unet, ""},
                              {"first_stage_model.loss.", nullptr, ""},
                              {"first_stage_model.", &SdComponents::vae, ""}};
    switch (info->kind) {
    case SdModelKind::Sd1:
        routes.push_back({"cond_stage_model.transformer.text_model.", &SdComponents::textEncoder,
                          "text_model."});
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

    auto require = [&](const StateDict& part, const QString& what) -> Result<void> {
        if (part.empty())
            return makeError(
                ErrorCode::UnsupportedFormat,
                QStringLiteral("%1 checkpoint without its %2").arg(out.info.displayName(), what));
        return {};
    };
    for (auto&& check : {require(out.vae, QStringLiteral("VAE (first_stage_model.*)")),
                         require(out.textEncoder, QStringLiteral("text encoder"))}) {
        if (!check)
            return check.error();
    }
    if (info->kind == SdModelKind::SdxlBase) {
        if (auto r = require(out.textEncoder2,
                             QStringLiteral("OpenCLIP text encoder (conditioner.embedders.1)"));
            !r)
            return r.error();
    }
    return out;
}

} // namespace hires
