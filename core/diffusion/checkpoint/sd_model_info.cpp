#include "core/diffusion/checkpoint/sd_model_info.h"

#include "core/diffusion/checkpoint/network_shapes.h"
#include "core/diffusion/checkpoint/single_file_layout.h"

#include <QCoreApplication>

namespace hires {

QString SdModelInfo::displayName() const
{
    switch (kind) {
    case SdModelKind::Sd1:
        return QCoreApplication::translate("SdModelInfo", "Stable Diffusion 1.x");
    case SdModelKind::Sd2:
        return prediction == PredictionType::V
                   ? QCoreApplication::translate("SdModelInfo",
                                                 "Stable Diffusion 2.x (v-prediction)")
                   : QCoreApplication::translate("SdModelInfo", "Stable Diffusion 2.x");
    case SdModelKind::SdxlBase:
        return QCoreApplication::translate("SdModelInfo", "SDXL base");
    }
    return {};
}

Result<SdModelInfo> describeSdModel(SdModelKind kind, const StateDict& unet, const StateDict& vae)
{
    SdModelInfo info;
    info.kind = kind;
    // SD 1.x counts 8 heads per transformer; SD 2.x and SDXL 64 channels per head.
    const bool sd1 = kind == SdModelKind::Sd1;
    Result<nets::UNetConfig> unetConfig = unetConfigFromWeights(unet, 8, sd1 ? -1 : 64);
    if (!unetConfig)
        return unetConfig.error();
    info.unet = *unetConfig;
    Result<nets::VaeConfig> vaeConfig =
        vaeConfigFromWeights(vae, kind == SdModelKind::SdxlBase ? 0.13025 : 0.18215);
    if (!vaeConfig)
        return vaeConfig.error();
    info.vae = *vaeConfig;
    if (kind == SdModelKind::Sd2) {
        // 768-v and 512-base checkpoints have the same keys; v is the common one.
        info.prediction = PredictionType::V;
        info.predictionGuessed = true;
    }
    return info;
}

Result<SdModelInfo> detectSdModel(const StateDict& checkpoint)
{
    Result<SdComponents> parts = splitSingleFileCheckpoint(checkpoint);
    if (!parts)
        return parts.error();
    return parts->info;
}

} // namespace hires
