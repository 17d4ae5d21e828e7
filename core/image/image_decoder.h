// Decoding: the only way the project reads images.
//
// Contract: the format is recognised from the first bytes (PNG, JPEG, WebP,
// TIFF; anything else is refused by name, whatever the file extension says);
// the size is read from the header and checked against DecodeLimits *before*
// any pixel buffer is allocated; no decoder exception or crash escapes: every
// failure is a Result error naming the file and the problem. Thread-safe.
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace hires {

struct DecodeLimits
{
    int64_t maxPixels = int64_t(1) << 28; // 268 megapixels
    int maxSide = 65535;
    int64_t maxFileBytes = int64_t(2) << 30; // 2 GiB
};

// What the header says, without decoding pixels.
struct ImageInfo
{
    ImageFormat format = ImageFormat::Png;
    int width = 0;  // as stored (before EXIF orientation)
    int height = 0;
    int channels = 0;  // 1, 2 (gray+alpha), 3 or 4 as stored; 0 if the header does not say
    int bitDepth = 8;  // 8 or 16 per channel
    int exifOrientation = 1; // 1..8
};

// Sniffs the format from magic bytes (at least 12 bytes needed).
std::optional<ImageFormat> sniffImageFormat(const QByteArray& head);
// Reads the header only.
Result<ImageInfo> probeImage(const QByteArray& bytes);
Result<ImageInfo> probeImageFile(const QString& path);

Result<Image> decodeImage(const QByteArray& bytes, const DecodeLimits& limits = {});
// Errors are prefixed with the file name.
Result<Image> readImageFile(const QString& path, const DecodeLimits& limits = {});

} // namespace hires
