// ModelLibrary: the model files Hires Studio can use — found in the user's
// model folder and in folders the user adds — each with a stable id.
//
// Contract: folders come in from the caller (the UI reads them from its
// settings; core never reads QSettings). scan() walks every folder (recursive,
// at most kMaxDepth levels, hidden folders and diffusers pipeline folders
// skipped) for .pth, .pt, .ckpt, .safetensors and ncnn .param files, probes
// new or changed files with ModelProbe and takes the rest from the JSON cache
// (keyed by path, size and modification time). A file that cannot be read is
// listed with its error rather than dropped. Ids are the lower-cased file stem
// ("realesrgan-x4plus"), made unique in scan order ("-2", "-3", ...): user
// folder first, then the added folders, paths sorted. scan() reads files and
// may take seconds on a cold cache: call it off the GUI thread. Not
// thread-safe: one owner at a time.
#pragma once

#include <vector>

#include <QString>
#include <QStringList>

#include "core/models/model_info.h"
#include "core/models/model_info_cache.h"

namespace hires {

class ModelLibrary
{
public:
    static constexpr int kMaxDepth = 4;

    // The user's model folder (QStandardPaths::AppLocalDataLocation + "/models").
    static QString defaultUserFolder();
    // The probe cache (QStandardPaths::CacheLocation + "/model-info.json").
    static QString defaultCacheFile();

    explicit ModelLibrary(QStringList extraFolders = {}, QString userFolder = defaultUserFolder(),
                          QString cacheFile = defaultCacheFile());

    const QString& userFolder() const { return m_userFolder; }
    // The user folder, then the added folders, without duplicates.
    const QStringList& folders() const { return m_folders; }

    // Rediscovers the models. The cache write failing is not an error for the
    // listing; it is reported by cacheError().
    void scan();
    const std::vector<ModelInfo>& models() const { return m_models; }
    const ModelInfo* findById(const QString& id) const;
    const ModelInfo* findByPath(const QString& path) const;
    // realesrgan-x4plus when present and readable, else realesrgan-x4fast,
    // else the first readable upscaler; nullptr when there is none.
    const ModelInfo* defaultUpscaler() const;
    // The readable GFPGAN files (the face restorer core/face runs), gfpganv1.4
    // first when present, the others in scan order.
    std::vector<ModelInfo> faceRestorers() const;
    // The first of faceRestorers(); nullptr when there is none.
    const ModelInfo* defaultFaceRestorer() const;

    // Files probed (not taken from the cache) by the last scan.
    int probedCount() const { return m_probed; }
    const QString& cacheError() const { return m_cacheError; }

private:
    QStringList discover() const;

    QString m_userFolder;
    QStringList m_folders;
    ModelInfoCache m_cache;
    std::vector<ModelInfo> m_models;
    int m_probed = 0;
    QString m_cacheError;
};

} // namespace hires
