#include "core/nn/ncnn_network_p.h"

#include <algorithm>

#include <QCoreApplication>

#include "core/nn/conv_util_p.h"

namespace hires {

NcnnNetwork::NcnnNetwork(NcnnGraph graph)
    : m_graph(std::move(graph))
{}

Result<std::unique_ptr<NcnnNetwork>>
NcnnNetwork::create(const NcnnModel& model, const QString& fileName, NcnnGraph::Purpose purpose)
{
    Result<NcnnGraph> graph = NcnnGraph::analyse(model, fileName, purpose);
    if (!graph)
        return graph.error();
    std::unique_ptr<NcnnNetwork> network(new NcnnNetwork(std::move(graph.value())));
    try {
        for (const NcnnGraph::Step& step : network->m_graph.steps()) {
            Result<std::unique_ptr<NcnnOp>> op =
                makeNcnnOp(step.spec, model.layers()[static_cast<size_t>(step.layer)]);
            if (!op)
                return op.error().withContext(fileName);
            network->m_ops.push_back(std::move(op.value()));
        }
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         QCoreApplication::translate("hires::NcnnNetwork",
                                                     "%1: not enough memory for the weights")
                             .arg(fileName));
    }
    return network;
}

at::Tensor NcnnNetwork::forward(const at::Tensor& x)
{
    TORCH_CHECK(x.dim() == 4 && (m_graph.channels() == 0 || x.size(1) == m_graph.channels()),
                "the ncnn graph takes [N, ", m_graph.channels(), ", H, W] input, not ", x.sizes());
    std::vector<at::Tensor> blobs(static_cast<size_t>(m_graph.blobCount()));
    blobs[static_cast<size_t>(m_graph.inputBlob())] = preferredLayout(x);
    std::vector<at::Tensor> inputs;
    const std::vector<NcnnGraph::Step>& steps = m_graph.steps();
    for (size_t s = 0; s < steps.size(); ++s) {
        const NcnnGraph::Step& step = steps[s];
        if (std::holds_alternative<NcnnInputSpec>(step.spec.params))
            continue;
        inputs.clear();
        for (int blob : step.inputs) {
            // A blob read for the last time (and once) is handed over, so the
            // layer may reuse its memory.
            const bool last = std::count(step.release.begin(), step.release.end(), blob) == 1 &&
                              std::count(step.inputs.begin(), step.inputs.end(), blob) == 1;
            at::Tensor& slot = blobs[static_cast<size_t>(blob)];
            inputs.push_back(last ? std::move(slot) : slot);
        }
        at::Tensor out = m_ops[s]->forward(inputs);
        inputs.clear();
        for (int blob : step.outputs)
            blobs[static_cast<size_t>(blob)] = out; // Split: the same tensor under every name
        for (int blob : step.release)
            blobs[static_cast<size_t>(blob)].reset();
    }
    return std::move(blobs[static_cast<size_t>(m_graph.outputBlob())]);
}

void NcnnNetwork::to(const at::Device& device, at::ScalarType dtype)
{
    for (auto& op : m_ops)
        op->to(device, dtype);
    m_device = device;
    m_dtype = dtype;
}

int64_t NcnnNetwork::parameterCount() const
{
    int64_t total = 0;
    for (const auto& op : m_ops)
        total += op->parameterCount();
    return total;
}

} // namespace hires
