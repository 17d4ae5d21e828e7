#include "core/image/zlib_stream_p.h"

#include <zlib.h>

#include <algorithm>
#include <climits>

namespace hires {

std::optional<QByteArray> zlibInflate(ByteView compressed, size_t maxOutput)
{
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK)
        return std::nullopt;
    QByteArray out;
    const size_t kStep = 64 * 1024;
    size_t consumed = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        const size_t inputLeft = compressed.size() - consumed;
        // avail_in is 32-bit: feed very large inputs in pieces.
        const uInt inputNow = uInt(std::min<size_t>(inputLeft, UINT_MAX / 2));
        stream.next_in = const_cast<Bytef*>(compressed.data() + consumed);
        stream.avail_in = inputNow;
        const size_t room = std::min(kStep, maxOutput - size_t(out.size()) + 1);
        const qsizetype before = out.size();
        out.resize(before + qsizetype(room));
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + before);
        stream.avail_out = uInt(room);
        status = inflate(&stream, Z_NO_FLUSH);
        consumed += inputNow - stream.avail_in;
        out.resize(before + qsizetype(room - stream.avail_out));
        // Z_BUF_ERROR here means no progress was possible: the input ran out.
        if ((status != Z_OK && status != Z_STREAM_END) || size_t(out.size()) > maxOutput) {
            inflateEnd(&stream);
            return std::nullopt;
        }
        if (status == Z_OK && stream.avail_out != 0 && consumed == compressed.size()) {
            // All input used, room left, no stream end: the stream is cut short.
            inflateEnd(&stream);
            return std::nullopt;
        }
    }
    inflateEnd(&stream);
    return out;
}

QByteArray zlibDeflate(const QByteArray& data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                  reinterpret_cast<const Bytef*>(data.constData()), uLong(data.size()),
                  Z_BEST_COMPRESSION) != Z_OK)
        return {};
    out.resize(qsizetype(size));
    return out;
}

uint32_t crc32Of(ByteView first, ByteView second)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32_z(crc, first.data(), first.size());
    if (!second.empty())
        crc = crc32_z(crc, second.data(), second.size());
    return uint32_t(crc);
}

} // namespace hires
