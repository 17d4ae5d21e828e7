#include "core/weights/model_file.h"

#include <cstring>

#include <QCoreApplication>
#include <QFileInfo>

#include "core/weights/mapped_file.h"
#include "core/weights/pytorch_checkpoint_reader.h"
#include "core/weights/safetensors_reader.h"
#include "core/weights/weights_error.h"
#include "core/weights/zip_archive.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::ModelFile", text);
}

bool looksLikeNcnnParam(const std::byte* data, size_t size)
{
    constexpr char kMagic[] = "7767517";
    constexpr size_t kLength = sizeof kMagic - 1;
    if (size <= kLength || std::memcmp(data, kMagic, kLength) != 0)
        return false;
    const char next = static_cast<char>(data[kLength]);
    return next == '\n' || next == '\r' || next == ' ' || next == '\t';
}

} // namespace

ModelFormat ModelFile::detectFormat(const std::byte* data, size_t size)
{
    if (ZipArchive::looksLike(data, size))
        return ModelFormat::PytorchZip;
    if (PytorchCheckpointReader::looksLikeLegacy(data, size))
        return ModelFormat::PytorchLegacy;
    if (looksLikeNcnnParam(data, size))
        return ModelFormat::NcnnParam;
    if (SafetensorsReader::looksLike(data, size))
        return ModelFormat::Safetensors;
    if (PytorchCheckpointReader::looksLikeTar(data, size))
        return ModelFormat::PytorchTar;
    return ModelFormat::Unknown;
}

QString ModelFile::formatName(ModelFormat format)
{
    switch (format) {
    case ModelFormat::Safetensors:
        return tr("safetensors");
    case ModelFormat::PytorchZip:
        return tr("PyTorch checkpoint");
    case ModelFormat::PytorchLegacy:
        return tr("PyTorch legacy checkpoint");
    case ModelFormat::PytorchTar:
        return tr("PyTorch tar checkpoint");
    case ModelFormat::NcnnParam:
        return tr("ncnn model");
    case ModelFormat::Unknown:
        break;
    }
    return tr("unknown format");
}

QString ModelFile::ncnnBinPath(const QString& paramPath)
{
    const QFileInfo info(paramPath);
    const QString base = info.suffix().compare(QLatin1String("param"), Qt::CaseInsensitive) == 0
                             ? info.path() + QLatin1Char('/') + info.completeBaseName()
                             : paramPath;
    return base + QStringLiteral(".bin");
}

QString ModelFile::ncnnParamPathFor(const QString& binPath)
{
    const QFileInfo info(binPath);
    if (info.suffix().compare(QLatin1String("bin"), Qt::CaseInsensitive) != 0)
        return {};
    const QString param =
        info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".param");
    return QFileInfo(param).isFile() ? param : QString();
}

Result<NcnnModel> ModelFile::loadNcnnModel(const QString& path)
{
    Result<std::shared_ptr<const MappedFile>> file = MappedFile::open(path);
    if (!file)
        return file.error();
    QString paramPath = path;
    std::shared_ptr<const MappedFile> param = file.value();
    if (!looksLikeNcnnParam(param->data(), param->size())) {
        paramPath = ncnnParamPathFor(path);
        if (paramPath.isEmpty())
            return weightsError(
                ErrorCode::UnsupportedFormat, path, formatName(ModelFormat::NcnnParam),
                tr("not an ncnn .param file (no magic number 7767517), and no .param file "
                   "lies next to it"));
        Result<std::shared_ptr<const MappedFile>> paramFile = MappedFile::open(paramPath);
        if (!paramFile)
            return paramFile.error();
        param = paramFile.value();
    }
    constexpr size_t kMaxParamText = 64u << 20;
    if (param->size() > kMaxParamText)
        return weightsError(ErrorCode::TooLarge, paramPath, formatName(ModelFormat::NcnnParam),
                            tr("a .param file of %1 bytes is too large").arg(param->size()));
    const QString binPath = ncnnBinPath(paramPath);
    if (!QFileInfo::exists(binPath))
        return weightsError(ErrorCode::NotFound, paramPath, formatName(ModelFormat::NcnnParam),
                            tr("its weights file %1 is missing").arg(binPath));
    Result<std::shared_ptr<const MappedFile>> bin = MappedFile::open(binPath);
    if (!bin)
        return bin.error();
    return NcnnModel::read(param->data(), param->size(), bin.value(), paramPath, binPath);
}

Result<StateDict> ModelFile::loadStateDict(const QString& path)
{
    Result<std::shared_ptr<const MappedFile>> opened = MappedFile::open(path);
    if (!opened)
        return opened.error();
    std::shared_ptr<const Storage> file = opened.value();
    const ModelFormat format = detectFormat(file->data(), file->size());
    switch (format) {
    case ModelFormat::Safetensors:
        return SafetensorsReader::read(file, path);
    case ModelFormat::PytorchZip:
    case ModelFormat::PytorchLegacy:
    case ModelFormat::PytorchTar:
        return PytorchCheckpointReader::read(file, path);
    case ModelFormat::NcnnParam:
        break;
    case ModelFormat::Unknown:
        if (ncnnParamPathFor(path).isEmpty())
            return weightsError(ErrorCode::UnsupportedFormat, path, formatName(format),
                                file->size() == 0
                                    ? tr("the file is empty")
                                    : tr("not a safetensors, PyTorch or ncnn model file"));
        break;
    }
    Result<NcnnModel> model = loadNcnnModel(path);
    if (!model)
        return model.error();
    return model->toStateDict();
}

} // namespace hires
