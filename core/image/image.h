// Image: decoded pixels plus what must travel with them to the output file.
//
// Pixel contract (the whole project relies on it):
//  - cv::Mat of depth CV_8U or CV_16U (16-bit is kept, never silently reduced);
//  - 1 channel (gray), 3 (BGR) or 4 (BGRA, straight alpha) — OpenCV order;
//  - EXIF orientation is already applied: pixels are upright, and the EXIF
//    block kept in metadata has its orientation reset to 1 (so no viewer
//    rotates the output a second time).
#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <map>
#include <optional>

namespace hires {

enum class ImageFormat { Png, Jpeg, Webp, Tiff };

QString imageFormatName(ImageFormat format);      // "PNG", "JPEG", "WebP", "TIFF"
QString imageFormatExtension(ImageFormat format); // "png", "jpg", "webp", "tif"
// From a name or extension: "png", "jpg", "jpeg", "webp", "tif", "tiff" (case-insensitive).
std::optional<ImageFormat> imageFormatFromName(const QString& nameOrExtension);
bool formatSupportsAlpha(ImageFormat format);  // PNG, WebP, TIFF
bool formatSupports16Bit(ImageFormat format);  // PNG, TIFF
int formatMaxSide(ImageFormat format);         // WebP 16383, JPEG 65500, PNG/TIFF 65535 (our cap)

struct ImageMetadata
{
    QByteArray iccProfile; // raw ICC profile bytes, empty if none
    QByteArray exif;       // TIFF-structured EXIF ("II*\0..." or "MM\0*..."), empty if none
    // PNG text chunks (tEXt/zTXt/iTXt) by keyword, e.g. "parameters" as written by
    // AUTOMATIC1111. Written back to PNG outputs only.
    std::map<QString, QString> text;
};

struct Image
{
    cv::Mat pixels;
    ImageMetadata metadata;
    std::optional<ImageFormat> sourceFormat; // empty for images made in memory

    int width() const { return pixels.cols; }
    int height() const { return pixels.rows; }
    int channels() const { return pixels.channels(); }
    int bitDepth() const { return pixels.depth() == CV_16U ? 16 : 8; }
    bool hasAlpha() const { return pixels.channels() == 4; }
    bool isGray() const { return pixels.channels() == 1; }
};

} // namespace hires
