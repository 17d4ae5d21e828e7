#include "ui/file_queue.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace hires::ui {

QStringList FileQueue::imageNamePatterns()
{
    return {QStringLiteral("*.png"),  QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"),
            QStringLiteral("*.webp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff")};
}

QStringList FileQueue::expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << info.absoluteFilePath();
            continue;
        }
        const QDir folder(info.absoluteFilePath());
        QStringList names = folder.entryList(imageNamePatterns(), QDir::Files | QDir::Readable);
        // The C locale's collator compares code points and ignores numeric mode.
        const QLocale locale =
            QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
        QCollator collator(locale);
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(names.begin(), names.end(), collator);
        for (const QString& name : std::as_const(names))
            files << folder.absoluteFilePath(name);
    }
    return files;
}

QStringList FileQueue::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (mime && mime->hasUrls())
        for (const QUrl& url : mime->urls())
            if (url.isLocalFile())
                files << url.toLocalFile();
    return files;
}

void FileQueue::setFiles(const QStringList& files, int current)
{
    m_files = files;
    m_current = m_files.isEmpty() ? -1 : std::clamp(current, 0, count() - 1);
}

QString FileQueue::current() const
{
    return m_current >= 0 ? m_files.at(m_current) : QString();
}

QString FileQueue::next()
{
    if (hasNext())
        ++m_current;
    return current();
}

QString FileQueue::previous()
{
    if (hasPrevious())
        --m_current;
    return current();
}

} // namespace hires::ui
