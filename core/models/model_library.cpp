#include "core/models/model_library.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include "core/models/model_catalogue.h"
#include "core/models/model_probe.h"
#include "core/nn/builtin_architectures.h"

namespace hires {

namespace {

constexpr int kMaxFiles = 20000; // bounds a scan of a folder that is not a model folder

bool isModelFile(const QFileInfo& file)
{
    static const QStringList suffixes = {QStringLiteral("pth"),   QStringLiteral("pt"),
                                         QStringLiteral("ckpt"),  QStringLiteral("safetensors"),
                                         QStringLiteral("param"), QStringLiteral("onnx")};
    return suffixes.contains(file.suffix().toLower());
}

void walk(const QString& dir, int depth, QStringList& files)
{
    const QDir here(dir);
    // A diffusers pipeline is one model spread over several files: not ours to list piecewise.
    if (here.exists(QStringLiteral("model_index.json")))
        return;
    const QFileInfoList entries =
        here.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        if (files.size() >= kMaxFiles)
            return;
        if (entry.isDir()) {
            if (depth < ModelLibrary::kMaxDepth && !entry.isSymLink() &&
                !entry.fileName().startsWith(QLatin1Char('.')))
                walk(entry.absoluteFilePath(), depth + 1, files);
        } else if (isModelFile(entry)) {
            files << entry.absoluteFilePath();
        }
    }
}

QString idStem(const QString& path)
{
    QString stem = QFileInfo(path).completeBaseName().toLower();
    stem.replace(QLatin1Char(' '), QLatin1Char('-'));
    return stem.isEmpty() ? QStringLiteral("model") : stem;
}

} // namespace

QString ModelLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/models");
}

QString ModelLibrary::defaultCacheFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/model-info.json");
}

ModelLibrary::ModelLibrary(QStringList extraFolders, QString userFolder, QString cacheFile)
    : m_userFolder(QDir::cleanPath(QFileInfo(userFolder).absoluteFilePath()))
    , m_cache(std::move(cacheFile))
{
    m_folders << m_userFolder;
    for (const QString& folder : extraFolders) {
        const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (!m_folders.contains(clean))
            m_folders << clean;
    }
    registerBuiltinArchitectures();
}

QStringList ModelLibrary::discover() const
{
    QStringList files;
    QSet<QString> seen;
    for (const QString& folder : m_folders) {
        QStringList found;
        walk(folder, 0, found);
        for (const QString& file : found) {
            // The same file reached through two folders (one inside the other) is listed once.
            const QString canonical = QFileInfo(file).canonicalFilePath();
            if (!seen.contains(canonical)) {
                seen.insert(canonical);
                files << file;
            }
        }
    }
    return files;
}

void ModelLibrary::scan()
{
    m_cache.load();
    m_models.clear();
    m_probed = 0;
    QSet<QString> ids, paths;
    for (const QString& path : discover()) {
        const FileStamp stamp = FileStamp::of(path);
        std::optional<ModelInfo> info = m_cache.lookup(path, stamp);
        if (!info) {
            info = ModelProbe::probe(path);
            m_cache.store(path, stamp, *info);
            ++m_probed;
        }
        const KnownModel* known = ModelCatalogue::findByFileName(QFileInfo(path).fileName());
        info->licence = known ? known->licence : QString();
        const QString stem = idStem(path);
        QString id = stem;
        for (int n = 2; ids.contains(id); ++n)
            id = stem + QLatin1Char('-') + QString::number(n);
        ids.insert(id);
        info->id = id;
        paths.insert(path);
        m_models.push_back(std::move(*info));
    }
    m_cache.retainOnly(paths);
    const Result<void> saved = m_cache.save();
    m_cacheError = saved ? QString() : saved.error().message;
}

const ModelInfo* ModelLibrary::findById(const QString& id) const
{
    for (const ModelInfo& model : m_models) {
        if (model.id.compare(id, Qt::CaseInsensitive) == 0)
            return &model;
    }
    return nullptr;
}

const ModelInfo* ModelLibrary::findByPath(const QString& path) const
{
    const QFileInfo wanted(path);
    const QString canonical = wanted.canonicalFilePath();
    for (const ModelInfo& model : m_models) {
        if (model.path == wanted.absoluteFilePath() ||
            (!canonical.isEmpty() && QFileInfo(model.path).canonicalFilePath() == canonical))
            return &model;
    }
    return nullptr;
}

namespace {
bool usableFaceRestorer(const ModelInfo& m)
{
    return m.ok() && m.kind == ModelKind::FaceRestorer && m.architecture == kGfpganArchitecture;
}
bool isDefaultFaceModel(const ModelInfo& m)
{
    return idStem(m.path) == QLatin1String("gfpganv1.4");
}
} // namespace

std::vector<ModelInfo> ModelLibrary::faceRestorers() const
{
    std::vector<ModelInfo> found;
    for (const ModelInfo& model : m_models)
        if (usableFaceRestorer(model))
            found.push_back(model);
    std::stable_partition(found.begin(), found.end(), isDefaultFaceModel);
    return found;
}

const ModelInfo* ModelLibrary::defaultFaceRestorer() const
{
    const ModelInfo* first = nullptr;
    for (const ModelInfo& model : m_models) {
        if (!usableFaceRestorer(model))
            continue;
        if (isDefaultFaceModel(model))
            return &model;
        first = first ? first : &model;
    }
    return first;
}

const ModelInfo* ModelLibrary::defaultUpscaler() const
{
    auto usable = [](const ModelInfo& m) { return m.ok() && m.kind == ModelKind::Upscaler; };
    for (const char* preferred : {"realesrgan-x4plus", "realesrgan-x4fast"}) {
        for (const ModelInfo& model : m_models) {
            if (usable(model) && idStem(model.path) == QLatin1String(preferred))
                return &model;
        }
    }
    for (const ModelInfo& model : m_models) {
        if (usable(model))
            return &model;
    }
    return nullptr;
}

} // namespace hires
