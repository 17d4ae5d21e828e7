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

// The layout the networks' 4-D activations and weights use on the CPU.
// oneDNN 2.6 (libtorch 1.13) is not equally fast in both: on an AVX-512 CPU
// (Sapphire Rapids) channels-last (NHWC) runs the convolutions without
// reordering every activation and wins; on an AVX2-only CPU (AMD EPYC) its
// NHWC kernels are 1.4-1.9x slower than the blocked kernels it uses for NCHW
// with 128 channels or more (docs/diffusion-performance.md). So: channels-last
// where the CPU has AVX-512, NCHW elsewhere; HIRES_CPU_CHANNELS_LAST=1 or 0
// forces one. A fixed rule, not a timing, so a seed gives the same image on
// every run of one machine. CUDA keeps the default layout.
bool cpuChannelsLast();
// The rule itself: `forced` is the variable's value (null or empty: not set).
bool chooseCpuChannelsLast(bool cpuHasAvx512, const char* forced);
// "channels-last" or "NCHW", for the record of what ran.
const char* cpuLayoutName();

// `x` in the layout of its device (a view's copy when it is not already so).
at::Tensor preferredLayout(const at::Tensor& x);

// Converts 4-D parameters of a module to the preferred layout of its device.
void applyPreferredLayout(torch::nn::Module& module);

} // namespace hires
