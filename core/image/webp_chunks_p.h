// Private: WebP RIFF container reading and writing. Reads the canvas size
// from VP8 (lossy), VP8L (lossless) or VP8X (extended) and the ICCP and EXIF
// chunks; rewrites a WebP that OpenCV encoded into the extended layout so it
// can carry an ICC profile and EXIF.
#pragma once

#include "core/base/result.h"
#include "core/image/byte_view_p.h"
#include "core/image/container_info_p.h"

#include <QByteArray>

namespace hires {

// Checks every chunk against the RIFF size and the file size (a cut-off file
// is refused here) and refuses animated WebP.
Result<ContainerInfo> parseWebp(ByteView bytes);

// Returns `webp` as: RIFF, VP8X (flags for ICC, alpha and EXIF; canvas size),
// ICCP, the image chunks (ALPH, VP8 or VP8L) as they were, EXIF. Returns
// `webp` unchanged when metadata holds neither ICC nor EXIF.
Result<QByteArray> insertWebpMetadata(const QByteArray& webp, const ImageMetadata& metadata);

} // namespace hires
