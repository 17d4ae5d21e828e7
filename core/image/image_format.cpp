#include "core/image/image.h"

namespace hires {

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("PNG");
    case ImageFormat::Jpeg:
        return QStringLiteral("JPEG");
    case ImageFormat::Webp:
        return QStringLiteral("WebP");
    case ImageFormat::Tiff:
        return QStringLiteral("TIFF");
    }
    return {};
}

QString imageFormatExtension(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Png:
        return QStringLiteral("png");
    case ImageFormat::Jpeg:
        return QStringLiteral("jpg");
    case ImageFormat::Webp:
        return QStringLiteral("webp");
    case ImageFormat::Tiff:
        return QStringLiteral("tif");
    }
    return {};
}

std::optional<ImageFormat> imageFormatFromName(const QString& nameOrExtension)
{
    QString name = nameOrExtension.trimmed().toLower();
    if (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name == u"png")
        return ImageFormat::Png;
    if (name == u"jpg" || name == u"jpeg" || name == u"jpe")
        return ImageFormat::Jpeg;
    if (name == u"webp")
        return ImageFormat::Webp;
    if (name == u"tif" || name == u"tiff")
        return ImageFormat::Tiff;
    return std::nullopt;
}

bool formatSupportsAlpha(ImageFormat format)
{
    return format != ImageFormat::Jpeg;
}

bool formatSupports16Bit(ImageFormat format)
{
    return format == ImageFormat::Png || format == ImageFormat::Tiff;
}

int formatMaxSide(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Webp:
        return 16383;
    case ImageFormat::Jpeg:
        return 65500;
    case ImageFormat::Png:
    case ImageFormat::Tiff:
        return 65535;
    }
    return 0;
}

} // namespace hires
