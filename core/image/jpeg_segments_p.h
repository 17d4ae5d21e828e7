// Private: JPEG marker segment reading and writing. Reads the frame header
// (SOFn) for the size, APP1 "Exif" and APP2 "ICC_PROFILE" for metadata, and
// splices those segments into a JPEG that OpenCV encoded.
#pragma once

#include "core/base/result.h"
#include "core/image/byte_view_p.h"
#include "core/image/container_info_p.h"

#include <QByteArray>

namespace hires {

// The largest EXIF block (TIFF structure) one APP1 segment holds, and the
// largest ICC piece per APP2 segment (a profile is split into at most 255).
constexpr int kJpegMaxExifBytes = 65535 - 2 - 6;
constexpr int kJpegIccChunkBytes = 65535 - 2 - 14;
constexpr int kJpegMaxIccBytes = 255 * kJpegIccChunkBytes;

// Walks the markers from SOI to the first SOS, every length checked. Refuses
// a file with no frame header, one cut off before its end-of-image marker,
// and kinds the 8-bit libjpeg cannot decode (12-bit, lossless).
Result<ContainerInfo> parseJpeg(ByteView bytes);

// Returns `jpeg` with an APP1 Exif segment and the ICC profile as APP2
// segments (in sequence) right after SOI and the JFIF APP0 segment, replacing
// any it already has. EXIF larger than kJpegMaxExifBytes or ICC larger than
// kJpegMaxIccBytes is left out (preflightEncode reports it).
Result<QByteArray> insertJpegMetadata(const QByteArray& jpeg, const ImageMetadata& metadata);

} // namespace hires
