#include "core/weights/mapped_file.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::MappedFile", text);
}

} // namespace

MappedFile::MappedFile(const QString& path)
    : m_path(path)
    , m_file(path)
{}

// QFile unmaps what it mapped when it is destroyed (also after close()).
MappedFile::~MappedFile() = default;

Result<std::shared_ptr<const MappedFile>> MappedFile::open(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::UnsupportedFormat, tr("%1: not a regular file").arg(path));
    std::shared_ptr<MappedFile> file(new MappedFile(path));
    if (!file->m_file.open(QIODevice::ReadOnly)) {
        const ErrorCode code = file->m_file.error() == QFileDevice::PermissionsError
                                   ? ErrorCode::PermissionDenied
                                   : ErrorCode::IoError;
        return makeError(code, tr("%1: cannot open: %2").arg(path, file->m_file.errorString()));
    }
    const qint64 size = file->m_file.size();
    if (size > 0) {
        uchar* mapped = file->m_file.map(0, size);
        if (!mapped)
            return makeError(
                ErrorCode::IoError,
                tr("%1: cannot map into memory: %2").arg(path, file->m_file.errorString()));
        file->m_data = reinterpret_cast<const std::byte*>(mapped);
        file->m_size = static_cast<size_t>(size);
    }
    // The mapping stays valid after closing the descriptor.
    file->m_file.close();
    return std::shared_ptr<const MappedFile>(std::move(file));
}

} // namespace hires
