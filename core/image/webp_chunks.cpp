#include "core/image/webp_chunks_p.h"

#include "core/image/image_tr_p.h"

#include <algorithm>
#include <vector>

namespace hires {

namespace {

constexpr uint8_t kFlagIcc = 0x20;
constexpr uint8_t kFlagAlpha = 0x10;
constexpr uint8_t kFlagExif = 0x08;
constexpr uint8_t kFlagAnimation = 0x02;

struct Chunk
{
    size_t offset = 0; // of the FourCC
    QByteArray fourcc;
    ByteView payload;
    size_t end = 0; // after the padding byte
};

Error truncatedWebp()
{
    return makeError(ErrorCode::CorruptData,
                     ImageTr::tr("WebP file is truncated: a chunk runs past the end of the file"));
}

// The chunks inside the RIFF payload, every size checked against riffEnd.
Result<std::vector<Chunk>> readChunks(ByteView bytes)
{
    if (!bytes.has(0, 12))
        return truncatedWebp();
    const uint64_t riffEnd = uint64_t(bytes.u32le(4)) + 8;
    if (riffEnd > bytes.size())
        return truncatedWebp();
    std::vector<Chunk> chunks;
    size_t pos = 12;
    while (pos < riffEnd) {
        if (pos + 8 > riffEnd)
            return truncatedWebp();
        Chunk c;
        c.offset = pos;
        c.fourcc = bytes.mid(pos, 4).toByteArray();
        const size_t size = bytes.u32le(pos + 4);
        if (size > riffEnd - pos - 8)
            return truncatedWebp();
        c.payload = bytes.mid(pos + 8, size);
        // A missing padding byte after the last chunk is common and harmless.
        c.end = std::min<size_t>(pos + 8 + size + (size & 1), size_t(riffEnd));
        pos = c.end;
        chunks.push_back(c);
    }
    if (chunks.empty())
        return makeError(ErrorCode::CorruptData, ImageTr::tr("damaged WebP file: no image chunk"));
    return chunks;
}

Error damaged(const QString& what)
{
    return makeError(ErrorCode::CorruptData, ImageTr::tr("damaged WebP file: %1").arg(what));
}

// Size from a lossy key frame: frame tag (3 bytes), start code 9d 01 2a, then
// 14-bit width and height.
Result<ImageInfo> parseVp8(ByteView d)
{
    if (!d.has(0, 10) || (d.u8(0) & 1) != 0 || !d.matches(3, "\x9d\x01\x2a", 3))
        return damaged(ImageTr::tr("invalid VP8 frame header"));
    ImageInfo info;
    info.width = d.u16le(6) & 0x3fff;
    info.height = d.u16le(8) & 0x3fff;
    info.channels = 3;
    return info;
}

// Lossless: signature 0x2f, then 14 bits width - 1, 14 bits height - 1,
// 1 bit alpha, 3 bits version (0).
Result<ImageInfo> parseVp8l(ByteView d)
{
    if (!d.has(0, 5) || d.u8(0) != 0x2f)
        return damaged(ImageTr::tr("invalid VP8L header"));
    const uint32_t bits = d.u32le(1);
    if ((bits >> 29) != 0)
        return damaged(ImageTr::tr("unknown VP8L version"));
    ImageInfo info;
    info.width = int(bits & 0x3fff) + 1;
    info.height = int((bits >> 14) & 0x3fff) + 1;
    info.channels = (bits >> 28) & 1 ? 4 : 3;
    return info;
}

QByteArray exifWithoutPrefix(ByteView payload)
{
    // Some writers keep the JPEG-style "Exif\0\0" prefix in the chunk.
    return (payload.matches(0, "Exif\0\0", 6) ? payload.from(6) : payload).toByteArray();
}

void appendChunk(QByteArray& out, const char* fourcc, ByteView payload)
{
    out.append(fourcc, 4);
    appendU32le(out, uint32_t(payload.size()));
    out.append(reinterpret_cast<const char*>(payload.data()), qsizetype(payload.size()));
    if (payload.size() & 1)
        out.append('\0');
}

} // namespace

Result<ContainerInfo> parseWebp(ByteView bytes)
{
    Result<std::vector<Chunk>> chunks = readChunks(bytes);
    if (!chunks)
        return chunks.error();
    const Chunk& first = chunks->front();
    ContainerInfo result;
    Result<ImageInfo> info = damaged(ImageTr::tr("unknown first chunk"));
    if (first.fourcc == "VP8 ") {
        info = parseVp8(first.payload);
    } else if (first.fourcc == "VP8L") {
        info = parseVp8l(first.payload);
    } else if (first.fourcc == "VP8X") {
        const ByteView d = first.payload;
        if (!d.has(0, 10))
            return damaged(ImageTr::tr("VP8X chunk too short"));
        const uint8_t flags = d.u8(0);
        if (flags & kFlagAnimation)
            return makeError(ErrorCode::UnsupportedFormat,
                             ImageTr::tr("animated WebP is not supported"));
        ImageInfo extended;
        extended.width = int(d.u24le(4)) + 1;
        extended.height = int(d.u24le(7)) + 1;
        extended.channels = flags & kFlagAlpha ? 4 : 3;
        info = extended;
        bool hasImage = false;
        for (const Chunk& c : *chunks) {
            if (c.fourcc == "ICCP" && result.metadata.iccProfile.isEmpty())
                result.metadata.iccProfile = c.payload.toByteArray();
            else if (c.fourcc == "EXIF" && result.metadata.exif.isEmpty())
                result.metadata.exif = exifWithoutPrefix(c.payload);
            else if (c.fourcc == "VP8 " || c.fourcc == "VP8L")
                hasImage = true;
        }
        if (!hasImage)
            return damaged(ImageTr::tr("no image chunk"));
    }
    if (!info)
        return info.error();
    result.info = *info;
    result.info.format = ImageFormat::Webp;
    result.info.bitDepth = 8;
    if (result.info.width == 0 || result.info.height == 0)
        return damaged(ImageTr::tr("image size 0"));
    return result;
}

Result<QByteArray> insertWebpMetadata(const QByteArray& webp, const ImageMetadata& metadata)
{
    if (metadata.iccProfile.isEmpty() && metadata.exif.isEmpty())
        return webp;
    const ByteView bytes(webp);
    Result<ContainerInfo> parsed = parseWebp(bytes);
    if (!parsed)
        return parsed.error();
    Result<std::vector<Chunk>> chunks = readChunks(bytes);
    if (!chunks)
        return chunks.error();

    uint8_t flags = 0;
    QByteArray imageChunks;
    for (const Chunk& c : *chunks) {
        if (c.fourcc == "ALPH" || c.fourcc == "VP8 " || c.fourcc == "VP8L")
            appendChunk(imageChunks, c.fourcc.constData(), c.payload);
    }
    if (parsed->info.channels == 4)
        flags |= kFlagAlpha;
    if (!metadata.iccProfile.isEmpty())
        flags |= kFlagIcc;
    if (!metadata.exif.isEmpty())
        flags |= kFlagExif;

    QByteArray vp8x;
    vp8x.append(char(flags)).append(3, '\0');
    appendU24le(vp8x, uint32_t(parsed->info.width - 1));
    appendU24le(vp8x, uint32_t(parsed->info.height - 1));

    QByteArray body("WEBP");
    appendChunk(body, "VP8X", ByteView(vp8x));
    if (!metadata.iccProfile.isEmpty())
        appendChunk(body, "ICCP", ByteView(metadata.iccProfile));
    body += imageChunks;
    if (!metadata.exif.isEmpty())
        appendChunk(body, "EXIF", ByteView(metadata.exif));
    if (uint64_t(body.size()) > 0xfffffff0u)
        return makeError(ErrorCode::TooLarge,
                         ImageTr::tr("the WebP file with its metadata would exceed 4 GiB"));

    QByteArray out("RIFF");
    appendU32le(out, uint32_t(body.size()));
    out += body;
    return out;
}

} // namespace hires
