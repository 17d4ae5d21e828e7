// ModelInfoCache: probe results kept between runs in a JSON file, so listing
// a folder of multi-gigabyte checkpoints does not re-read their headers.
//
// Contract: an entry is valid only for the file's exact size and modification
// time (an ncnn pair: both files), so a changed or replaced file is probed
// again. A missing, unreadable or foreign cache file is an empty cache, never
// an error; save() writes atomically (QSaveFile) and only when something
// changed. Not thread-safe: one owner (the ModelLibrary).
#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

#include "core/base/result.h"
#include "core/models/model_info.h"

namespace hires {

struct FileStamp
{
    qint64 size = 0;
    qint64 modifiedMs = 0;
    bool operator==(const FileStamp& o) const
    {
        return size == o.size && modifiedMs == o.modifiedMs;
    }

    // The stamp of a model file (an ncnn .param together with its .bin).
    static FileStamp of(const QString& path);
};

class ModelInfoCache
{
public:
    explicit ModelInfoCache(QString file);

    void load();
    Result<void> save();

    std::optional<ModelInfo> lookup(const QString& path, const FileStamp& stamp) const;
    void store(const QString& path, const FileStamp& stamp, const ModelInfo& info);
    // Forgets files that were not seen in the last scan.
    void retainOnly(const QSet<QString>& paths);
    const QString& file() const { return m_file; }

private:
    struct Entry
    {
        FileStamp stamp;
        ModelInfo info;
    };
    QString m_file;
    QHash<QString, Entry> m_entries;
    bool m_dirty = false;
};

} // namespace hires
