// Hand-built file headers for the header-parser tests: exact bytes with the
// sizes and fields a test needs, including impossible ones no encoder writes.
#pragma once

#include "core/image/byte_view_p.h"
#include "core/image/zlib_stream_p.h"

#include <QByteArray>

#include <initializer_list>
#include <utility>
#include <vector>

namespace hires::test {

inline QByteArray pngChunk(const char* type, const QByteArray& data)
{
    QByteArray out;
    appendU32be(out, uint32_t(data.size()));
    out.append(type, 4).append(data);
    appendU32be(out, crc32Of(ByteView(out).from(4)));
    return out;
}

// A complete, structurally valid PNG: IHDR, one IDAT (an empty zlib stream:
// the header parser accepts it, a decoder finds too little data), IEND.
inline QByteArray pngFile(uint32_t width, uint32_t height, uint8_t depth = 8, uint8_t colorType = 2,
                          const QByteArray& extraChunks = {})
{
    QByteArray ihdr;
    appendU32be(ihdr, width);
    appendU32be(ihdr, height);
    ihdr.append(char(depth)).append(char(colorType)).append(3, '\0');
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr) + extraChunks +
           pngChunk("IDAT", zlibDeflate({})) + pngChunk("IEND", {});
}

// SOI, SOFn (marker, precision, height, width, components), SOS, a few
// entropy bytes, EOI.
inline QByteArray jpegFile(uint8_t sofMarker, uint8_t precision, uint16_t height, uint16_t width,
                           uint8_t components, bool withEnd = true)
{
    QByteArray out("\xff\xd8", 2);
    QByteArray sof;
    sof.append(char(precision));
    appendU16be(sof, height);
    appendU16be(sof, width);
    sof.append(char(components));
    for (int c = 0; c < components; ++c)
        sof.append(char(c + 1)).append(char(0x11)).append('\0');
    out.append(char(0xff)).append(char(sofMarker));
    appendU16be(out, uint16_t(sof.size() + 2));
    out += sof;
    out += QByteArray("\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00", 10);
    out += QByteArray("\x12\x34\xff\x00\x56", 5);
    if (withEnd)
        out += QByteArray("\xff\xd9", 2);
    return out;
}

inline QByteArray riff(const QByteArray& chunks)
{
    QByteArray out("RIFF");
    appendU32le(out, uint32_t(chunks.size() + 4));
    return out + "WEBP" + chunks;
}

inline QByteArray webpChunk(const char* fourcc, const QByteArray& payload)
{
    QByteArray out(fourcc, 4);
    appendU32le(out, uint32_t(payload.size()));
    out += payload;
    if (payload.size() & 1)
        out.append('\0');
    return out;
}

inline QByteArray vp8lPayload(uint32_t width, uint32_t height, bool alpha)
{
    QByteArray p("\x2f", 1);
    appendU32le(p, (width - 1) | (height - 1) << 14 | uint32_t(alpha) << 28);
    return p + QByteArray(6, '\0');
}

inline QByteArray vp8Payload(uint16_t width, uint16_t height)
{
    QByteArray p("\x10\x02\x00\x9d\x01\x2a", 6); // key frame tag, start code
    p.append(char(width & 0xff)).append(char(width >> 8));
    p.append(char(height & 0xff)).append(char(height >> 8));
    return p + QByteArray(8, '\0');
}

inline QByteArray vp8xPayload(uint8_t flags, uint32_t width, uint32_t height)
{
    QByteArray p;
    p.append(char(flags)).append(3, '\0');
    appendU24le(p, width - 1);
    appendU24le(p, height - 1);
    return p;
}

struct TiffTag
{
    uint16_t tag;
    uint16_t type; // 3 SHORT or 4 LONG here
    std::vector<uint32_t> values;
};

// A classic TIFF in either byte order: header, pixel bytes at offset 8, then
// the IFD. Values that do not fit in the entry are stored after the IFD.
inline QByteArray tiffFile(bool littleEndian, std::vector<TiffTag> tags, const QByteArray& pixels)
{
    auto u16 = [&](QByteArray& o, uint32_t v) {
        if (littleEndian)
            o.append(char(v)).append(char(v >> 8));
        else
            appendU16be(o, uint16_t(v));
    };
    auto u32 = [&](QByteArray& o, uint32_t v) {
        if (littleEndian)
            appendU32le(o, v);
        else
            appendU32be(o, v);
    };
    QByteArray out(littleEndian ? "II*\0" : "MM\0*", 4);
    const uint32_t ifd = uint32_t(8 + pixels.size() + (pixels.size() & 1));
    u32(out, ifd);
    out += pixels;
    if (pixels.size() & 1)
        out.append('\0');
    QByteArray overflow;
    const uint32_t overflowAt = ifd + 2 + uint32_t(tags.size()) * 12 + 4;
    QByteArray dir;
    u16(dir, uint32_t(tags.size()));
    for (const TiffTag& t : tags) {
        u16(dir, t.tag);
        u16(dir, t.type);
        u32(dir, uint32_t(t.values.size()));
        QByteArray value;
        for (uint32_t v : t.values)
            t.type == 3 ? u16(value, v) : u32(value, v);
        if (value.size() <= 4) {
            dir += value + QByteArray(4 - value.size(), '\0');
        } else {
            u32(dir, overflowAt + uint32_t(overflow.size()));
            overflow += value;
        }
    }
    u32(dir, 0);
    return out + dir + overflow;
}

// A minimal valid 8-bit gray TIFF of width x height (one strip).
inline QByteArray grayTiff(bool littleEndian, uint32_t width, uint32_t height,
                           std::vector<TiffTag> extra = {})
{
    const QByteArray pixels(qsizetype(width * height), '\x80');
    std::vector<TiffTag> tags{{256, 4, {width}}, {257, 4, {height}}, {258, 3, {8}},
                              {259, 3, {1}},     {262, 3, {1}},      {273, 4, {8}},
                              {277, 3, {1}},     {278, 4, {height}}, {279, 4, {width * height}}};
    for (const TiffTag& t : extra) {
        auto it = tags.begin();
        while (it != tags.end() && it->tag < t.tag)
            ++it;
        if (it != tags.end() && it->tag == t.tag)
            *it = t;
        else
            tags.insert(it, t);
    }
    return tiffFile(littleEndian, tags, pixels);
}

} // namespace hires::test
