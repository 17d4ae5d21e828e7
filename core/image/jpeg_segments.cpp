#include "core/image/jpeg_segments_p.h"

#include "core/image/image_tr_p.h"

#include <vector>

namespace hires {

namespace {

constexpr uint8_t kSoi = 0xd8;
constexpr uint8_t kEoi = 0xd9;
constexpr uint8_t kSos = 0xda;
constexpr uint8_t kApp0 = 0xe0;
constexpr uint8_t kApp1 = 0xe1;
constexpr uint8_t kApp2 = 0xe2;
constexpr char kExifId[] = "Exif\0";     // followed by one more NUL: 6 bytes
constexpr char kIccId[] = "ICC_PROFILE"; // with its NUL: 12 bytes

struct Segment
{
    size_t offset = 0; // of the 0xFF that starts the marker
    uint8_t marker = 0;
    ByteView payload; // after the length field; empty for standalone markers
    size_t end = 0;
};

bool isStartOfFrame(uint8_t m)
{
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC).
    return m >= 0xc0 && m <= 0xcf && m != 0xc4 && m != 0xc8 && m != 0xcc;
}

bool isExifSegment(const Segment& s)
{
    return s.marker == kApp1 && s.payload.matches(0, kExifId, 6);
}

bool isIccSegment(const Segment& s)
{
    return s.marker == kApp2 && s.payload.matches(0, kIccId, 12);
}

Error truncatedJpeg()
{
    return makeError(ErrorCode::CorruptData,
                     ImageTr::tr("JPEG file is truncated: it ends before its image data"));
}

class SegmentWalker
{
public:
    explicit SegmentWalker(ByteView bytes)
        : m_bytes(bytes)
        , m_pos(2)
    {}

    Result<Segment> next()
    {
        if (!m_bytes.has(m_pos, 2))
            return truncatedJpeg();
        if (m_bytes.u8(m_pos) != 0xff)
            return makeError(
                ErrorCode::CorruptData,
                ImageTr::tr("damaged JPEG file: expected a marker at byte %1").arg(m_pos));
        Segment s;
        s.offset = m_pos;
        size_t p = m_pos + 1;
        while (m_bytes.has(p, 1) && m_bytes.u8(p) == 0xff) // fill bytes
            ++p;
        if (!m_bytes.has(p, 1))
            return truncatedJpeg();
        s.marker = m_bytes.u8(p);
        ++p;
        if (s.marker == 0x00 || s.marker == kSoi)
            return makeError(
                ErrorCode::CorruptData,
                ImageTr::tr("damaged JPEG file: unexpected marker at byte %1").arg(s.offset));
        const bool standalone = s.marker == 0x01 || (s.marker >= 0xd0 && s.marker <= kEoi);
        if (!standalone) {
            if (!m_bytes.has(p, 2))
                return truncatedJpeg();
            const size_t length = m_bytes.u16be(p);
            if (length < 2)
                return makeError(ErrorCode::CorruptData,
                                 ImageTr::tr("damaged JPEG file: invalid segment length at "
                                             "byte %1")
                                     .arg(p));
            if (!m_bytes.has(p, length))
                return truncatedJpeg();
            s.payload = m_bytes.mid(p + 2, length - 2);
            p += length;
        }
        s.end = m_pos = p;
        return s;
    }

private:
    ByteView m_bytes;
    size_t m_pos;
};

Result<ImageInfo> parseFrameHeader(const Segment& s)
{
    const ByteView d = s.payload;
    const size_t components = d.u8(5);
    if (!d.has(0, 6 + 3 * components) || components == 0)
        return makeError(
            ErrorCode::CorruptData,
            ImageTr::tr("damaged JPEG file: invalid frame header at byte %1").arg(s.offset));
    const uint8_t m = s.marker;
    if (m == 0xc3 || m == 0xc7 || m == 0xcb || m == 0xcf)
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageTr::tr("lossless JPEG is not supported"));
    if (d.u8(0) != 8)
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageTr::tr("%1-bit JPEG is not supported (only 8-bit)").arg(d.u8(0)));
    ImageInfo info;
    info.format = ImageFormat::Jpeg;
    info.height = d.u16be(1);
    info.width = d.u16be(3);
    info.bitDepth = 8;
    if (info.height == 0) // the height would follow in a DNL marker; libjpeg refuses it
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageTr::tr("JPEG with the height defined later (DNL) is not supported"));
    if (info.width == 0)
        return makeError(ErrorCode::CorruptData,
                         ImageTr::tr("damaged JPEG file: the frame header says width 0"));
    if (components != 1 && components != 3 && components != 4)
        return makeError(
            ErrorCode::UnsupportedFormat,
            ImageTr::tr("JPEG with %1 colour components is not supported").arg(components));
    info.channels = int(components);
    return info;
}

// ICC profiles longer than one segment come in numbered APP2 pieces; any gap,
// duplicate or disagreement about the count drops the profile.
QByteArray assembleIcc(const std::vector<ByteView>& pieces)
{
    if (pieces.empty())
        return {};
    const size_t count = pieces.front().u8(13);
    if (count == 0 || pieces.size() != count)
        return {};
    std::vector<ByteView> ordered(count);
    for (const ByteView& piece : pieces) {
        const size_t seq = piece.u8(12);
        if (piece.u8(13) != count || seq == 0 || seq > count || !ordered[seq - 1].empty())
            return {};
        ordered[seq - 1] = piece.from(14);
        if (ordered[seq - 1].empty())
            return {};
    }
    QByteArray profile;
    for (const ByteView& piece : ordered)
        profile.append(reinterpret_cast<const char*>(piece.data()), qsizetype(piece.size()));
    return profile;
}

bool hasEndMarkerAfter(ByteView bytes, size_t from)
{
    // Scans back from the end: data after EOI (camera trailers) is allowed.
    for (size_t i = bytes.size(); i >= from + 2; --i) {
        if (bytes.u8(i - 2) == 0xff && bytes.u8(i - 1) == kEoi)
            return true;
    }
    return false;
}

} // namespace

Result<ContainerInfo> parseJpeg(ByteView bytes)
{
    ContainerInfo result;
    bool sawFrame = false;
    std::vector<ByteView> iccPieces;
    SegmentWalker walker(bytes);
    while (true) {
        Result<Segment> s = walker.next();
        if (!s)
            return s.error();
        if (s->marker == kEoi)
            return makeError(ErrorCode::CorruptData,
                             ImageTr::tr("damaged JPEG file: it ends before its image data"));
        if (s->marker == kSos) {
            if (!sawFrame)
                return makeError(ErrorCode::CorruptData,
                                 ImageTr::tr("damaged JPEG file: image data before the frame "
                                             "header"));
            if (!hasEndMarkerAfter(bytes, s->end))
                return makeError(ErrorCode::CorruptData,
                                 ImageTr::tr("JPEG file is truncated: the end-of-image marker is "
                                             "missing"));
            break;
        }
        if (isStartOfFrame(s->marker) && !sawFrame) {
            Result<ImageInfo> info = parseFrameHeader(*s);
            if (!info)
                return info.error();
            result.info = *info;
            sawFrame = true;
        } else if (isExifSegment(*s) && result.metadata.exif.isEmpty()) {
            result.metadata.exif = s->payload.from(6).toByteArray();
        } else if (isIccSegment(*s)) {
            iccPieces.push_back(s->payload);
        }
    }
    result.metadata.iccProfile = assembleIcc(iccPieces);
    return result;
}

Result<QByteArray> insertJpegMetadata(const QByteArray& jpeg, const ImageMetadata& metadata)
{
    QByteArray segments;
    auto appendSegment = [&segments](uint8_t marker, const QByteArray& payload) {
        segments.append(char(0xff)).append(char(marker));
        appendU16be(segments, uint16_t(payload.size() + 2));
        segments.append(payload);
    };
    if (!metadata.exif.isEmpty() && metadata.exif.size() <= kJpegMaxExifBytes)
        appendSegment(kApp1, QByteArray(kExifId, 6) + metadata.exif);
    const QByteArray& icc = metadata.iccProfile;
    if (!icc.isEmpty() && icc.size() <= kJpegMaxIccBytes) {
        const int count = int((icc.size() + kJpegIccChunkBytes - 1) / kJpegIccChunkBytes);
        for (int i = 0; i < count; ++i) {
            QByteArray payload(kIccId, 12);
            payload.append(char(i + 1)).append(char(count));
            payload.append(icc.mid(qsizetype(i) * kJpegIccChunkBytes, kJpegIccChunkBytes));
            appendSegment(kApp2, payload);
        }
    }

    const ByteView bytes(jpeg);
    QByteArray out = jpeg.left(2); // SOI
    out.reserve(jpeg.size() + segments.size());
    bool inserted = false;
    SegmentWalker walker(bytes);
    while (true) {
        Result<Segment> s = walker.next();
        if (!s)
            return s.error();
        // JFIF wants its APP0 directly after SOI; everything else follows ours.
        const bool jfif = s->marker == kApp0 && s->payload.matches(0, "JFIF\0", 5);
        if (!inserted && !jfif) {
            out += segments;
            inserted = true;
        }
        if (s->marker == kSos || s->marker == kEoi) {
            out.append(jpeg.constData() + s->offset, jpeg.size() - qsizetype(s->offset));
            return out;
        }
        if (!isExifSegment(*s) && !isIccSegment(*s))
            out.append(jpeg.constData() + s->offset, qsizetype(s->end - s->offset));
    }
}

} // namespace hires
