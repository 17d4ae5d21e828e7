// Test support: an ncnn model run two ways — the graph executor, and the
// native network its weights map onto by layer order.
#pragma once

#include "core/nn/ncnn_network_p.h"
#include "core/nn/ncnn_to_basicsr.h"
#include "core/weights/model_file.h"

#include <memory>

namespace hires::test {

struct NcnnAndNative
{
    std::unique_ptr<NcnnNetwork> graph;
    std::unique_ptr<UpscaleNetwork> native;
    NetworkSpec spec; // of the native network
};

// Empty on success, else the first error.
inline QString loadNcnnAndNative(const QString& path, NcnnAndNative& out)
{
    Result<NcnnModel> file = ModelFile::loadNcnnModel(path);
    if (!file)
        return file.error().message;
    Result<std::unique_ptr<NcnnNetwork>> graph = NcnnNetwork::create(file.value(), path);
    if (!graph)
        return graph.error().message;
    Result<BasicsrWeights> mapped = mapNcnnToBasicsr(file->toStateDict());
    if (!mapped)
        return mapped.error().message;
    Result<std::unique_ptr<UpscaleNetwork>> native = createUpscaleNetwork(mapped->weights);
    if (!native)
        return native.error().message;
    out = {std::move(graph.value()), std::move(native.value()), mapped->spec};
    return {};
}

} // namespace hires::test
