// Private: RRDBNet (ESRGAN, Real-ESRGAN x4plus / x2plus / anime_6B), with the
// child names of BasicSR's rrdbnet_arch so a state dict loads by lookup:
// conv_first, body.N.rdb{1,2,3}.conv{1..5}, conv_body, conv_up1, conv_up2,
// conv_hr, conv_last.
#pragma once

#include "core/nn/network_spec.h"

#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/conv.h>

namespace hires {

class ResidualDenseBlockImpl : public torch::nn::Module
{
public:
    ResidualDenseBlockImpl(int64_t numFeat, int64_t numGrowCh);
    at::Tensor forward(const at::Tensor& x);

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3{nullptr}, m_conv4{nullptr},
        m_conv5{nullptr};
};
TORCH_MODULE(ResidualDenseBlock);

class RRDBImpl : public torch::nn::Module
{
public:
    RRDBImpl(int64_t numFeat, int64_t numGrowCh);
    at::Tensor forward(const at::Tensor& x);

private:
    ResidualDenseBlock m_rdb1{nullptr}, m_rdb2{nullptr}, m_rdb3{nullptr};
};
TORCH_MODULE(RRDB);

class RRDBNetImpl : public torch::nn::Module
{
public:
    explicit RRDBNetImpl(const NetworkSpec& spec);
    // x: [N, C, H, W] in [0, 1]; H, W multiples of 4 / scale for scale 1 and 2.
    at::Tensor forward(const at::Tensor& x);

private:
    NetworkSpec m_spec;
    torch::nn::Conv2d m_convFirst{nullptr}, m_convBody{nullptr}, m_convUp1{nullptr},
        m_convUp2{nullptr}, m_convHr{nullptr}, m_convLast{nullptr};
    std::vector<RRDB> m_body;
};
TORCH_MODULE(RRDBNet);

} // namespace hires
