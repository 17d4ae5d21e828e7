// Private: PNG chunk level reading and writing (IHDR, iCCP, eXIf, tEXt, zTXt,
// iTXt). Pixels are left to OpenCV; this reads what travels with them and
// splices metadata chunks into a PNG that OpenCV encoded.
#pragma once

#include "core/base/result.h"
#include "core/image/byte_view_p.h"
#include "core/image/container_info_p.h"

#include <QByteArray>
#include <QString>

namespace hires {

// Header, size and metadata of a PNG file. Checks the chunk structure from
// signature to IEND (a cut-off file is refused here, before decoding) and the
// IHDR checksum. A damaged or oversized ancillary chunk (bad CRC, broken
// zlib stream) is skipped, as libpng does, rather than failing the image.
Result<ContainerInfo> parsePng(ByteView bytes);

// Returns `png` with `metadata` as chunks right after IHDR: iCCP, eXIf, then
// one tEXt (Latin-1 text) or iTXt (UTF-8) per text entry. Chunks of those
// kinds already in `png`, and sRGB (which must not accompany iCCP), are dropped.
Result<QByteArray> insertPngMetadata(const QByteArray& png, const ImageMetadata& metadata);

// PNG text keywords: 1-79 printable Latin-1 characters, no leading, trailing
// or doubled spaces.
bool isValidPngKeyword(const QString& keyword);

} // namespace hires
