// Private: finding a well-known model file (Real-ESRGAN, GFPGAN) in the
// model folders, for the generation's optional steps.
//
// Contract: blocking file-system look-ups; thread-safe.
#pragma once

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <initializer_list>

namespace hires {

// `explicitFile` when given; else the first of `names` found in `folders`
// (folder order first, then name order), as an absolute path; else empty.
inline QString findModelFile(const QString& explicitFile, const QStringList& folders,
                             std::initializer_list<const char*> names)
{
    if (!explicitFile.isEmpty())
        return explicitFile;
    for (const QString& folder : folders)
        for (const char* name : names) {
            const QFileInfo info(QDir(folder).filePath(QLatin1String(name)));
            if (info.isFile())
                return info.absoluteFilePath();
        }
    return {};
}

} // namespace hires
