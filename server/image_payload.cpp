#include "server/image_payload.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include <QCoreApplication>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}
} // namespace

std::optional<HttpProblem> decodeImagePayload(const QString& field, const QString& base64,
                                              qint64 maxPixels, Image* image)
{
    QString text = base64;
    if (text.startsWith(QLatin1String("data:"))) {
        const int comma = text.indexOf(QLatin1Char(','));
        if (comma < 0 || !text.left(comma).endsWith(QLatin1String(";base64")))
            return HttpProblem{400, tr("%1: a data URL must be base64").arg(field), field};
        text = text.mid(comma + 1);
    }
    if (text.isEmpty())
        return HttpProblem{400, tr("%1: no image").arg(field), field};
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return HttpProblem{400, tr("%1: not valid base64").arg(field), field};
    DecodeLimits limits;
    limits.maxPixels = maxPixels;
    Result<Image> result = decodeImage(*decoded, limits);
    if (!result) {
        const int status = result.error().code == ErrorCode::TooLarge ? 413 : 400;
        return HttpProblem{status, QStringLiteral("%1: %2").arg(field, result.error().message),
                           field};
    }
    *image = std::move(result).value();
    return std::nullopt;
}

std::optional<HttpProblem> encodeImagePayload(const Image& image, ImageFormat format,
                                              QString* base64)
{
    EncodeOptions options;
    options.format = format;
    options.keepMetadata = true;
    Result<QByteArray> bytes = encodeImage(image, options);
    if (!bytes)
        return HttpProblem{500, bytes.error().message, {}};
    *base64 = QString::fromLatin1(bytes->toBase64());
    return std::nullopt;
}

} // namespace hires::server
