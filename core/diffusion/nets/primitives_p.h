// Private: the leaf layers of the Stable Diffusion networks.
//
// Why not torch::nn::Linear and friends: these register "weight"/"bias" with
// uninitialised storage (no random init of 2.6 billion parameters that the
// checkpoint overwrites anyway), on any device including "meta", so the full
// SDXL structure can be built without allocating a byte to list its keys and
// shapes. Forward passes call the ATen functions directly.
#pragma once

#include <ATen/ATen.h>
#include <torch/nn/module.h>

#include <string>

namespace hires::nets {

// Where and how parameters are created: CPU float32 for inference; the meta
// device for a dry run that only lists names and shapes.
struct ParamOptions
{
    at::TensorOptions tensor = at::TensorOptions().dtype(at::kFloat);
    static ParamOptions meta() { return {at::TensorOptions().dtype(at::kFloat).device(at::kMeta)}; }
};

// Registers an uninitialised parameter (values come from the checkpoint).
at::Tensor addParameter(torch::nn::Module& owner, const std::string& name, at::IntArrayRef shape,
                        const ParamOptions& options);

class LinearImpl : public torch::nn::Module
{
public:
    LinearImpl(int64_t in, int64_t out, bool bias, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [..., in] -> [..., out]
    const at::Tensor& weight() const { return m_weight; }
    const at::Tensor& bias() const { return m_bias; }

private:
    at::Tensor m_weight, m_bias;
};
TORCH_MODULE(Linear);

class Conv2dImpl : public torch::nn::Module
{
public:
    Conv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding,
               const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [N, in, H, W] -> [N, out, H', W']

private:
    at::Tensor m_weight, m_bias;
    int64_t m_stride, m_padding;
};
TORCH_MODULE(Conv2d);

// GroupNorm32 of the LDM code: statistics in float32 even for fp16 activations.
class GroupNormImpl : public torch::nn::Module
{
public:
    GroupNormImpl(int64_t groups, int64_t channels, double eps, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const;
    // norm followed by SiLU, in place on the normalised tensor.
    at::Tensor forwardSilu(const at::Tensor& x) const;

private:
    at::Tensor m_weight, m_bias;
    int64_t m_groups;
    double m_eps;
};
TORCH_MODULE(GroupNorm);

class LayerNormImpl : public torch::nn::Module
{
public:
    LayerNormImpl(int64_t dim, double eps, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // normalises the last dimension

private:
    at::Tensor m_weight, m_bias;
    double m_eps;
};
TORCH_MODULE(LayerNorm);

// A container whose children are named "0", "1", ... like an nn.Sequential
// with gaps (upstream registers activations and dropouts that have no weights).
torch::nn::Module& addIndexedChild(torch::nn::Module& owner, const std::string& name);

template <typename Holder> Holder addAt(torch::nn::Module& container, int index, Holder module)
{
    container.register_module(std::to_string(index), module.ptr());
    return module;
}

} // namespace hires::nets
