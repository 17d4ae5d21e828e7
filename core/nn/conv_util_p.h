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
// every activation on the CPU and makes [B, C, H, W] -> [B, HW, C] a free
// view: the CPU layout of the upscalers (64-channel convolutions) and the
// UNet (convolutions between transformers). CUDA keeps the default layout.
at::Tensor preferredLayout(const at::Tensor& x);

// Wide convolutions only (the VAE: 128-512 channels at up to the image's
// size) are another matter with oneDNN 2.6 (libtorch 1.13): its NHWC kernels
// win on an AVX-512 CPU (Sapphire Rapids) but are 1.4-1.9x slower than its
// blocked NCHW kernels on an AVX2-only CPU (AMD EPYC; SD 1.5 VAE decode 0.63x
// eager PyTorch in NHWC there, 1.08x in NCHW; docs/diffusion-performance.md).
// So the VAE runs channels-last where the CPU has AVX-512 and NCHW elsewhere;
// HIRES_CPU_CHANNELS_LAST=1 or 0 forces one. A fixed rule, not a timing, so a
// seed gives the same image on every run of one machine.
bool wideConvChannelsLast();
// The rule itself: `forced` is the variable's value (null or empty: not set).
bool chooseCpuChannelsLast(bool cpuHasAvx512, const char* forced);
// "channels-last" or "NCHW", for the record of what ran.
const char* wideConvLayoutName();
// `x` in the wide-convolution layout of its device (a copy only when it is not so).
at::Tensor wideConvLayout(const at::Tensor& x);
// Converts 4-D parameters of a module to the wide-convolution layout of its device.
void applyWideConvLayout(torch::nn::Module& module);

// Converts 4-D parameters of a module to the preferred layout of its device.
void applyPreferredLayout(torch::nn::Module& module);

} // namespace hires
