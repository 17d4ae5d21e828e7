#include "core/diffusion/nets/resample_p.h"

#include "core/nn/conv_util_p.h"

namespace hires::nets {

DownsampleImpl::DownsampleImpl(int64_t channels, const ParamOptions& options)
{
    m_op = register_module("op", Conv2d(channels, channels, 3, 2, 1, options));
}

at::Tensor DownsampleImpl::forward(const at::Tensor& x) const
{
    return m_op->forward(x);
}

UpsampleImpl::UpsampleImpl(int64_t channels, const ParamOptions& options)
{
    m_conv = register_module("conv", Conv2d(channels, channels, 3, 1, 1, options));
}

at::Tensor UpsampleImpl::forward(const at::Tensor& x) const
{
    return m_conv->forward(upsampleNearest2x(x));
}

VaeDownsampleImpl::VaeDownsampleImpl(int64_t channels, const ParamOptions& options)
{
    m_conv = register_module("conv", Conv2d(channels, channels, 3, 2, 0, options));
}

at::Tensor VaeDownsampleImpl::forward(const at::Tensor& x) const
{
    return m_conv->forward(at::constant_pad_nd(x, {0, 1, 0, 1}, 0.0));
}

} // namespace hires::nets
