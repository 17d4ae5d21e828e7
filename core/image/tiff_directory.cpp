#include "core/image/tiff_directory_p.h"

#include "core/image/image_tr_p.h"

#include <algorithm>

namespace hires {

namespace {

// Bytes per value of each TIFF field type (0: unknown type).
size_t typeSize(uint16_t type)
{
    switch (type) {
    case 1:
    case 2:
    case 6:
    case 7:
        return 1; // BYTE ASCII SBYTE UNDEFINED
    case 3:
    case 8:
        return 2; // SHORT SSHORT
    case 4:
    case 9:
    case 11:
    case 13:
        return 4; // LONG SLONG FLOAT IFD
    case 5:
    case 10:
    case 12:
    case 16:
    case 17:
    case 18:
        return 8; // RATIONAL.. LONG8 IFD8
    default:
        return 0;
    }
}

Error damagedTiff(const QString& what)
{
    return makeError(ErrorCode::CorruptData, ImageTr::tr("damaged TIFF data: %1").arg(what));
}

// Checks that every strip (or tile) of the first image lies inside the file.
Result<void> checkImageDataBounds(const TiffDirectory& dir, size_t fileSize)
{
    const bool tiled = dir.find(tiff::kTileOffsets) != nullptr;
    const TiffEntry* offsets = dir.find(tiled ? tiff::kTileOffsets : tiff::kStripOffsets);
    const TiffEntry* counts = dir.find(tiled ? tiff::kTileByteCounts : tiff::kStripByteCounts);
    if (!offsets || !counts || offsets->count == 0 || offsets->count != counts->count ||
        !offsets->valueInFile || !counts->valueInFile)
        return damagedTiff(ImageTr::tr("the image data locations are missing or inconsistent"));
    const uint16_t offsetTag = offsets->tag;
    const uint16_t countTag = counts->tag;
    for (uint64_t i = 0; i < offsets->count; ++i) {
        const auto start = dir.integer(offsetTag, size_t(i));
        const auto size = dir.integer(countTag, size_t(i));
        if (!start || !size)
            return damagedTiff(ImageTr::tr("invalid image data location"));
        if (*start > fileSize || *size > fileSize - *start)
            return makeError(ErrorCode::CorruptData,
                             ImageTr::tr("TIFF file is truncated: image data at byte %1 runs "
                                         "past the end of the file")
                                 .arg(*start));
    }
    return {};
}

} // namespace

Result<TiffDirectory> TiffDirectory::parse(ByteView bytes)
{
    TiffDirectory dir;
    dir.m_bytes = bytes;
    if (bytes.matches(0, "II", 2))
        dir.m_littleEndian = true;
    else if (bytes.matches(0, "MM", 2))
        dir.m_littleEndian = false;
    else
        return damagedTiff(ImageTr::tr("unknown byte order"));
    const bool le = dir.m_littleEndian;
    const uint16_t version = bytes.u16(2, le);
    uint64_t ifd = 0;
    if (version == 42 && bytes.has(0, 8)) {
        ifd = bytes.u32(4, le);
    } else if (version == 43 && bytes.has(0, 16) && bytes.u16(4, le) == 8) {
        dir.m_bigTiff = true;
        ifd = bytes.u64(8, le);
    } else {
        return damagedTiff(ImageTr::tr("invalid header"));
    }
    const size_t countSize = dir.m_bigTiff ? 8 : 2;
    const size_t entrySize = dir.m_bigTiff ? 20 : 12;
    const size_t inlineSize = dir.m_bigTiff ? 8 : 4;
    if (ifd < 8 || !bytes.has(size_t(ifd), countSize))
        return damagedTiff(ImageTr::tr("the first directory lies outside the data"));
    const uint64_t count = dir.m_bigTiff ? bytes.u64(size_t(ifd), le) : bytes.u16(size_t(ifd), le);
    // The directory with its next-IFD pointer must fit; this also bounds count.
    if (count > bytes.size() / entrySize ||
        !bytes.has(size_t(ifd) + countSize, size_t(count) * entrySize + inlineSize))
        return damagedTiff(ImageTr::tr("the first directory runs past the end"));
    dir.m_ifdOffset = size_t(ifd);
    dir.m_nextPointerOffset = size_t(ifd) + countSize + size_t(count) * entrySize;
    dir.m_entries.reserve(size_t(count));
    for (size_t i = 0; i < count; ++i) {
        TiffEntry e;
        e.entryOffset = size_t(ifd) + countSize + i * entrySize;
        e.tag = bytes.u16(e.entryOffset, le);
        e.type = bytes.u16(e.entryOffset + 2, le);
        e.count =
            dir.m_bigTiff ? bytes.u64(e.entryOffset + 4, le) : bytes.u32(e.entryOffset + 4, le);
        const size_t valueField = e.entryOffset + (dir.m_bigTiff ? 12 : 8);
        const size_t unit = typeSize(e.type);
        if (unit != 0 && e.count <= bytes.size() / unit) {
            e.valueSize = size_t(e.count) * unit;
            if (e.valueSize <= inlineSize) {
                e.valueOffset = valueField;
            } else {
                const uint64_t at =
                    dir.m_bigTiff ? bytes.u64(valueField, le) : bytes.u32(valueField, le);
                e.valueOffset = size_t(std::min<uint64_t>(at, bytes.size()));
            }
            e.valueInFile = bytes.has(e.valueOffset, e.valueSize);
        }
        dir.m_entries.push_back(e);
    }
    return dir;
}

const TiffEntry* TiffDirectory::find(uint16_t tag) const
{
    for (const TiffEntry& e : m_entries) {
        if (e.tag == tag)
            return &e;
    }
    return nullptr;
}

std::optional<uint64_t> TiffDirectory::integer(uint16_t tag, size_t index) const
{
    const TiffEntry* e = find(tag);
    if (!e || !e->valueInFile || index >= e->count)
        return std::nullopt;
    const size_t at = e->valueOffset + index * typeSize(e->type);
    switch (e->type) {
    case 1:
        return m_bytes.u8(at);
    case 3:
        return m_bytes.u16(at, m_littleEndian);
    case 4:
        return m_bytes.u32(at, m_littleEndian);
    case 16:
        return m_bytes.u64(at, m_littleEndian);
    default:
        return std::nullopt;
    }
}

ByteView TiffDirectory::valueBytes(const TiffEntry& entry) const
{
    return entry.valueInFile ? m_bytes.mid(entry.valueOffset, entry.valueSize) : ByteView();
}

Result<ContainerInfo> parseTiff(ByteView bytes)
{
    Result<TiffDirectory> parsed = TiffDirectory::parse(bytes);
    if (!parsed)
        return parsed.error();
    const TiffDirectory& dir = *parsed;
    const auto width = dir.integer(tiff::kImageWidth);
    const auto height = dir.integer(tiff::kImageLength);
    if (!width || !height || *width == 0 || *height == 0 || *width > 0x7fffffff ||
        *height > 0x7fffffff)
        return damagedTiff(ImageTr::tr("missing or invalid image size"));
    const uint64_t bits = dir.integer(tiff::kBitsPerSample).value_or(1);
    if (dir.integer(tiff::kSampleFormat).value_or(1) == 3)
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageTr::tr("floating-point TIFF is not supported (only 8- and 16-bit "
                                     "integer samples)"));
    if (bits != 16 && (bits == 0 || bits > 8))
        return makeError(
            ErrorCode::UnsupportedFormat,
            ImageTr::tr("%1-bit TIFF samples are not supported (only 8 and 16 bits)").arg(bits));
    const uint64_t samples = dir.integer(tiff::kSamplesPerPixel).value_or(1);
    if (samples == 0 || samples > 4)
        return makeError(
            ErrorCode::UnsupportedFormat,
            ImageTr::tr("TIFF with %1 samples per pixel is not supported").arg(samples));
    if (Result<void> bounds = checkImageDataBounds(dir, bytes.size()); !bounds)
        return bounds.error();

    ContainerInfo result;
    result.info.format = ImageFormat::Tiff;
    result.info.width = int(*width);
    result.info.height = int(*height);
    result.info.bitDepth = bits == 16 ? 16 : 8;
    result.info.channels = int(samples);
    const uint64_t orientation = dir.integer(tiff::kOrientation).value_or(1);
    result.info.exifOrientation = orientation >= 1 && orientation <= 8 ? int(orientation) : 1;
    if (const TiffEntry* icc = dir.find(tiff::kIccProfile))
        result.metadata.iccProfile = dir.valueBytes(*icc).toByteArray();
    return result;
}

Result<QByteArray> setTiffEntry(const QByteArray& tiff, uint16_t tag, uint16_t type, uint32_t count,
                                const QByteArray& value)
{
    Result<TiffDirectory> parsed = TiffDirectory::parse(ByteView(tiff));
    if (!parsed)
        return parsed.error();
    const TiffDirectory& dir = *parsed;
    if (dir.bigTiff())
        return makeError(ErrorCode::Unsupported, ImageTr::tr("cannot add a tag to a BigTIFF file"));
    const bool le = dir.littleEndian();
    auto put16 = [le](QByteArray& out, uint16_t v) {
        if (le)
            out.append(char(v)).append(char(v >> 8));
        else
            appendU16be(out, v);
    };
    auto put32 = [le](QByteArray& out, uint32_t v) {
        if (le)
            appendU32le(out, v);
        else
            appendU32be(out, v);
    };

    QByteArray out = tiff;
    if (out.size() & 1)
        out.append('\0'); // TIFF wants word-aligned offsets
    QByteArray entry;
    put16(entry, tag);
    put16(entry, type);
    put32(entry, count);
    if (value.size() <= 4) {
        entry.append(value).append(4 - value.size(), '\0');
    } else {
        put32(entry, uint32_t(out.size()));
        out.append(value);
        if (out.size() & 1)
            out.append('\0');
    }

    std::vector<QByteArray> entries;
    bool placed = false;
    for (const TiffEntry& e : dir.entries()) {
        if (!placed && e.tag >= tag) {
            entries.push_back(entry);
            placed = true;
        }
        if (e.tag != tag)
            entries.push_back(tiff.mid(qsizetype(e.entryOffset), 12));
    }
    if (!placed)
        entries.push_back(entry);

    const uint64_t newIfd = uint64_t(out.size());
    put16(out, uint16_t(entries.size()));
    for (const QByteArray& e : entries)
        out.append(e);
    out.append(tiff.mid(qsizetype(dir.m_nextPointerOffset), 4));
    if (entries.size() > 0xffff || uint64_t(out.size()) > 0xffffffffu)
        return makeError(ErrorCode::TooLarge,
                         ImageTr::tr("the TIFF file with its metadata would exceed 4 GiB"));
    QByteArray pointer;
    put32(pointer, uint32_t(newIfd));
    out.replace(4, 4, pointer);
    return out;
}

Result<QByteArray> insertTiffMetadata(const QByteArray& tiff, const ImageMetadata& metadata)
{
    if (metadata.iccProfile.isEmpty())
        return tiff;
    return setTiffEntry(tiff, tiff::kIccProfile, tiff::kTypeUndefined,
                        uint32_t(metadata.iccProfile.size()), metadata.iccProfile);
}

} // namespace hires
