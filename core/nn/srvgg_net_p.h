// Private: SRVGGNetCompact (realesr-general-x4v3, realesr-animevideov3), with
// Real-ESRGAN's child names: one ModuleList `body` of conv, PReLU, (conv,
// PReLU) x num_conv, conv; the output is pixel-shuffled and added to a
// nearest-upsampled copy of the input.
#pragma once

#include "core/nn/network_spec.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/activation.h>
#include <torch/nn/modules/conv.h>

#include <vector>

namespace hires {

class SRVGGNetCompactImpl : public torch::nn::Module
{
public:
    explicit SRVGGNetCompactImpl(const NetworkSpec& spec);
    // x: [N, C, H, W] in [0, 1] -> [N, C, H*s, W*s]
    at::Tensor forward(const at::Tensor& x);

private:
    NetworkSpec m_spec;
    std::vector<torch::nn::Conv2d> m_convs;
    std::vector<torch::nn::PReLU> m_activations;
};
TORCH_MODULE(SRVGGNetCompact);

} // namespace hires
