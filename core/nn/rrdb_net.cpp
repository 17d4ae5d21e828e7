#include "core/nn/rrdb_net_p.h"

#include "core/nn/conv_util_p.h"

namespace hires {

ResidualDenseBlockImpl::ResidualDenseBlockImpl(int64_t nf, int64_t gc)
{
    m_conv1 = register_module("conv1", conv3x3(nf, gc));
    m_conv2 = register_module("conv2", conv3x3(nf + gc, gc));
    m_conv3 = register_module("conv3", conv3x3(nf + 2 * gc, gc));
    m_conv4 = register_module("conv4", conv3x3(nf + 3 * gc, gc));
    m_conv5 = register_module("conv5", conv3x3(nf + 4 * gc, nf));
}

at::Tensor ResidualDenseBlockImpl::forward(const at::Tensor& x)
{
    // x: [N, nf, H, W]; each x_i: [N, gc, H, W]; dense connections by concatenation.
    at::Tensor x1 = lrelu(m_conv1->forward(x));
    at::Tensor x2 = lrelu(m_conv2->forward(at::cat({x, x1}, 1)));
    at::Tensor x3 = lrelu(m_conv3->forward(at::cat({x, x1, x2}, 1)));
    at::Tensor x4 = lrelu(m_conv4->forward(at::cat({x, x1, x2, x3}, 1)));
    at::Tensor x5 = m_conv5->forward(at::cat({x, x1, x2, x3, x4}, 1));
    return x5.mul_(0.2).add_(x); // residual scaling 0.2
}

RRDBImpl::RRDBImpl(int64_t nf, int64_t gc)
{
    m_rdb1 = register_module("rdb1", ResidualDenseBlock(nf, gc));
    m_rdb2 = register_module("rdb2", ResidualDenseBlock(nf, gc));
    m_rdb3 = register_module("rdb3", ResidualDenseBlock(nf, gc));
}

at::Tensor RRDBImpl::forward(const at::Tensor& x)
{
    at::Tensor out = m_rdb3->forward(m_rdb2->forward(m_rdb1->forward(x)));
    return out.mul_(0.2).add_(x);
}

RRDBNetImpl::RRDBNetImpl(const NetworkSpec& spec)
    : m_spec(spec)
{
    const int64_t nf = spec.numFeat;
    const int64_t unshuffle = spec.scale == 2 ? 4 : spec.scale == 1 ? 16 : 1;
    m_convFirst = register_module("conv_first", conv3x3(spec.inChannels * unshuffle, nf));
    auto body = torch::nn::ModuleList();
    for (int i = 0; i < spec.numBlock; ++i) {
        m_body.push_back(RRDB(nf, spec.numGrowCh));
        body->push_back(m_body.back());
    }
    register_module("body", body);
    m_convBody = register_module("conv_body", conv3x3(nf, nf));
    m_convUp1 = register_module("conv_up1", conv3x3(nf, nf));
    m_convUp2 = register_module("conv_up2", conv3x3(nf, nf));
    m_convHr = register_module("conv_hr", conv3x3(nf, nf));
    m_convLast = register_module("conv_last", conv3x3(nf, spec.outChannels));
}

at::Tensor RRDBNetImpl::forward(const at::Tensor& input)
{
    // x2 and x1 models trade resolution for channels first: [N, C*s^2, H/s, W/s].
    at::Tensor x = input;
    if (m_spec.scale == 2)
        x = at::pixel_unshuffle(x, 2);
    else if (m_spec.scale == 1)
        x = at::pixel_unshuffle(x, 4);
    x = preferredLayout(x);
    at::Tensor feat = m_convFirst->forward(x); // [N, nf, h, w]
    at::Tensor trunk = feat;
    for (auto& block : m_body)
        trunk = block->forward(trunk);
    feat = feat.add_(m_convBody->forward(trunk));
    // The trunk always upsamples x4: two nearest x2 + conv + LeakyReLU.
    feat = lrelu(m_convUp1->forward(upsampleNearest2x(feat)));
    feat = lrelu(m_convUp2->forward(upsampleNearest2x(feat)));
    return m_convLast->forward(lrelu(m_convHr->forward(feat))); // [N, C, 4h, 4w]
}

} // namespace hires
