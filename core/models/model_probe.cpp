#include "core/models/model_probe.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/models/model_catalogue.h"
#include "core/nn/builtin_architectures.h"
#include "core/nn/ncnn_graph.h"
#include "core/weights/architecture_registry.h"
#include "core/weights/mapped_file.h"
#include "core/weights/model_file.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::ModelProbe", text);
}

// Some formats are only recognisable with the whole file (a safetensors header
// must fit in it): map it, which reads nothing until touched.
ModelFormat sniff(const QString& path)
{
    Result<std::shared_ptr<const MappedFile>> file = MappedFile::open(path);
    return file ? ModelFile::detectFormat(file.value()->data(), file.value()->size())
                : ModelFormat::Unknown;
}

void probeNcnn(ModelInfo& info)
{
    info.format = QStringLiteral("ncnn");
    info.kind = ModelKind::Upscaler;
    const QString bin = ModelFile::ncnnBinPath(info.path);
    info.fileSize += QFileInfo(bin).size();
    Result<NcnnModel> model = ModelFile::loadNcnnModel(info.path);
    if (!model) {
        info.error = model.error().message;
        return;
    }
    info.parameterCount = model->parameterCount();
    const std::optional<ArchitectureMatch> match =
        ArchitectureRegistry::detect(model->toStateDict());
    info.architecture = match ? match->name : kNcnnGraphArchitecture;
    // The graph, not the weights, decides the scale (an x4 network followed
    // by a resize is an x2 model).
    Result<NcnnGraph> graph = NcnnGraph::analyse(model.value(), info.path);
    if (!graph) {
        info.error = graph.error().message;
        return;
    }
    info.scale = graph->scale();
}

void probeWeights(ModelInfo& info)
{
    Result<StateDict> dict = ModelFile::loadStateDict(info.path);
    if (!dict) {
        info.error = dict.error().message;
        return;
    }
    info.format = dict->format;
    info.parameterCount = dict->parameterCount();
    if (const std::optional<ArchitectureMatch> match = ArchitectureRegistry::detect(dict.value())) {
        info.architecture = match->name;
        info.kind = ModelProbe::kindOf(match->name);
        info.scale = info.kind == ModelKind::Upscaler ? match->scale : 0;
        if (match->name == kGfpganV1Architecture)
            info.error = tr("%1: GFPGAN v1 in its original layout is not supported; use "
                            "GFPGANv1.4.pth")
                             .arg(info.path);
    }
}

// ONNX files: only YuNet (OpenCV's face detector) is used, by name, as
// core/face looks for it. Checked without building the network: an ONNX
// ModelProto opens with field 1 (ir_version, varint): byte 0x08. Whether
// OpenCV can load it is found out when faces are detected (it then falls back
// to the Haar cascades and says why).
void probeOnnx(ModelInfo& info)
{
    info.format = QStringLiteral("onnx");
    if (!QFileInfo(info.path).fileName().startsWith(QLatin1String("face_detection_yunet"),
                                                    Qt::CaseInsensitive)) {
        info.error =
            tr("%1: ONNX models other than YuNet's face detector are not used").arg(info.path);
        return;
    }
    Result<std::shared_ptr<const MappedFile>> file = MappedFile::open(info.path);
    if (!file || file.value()->size() < 16 || file.value()->data()[0] != std::byte{0x08}) {
        info.error = tr("%1: not an ONNX model file").arg(info.path);
        return;
    }
    info.kind = ModelKind::FaceDetector;
    info.architecture = QStringLiteral("YuNet");
}

} // namespace

ModelKind ModelProbe::kindOf(const QString& architecture)
{
    if (architecture == QLatin1String("RRDBNet") ||
        architecture == QLatin1String("SRVGGNetCompact") || architecture == kNcnnGraphArchitecture)
        return ModelKind::Upscaler;
    if (architecture == kGfpganArchitecture || architecture == kGfpganV1Architecture ||
        architecture == kCodeFormerArchitecture)
        return ModelKind::FaceRestorer;
    if (architecture == kSd1Architecture || architecture == kSd2Architecture ||
        architecture == kSdxlArchitecture)
        return ModelKind::DiffusionCheckpoint;
    if (architecture == QLatin1String("YuNet"))
        return ModelKind::FaceDetector;
    return ModelKind::Unknown;
}

ModelInfo ModelProbe::probe(const QString& path)
{
    registerBuiltinArchitectures();
    ModelInfo info;
    const QFileInfo file(path);
    info.path = file.absoluteFilePath();
    info.fileSize = file.size();
    if (const KnownModel* known = ModelCatalogue::findByFileName(file.fileName()))
        info.licence = known->licence;
    if (!file.isFile() || !file.isReadable()) {
        info.error = tr("%1: the file cannot be read").arg(info.path);
        return info;
    }
    if (file.suffix().compare(QLatin1String("onnx"), Qt::CaseInsensitive) == 0) {
        probeOnnx(info);
        return info;
    }
    switch (sniff(info.path)) {
    case ModelFormat::NcnnParam:
        probeNcnn(info);
        break;
    case ModelFormat::Safetensors:
    case ModelFormat::PytorchZip:
    case ModelFormat::PytorchLegacy:
    case ModelFormat::PytorchTar:
        probeWeights(info);
        break;
    case ModelFormat::Unknown:
        info.error = info.fileSize == 0
                         ? tr("%1: the file is empty").arg(info.path)
                         : tr("%1: not a safetensors, PyTorch or ncnn model file").arg(info.path);
        break;
    }
    return info;
}

} // namespace hires
