// Private: the blocks of ldm's AutoencoderKL (diffusionmodules/model.py):
// ResnetBlock (norm1, conv1, norm2, conv2, nin_shortcut), AttnBlock (norm, q,
// k, v, proj_out as 1x1 convs).
#pragma once

#include "core/diffusion/nets/primitives_p.h"

namespace hires::nets {

class VaeResnetBlockImpl : public torch::nn::Module
{
public:
    VaeResnetBlockImpl(int64_t in, int64_t out, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [B, in, H, W] -> [B, out, H, W]

private:
    GroupNorm m_norm1{nullptr}, m_norm2{nullptr};
    Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_shortcut{nullptr};
};
TORCH_MODULE(VaeResnetBlock);

// Single-head self-attention over the H*W positions.
class VaeAttnBlockImpl : public torch::nn::Module
{
public:
    VaeAttnBlockImpl(int64_t channels, const ParamOptions& options);
    at::Tensor forward(const at::Tensor& x) const; // [B, C, H, W] -> same

private:
    GroupNorm m_norm{nullptr};
    Conv2d m_q{nullptr}, m_k{nullptr}, m_v{nullptr}, m_proj{nullptr};
};
TORCH_MODULE(VaeAttnBlock);

} // namespace hires::nets
