// Private: an ncnn .param/.bin graph run with libtorch operations — the
// generic upscaler for models no native network definition covers.
//
// Contract: create() analyses the graph (NcnnGraph), converts every weight
// once to fp32 (channels-last on the CPU, like the native networks) and fails
// with a message naming the file and the first unsupported layer. forward()
// runs the layers in file order, keeps blobs by index and frees each after its
// last reader; layers may work in place on blobs nothing else refers to (the
// caller's input is never modified). Same threading rules as UpscaleNetwork.
#pragma once

#include <memory>
#include <vector>

#include "core/nn/ncnn_graph.h"
#include "core/nn/ncnn_ops_p.h"
#include "core/nn/upscale_network_p.h"

namespace hires {

class NcnnNetwork final : public UpscaleNetwork
{
public:
    static Result<std::unique_ptr<NcnnNetwork>>
    create(const NcnnModel& model, const QString& fileName,
           NcnnGraph::Purpose purpose = NcnnGraph::Purpose::Upscaler);

    // x: [N, C, H, W] -> [N, C, H * scale, W * scale]
    at::Tensor forward(const at::Tensor& x) override;
    int scale() const override { return m_graph.scale(); }
    int inputMultiple() const override { return m_graph.inputMultiple(); }
    int channels() const override { return m_graph.channels(); }
    void to(const at::Device& device, at::ScalarType dtype) override;
    at::Device device() const override { return m_device; }
    at::ScalarType dtype() const override { return m_dtype; }
    QString describe() const override { return m_graph.describe(); }
    int64_t parameterCount() const override;

    const NcnnGraph& graph() const { return m_graph; }

private:
    explicit NcnnNetwork(NcnnGraph graph);

    NcnnGraph m_graph;
    std::vector<std::unique_ptr<NcnnOp>> m_ops; // one per graph step
    at::Device m_device{at::kCPU};
    at::ScalarType m_dtype = at::kFloat;
};

} // namespace hires
