#include "core/nn/srvgg_net_p.h"

#include "core/nn/conv_util_p.h"

#include <torch/nn/modules/container/modulelist.h>

namespace hires {

SRVGGNetCompactImpl::SRVGGNetCompactImpl(const NetworkSpec& spec)
    : m_spec(spec)
{
    auto body = torch::nn::ModuleList();
    auto addConv = [&](int64_t in, int64_t out) {
        m_convs.push_back(conv3x3(in, out));
        body->push_back(m_convs.back());
    };
    auto addPrelu = [&] {
        m_activations.push_back(
            torch::nn::PReLU(torch::nn::PReLUOptions().num_parameters(spec.numFeat)));
        body->push_back(m_activations.back());
    };
    addConv(spec.inChannels, spec.numFeat);
    addPrelu();
    for (int i = 0; i < spec.numConv; ++i) {
        addConv(spec.numFeat, spec.numFeat);
        addPrelu();
    }
    addConv(spec.numFeat, int64_t(spec.outChannels) * spec.scale * spec.scale);
    register_module("body", body);
}

at::Tensor SRVGGNetCompactImpl::forward(const at::Tensor& input)
{
    at::Tensor x = preferredLayout(input);
    at::Tensor feat = x;
    for (size_t i = 0; i < m_activations.size(); ++i)
        feat = m_activations[i]->forward(m_convs[i]->forward(feat)); // [N, nf, H, W]
    feat = m_convs.back()->forward(feat);                            // [N, C*s^2, H, W]
    at::Tensor out = at::pixel_shuffle(feat, m_spec.scale);          // [N, C, sH, sW]
    // Residual over a nearest-upsampled input (F.interpolate(scale_factor=s, 'nearest')).
    const auto n = input.size(0), c = input.size(1), h = input.size(2), w = input.size(3);
    const int64_t s = m_spec.scale;
    at::Tensor base =
        input.view({n, c, h, 1, w, 1}).expand({n, c, h, s, w, s}).reshape({n, c, h * s, w * s});
    return out.add_(base);
}

} // namespace hires
