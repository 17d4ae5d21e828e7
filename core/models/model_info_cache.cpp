#include "core/models/model_info_cache.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include "core/weights/model_file.h"

namespace hires {

namespace {

// Bump when ModelProbe learns something new, so old entries are probed again.
constexpr int kCacheVersion = 1;
constexpr qint64 kMaxCacheBytes = 64 << 20;

} // namespace

FileStamp FileStamp::of(const QString& path)
{
    const QFileInfo file(path);
    FileStamp stamp{file.size(), file.lastModified().toMSecsSinceEpoch()};
    if (file.suffix().compare(QLatin1String("param"), Qt::CaseInsensitive) == 0) {
        const QFileInfo bin(ModelFile::ncnnBinPath(path));
        stamp.size += bin.size();
        stamp.modifiedMs = std::max(stamp.modifiedMs, bin.lastModified().toMSecsSinceEpoch());
    }
    return stamp;
}

ModelInfoCache::ModelInfoCache(QString file)
    : m_file(std::move(file))
{}

void ModelInfoCache::load()
{
    m_entries.clear();
    m_dirty = false;
    QFile file(m_file);
    if (m_file.isEmpty() || file.size() > kMaxCacheBytes || !file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("version")).toInt() != kCacheVersion)
        return;
    for (const QJsonValue& value : root.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QStringLiteral("path")).toString();
        if (path.isEmpty())
            continue;
        m_entries.insert(path,
                         {{entry.value(QStringLiteral("size")).toInteger(),
                           entry.value(QStringLiteral("modified_ms")).toInteger()},
                          ModelInfo::fromJson(entry.value(QStringLiteral("info")).toObject())});
    }
}

Result<void> ModelInfoCache::save()
{
    if (!m_dirty || m_file.isEmpty())
        return {};
    QJsonArray entries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        entries.append(QJsonObject{{QStringLiteral("path"), it.key()},
                                   {QStringLiteral("size"), it->stamp.size},
                                   {QStringLiteral("modified_ms"), it->stamp.modifiedMs},
                                   {QStringLiteral("info"), it->info.toJson()}});
    }
    const QJsonObject root{{QStringLiteral("version"), kCacheVersion},
                           {QStringLiteral("entries"), entries}};
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(root).toJson(QJsonDocument::Compact)) < 0 || !out.commit())
        return makeError(ErrorCode::IoError,
                         QCoreApplication::translate("hires::ModelInfoCache",
                                                     "%1: cannot write the model cache (%2)")
                             .arg(m_file, out.errorString()));
    m_dirty = false;
    return {};
}

std::optional<ModelInfo> ModelInfoCache::lookup(const QString& path, const FileStamp& stamp) const
{
    auto it = m_entries.constFind(path);
    if (it == m_entries.cend() || !(it->stamp == stamp))
        return std::nullopt;
    return it->info;
}

void ModelInfoCache::store(const QString& path, const FileStamp& stamp, const ModelInfo& info)
{
    m_entries.insert(path, {stamp, info});
    m_dirty = true;
}

void ModelInfoCache::retainOnly(const QSet<QString>& paths)
{
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (paths.contains(it.key())) {
            ++it;
        } else {
            it = m_entries.erase(it);
            m_dirty = true;
        }
    }
}

} // namespace hires
