// Private: small building blocks shared by the network definitions.
#pragma once

#include <ATen/ATen.h>
#include <torch/nn/modules/conv.h>

namespace hires {

// 3x3 convolution, stride 1, padding 1, with bias (the only conv these networks use).
inline torch::nn::Conv2d conv3x3(int64_t in, int64_t out)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).stride(1).padding(1).bias(true));
}

// In-place LeakyReLU with slope 0.2 (the slope every ESRGAN-family conv uses).
inline at::Tensor lrelu(at::Tensor x)
{
    at::leaky_relu_(x, 0.2);
    return x;
}

// Nearest-neighbour x2 (F.interpolate(scale_factor=2, mode='nearest')).
at::Tensor upsampleNearest2x(const at::Tensor& x);

// Channels-last (NHWC) lets oneDNN run the convolutions without reordering
// every activation on the CPU; CUDA keeps the default layout.
at::Tensor preferredLayout(const at::Tensor& x);

// Converts 4-D parameters of a module to the preferred layout of its device.
void applyPreferredLayout(torch::nn::Module& module);

} // namespace hires
