#include "core/image/file_identity_p.h"

#include "core/image/image_tr_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace hires {

Result<QString> resolveWriteTarget(const QString& path)
{
    QFileInfo info(path);
    // A link to a file: the write replaces the file it points to. A dangling
    // link: the file it would create.
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops)
        info = QFileInfo(info.symLinkTarget());
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = info.absolutePath();
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    if (canonicalFolder.isEmpty() || !QFileInfo(canonicalFolder).isDir())
        return makeError(
            ErrorCode::NotFound,
            ImageTr::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    return QDir(canonicalFolder).filePath(info.fileName());
}

bool isSameFile(const QString& a, const QString& b)
{
    const Result<QString> ra = resolveWriteTarget(a);
    const Result<QString> rb = resolveWriteTarget(b);
    if (ra && rb && *ra == *rb)
        return true;
    struct stat sa
    {
    };
    struct stat sb
    {
    };
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

} // namespace hires
