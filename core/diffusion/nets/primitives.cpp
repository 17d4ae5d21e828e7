#include "core/diffusion/nets/primitives_p.h"

namespace hires::nets {

at::Tensor addParameter(torch::nn::Module& owner, const std::string& name, at::IntArrayRef shape,
                        const ParamOptions& options)
{
    return owner.register_parameter(name, at::empty(shape, options.tensor),
                                    /*requires_grad=*/false);
}

torch::nn::Module& addIndexedChild(torch::nn::Module& owner, const std::string& name)
{
    return *owner.register_module(name, std::make_shared<torch::nn::Module>("Sequential"));
}

LinearImpl::LinearImpl(int64_t in, int64_t out, bool bias, const ParamOptions& options)
{
    m_weight = addParameter(*this, "weight", {out, in}, options);
    if (bias)
        m_bias = addParameter(*this, "bias", {out}, options);
}

at::Tensor LinearImpl::forward(const at::Tensor& x) const
{
    return at::linear(x, m_weight, m_bias);
}

Conv2dImpl::Conv2dImpl(int64_t in, int64_t out, int64_t kernel, int64_t stride, int64_t padding,
                       const ParamOptions& options)
    : m_stride(stride)
    , m_padding(padding)
{
    m_weight = addParameter(*this, "weight", {out, in, kernel, kernel}, options);
    m_bias = addParameter(*this, "bias", {out}, options);
}

at::Tensor Conv2dImpl::forward(const at::Tensor& x) const
{
    return at::conv2d(x, m_weight, m_bias, m_stride, m_padding);
}

GroupNormImpl::GroupNormImpl(int64_t groups, int64_t channels, double eps,
                             const ParamOptions& options)
    : m_groups(groups)
    , m_eps(eps)
{
    m_weight = addParameter(*this, "weight", {channels}, options);
    m_bias = addParameter(*this, "bias", {channels}, options);
}

at::Tensor GroupNormImpl::forward(const at::Tensor& x) const
{
    if (x.scalar_type() == at::kFloat && m_weight.scalar_type() == at::kFloat)
        return at::group_norm(x, m_groups, m_weight, m_bias, m_eps);
    // Half activations: normalise in float32 (GroupNorm32), hand back the input's type.
    return at::group_norm(x.to(at::kFloat), m_groups, m_weight.to(at::kFloat),
                          m_bias.to(at::kFloat), m_eps)
        .to(x.scalar_type());
}

at::Tensor GroupNormImpl::forwardSilu(const at::Tensor& x) const
{
    at::Tensor y = forward(x);
    return at::silu_(y);
}

LayerNormImpl::LayerNormImpl(int64_t dim, double eps, const ParamOptions& options)
    : m_eps(eps)
{
    m_weight = addParameter(*this, "weight", {dim}, options);
    m_bias = addParameter(*this, "bias", {dim}, options);
}

at::Tensor LayerNormImpl::forward(const at::Tensor& x) const
{
    return at::layer_norm(x, {m_weight.size(0)}, m_weight, m_bias, m_eps);
}

} // namespace hires::nets
