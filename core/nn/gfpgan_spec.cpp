#include "core/nn/gfpgan_spec.h"

#include <cmath>

namespace hires {

namespace {

// StyleGAN2's width table before the narrow ratio.
int baseChannels(int resolution, int channelMultiplier)
{
    if (resolution <= 32)
        return 512;
    // 64 -> 256 * cm, 128 -> 128 * cm, ... halving per octave.
    return 256 * channelMultiplier * 64 / resolution;
}

const TensorRef* shapeOf(const StateDict& weights, const std::string& name, size_t dims,
                         QString* error)
{
    const TensorRef* t = weights.find(name);
    if (!t || t->shape.size() != dims) {
        *error =
            QStringLiteral("not a GFPGANv1Clean network: %1 %2")
                .arg(QString::fromStdString(name),
                     t ? QStringLiteral("has an unexpected shape") : QStringLiteral("is missing"));
        return nullptr;
    }
    return t;
}

} // namespace

int GfpganSpec::logSize() const
{
    return static_cast<int>(std::lround(std::log2(outSize)));
}

int GfpganSpec::numLatent() const
{
    return logSize() * 2 - 2;
}

int GfpganSpec::numNoise() const
{
    return (logSize() - 2) * 2 + 1;
}

int GfpganSpec::decoderChannels(int resolution) const
{
    return static_cast<int>(baseChannels(resolution, channelMultiplier) * narrow);
}

int GfpganSpec::unetChannels(int resolution) const
{
    return static_cast<int>(baseChannels(resolution, channelMultiplier) * (narrow * 0.5));
}

QString GfpganSpec::describe() const
{
    return QStringLiteral("GFPGANv1Clean %1 px, %2 style features, channel multiplier %3%4")
        .arg(outSize)
        .arg(numStyleFeat)
        .arg(channelMultiplier)
        .arg(narrow == 1.0 ? QString() : QStringLiteral(", narrow %1").arg(narrow));
}

Result<GfpganSpec> detectGfpganSpec(const StateDict& weights)
{
    QString error;
    GfpganSpec spec;
    int downBlocks = 0;
    while (weights.contains("conv_body_down." + std::to_string(downBlocks) + ".conv1.weight"))
        ++downBlocks;
    if (downBlocks < 1 || downBlocks > 8)
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("not a GFPGANv1Clean network: no conv_body_down blocks"));
    spec.outSize = 1 << (downBlocks + 2);

    const TensorRef* constant =
        shapeOf(weights, "stylegan_decoder.constant_input.weight", 4, &error);
    const TensorRef* modulation = shapeOf(
        weights, "stylegan_decoder.style_conv1.modulated_conv.modulation.weight", 2, &error);
    const TensorRef* linear = shapeOf(weights, "final_linear.weight", 2, &error);
    const TensorRef* scale = shapeOf(weights, "condition_scale.0.2.weight", 4, &error);
    if (!constant || !modulation || !linear || !scale)
        return makeError(ErrorCode::UnsupportedFormat, error);
    if (constant->shape[1] < 2 || constant->shape[1] % 2 != 0)
        return makeError(
            ErrorCode::UnsupportedFormat,
            QStringLiteral("GFPGAN constant input has %1 channels").arg(constant->shape[1]));
    spec.narrow = double(constant->shape[1]) / 512.0;
    spec.numStyleFeat = static_cast<int>(modulation->shape[1]);
    if (spec.outSize >= 64) {
        // The first decoder level whose width depends on the channel multiplier.
        const TensorRef* conv64 =
            shapeOf(weights, "stylegan_decoder.style_convs.6.modulated_conv.weight", 5, &error);
        if (!conv64)
            return makeError(ErrorCode::UnsupportedFormat, error);
        spec.channelMultiplier =
            static_cast<int>(std::lround(double(conv64->shape[1]) / (256.0 * spec.narrow)));
        if (spec.channelMultiplier < 1)
            return makeError(ErrorCode::UnsupportedFormat,
                             QStringLiteral("GFPGAN channel multiplier below 1"));
    }
    const int64_t linearOut = linear->shape[0];
    if (linearOut == int64_t(spec.numLatent()) * spec.numStyleFeat)
        spec.differentW = true;
    else if (linearOut == spec.numStyleFeat)
        spec.differentW = false;
    else
        return makeError(ErrorCode::UnsupportedFormat,
                         QStringLiteral("GFPGAN final_linear has %1 outputs, expected %2 or %3")
                             .arg(linearOut)
                             .arg(int64_t(spec.numLatent()) * spec.numStyleFeat)
                             .arg(spec.numStyleFeat));
    spec.sftHalf = scale->shape[0] == spec.unetChannels(8);
    return spec;
}

} // namespace hires
