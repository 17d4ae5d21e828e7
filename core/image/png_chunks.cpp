#include "core/image/png_chunks_p.h"

#include "core/image/image_tr_p.h"
#include "core/image/zlib_stream_p.h"

#include <algorithm>

namespace hires {

namespace {

constexpr size_t kSignatureSize = 8;
constexpr uint32_t kMaxChunkLength = 0x7fffffffu; // PNG spec: 2^31 - 1
// Caps on inflated metadata: an ICC profile or a prompt is far smaller.
constexpr size_t kMaxIccBytes = 64u << 20;
constexpr size_t kMaxTextBytes = 16u << 20;

constexpr uint32_t fourcc(const char (&t)[5])
{
    return uint32_t(uint8_t(t[0])) << 24 | uint32_t(uint8_t(t[1])) << 16 |
           uint32_t(uint8_t(t[2])) << 8 | uint32_t(uint8_t(t[3]));
}

struct Chunk
{
    size_t offset = 0; // of the length field
    uint32_t type = 0;
    ByteView data;
    uint32_t storedCrc = 0;
    size_t end() const { return offset + 12 + data.size(); }
    // Computed on demand: IDAT chunks are left to libpng and not summed twice.
    bool crcOk() const { return crc32Of(ByteView(data.data() - 4, data.size() + 4)) == storedCrc; }
};

// Walks chunk by chunk; an error names the byte offset of the bad chunk.
class ChunkWalker
{
public:
    explicit ChunkWalker(ByteView bytes)
        : m_bytes(bytes)
        , m_pos(kSignatureSize)
    {}

    bool atEnd() const { return m_pos == m_bytes.size(); }

    Result<Chunk> next()
    {
        if (!m_bytes.has(m_pos, 8))
            return truncated();
        const uint32_t length = m_bytes.u32be(m_pos);
        if (length > kMaxChunkLength)
            return makeError(
                ErrorCode::CorruptData,
                ImageTr::tr("damaged PNG file: impossible chunk length at byte %1").arg(m_pos));
        if (!m_bytes.has(m_pos + 8, size_t(length) + 4))
            return truncated();
        Chunk chunk;
        chunk.offset = m_pos;
        chunk.type = m_bytes.u32be(m_pos + 4);
        chunk.data = m_bytes.mid(m_pos + 8, length);
        chunk.storedCrc = m_bytes.u32be(m_pos + 8 + length);
        m_pos = chunk.end();
        return chunk;
    }

private:
    Error truncated() const
    {
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("PNG file is truncated: the data ends inside the chunk at "
                                     "byte %1")
                             .arg(m_pos));
    }

    ByteView m_bytes;
    size_t m_pos;
};

Result<ImageInfo> parseIhdr(const Chunk& chunk)
{
    if (chunk.type != fourcc("IHDR") || chunk.data.size() != 13)
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("damaged PNG file: the first chunk is not a valid IHDR"));
    if (!chunk.crcOk())
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("damaged PNG file: the IHDR checksum does not match"));
    const ByteView d = chunk.data;
    ImageInfo info;
    info.format = ImageFormat::Png;
    const uint32_t width = d.u32be(0);
    const uint32_t height = d.u32be(4);
    const uint8_t depth = d.u8(8);
    const uint8_t colorType = d.u8(9);
    if (width == 0 || height == 0 || width > kMaxChunkLength || height > kMaxChunkLength)
        return makeError(
            ErrorCode::CorruptData,
            ImageTr::tr("damaged PNG file: invalid size %1 x %2 in IHDR").arg(width).arg(height));
    // Valid (colour type, bit depth) pairs from the PNG specification.
    const bool depthOk = [&] {
        switch (colorType) {
        case 0:
            return depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
        case 3:
            return depth == 1 || depth == 2 || depth == 4 || depth == 8;
        case 2:
        case 4:
        case 6:
            return depth == 8 || depth == 16;
        default:
            return false;
        }
    }();
    if (!depthOk)
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("damaged PNG file: invalid colour type %1 with bit depth %2")
                             .arg(colorType)
                             .arg(depth));
    // Width and height fit in int: both are at most 2^31 - 1.
    info.width = int(width);
    info.height = int(height);
    info.bitDepth = depth == 16 ? 16 : 8;
    static constexpr int kChannels[] = {1, 0, 3, 3, 2, 0, 4};
    info.channels = kChannels[colorType];
    return info;
}

// "keyword\0rest": the keyword as Latin-1 and the offset after its terminator.
std::optional<std::pair<QString, size_t>> splitKeyword(ByteView d)
{
    const size_t limit = std::min<size_t>(d.size(), 80);
    for (size_t i = 1; i < limit; ++i) {
        if (d.u8(i) == 0)
            return std::make_pair(
                QString::fromLatin1(reinterpret_cast<const char*>(d.data()), qsizetype(i)), i + 1);
    }
    return std::nullopt;
}

// Position of the next NUL at or after `from`, or nothing.
std::optional<size_t> findNul(ByteView d, size_t from)
{
    for (size_t i = from; i < d.size(); ++i) {
        if (d.u8(i) == 0)
            return i;
    }
    return std::nullopt;
}

std::optional<QByteArray> maybeInflate(ByteView d, bool compressed, size_t cap)
{
    if (!compressed)
        return d.size() <= cap ? std::optional<QByteArray>(d.toByteArray()) : std::nullopt;
    return zlibInflate(d, cap);
}

// One text chunk into metadata.text; a damaged one is skipped.
void readTextChunk(const Chunk& chunk, ImageMetadata& metadata, size_t& textBudget)
{
    const auto keyword = splitKeyword(chunk.data);
    if (!keyword)
        return;
    const ByteView rest = chunk.data.from(keyword->second);
    std::optional<QString> text;
    if (chunk.type == fourcc("tEXt")) {
        if (rest.size() <= textBudget)
            text = QString::fromLatin1(reinterpret_cast<const char*>(rest.data()),
                                       qsizetype(rest.size()));
    } else if (chunk.type == fourcc("zTXt")) {
        if (rest.u8(0) == 0) { // compression method 0 = zlib
            if (auto raw = zlibInflate(rest.from(1), textBudget))
                text = QString::fromLatin1(*raw);
        }
    } else { // iTXt: flag, method, language\0, translated keyword\0, text
        const bool compressed = rest.u8(0) == 1;
        const auto langEnd = findNul(rest, 2);
        const auto transEnd = langEnd ? findNul(rest, *langEnd + 1) : std::nullopt;
        if (rest.has(0, 2) && transEnd && (!compressed || rest.u8(1) == 0)) {
            if (auto raw = maybeInflate(rest.from(*transEnd + 1), compressed, textBudget))
                text = QString::fromUtf8(*raw);
        }
    }
    if (text && metadata.text.find(keyword->first) == metadata.text.end()) {
        textBudget -= std::min<size_t>(textBudget, size_t(text->size()));
        metadata.text.emplace(keyword->first, *text);
    }
}

void readIccp(const Chunk& chunk, ImageMetadata& metadata)
{
    const auto name = splitKeyword(chunk.data);
    if (!name || !metadata.iccProfile.isEmpty())
        return;
    const ByteView rest = chunk.data.from(name->second);
    if (rest.u8(0) != 0) // only zlib is defined
        return;
    if (auto profile = zlibInflate(rest.from(1), kMaxIccBytes))
        metadata.iccProfile = *profile;
}

QByteArray makeChunk(const char (&type)[5], const QByteArray& data)
{
    QByteArray out;
    out.reserve(data.size() + 12);
    appendU32be(out, uint32_t(data.size()));
    out.append(type, 4).append(data);
    appendU32be(out, crc32Of(ByteView(out).from(4)));
    return out;
}

bool isLatin1Text(const QString& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() != 0 && c.unicode() <= 0xff; });
}

} // namespace

bool isValidPngKeyword(const QString& keyword)
{
    if (keyword.isEmpty() || keyword.size() > 79 || keyword.startsWith(u' ') ||
        keyword.endsWith(u' ') || keyword.contains(QStringLiteral("  ")))
        return false;
    return std::all_of(keyword.begin(), keyword.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 32 && u <= 126) || (u >= 161 && u <= 255);
    });
}

Result<ContainerInfo> parsePng(ByteView bytes)
{
    ChunkWalker walker(bytes);
    Result<Chunk> first = walker.next();
    if (!first)
        return first.error();
    Result<ImageInfo> header = parseIhdr(*first);
    if (!header)
        return header.error();
    ContainerInfo result;
    result.info = *header;
    size_t textBudget = kMaxTextBytes;
    bool sawImageData = false;
    while (true) {
        if (walker.atEnd())
            return makeError(ErrorCode::CorruptData,
                             ImageTr::tr("PNG file is truncated: it ends without an IEND chunk"));
        Result<Chunk> chunk = walker.next();
        if (!chunk)
            return chunk.error();
        const uint32_t type = chunk->type;
        if (type == fourcc("IEND"))
            break;
        if (type == fourcc("IDAT"))
            sawImageData = true;
        const bool metadata = type == fourcc("iCCP") || type == fourcc("eXIf") ||
                              type == fourcc("tEXt") || type == fourcc("zTXt") ||
                              type == fourcc("iTXt");
        if (!metadata || !chunk->crcOk())
            continue; // a damaged ancillary chunk is ignored, as libpng does
        if (type == fourcc("iCCP"))
            readIccp(*chunk, result.metadata);
        else if (type == fourcc("eXIf") && result.metadata.exif.isEmpty())
            result.metadata.exif = chunk->data.toByteArray();
        else if (type == fourcc("tEXt") || type == fourcc("zTXt") || type == fourcc("iTXt"))
            readTextChunk(*chunk, result.metadata, textBudget);
    }
    if (!sawImageData)
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("damaged PNG file: it has no image data (IDAT)"));
    return result;
}

Result<QByteArray> insertPngMetadata(const QByteArray& png, const ImageMetadata& metadata)
{
    const ByteView bytes(png);
    QByteArray extra;
    if (!metadata.iccProfile.isEmpty()) {
        QByteArray data("ICC Profile");
        data.append('\0').append('\0').append(zlibDeflate(metadata.iccProfile));
        extra += makeChunk("iCCP", data);
    }
    if (!metadata.exif.isEmpty())
        extra += makeChunk("eXIf", metadata.exif);
    for (const auto& [keyword, text] : metadata.text) {
        if (!isValidPngKeyword(keyword))
            continue;
        QByteArray data = keyword.toLatin1();
        data.append('\0');
        if (isLatin1Text(text)) {
            extra += makeChunk("tEXt", data + text.toLatin1());
        } else {
            // Uncompressed, no language tag, no translated keyword.
            data.append('\0').append('\0').append('\0').append('\0').append(text.toUtf8());
            extra += makeChunk("iTXt", data);
        }
    }

    QByteArray out = png.left(qsizetype(kSignatureSize));
    out.reserve(png.size() + extra.size());
    ChunkWalker walker(bytes);
    bool first = true;
    while (!walker.atEnd()) {
        Result<Chunk> chunk = walker.next();
        if (!chunk)
            return chunk.error();
        const uint32_t t = chunk->type;
        const bool replaced = t == fourcc("iCCP") ||
                              (t == fourcc("sRGB") && !metadata.iccProfile.isEmpty()) ||
                              t == fourcc("eXIf") || t == fourcc("tEXt") || t == fourcc("zTXt") ||
                              t == fourcc("iTXt");
        if (!replaced)
            out.append(png.constData() + chunk->offset, qsizetype(chunk->end() - chunk->offset));
        if (first) {
            if (t != fourcc("IHDR"))
                return makeError(ErrorCode::Internal,
                                 ImageTr::tr("the PNG encoder wrote no IHDR chunk first"));
            out += extra;
            first = false;
        }
    }
    return out;
}

} // namespace hires
