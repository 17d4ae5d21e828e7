#include "core/image/atomic_file_writer_p.h"

#include "core/image/image_tr_p.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hires {

namespace {

Error systemError(const QString& action, int error)
{
    ErrorCode code = ErrorCode::IoError;
    QString reason = qt_error_string(error);
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        reason = ImageTr::tr("the disk is full");
        break;
    case EROFS:
        code = ErrorCode::PermissionDenied;
        break;
    case EACCES:
    case EPERM:
        code = ErrorCode::PermissionDenied;
        break;
    case ENOENT:
    case ENOTDIR:
        code = ErrorCode::NotFound;
        break;
    default:
        break;
    }
    return makeError(code, ImageTr::tr("%1: %2").arg(action, reason));
}

QByteArray encodedPath(const QString& path)
{
    return QFile::encodeName(path);
}

} // namespace

AtomicFileWriter::AtomicFileWriter(QString targetPath)
    : m_targetPath(std::move(targetPath))
{}

AtomicFileWriter::~AtomicFileWriter()
{
    if (!m_committed)
        discard();
}

void AtomicFileWriter::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_temporaryPath.isEmpty()) {
        ::unlink(encodedPath(m_temporaryPath).constData());
        m_temporaryPath.clear();
    }
}

Result<void> AtomicFileWriter::open()
{
    const QFileInfo target(m_targetPath);
    const QString folder = target.absolutePath();
    // Keep the permissions of a file we replace; new files get 0666 & ~umask.
    mode_t mode = 0666;
    struct stat existing
    {
    };
    const bool replacing = ::stat(encodedPath(m_targetPath).constData(), &existing) == 0;
    if (replacing)
        mode = existing.st_mode & 07777;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate =
            folder + QStringLiteral("/.") + target.fileName() +
            QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate(), 8, 16,
                                          QLatin1Char('0'));
        const int fd = ::open(encodedPath(candidate).constData(),
                              O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0) {
            m_fd = fd;
            m_temporaryPath = candidate;
            if (replacing)
                ::fchmod(fd, mode); // open() applied the umask
            return {};
        }
        if (errno != EEXIST)
            return systemError(ImageTr::tr("cannot create a file in %1").arg(folder), errno);
    }
    return makeError(ErrorCode::IoError,
                     ImageTr::tr("cannot create a temporary file in %1").arg(folder));
}

Result<void> AtomicFileWriter::write(const QByteArray& bytes)
{
    if (m_fd < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("AtomicFileWriter: not open"));
    const char* data = bytes.constData();
    size_t left = size_t(bytes.size());
    while (left > 0) {
        const ssize_t written = ::write(m_fd, data, left);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            discard();
            return systemError(ImageTr::tr("writing failed"), error);
        }
        data += written;
        left -= size_t(written);
    }
    return {};
}

Result<void> AtomicFileWriter::commit()
{
    if (m_fd < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("AtomicFileWriter: not open"));
    // A full disk may only show here, when delayed allocation meets the device.
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        discard();
        return systemError(ImageTr::tr("writing failed"), error);
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        const int error = errno;
        discard();
        return systemError(ImageTr::tr("writing failed"), error);
    }
    if (::rename(encodedPath(m_temporaryPath).constData(), encodedPath(m_targetPath).constData()) !=
        0) {
        const int error = errno;
        discard();
        return systemError(ImageTr::tr("cannot replace the file"), error);
    }
    m_committed = true;
    // Make the rename durable; a folder that cannot be synced is not an error.
    const QString folder = QFileInfo(m_targetPath).absolutePath();
    const int dirFd = ::open(encodedPath(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Result<void> AtomicFileWriter::writeFile(const QString& targetPath, const QByteArray& bytes)
{
    AtomicFileWriter writer(targetPath);
    if (Result<void> r = writer.open(); !r)
        return r;
    if (Result<void> r = writer.write(bytes); !r)
        return r;
    return writer.commit();
}

} // namespace hires
