// ZipArchive: the container of PyTorch checkpoints (torch.save since 1.6).
//
// Contract: open() parses the end-of-central-directory record (ZIP64 records
// included), every central-directory entry and its local header, and refuses
// what it cannot read safely: entries outside the archive, duplicate names,
// encrypted entries, a local header that disagrees with the directory.
// read() returns stored entries as StorageSlices of the archive (zero copy)
// and inflates deflated ones (zlib) into heap memory, checked against the
// declared size and CRC-32, within a budget for the whole archive of
// archive size + 256 MiB (a zip bomb is refused before it is inflated).
// Not thread-safe (the budget is per object); never throws.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QString>

#include "core/base/result.h"
#include "core/weights/state_dict.h"

namespace hires {

class ZipArchive
{
public:
    static constexpr uint64_t kInflateHeadroom = 256ull << 20;

    struct Entry
    {
        std::string name;
        uint16_t method = 0; // 0 stored, 8 deflated
        uint32_t crc32 = 0;
        uint64_t compressedSize = 0;
        uint64_t uncompressedSize = 0;
        uint64_t dataOffset = 0; // of the (compressed) data in the archive
    };

    static bool looksLike(const std::byte* data, size_t size); // "PK\3\4"

    // `fileName` and `format` are only used in error messages.
    static Result<ZipArchive> open(std::shared_ptr<const Storage> archive, const QString& fileName,
                                   const QString& format);

    // Entries in central-directory order.
    const std::vector<Entry>& entries() const { return m_entries; }
    const Entry* find(std::string_view name) const;

    // The uncompressed bytes of an entry. verifyCrc: stored entries are
    // checked only when asked (a check reads every byte, which defeats the
    // lazy mapping of multi-gigabyte tensor data); inflated ones always are.
    Result<std::shared_ptr<const Storage>> read(const Entry& entry, bool verifyCrc);

private:
    ZipArchive() = default;
    Error fail(const QString& what, ErrorCode code = ErrorCode::CorruptData) const;

    std::shared_ptr<const Storage> m_archive;
    QString m_fileName;
    QString m_format;
    std::vector<Entry> m_entries;
    std::unordered_map<std::string, size_t> m_index;
    uint64_t m_inflated = 0;
    uint64_t m_inflateBudget = 0;

    friend class ZipDirectoryParser;
};

} // namespace hires
