// FileQueue: the files the user opened together (a multi-file drop, several
// files chosen in File > Open), stepped through with Previous/Next. A plain
// value type; the upscaling queue with jobs and progress comes later.
#pragma once

#include <QString>
#include <QStringList>

class QMimeData;

namespace hires::ui {

class FileQueue
{
public:
    // "*.png", "*.jpg", ... the extensions of the formats core/image reads.
    static QStringList imageNamePatterns();
    // Files stay as given (made absolute); a folder becomes its image files
    // (by extension, not recursive) in natural order ("2.png" before "10.png").
    static QStringList expandFolders(const QStringList& paths);
    // The local files of a drop or paste; URLs of other machines are not ours to fetch.
    static QStringList localFiles(const QMimeData* mime);

    // Replaces the queue; current becomes `current` (clamped to the list).
    void setFiles(const QStringList& files, int current = 0);
    void clear() { setFiles({}); }

    bool isEmpty() const { return m_files.isEmpty(); }
    int count() const { return int(m_files.size()); }
    int currentIndex() const { return m_current; } // -1 when empty
    QString current() const;
    QStringList files() const { return m_files; }

    bool hasNext() const { return m_current + 1 < count(); }
    bool hasPrevious() const { return m_current > 0; }
    // Move and return the new current file; stay (and return it) at the ends.
    QString next();
    QString previous();

private:
    QStringList m_files;
    int m_current = -1;
};

} // namespace hires::ui
