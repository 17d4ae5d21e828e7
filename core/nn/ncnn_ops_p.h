// Private: one ncnn layer as libtorch operations, for NcnnNetwork.
//
// Blobs are [N, C, H, W] tensors (ncnn's C x H x W images, with a batch). An
// op may overwrite an input in place only when nothing else refers to it
// (isExclusive), which the executor arranges by handing over a blob at its
// last use.
#pragma once

#include <ATen/ATen.h>

#include <memory>
#include <vector>

#include "core/base/result.h"
#include "core/nn/ncnn_layer_spec.h"
#include "core/weights/ncnn_model.h"

namespace hires {

class NcnnOp
{
public:
    virtual ~NcnnOp() = default;
    virtual at::Tensor forward(std::vector<at::Tensor>& inputs) = 0;
    // Converts the weights (fp32 on the CPU after creation).
    virtual void to(const at::Device&, at::ScalarType) {}
    virtual int64_t parameterCount() const { return 0; }
};

// True when no other tensor shares this one or its memory.
bool isExclusive(const at::Tensor& t);

// The activation on x, in place when `inPlace`.
at::Tensor applyActivation(at::Tensor x, const NcnnActivationSpec& activation, bool inPlace);

// The op of an element-wise layer (activations, PReLU, Eltwise, BinaryOp);
// nullptr for other layer kinds. In ncnn_elementwise_ops.cpp.
std::unique_ptr<NcnnOp> makeElementwiseOp(const NcnnLayerSpec& spec, const NcnnLayer& layer);

// Builds the op of a parsed layer; `layer` supplies the weights.
Result<std::unique_ptr<NcnnOp>> makeNcnnOp(const NcnnLayerSpec& spec, const NcnnLayer& layer);

} // namespace hires
