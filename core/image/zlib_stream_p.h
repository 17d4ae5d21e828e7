// Private: the zlib pieces PNG metadata needs (compressed iCCP, zTXt and iTXt
// chunks; chunk CRCs). Inflating is capped so that a small "zip bomb" chunk
// cannot make us allocate gigabytes.
#pragma once

#include "core/image/byte_view_p.h"

#include <QByteArray>

#include <cstdint>
#include <optional>

namespace hires {

// The inflated bytes, or nothing when the stream is damaged, incomplete or
// would inflate to more than maxOutput bytes.
std::optional<QByteArray> zlibInflate(ByteView compressed, size_t maxOutput);
QByteArray zlibDeflate(const QByteArray& data);
// CRC-32 (ISO 3309) as PNG uses it, over several consecutive pieces.
uint32_t crc32Of(ByteView first, ByteView second = {});

} // namespace hires
