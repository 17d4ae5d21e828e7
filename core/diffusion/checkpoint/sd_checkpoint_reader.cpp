#include "core/diffusion/checkpoint/sd_checkpoint_reader.h"

#include "core/diffusion/checkpoint/diffusers_layout.h"
#include "core/diffusion/checkpoint/single_file_layout.h"
#include "core/diffusion/diffusion_tr_p.h"
#include "core/weights/model_file.h"

#include <QDir>
#include <QFileInfo>

namespace hires {

namespace {

Result<void> readPart(const QString& file, const QString& part, const QString& folder,
                      bool required, StateDict& out)
{
    if (file.isEmpty()) {
        if (!required)
            return {};
        return makeError(ErrorCode::NotFound,
                         DiffusionTr::tr("%1: the diffusers folder has no %2 weights")
                             .arg(QDir::toNativeSeparators(folder), part));
    }
    Result<StateDict> dict = ModelFile::loadStateDict(file);
    if (!dict)
        return dict.error();
    out = std::move(*dict);
    return {};
}

} // namespace

bool SdCheckpointReader::isDiffusersFolder(const QString& path)
{
    const QDir dir(path);
    return QFileInfo(path).isDir() && dir.exists(QStringLiteral("unet")) &&
           dir.exists(QStringLiteral("vae"));
}

Result<SdComponents> SdCheckpointReader::read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
                         DiffusionTr::tr("%1: no such checkpoint file or folder")
                             .arg(QDir::toNativeSeparators(path)));
    if (info.isDir()) {
        if (!isDiffusersFolder(path))
            return makeError(ErrorCode::UnsupportedFormat,
                             DiffusionTr::tr("%1: a folder, but not a diffusers pipeline "
                                             "(it needs unet/ and vae/ subfolders)")
                                 .arg(QDir::toNativeSeparators(path)));
        const DiffusersFiles files = locateDiffusersFiles(path);
        DiffusersParts parts;
        for (const Result<void>& r :
             {readPart(files.unet, QStringLiteral("unet"), path, true, parts.unet),
              readPart(files.vae, QStringLiteral("vae"), path, true, parts.vae),
              readPart(files.textEncoder, QStringLiteral("text_encoder"), path, true,
                       parts.textEncoder),
              readPart(files.textEncoder2, QStringLiteral("text_encoder_2"), path, false,
                       parts.textEncoder2)})
            if (!r)
                return r.error();
        Result<SdComponents> components = fromDiffusers(parts);
        if (!components)
            return components.error().withContext(QDir::toNativeSeparators(path));
        return components;
    }
    Result<StateDict> checkpoint = ModelFile::loadStateDict(path);
    if (!checkpoint)
        return checkpoint.error();
    Result<SdComponents> components = splitSingleFileCheckpoint(*checkpoint);
    if (!components)
        return components.error().withContext(QDir::toNativeSeparators(path));
    return components;
}

} // namespace hires
