#include "core/image/image_decoder.h"

#include "core/image/exif_orientation_p.h"
#include "core/image/header_probe_p.h"
#include "core/image/image_tr_p.h"
#include "core/image/pixel_layout_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <limits>
#include <new>

namespace hires {

namespace {

Result<cv::Mat> decodePixels(const QByteArray& bytes, ImageFormat format)
{
    const QString name = imageFormatName(format);
    if (bytes.size() > std::numeric_limits<int>::max())
        return makeError(
            ErrorCode::TooLarge,
            ImageTr::tr("%1 file is larger than the decoder accepts (2 GiB)").arg(name));
    try {
        // A header over the caller's bytes: imdecode only reads them.
        const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.constData()));
        // IMREAD_UNCHANGED keeps 16-bit, alpha and gray, and (except for TIFF
        // in OpenCV 4.6, see opencvAppliesTiffOrientation) leaves EXIF
        // orientation to us.
        cv::Mat decoded = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
        if (decoded.empty())
            return makeError(ErrorCode::CorruptData,
                             ImageTr::tr("the %1 decoder could not read the pixels (damaged or "
                                         "truncated file)")
                                 .arg(name));
        return decoded;
    } catch (const cv::Exception& e) {
        return makeError(
            ErrorCode::CorruptData,
            ImageTr::tr("the %1 decoder failed: %2").arg(name, QString::fromStdString(e.msg)));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         ImageTr::tr("not enough memory to decode the %1 image").arg(name));
    } catch (const std::exception& e) {
        return makeError(
            ErrorCode::Internal,
            ImageTr::tr("the %1 decoder failed: %2").arg(name, QString::fromUtf8(e.what())));
    }
}

} // namespace

Result<Image> decodeImage(const QByteArray& bytes, const DecodeLimits& limits)
{
    if (int64_t(bytes.size()) > limits.maxFileBytes)
        return makeError(ErrorCode::TooLarge,
                         ImageTr::tr("file of %1 bytes is larger than the limit of %2 bytes")
                             .arg(bytes.size())
                             .arg(limits.maxFileBytes));
    Result<ContainerInfo> container = probeContainer(bytes);
    if (!container)
        return container.error();
    const ImageInfo& info = container->info;
    if (Result<void> fits = checkDecodeLimits(info, limits); !fits)
        return fits.error();

    const bool tiff = info.format == ImageFormat::Tiff;
    const int orientation = tiff ? info.exifOrientation : exifOrientation(container->metadata.exif);
    const bool decoderTurns = tiff && opencvAppliesTiffOrientation();

    Result<cv::Mat> decoded = decodePixels(bytes, info.format);
    if (!decoded)
        return decoded.error();
    const bool swapped = decoderTurns && orientation >= 5;
    const int expectedWidth = swapped ? info.height : info.width;
    const int expectedHeight = swapped ? info.width : info.height;
    if (decoded->cols != expectedWidth || decoded->rows != expectedHeight)
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("damaged %1 file: the header says %2 x %3 pixels but the "
                                     "decoder produced %4 x %5")
                             .arg(imageFormatName(info.format))
                             .arg(expectedWidth)
                             .arg(expectedHeight)
                             .arg(decoded->cols)
                             .arg(decoded->rows));
    Result<cv::Mat> pixels = normalizeDecodedPixels(*decoded, info.format);
    if (!pixels)
        return pixels.error();

    Image image;
    image.pixels = decoderTurns ? *pixels : applyOrientation(*pixels, orientation);
    image.metadata = std::move(container->metadata);
    // Pixels are upright now; a viewer must not turn them again.
    if (!image.metadata.exif.isEmpty())
        resetExifOrientation(image.metadata.exif);
    image.sourceFormat = info.format;
    return image;
}

Result<Image> readImageFile(const QString& path, const DecodeLimits& limits)
{
    Result<QByteArray> bytes = readFileBytes(path, limits.maxFileBytes);
    if (!bytes)
        return bytes.error();
    Result<Image> image = decodeImage(*bytes, limits);
    if (!image)
        return image.error().withContext(fileLabel(path));
    return image;
}

} // namespace hires
