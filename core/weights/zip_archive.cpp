#include "core/weights/zip_archive.h"

#include <algorithm>
#include <new>
#include <optional>

#include <QCoreApplication>

#include <zlib.h>

#include "core/weights/byte_cursor.h"
#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::ZipArchive", text);
}

constexpr uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr uint32_t kEndSignature = 0x06054b50;
constexpr uint32_t kZip64EndSignature = 0x06064b50;
constexpr uint32_t kZip64LocatorSignature = 0x07064b50;
constexpr size_t kEndSize = 22;
constexpr size_t kZip64LocatorSize = 20;
constexpr size_t kCentralHeaderSize = 46;
constexpr size_t kLocalHeaderSize = 30;
constexpr uint16_t kZip64ExtraId = 0x0001;
constexpr uint32_t kSentinel32 = 0xffffffffu;
constexpr uint16_t kSentinel16 = 0xffffu;

struct Directory
{
    uint64_t entryCount = 0;
    uint64_t offset = 0;
    uint64_t size = 0;
    uint64_t end = 0; // where the records after the directory begin
};

} // namespace

// Reads the end records and the central directory of one archive.
class ZipDirectoryParser
{
public:
    explicit ZipDirectoryParser(ZipArchive& zip)
        : m_zip(zip)
        , m_cursor(zip.m_archive->data(), zip.m_archive->size())
    {}

    std::optional<Error> parse()
    {
        Directory directory;
        if (std::optional<Error> error = findDirectory(directory))
            return error;
        if (directory.entryCount > directory.size / kCentralHeaderSize)
            return m_zip.fail(
                tr("the central directory cannot hold its %1 entries").arg(directory.entryCount));
        ByteCursor cursor(m_zip.m_archive->data() + directory.offset, directory.size);
        m_zip.m_entries.reserve(static_cast<size_t>(directory.entryCount));
        for (uint64_t i = 0; i < directory.entryCount; ++i) {
            if (std::optional<Error> error = parseEntry(cursor, directory.offset))
                return error;
        }
        return std::nullopt;
    }

private:
    std::optional<Error> findDirectory(Directory& directory)
    {
        const size_t size = m_cursor.size();
        if (size < kEndSize)
            return m_zip.fail(tr("the file is too short to be a zip archive"));
        // The end record is followed only by its comment (at most 64 KiB).
        const size_t lowest = size - kEndSize > 0xffff ? size - kEndSize - 0xffff : 0;
        std::optional<size_t> endPos;
        for (size_t pos = size - kEndSize + 1; pos-- > lowest;) {
            uint32_t signature = 0;
            uint16_t commentLength = 0;
            m_cursor.seek(pos);
            m_cursor.readLE(signature);
            if (signature != kEndSignature)
                continue;
            m_cursor.seek(pos + 20);
            m_cursor.readLE(commentLength);
            if (pos + kEndSize + commentLength == size) {
                endPos = pos;
                break;
            }
        }
        if (!endPos)
            return m_zip.fail(
                tr("no end-of-central-directory record (not a zip archive, or truncated)"));
        m_cursor.seek(*endPos + 4);
        uint16_t disk = 0, directoryDisk = 0, diskEntries = 0, entries = 0;
        uint32_t directorySize = 0, directoryOffset = 0;
        m_cursor.readLE(disk);
        m_cursor.readLE(directoryDisk);
        m_cursor.readLE(diskEntries);
        m_cursor.readLE(entries);
        m_cursor.readLE(directorySize);
        m_cursor.readLE(directoryOffset);
        directory = {entries, directoryOffset, directorySize, *endPos};

        uint32_t locatorSignature = 0;
        const bool hasLocator =
            *endPos >= kZip64LocatorSize && m_cursor.seek(*endPos - kZip64LocatorSize) &&
            m_cursor.readLE(locatorSignature) && locatorSignature == kZip64LocatorSignature;
        if (hasLocator)
            return readZip64End(*endPos - kZip64LocatorSize, directory);
        if (entries == kSentinel16 || directorySize == kSentinel32 ||
            directoryOffset == kSentinel32)
            return m_zip.fail(tr("the archive needs ZIP64 records but has none"));
        if (disk != 0 || directoryDisk != 0 || diskEntries != entries)
            return m_zip.fail(tr("multi-volume zip archives are not supported"),
                              ErrorCode::UnsupportedFormat);
        return checkDirectoryBounds(directory);
    }

    std::optional<Error> readZip64End(size_t locatorPos, Directory& directory)
    {
        uint32_t recordDisk = 0, totalDisks = 0;
        uint64_t recordOffset = 0;
        m_cursor.seek(locatorPos + 4);
        m_cursor.readLE(recordDisk);
        m_cursor.readLE(recordOffset);
        m_cursor.readLE(totalDisks);
        if (recordDisk != 0 || totalDisks > 1)
            return m_zip.fail(tr("multi-volume zip archives are not supported"),
                              ErrorCode::UnsupportedFormat);
        uint32_t signature = 0, disk = 0, directoryDisk = 0;
        uint64_t recordSize = 0, diskEntries = 0;
        if (recordOffset > locatorPos || locatorPos - recordOffset < 56 ||
            !m_cursor.seek(recordOffset) || !m_cursor.readLE(signature) ||
            signature != kZip64EndSignature)
            return m_zip.fail(
                tr("the ZIP64 end-of-central-directory record is missing or misplaced"));
        m_cursor.readLE(recordSize);
        m_cursor.skip(4); // versions
        m_cursor.readLE(disk);
        m_cursor.readLE(directoryDisk);
        m_cursor.readLE(diskEntries);
        m_cursor.readLE(directory.entryCount);
        m_cursor.readLE(directory.size);
        m_cursor.readLE(directory.offset);
        if (disk != 0 || directoryDisk != 0 || diskEntries != directory.entryCount)
            return m_zip.fail(tr("multi-volume zip archives are not supported"),
                              ErrorCode::UnsupportedFormat);
        directory.end = recordOffset;
        return checkDirectoryBounds(directory);
    }

    std::optional<Error> checkDirectoryBounds(const Directory& directory) const
    {
        if (directory.offset > directory.end || directory.size > directory.end - directory.offset)
            return m_zip.fail(
                tr("the central directory (offset %1, %2 bytes) lies outside the archive")
                    .arg(directory.offset)
                    .arg(directory.size));
        return std::nullopt;
    }

    std::optional<Error> parseEntry(ByteCursor& cursor, uint64_t directoryOffset)
    {
        uint32_t signature = 0, crc = 0, compressed32 = 0, uncompressed32 = 0, localOffset32 = 0;
        uint16_t flags = 0, method = 0, nameLength = 0, extraLength = 0, commentLength = 0,
                 diskStart = 0;
        if (!cursor.readLE(signature) || signature != kCentralHeaderSignature || !cursor.skip(4) ||
            !cursor.readLE(flags) || !cursor.readLE(method) || !cursor.skip(4) ||
            !cursor.readLE(crc) || !cursor.readLE(compressed32) || !cursor.readLE(uncompressed32) ||
            !cursor.readLE(nameLength) || !cursor.readLE(extraLength) ||
            !cursor.readLE(commentLength) || !cursor.readLE(diskStart) || !cursor.skip(6) ||
            !cursor.readLE(localOffset32))
            return m_zip.fail(
                tr("central directory entry %1 is damaged").arg(m_zip.m_entries.size()));
        ZipArchive::Entry entry;
        entry.method = method;
        entry.crc32 = crc;
        entry.compressedSize = compressed32;
        entry.uncompressedSize = uncompressed32;
        uint64_t localOffset = localOffset32;
        std::string extra;
        if (!cursor.readString(entry.name, nameLength) || !cursor.readString(extra, extraLength) ||
            !cursor.skip(commentLength))
            return m_zip.fail(
                tr("central directory entry %1 is damaged").arg(m_zip.m_entries.size()));
        if (std::optional<Error> error = applyZip64Extra(extra, entry, localOffset, diskStart))
            return error;
        if (diskStart != 0)
            return m_zip.fail(tr("multi-volume zip archives are not supported"),
                              ErrorCode::UnsupportedFormat);
        if (flags & 0x1)
            return m_zip.fail(tr("entry %1 is encrypted").arg(quotedName(entry.name)),
                              ErrorCode::UnsupportedFormat);
        if (entry.method == 0 && entry.compressedSize != entry.uncompressedSize)
            return m_zip.fail(tr("stored entry %1 declares %2 bytes stored but %3 bytes of content")
                                  .arg(quotedName(entry.name))
                                  .arg(entry.compressedSize)
                                  .arg(entry.uncompressedSize));
        if (std::optional<Error> error = locateData(entry, localOffset, directoryOffset))
            return error;
        if (!m_zip.m_index.emplace(entry.name, m_zip.m_entries.size()).second)
            return m_zip.fail(
                tr("the archive has two entries named %1").arg(quotedName(entry.name)));
        m_zip.m_entries.push_back(std::move(entry));
        return std::nullopt;
    }

    // The ZIP64 extra field holds, in this order, the 64-bit values of those
    // 32-bit fields that are set to 0xffffffff.
    std::optional<Error> applyZip64Extra(const std::string& extra, ZipArchive::Entry& entry,
                                         uint64_t& localOffset, uint16_t& diskStart) const
    {
        ByteCursor fields(reinterpret_cast<const std::byte*>(extra.data()), extra.size());
        while (fields.remaining() >= 4) {
            uint16_t id = 0, size = 0;
            fields.readLE(id);
            fields.readLE(size);
            if (size > fields.remaining())
                break;
            if (id != kZip64ExtraId) {
                fields.skip(size);
                continue;
            }
            ByteCursor values(fields.current(), size);
            fields.skip(size);
            bool ok = true;
            if (entry.uncompressedSize == kSentinel32)
                ok = ok && values.readLE(entry.uncompressedSize);
            if (entry.compressedSize == kSentinel32)
                ok = ok && values.readLE(entry.compressedSize);
            if (localOffset == kSentinel32)
                ok = ok && values.readLE(localOffset);
            uint32_t disk32 = diskStart;
            if (diskStart == kSentinel16 && ok && values.readLE(disk32))
                diskStart = disk32 == 0 ? 0 : kSentinel16;
            if (!ok)
                return m_zip.fail(
                    tr("entry %1 has a short ZIP64 extra field").arg(quotedName(entry.name)));
            return std::nullopt;
        }
        if (entry.uncompressedSize == kSentinel32 || entry.compressedSize == kSentinel32 ||
            localOffset == kSentinel32)
            return m_zip.fail(
                tr("entry %1 needs a ZIP64 extra field but has none").arg(quotedName(entry.name)));
        return std::nullopt;
    }

    // Checks the local header and finds where the entry's data begins; the
    // data must lie before the central directory.
    std::optional<Error> locateData(ZipArchive::Entry& entry, uint64_t localOffset,
                                    uint64_t directoryOffset)
    {
        uint32_t signature = 0;
        uint16_t nameLength = 0, extraLength = 0;
        std::string localName;
        if (localOffset > directoryOffset || directoryOffset - localOffset < kLocalHeaderSize ||
            !m_cursor.seek(localOffset) || !m_cursor.readLE(signature) ||
            signature != kLocalHeaderSignature || !m_cursor.skip(22) ||
            !m_cursor.readLE(nameLength) || !m_cursor.readLE(extraLength) ||
            !m_cursor.readString(localName, nameLength))
            return m_zip.fail(tr("the local header of entry %1 is missing or damaged")
                                  .arg(quotedName(entry.name)));
        if (localName != entry.name)
            return m_zip.fail(tr("the local header of entry %1 names %2")
                                  .arg(quotedName(entry.name), quotedName(localName)));
        entry.dataOffset = localOffset + kLocalHeaderSize + nameLength + extraLength;
        if (entry.dataOffset > directoryOffset ||
            entry.compressedSize > directoryOffset - entry.dataOffset)
            return m_zip.fail(
                tr("the data of entry %1 (%2 bytes) runs past the end of the archive data")
                    .arg(quotedName(entry.name))
                    .arg(entry.compressedSize));
        return std::nullopt;
    }

    ZipArchive& m_zip;
    ByteCursor m_cursor;
};

bool ZipArchive::looksLike(const std::byte* data, size_t size)
{
    return size >= 4 && std::to_integer<uint8_t>(data[0]) == 'P' &&
           std::to_integer<uint8_t>(data[1]) == 'K' && std::to_integer<uint8_t>(data[2]) == 3 &&
           std::to_integer<uint8_t>(data[3]) == 4;
}

Error ZipArchive::fail(const QString& what, ErrorCode code) const
{
    return weightsError(code, m_fileName, m_format, what);
}

Result<ZipArchive> ZipArchive::open(std::shared_ptr<const Storage> archive, const QString& fileName,
                                    const QString& format)
{
    ZipArchive zip;
    zip.m_archive = std::move(archive);
    zip.m_fileName = fileName;
    zip.m_format = format;
    zip.m_inflateBudget = zip.m_archive->size() + kInflateHeadroom;
    if (std::optional<Error> error = ZipDirectoryParser(zip).parse())
        return *error;
    return zip;
}

const ZipArchive::Entry* ZipArchive::find(std::string_view name) const
{
    auto it = m_index.find(std::string(name));
    return it == m_index.end() ? nullptr : &m_entries[it->second];
}

namespace {

uint32_t crcOf(const std::byte* data, uint64_t size)
{
    return static_cast<uint32_t>(crc32_z(
        crc32_z(0, nullptr, 0), reinterpret_cast<const Bytef*>(data), static_cast<z_size_t>(size)));
}

// Inflates raw deflate data into exactly `out.size()` bytes; an error text
// when the stream is damaged, ends early or holds more than that.
QString inflateExactly(const std::byte* in, uint64_t inSize, std::vector<std::byte>& out)
{
    constexpr uint64_t kChunk = 1u << 30;
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return QStringLiteral("zlib: %1")
            .arg(QString::fromLatin1(stream.msg ? stream.msg : "init failed"));
    uint64_t inLeft = inSize;
    uint64_t outPos = 0;
    unsigned char overflow[64];
    QString problem;
    for (;;) {
        if (stream.avail_in == 0 && inLeft > 0) {
            const uint64_t chunk = std::min(inLeft, kChunk);
            stream.next_in =
                reinterpret_cast<Bytef*>(const_cast<std::byte*>(in + (inSize - inLeft)));
            stream.avail_in = static_cast<uInt>(chunk);
            inLeft -= chunk;
        }
        const bool full = outPos == out.size();
        if (full) {
            stream.next_out = overflow;
            stream.avail_out = sizeof overflow;
        } else {
            stream.next_out = reinterpret_cast<Bytef*>(out.data() + outPos);
            stream.avail_out = static_cast<uInt>(std::min<uint64_t>(out.size() - outPos, kChunk));
        }
        const uInt before = stream.avail_out;
        const uInt inBefore = stream.avail_in;
        const int status = inflate(&stream, Z_NO_FLUSH);
        const uInt produced = before - stream.avail_out;
        if (full && produced > 0) {
            problem = tr("inflates to more than its declared %1 bytes").arg(out.size());
            break;
        }
        outPos += full ? 0 : produced;
        if (status == Z_STREAM_END)
            break;
        if (status != Z_OK && status != Z_BUF_ERROR) {
            problem = tr("damaged deflate data (%1)")
                          .arg(QString::fromLatin1(stream.msg ? stream.msg : "?"));
            break;
        }
        if (produced == 0 && stream.avail_in == inBefore && inLeft == 0) {
            problem = tr("the deflate data ends early");
            break;
        }
    }
    inflateEnd(&stream);
    if (problem.isEmpty() && outPos != out.size())
        problem = tr("inflates to %1 bytes, not its declared %2").arg(outPos).arg(out.size());
    return problem;
}

} // namespace

Result<std::shared_ptr<const Storage>> ZipArchive::read(const Entry& entry, bool verifyCrc)
{
    const std::byte* data = m_archive->data() + entry.dataOffset;
    if (entry.method == 0) {
        if (verifyCrc && crcOf(data, entry.compressedSize) != entry.crc32)
            return fail(tr("entry %1 fails its CRC-32 check").arg(quotedName(entry.name)));
        return std::shared_ptr<const Storage>(
            std::make_shared<StorageSlice>(m_archive, static_cast<size_t>(entry.dataOffset),
                                           static_cast<size_t>(entry.compressedSize)));
    }
    if (entry.method != 8)
        return fail(
            tr("entry %1 uses compression method %2; only stored and deflated entries are read")
                .arg(quotedName(entry.name))
                .arg(entry.method),
            ErrorCode::UnsupportedFormat);
    if (entry.uncompressedSize > m_inflateBudget - m_inflated)
        return fail(tr("entry %1 would inflate to %2 bytes, over the limit of %3 for this archive "
                       "(a zip bomb?)")
                        .arg(quotedName(entry.name))
                        .arg(entry.uncompressedSize)
                        .arg(m_inflateBudget - m_inflated),
                    ErrorCode::TooLarge);
    std::vector<std::byte> bytes;
    try {
        bytes.resize(static_cast<size_t>(entry.uncompressedSize));
    } catch (const std::bad_alloc&) {
        return fail(tr("not enough memory to inflate entry %1 (%2 bytes)")
                        .arg(quotedName(entry.name))
                        .arg(entry.uncompressedSize),
                    ErrorCode::OutOfMemory);
    }
    m_inflated += entry.uncompressedSize;
    const QString problem = inflateExactly(data, entry.compressedSize, bytes);
    if (!problem.isEmpty())
        return fail(tr("entry %1: %2").arg(quotedName(entry.name), problem));
    if (crcOf(bytes.data(), bytes.size()) != entry.crc32)
        return fail(tr("entry %1 fails its CRC-32 check").arg(quotedName(entry.name)));
    return std::shared_ptr<const Storage>(std::make_shared<HeapStorage>(std::move(bytes)));
}

} // namespace hires
