#include "core/image/header_probe_p.h"

#include "core/image/exif_orientation_p.h"
#include "core/image/format_sniffer_p.h"
#include "core/image/image_tr_p.h"
#include "core/image/jpeg_segments_p.h"
#include "core/image/png_chunks_p.h"
#include "core/image/tiff_directory_p.h"
#include "core/image/webp_chunks_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace hires {

Result<ContainerInfo> probeContainer(const QByteArray& bytes)
{
    const std::optional<ImageFormat> format = sniffImageFormat(bytes.left(16));
    if (!format)
        return makeError(ErrorCode::UnsupportedFormat, unsupportedFormatMessage(bytes.left(16)));
    const ByteView view(bytes);
    switch (*format) {
    case ImageFormat::Png:
        return parsePng(view);
    case ImageFormat::Jpeg:
        return parseJpeg(view);
    case ImageFormat::Webp:
        return parseWebp(view);
    case ImageFormat::Tiff:
        return parseTiff(view);
    }
    return makeError(ErrorCode::Internal, QStringLiteral("unknown image format"));
}

Result<ImageInfo> probeImage(const QByteArray& bytes)
{
    Result<ContainerInfo> container = probeContainer(bytes);
    if (!container)
        return container.error();
    ImageInfo info = container->info;
    // TIFF files carry the orientation in their own IFD (set by parseTiff).
    if (info.format != ImageFormat::Tiff)
        info.exifOrientation = exifOrientation(container->metadata.exif);
    return info;
}

Result<ImageInfo> probeImageFile(const QString& path)
{
    Result<QByteArray> bytes = readFileBytes(path, DecodeLimits{}.maxFileBytes);
    if (!bytes)
        return bytes.error();
    Result<ImageInfo> info = probeImage(*bytes);
    if (!info)
        return info.error().withContext(fileLabel(path));
    return info;
}

Result<void> checkDecodeLimits(const ImageInfo& info, const DecodeLimits& limits)
{
    const int64_t pixels = int64_t(info.width) * int64_t(info.height);
    const QLocale locale;
    if (info.width > limits.maxSide || info.height > limits.maxSide)
        return makeError(ErrorCode::TooLarge,
                         ImageTr::tr("%1 image of %2 x %3 pixels is larger than the limit of %4 "
                                     "pixels a side")
                             .arg(imageFormatName(info.format))
                             .arg(info.width)
                             .arg(info.height)
                             .arg(limits.maxSide));
    if (pixels > limits.maxPixels)
        return makeError(ErrorCode::TooLarge,
                         ImageTr::tr("%1 image of %2 x %3 pixels (%4 megapixels) is larger than "
                                     "the limit of %5 megapixels")
                             .arg(imageFormatName(info.format))
                             .arg(info.width)
                             .arg(info.height)
                             .arg(locale.toString(double(pixels) / 1e6, 'f', 1))
                             .arg(locale.toString(double(limits.maxPixels) / 1e6, 'f', 1)));
    return {};
}

Result<QByteArray> readFileBytes(const QString& path, int64_t maxBytes)
{
    const QString label = fileLabel(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, ImageTr::tr("%1: file not found").arg(label));
    if (info.isDir())
        return makeError(ErrorCode::InvalidArgument,
                         ImageTr::tr("%1: is a folder, not an image file").arg(label));
    // Devices, pipes and /proc files report no size and may never end.
    if (!info.isFile())
        return makeError(ErrorCode::InvalidArgument,
                         ImageTr::tr("%1: not a regular file").arg(label));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const ErrorCode code = file.error() == QFileDevice::PermissionsError
                                   ? ErrorCode::PermissionDenied
                                   : ErrorCode::IoError;
        return makeError(code, ImageTr::tr("%1: cannot open: %2").arg(label, file.errorString()));
    }
    if (file.size() > maxBytes)
        return makeError(ErrorCode::TooLarge,
                         ImageTr::tr("%1: file of %2 bytes is larger than the limit of %3 bytes")
                             .arg(label)
                             .arg(file.size())
                             .arg(maxBytes));
    QByteArray bytes = file.read(file.size());
    if (file.error() != QFileDevice::NoError || bytes.size() != file.size())
        return makeError(ErrorCode::IoError,
                         ImageTr::tr("%1: reading failed: %2").arg(label, file.errorString()));
    return bytes;
}

QString fileLabel(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace hires
