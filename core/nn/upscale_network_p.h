// Private: an upscaling network ready to run (weights loaded).
//
// Contract: forward() takes [N, C, H, W] float RGB in [0, 1] (H and W
// multiples of inputMultiple()) on the network's device and dtype, and returns
// [N, C, H * scale, W * scale] in the same dtype, not clamped. Not thread-safe:
// one network is driven by one worker thread at a time (callers create an
// InferenceMode guard on that thread).
#pragma once

#include "core/base/result.h"
#include "core/weights/state_dict.h"

#include <ATen/ATen.h>

#include <QString>

#include <memory>

namespace hires {

class UpscaleNetwork
{
public:
    virtual ~UpscaleNetwork() = default;
    virtual at::Tensor forward(const at::Tensor& x) = 0;
    virtual int scale() const = 0;
    virtual int inputMultiple() const = 0;
    virtual int channels() const = 0;
    // Moves the weights; half precision is for CUDA only (CPU kernels lack it in libtorch 1.13).
    // Going back to fp32 after fp16/bf16 restores the exact fp32 weights.
    virtual void to(const at::Device& device, at::ScalarType dtype) = 0;
    virtual at::Device device() const = 0;
    virtual at::ScalarType dtype() const = 0;
    virtual QString describe() const = 0;
    virtual int64_t parameterCount() const = 0;
};

// Recognises the architecture from the weights (core/nn/network_spec.h),
// builds it and loads every tensor with shape checks. Fails with a message
// listing missing, unexpected or mismatched keys.
Result<std::unique_ptr<UpscaleNetwork>> createUpscaleNetwork(const StateDict& weights);

} // namespace hires
