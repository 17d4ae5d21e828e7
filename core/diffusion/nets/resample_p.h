// Private: the resampling layers of the UNet (openaimodel Downsample "op",
// Upsample "conv") and of the VAE (model.py Downsample "conv"; its Upsample is
// the UNet's).
#pragma once

#include "core/diffusion/nets/primitives_p.h"

namespace hires::nets {

class DownsampleImpl : public torch::nn::Module
{
public:
    DownsampleImpl(int64_t channels, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [B, C, H, W] -> [B, C, H/2, W/2]

private:
    Conv2d m_op{nullptr};
};
TORCH_MODULE(Downsample);

class UpsampleImpl : public torch::nn::Module
{
public:
    UpsampleImpl(int64_t channels, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [B, C, H, W] -> [B, C, 2H, 2W]

private:
    Conv2d m_conv{nullptr};
};
TORCH_MODULE(Upsample);

// Pads right and bottom by one, then a 3x3 stride-2 conv without padding.
class VaeDownsampleImpl : public torch::nn::Module
{
public:
    VaeDownsampleImpl(int64_t channels, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [B, C, H, W] -> [B, C, H/2, W/2]

private:
    Conv2d m_conv{nullptr};
};
TORCH_MODULE(VaeDownsample);

} // namespace hires::nets
