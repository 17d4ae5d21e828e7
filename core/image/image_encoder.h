// Encoding and atomic saving: the only way the project writes images.
//
// Contract: saveImage() writes to a temporary file in the target's folder and
// renames it over the target only when everything was written and flushed;
// on any failure (read-only folder, full disk, encoder error) the target is
// untouched and no temporary is left. It refuses to write over any path in
// `protectedPaths` (the inputs of the job). Thread-safe.
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hires {

struct EncodeOptions
{
    ImageFormat format = ImageFormat::Png;
    int quality = 95;       // JPEG and lossy WebP, 1..100
    bool lossless = false;  // WebP
    int pngCompression = 6; // 0..9
    bool keepMetadata = true; // ICC, EXIF and (PNG) text chunks from Image::metadata
};

// Refuses what the format cannot hold, with a message that says what to use
// instead (e.g. WebP wider than 16383 px -> PNG or TIFF). 16-bit to an 8-bit
// format and alpha to JPEG are not refused: they are converted by encodeImage
// (alpha composited onto white) and reported by this function's `notes`.
Result<void> preflightEncode(const Image& image, const EncodeOptions& options,
                             QStringList* notes = nullptr);

Result<QByteArray> encodeImage(const Image& image, const EncodeOptions& options);

Result<void> saveImage(const Image& image, const QString& path, const EncodeOptions& options,
                       const QStringList& protectedPaths = {});

} // namespace hires
