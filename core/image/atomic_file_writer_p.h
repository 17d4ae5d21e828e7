// Private: writing a file so that readers see either the old or the complete
// new content. The bytes go to a temporary file in the target's folder, are
// flushed to the device (fsync), and the temporary is renamed over the target;
// the folder is then flushed so the rename survives a power cut. On any
// failure the temporary is removed and the target is untouched. POSIX only
// (the project builds for Linux). One writer per target at a time.
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QString>

namespace hires {

class AtomicFileWriter
{
public:
    explicit AtomicFileWriter(QString targetPath);
    ~AtomicFileWriter(); // removes the temporary unless commit() succeeded
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    Result<void> open();
    Result<void> write(const QByteArray& bytes);
    // fsync, close, rename over the target, fsync the folder.
    Result<void> commit();

    QString temporaryPath() const { return m_temporaryPath; }

    // open + write + commit.
    static Result<void> writeFile(const QString& targetPath, const QByteArray& bytes);

private:
    void discard();

    QString m_targetPath;
    QString m_temporaryPath;
    int m_fd = -1;
    bool m_committed = false;
};

} // namespace hires
