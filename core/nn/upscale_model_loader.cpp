#include "core/nn/upscale_model_loader_p.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "core/nn/ncnn_network_p.h"
#include "core/weights/mapped_file.h"
#include "core/weights/model_file.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::UpscaleModelLoader", text);
}

// ncnn models always run on the graph executor: on the real RRDBNet and
// SRVGGNetCompact models it performs the same operations as the native networks
// (bit-identical output, tests/nn/tst_ncnn_parity) and was measured no slower
// (tests/bench/bench_ncnn_network), so swapping in a native network would only
// add a verification pass to every load.

bool isNcnn(const QString& path)
{
    Result<std::shared_ptr<const MappedFile>> file = MappedFile::open(path);
    if (!file)
        return false;
    const ModelFormat format = ModelFile::detectFormat(file.value()->data(), file.value()->size());
    return format == ModelFormat::NcnnParam ||
           (format == ModelFormat::Unknown && !ModelFile::ncnnParamPathFor(path).isEmpty());
}

Result<std::unique_ptr<UpscaleNetwork>> loadNcnn(const QString& path)
{
    Result<NcnnModel> model = ModelFile::loadNcnnModel(path);
    if (!model)
        return model.error();
    Result<std::unique_ptr<NcnnNetwork>> graph = NcnnNetwork::create(model.value(), path);
    if (!graph)
        return graph.error();
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
