#include "core/nn/upscale_model_loader_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include "core/nn/ncnn_network_p.h"
#include "core/nn/ncnn_to_basicsr.h"
#include "core/weights/model_file.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::UpscaleModelLoader", text);
}

// Whether the native network replaces the ncnn executor when both compute
// the same function (tests/bench/bench_ncnn_network measures the two).
constexpr bool kPreferNativeNetwork = true;
// fp32 agreement the probe demands before the native network stands in.
constexpr double kProbeTolerance = 1e-4;

bool isNcnn(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(64);
    const ModelFormat format = ModelFile::detectFormat(
        reinterpret_cast<const std::byte*>(head.constData()), static_cast<size_t>(head.size()));
    return format == ModelFormat::NcnnParam ||
           (format == ModelFormat::Unknown && !ModelFile::ncnnParamPathFor(path).isEmpty());
}

// The native RRDBNet / SRVGGNetCompact for an ncnn graph whose weights map onto
// it by layer order — only when it computes the same output on a probe image.
std::unique_ptr<UpscaleNetwork> nativeEquivalent(const NcnnModel& model, NcnnNetwork& graph)
{
    Result<BasicsrWeights> mapped = mapNcnnToBasicsr(model.toStateDict());
    if (!mapped || mapped->spec.scale != graph.scale() ||
        mapped->spec.inChannels != graph.channels())
        return nullptr;
    Result<std::unique_ptr<UpscaleNetwork>> native = createUpscaleNetwork(mapped->weights);
    if (!native)
        return nullptr;
    // A small deterministic probe: same weights, so any wiring difference
    // (extra resampling, other residuals) shows as a large difference.
    c10::InferenceMode guard;
    const int64_t side = 12 * graph.inputMultiple();
    at::Tensor probe = at::arange(graph.channels() * side * side, at::kFloat)
                           .reshape({1, graph.channels(), side, side})
                           .mul_(0.618034)
                           .frac_();
    const at::Tensor expected = graph.forward(probe);
    const at::Tensor actual = native.value()->forward(probe);
    if (expected.sizes() != actual.sizes() ||
        (expected - actual).abs().max().item<double>() > kProbeTolerance)
        return nullptr;
    return std::move(native.value());
}

Result<std::unique_ptr<UpscaleNetwork>> loadNcnn(const QString& path)
{
    Result<NcnnModel> model = ModelFile::loadNcnnModel(path);
    if (!model)
        return model.error();
    Result<std::unique_ptr<NcnnNetwork>> graph = NcnnNetwork::create(model.value(), path);
    if (!graph)
        return graph.error();
    if (kPreferNativeNetwork) {
        if (std::unique_ptr<UpscaleNetwork> native =
                nativeEquivalent(model.value(), *graph.value()))
            return native;
    }
    return std::unique_ptr<UpscaleNetwork>(std::move(graph.value()));
}

} // namespace

Result<std::unique_ptr<UpscaleNetwork>> loadUpscaleNetwork(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return makeError(ErrorCode::NotFound, tr("%1: no such model file").arg(path));
    try {
        if (isNcnn(path))
            return loadNcnn(path);
        Result<StateDict> weights = ModelFile::loadStateDict(path);
        if (!weights)
            return weights.error();
        Result<std::unique_ptr<UpscaleNetwork>> network = createUpscaleNetwork(weights.value());
        if (!network)
            return network.error().withContext(path);
        return network;
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         tr("%1: not enough memory to load the model").arg(path));
    } catch (const std::exception& e) {
        return makeError(ErrorCode::Internal, tr("%1: %2").arg(path, QString::fromUtf8(e.what())));
    }
}

} // namespace hires
