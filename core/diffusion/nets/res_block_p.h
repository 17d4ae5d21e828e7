// Private: openaimodel ResBlock without scale-shift norm, with the upstream
// names in_layers.{0,2}, emb_layers.1, out_layers.{0,3}, skip_connection.
#pragma once

#include "core/diffusion/nets/primitives_p.h"

namespace hires::nets {

class ResBlockImpl : public torch::nn::Module
{
public:
    ResBlockImpl(int64_t channels, int64_t embChannels, int64_t outChannels,
                 const ParamOptions& options);
    // x: [B, C, H, W]; embSilu: SiLU(time embedding) [B, embChannels] -> [B, outC, H, W]
    at::Tensor forward(const at::Tensor& x, const at::Tensor& embSilu) const;

private:
    GroupNorm m_inNorm{nullptr}, m_outNorm{nullptr};
    Conv2d m_inConv{nullptr}, m_outConv{nullptr}, m_skip{nullptr};
    Linear m_emb{nullptr};
};
TORCH_MODULE(ResBlock);

} // namespace hires::nets
