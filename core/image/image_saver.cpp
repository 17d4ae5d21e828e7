// saveImage(), declared in image_encoder.h: encode, then replace the target
// atomically, never over an input of the job.
#include "core/image/image_encoder.h"

#include "core/image/atomic_file_writer_p.h"
#include "core/image/file_identity_p.h"
#include "core/image/header_probe_p.h"
#include "core/image/image_tr_p.h"

#include <QFileInfo>

namespace hires {

Result<void> saveImage(const Image& image, const QString& path, const EncodeOptions& options,
                       const QStringList& protectedPaths)
{
    const QString label = fileLabel(path);
    if (path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, ImageTr::tr("no output file name given"));
    Result<QString> target = resolveWriteTarget(path);
    if (!target)
        return target.error().withContext(label);
    if (QFileInfo(*target).isDir())
        return makeError(ErrorCode::InvalidArgument,
                         ImageTr::tr("%1: is a folder, not a file name").arg(label));
    for (const QString& input : protectedPaths) {
        if (!input.isEmpty() && isSameFile(*target, input))
            return makeError(ErrorCode::InvalidArgument,
                             ImageTr::tr("%1: refusing to overwrite %2, an input of this job")
                                 .arg(label, fileLabel(input)));
    }
    Result<QByteArray> encoded = encodeImage(image, options);
    if (!encoded)
        return encoded.error().withContext(label);
    Result<void> written = AtomicFileWriter::writeFile(*target, *encoded);
    if (!written)
        return written.error().withContext(label);
    return {};
}

} // namespace hires
