#include "core/upscale/upscale_options.h"

#include <QCoreApplication>

namespace hires {

Result<AlphaMode> parseAlphaMode(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("model"))
        return AlphaMode::Model;
    if (t == QLatin1String("lanczos"))
        return AlphaMode::Lanczos;
    return makeError(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("upscale", "unknown alpha mode '%1' (use model or lanczos)")
            .arg(text));
}

QString alphaModeName(AlphaMode mode)
{
    return mode == AlphaMode::Lanczos ? QStringLiteral("lanczos") : QStringLiteral("model");
}

Result<Precision> parsePrecision(const QString& text)
{
    const QString t = text.trimmed().toLower();
    for (Precision p : {Precision::Auto, Precision::Fp32, Precision::Fp16, Precision::Bf16}) {
        if (t == precisionName(p))
            return p;
    }
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate(
                         "upscale", "unknown precision '%1' (use auto, fp32, fp16 or bf16)")
                         .arg(text));
}

QString precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Auto:
        return QStringLiteral("auto");
    case Precision::Fp32:
        return QStringLiteral("fp32");
    case Precision::Fp16:
        return QStringLiteral("fp16");
    case Precision::Bf16:
        return QStringLiteral("bf16");
    }
    return QStringLiteral("auto");
}

} // namespace hires
