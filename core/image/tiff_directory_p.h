// Private: the first image file directory (IFD) of a TIFF structure, in both
// byte orders, classic TIFF and BigTIFF. Used for TIFF files (size, samples,
// orientation, ICC profile, strip bounds) and for EXIF blocks, which are TIFF
// structures too (orientation). Every offset is checked against the bytes.
#pragma once

#include "core/base/result.h"
#include "core/image/byte_view_p.h"
#include "core/image/container_info_p.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <vector>

namespace hires {

namespace tiff {
constexpr uint16_t kImageWidth = 256;
constexpr uint16_t kImageLength = 257;
constexpr uint16_t kBitsPerSample = 258;
constexpr uint16_t kStripOffsets = 273;
constexpr uint16_t kOrientation = 274;
constexpr uint16_t kSamplesPerPixel = 277;
constexpr uint16_t kStripByteCounts = 279;
constexpr uint16_t kTileOffsets = 324;
constexpr uint16_t kTileByteCounts = 325;
constexpr uint16_t kSampleFormat = 339;
constexpr uint16_t kIccProfile = 34675;

constexpr uint16_t kTypeShort = 3;
constexpr uint16_t kTypeLong = 4;
constexpr uint16_t kTypeUndefined = 7;
} // namespace tiff

struct TiffEntry
{
    uint16_t tag = 0;
    uint16_t type = 0;
    uint64_t count = 0;
    size_t entryOffset = 0;   // of the 12- (20-) byte entry
    size_t valueOffset = 0;   // of the value bytes, inline or pointed to
    size_t valueSize = 0;     // count x type size
    bool valueInFile = false; // false: the value lies outside the bytes, or an unknown type
};

class TiffDirectory
{
public:
    // Reads the header and the first IFD.
    static Result<TiffDirectory> parse(ByteView bytes);

    bool littleEndian() const { return m_littleEndian; }
    bool bigTiff() const { return m_bigTiff; }
    size_t ifdOffset() const { return m_ifdOffset; }
    const std::vector<TiffEntry>& entries() const { return m_entries; }

    const TiffEntry* find(uint16_t tag) const;
    // Value number `index` of an integer entry (BYTE, SHORT, LONG, LONG8),
    // or nothing when absent, out of range or of another type.
    std::optional<uint64_t> integer(uint16_t tag, size_t index = 0) const;
    ByteView valueBytes(const TiffEntry& entry) const;

private:
    ByteView m_bytes;
    bool m_littleEndian = true;
    bool m_bigTiff = false;
    size_t m_ifdOffset = 0;
    size_t m_nextPointerOffset = 0;
    std::vector<TiffEntry> m_entries;

    friend Result<QByteArray> setTiffEntry(const QByteArray&, uint16_t, uint16_t, uint32_t,
                                           const QByteArray&);
};

// Size, samples, orientation and ICC profile of a TIFF file; checks that the
// strips or tiles of the first image lie inside the file (a cut-off file is
// refused here). EXIF is not read from TIFF files (see image_decoder.cpp).
Result<ContainerInfo> parseTiff(ByteView bytes);

// Adds (or replaces) one entry in the first IFD of a classic TIFF: the value
// and a rewritten IFD are appended and the header pointed at the new IFD;
// everything else keeps its offset. `value` holds count values of `type`
// in the file's byte order.
Result<QByteArray> setTiffEntry(const QByteArray& tiff, uint16_t tag, uint16_t type, uint32_t count,
                                const QByteArray& value);

// The ICC profile as tag 34675 (TIFF output carries no EXIF: see image_encoder.cpp).
Result<QByteArray> insertTiffMetadata(const QByteArray& tiff, const ImageMetadata& metadata);

} // namespace hires
