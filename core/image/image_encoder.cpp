#include "core/image/image_encoder.h"

#include "core/image/exif_orientation_p.h"
#include "core/image/image_tr_p.h"
#include "core/image/jpeg_segments_p.h"
#include "core/image/pixel_layout_p.h"
#include "core/image/png_chunks_p.h"
#include "core/image/tiff_directory_p.h"
#include "core/image/webp_chunks_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <new>
#include <vector>

namespace hires {

namespace {

constexpr int kOurMaxSide = 65535;

Error tooLarge(const Image& image, ImageFormat format)
{
    const QString advice = std::max(image.width(), image.height()) <= kOurMaxSide
                               ? ImageTr::tr("save it as PNG or TIFF instead")
                               : ImageTr::tr("scale it down or save it in tiles");
    return makeError(ErrorCode::TooLarge,
                     ImageTr::tr("%1 holds at most %2 pixels a side and this image is %3 x %4: "
                                 "%5")
                         .arg(imageFormatName(format))
                         .arg(formatMaxSide(format))
                         .arg(image.width())
                         .arg(image.height())
                         .arg(advice));
}

// What the output will lose or change, for preflightEncode's notes.
QStringList conversionNotes(const Image& image, const EncodeOptions& options)
{
    QStringList notes;
    const ImageFormat format = options.format;
    const QString name = imageFormatName(format);
    if (image.bitDepth() == 16 && !formatSupports16Bit(format))
        notes << ImageTr::tr("%1 stores 8 bits per channel: the 16-bit image is converted to 8 "
                             "bits")
                     .arg(name);
    if (image.hasAlpha() && !formatSupportsAlpha(format))
        notes << ImageTr::tr("%1 has no transparency: the alpha channel is composited onto white")
                     .arg(name);
    if (image.isGray() && format == ImageFormat::Webp)
        notes << ImageTr::tr("WebP has no grayscale mode: the gray image is stored as RGB");
    if (!options.keepMetadata)
        return notes;
    const ImageMetadata& m = image.metadata;
    if (!m.text.empty() && format != ImageFormat::Png)
        notes << ImageTr::tr("%1 output does not carry the PNG text chunks").arg(name);
    for (const auto& entry : m.text) {
        if (format == ImageFormat::Png && !isValidPngKeyword(entry.first))
            notes << ImageTr::tr("text entry \"%1\" is not a valid PNG keyword: left out")
                         .arg(entry.first);
    }
    if (!m.exif.isEmpty() && format == ImageFormat::Tiff)
        notes << ImageTr::tr("TIFF output does not carry EXIF (the ICC profile is kept)");
    if (format == ImageFormat::Jpeg && m.exif.size() > kJpegMaxExifBytes)
        notes << ImageTr::tr("the EXIF block (%1 bytes) does not fit in a JPEG segment: left out")
                     .arg(m.exif.size());
    if (format == ImageFormat::Jpeg && m.iccProfile.size() > kJpegMaxIccBytes)
        notes << ImageTr::tr("the ICC profile (%1 bytes) is too large for JPEG: left out")
                     .arg(m.iccProfile.size());
    return notes;
}

std::vector<int> encoderParams(const EncodeOptions& options)
{
    switch (options.format) {
    case ImageFormat::Png:
        return {cv::IMWRITE_PNG_COMPRESSION, options.pngCompression};
    case ImageFormat::Jpeg:
        return {cv::IMWRITE_JPEG_QUALITY, options.quality};
    // OpenCV's WebP encoder switches to lossless above quality 100.
    case ImageFormat::Webp:
        return {cv::IMWRITE_WEBP_QUALITY, options.lossless ? 101 : options.quality};
    case ImageFormat::Tiff:
        return {};
    }
    return {};
}

Result<QByteArray> encodePixels(const cv::Mat& pixels, const EncodeOptions& options)
{
    const QString name = imageFormatName(options.format);
    try {
        std::vector<uchar> buffer;
        const std::string extension =
            imageFormatExtension(options.format).prepend(u'.').toStdString();
        if (!cv::imencode(extension, pixels, buffer, encoderParams(options)) || buffer.empty())
            return makeError(ErrorCode::Internal, ImageTr::tr("the %1 encoder failed").arg(name));
        return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size()));
    } catch (const cv::Exception& e) {
        return makeError(
            ErrorCode::Internal,
            ImageTr::tr("the %1 encoder failed: %2").arg(name, QString::fromStdString(e.msg)));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         ImageTr::tr("not enough memory to encode the %1 image").arg(name));
    }
}

Result<QByteArray> insertMetadata(const QByteArray& encoded, ImageMetadata metadata,
                                  ImageFormat format)
{
    // Pixels are upright by contract: an orientation other than 1 would turn
    // them again in every viewer.
    if (!metadata.exif.isEmpty())
        resetExifOrientation(metadata.exif);
    switch (format) {
    case ImageFormat::Png:
        return insertPngMetadata(encoded, metadata);
    case ImageFormat::Jpeg:
        return insertJpegMetadata(encoded, metadata);
    case ImageFormat::Webp:
        return insertWebpMetadata(encoded, metadata);
    case ImageFormat::Tiff:
        return insertTiffMetadata(encoded, metadata);
    }
    return encoded;
}

} // namespace

Result<void> preflightEncode(const Image& image, const EncodeOptions& options, QStringList* notes)
{
    if (!isContractPixels(image.pixels))
        return makeError(
            ErrorCode::InvalidArgument,
            image.pixels.empty()
                ? ImageTr::tr("the image has no pixels")
                : ImageTr::tr("the image has %1 channels of type %2; expected 8- or "
                              "16-bit gray, BGR or BGRA")
                      .arg(image.pixels.channels())
                      .arg(QString::fromStdString(cv::typeToString(image.pixels.type()))));
    if (options.quality < 1 || options.quality > 100)
        return makeError(ErrorCode::InvalidArgument,
                         ImageTr::tr("quality %1 is out of range (1 to 100)").arg(options.quality));
    if (options.pngCompression < 0 || options.pngCompression > 9)
        return makeError(ErrorCode::InvalidArgument,
                         ImageTr::tr("PNG compression level %1 is out of range (0 to 9)")
                             .arg(options.pngCompression));
    if (std::max(image.width(), image.height()) > formatMaxSide(options.format))
        return tooLarge(image, options.format);
    if (notes)
        *notes = conversionNotes(image, options);
    return {};
}

Result<QByteArray> encodeImage(const Image& image, const EncodeOptions& options)
{
    if (Result<void> ok = preflightEncode(image, options); !ok)
        return ok.error();
    cv::Mat pixels = image.pixels;
    try {
        if (!formatSupports16Bit(options.format))
            pixels = toEightBit(pixels);
        if (!formatSupportsAlpha(options.format) && pixels.channels() == 4)
            pixels = compositeOntoWhite(pixels);
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.msg));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory, ImageTr::tr("not enough memory to convert the "
                                                             "image for saving"));
    }
    Result<QByteArray> encoded = encodePixels(pixels, options);
    if (!encoded || !options.keepMetadata)
        return encoded;
    return insertMetadata(*encoded, image.metadata, options.format);
}

} // namespace hires
