// MappedFile: a whole file mapped read-only into memory, as a Storage.
//
// Contract: open() never throws; the mapping lives as long as any shared_ptr
// to it (tensors made from the file hold one through StorageSlice), so a
// 7 GB checkpoint costs address space, not heap, and only the pages that are
// read come into memory. The bytes must be treated as read-only. Like every
// memory-mapped reader, a file truncated by another program while mapped can
// fault; Hires Studio never writes into model files it reads.
#pragma once

#include <memory>

#include <QFile>
#include <QString>

#include "core/base/result.h"
#include "core/weights/state_dict.h"

namespace hires {

class MappedFile final : public Storage
{
public:
    // NotFound, PermissionDenied, UnsupportedFormat (not a regular file) or IoError.
    static Result<std::shared_ptr<const MappedFile>> open(const QString& path);

    ~MappedFile() override;
    const std::byte* data() const override { return m_data; }
    size_t size() const override { return m_size; }
    const QString& path() const { return m_path; }

private:
    explicit MappedFile(const QString& path);

    QString m_path;
    QFile m_file;
    const std::byte* m_data = nullptr;
    size_t m_size = 0;
};

} // namespace hires
