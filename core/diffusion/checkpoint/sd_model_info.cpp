#include "core/diffusion/checkpoint/sd_model_info.h"

#include <QCoreApplication>

namespace hires {

namespace {

QString shapeText(const TensorRef& t)
{
    QStringList parts;
    for (int64_t d : t.shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
}

// The family from the three shapes that differ between them.
Result<SdModelInfo> classify(const TensorRef* inConv, const TensorRef* crossKey,
                             const TensorRef* labelEmb)
{
    if (!inConv || inConv->shape.size() != 4)
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("no Stable Diffusion UNet in this file (its first "
                                        "convolution is missing)"));
    if (!crossKey || crossKey->shape.size() != 2)
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("the UNet has no cross-attention in its middle block"));
    const int64_t modelChannels = inConv->shape[0];
    const int64_t contextDim = crossKey->shape[1];
    SdModelInfo info;
    if (labelEmb) {
        if (labelEmb->shape.size() == 2 && labelEmb->shape[1] == 2560)
            return makeError(ErrorCode::Unsupported,
                             QStringLiteral("this is an SDXL refiner (label_emb %1); only SDXL "
                                            "base models are supported")
                                 .arg(shapeText(*labelEmb)));
        if (labelEmb->shape != std::vector<int64_t>{1280, 2816} || contextDim != 2048 ||
            modelChannels != 320)
            return makeError(ErrorCode::Unsupported,
                             QStringLiteral("unknown SDXL-like UNet (label_emb %1, context %2)")
                                 .arg(shapeText(*labelEmb))
                                 .arg(contextDim));
        info.kind = SdModelKind::SdxlBase;
        info.unet = nets::UNetConfig::sdxlBase();
        info.latentScale = 0.13025;
    } else if (contextDim == 768 && modelChannels == 320) {
        info.kind = SdModelKind::Sd1;
        info.unet = nets::UNetConfig::sd15();
    } else if (contextDim == 1024 && modelChannels == 320) {
        info.kind = SdModelKind::Sd2;
        info.unet = nets::UNetConfig::sd2();
        info.prediction = PredictionType::V;
        info.predictionGuessed = true;
        info.textEncoderNaming = TextEncoderNaming::OpenClip;
    } else {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("unknown UNet: %1 model channels, context %2")
                             .arg(modelChannels)
                             .arg(contextDim));
    }
    info.unet.inChannels = inConv->shape[1];
    return info;
}

} // namespace

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

Result<SdModelInfo> detectSdModel(const StateDict& c)
{
    const std::string unet = "model.diffusion_model.";
    return classify(c.find(unet + "input_blocks.0.0.weight"),
                    c.find(unet + "middle_block.1.transformer_blocks.0.attn2.to_k.weight"),
                    c.find(unet + "label_emb.0.0.weight"));
}

Result<SdModelInfo> detectSdModelFromDiffusersUNet(const StateDict& u)
{
    Result<SdModelInfo> info =
        classify(u.find("conv_in.weight"),
                 u.find("mid_block.attentions.0.transformer_blocks.0.attn2.to_k.weight"),
                 u.find("add_embedding.linear_1.weight"));
    // diffusers' SD 2.x text encoder is an HF CLIPTextModel (23 layers).
    if (info)
        info->textEncoderNaming = TextEncoderNaming::HfClip;
    return info;
}

} // namespace hires
