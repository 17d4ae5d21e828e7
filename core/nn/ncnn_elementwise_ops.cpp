#include "core/nn/ncnn_ops_p.h"

#include "core/weights/tensor_bridge_p.h"

namespace hires {

namespace {

class ActivationOp final : public NcnnOp
{
public:
    explicit ActivationOp(const NcnnActivationSpec& spec)
        : m_spec(spec)
    {}
    at::Tensor forward(std::vector<at::Tensor>& in) override
    {
        const bool inPlace = isExclusive(in[0]);
        return applyActivation(in[0], m_spec, inPlace);
    }

private:
    NcnnActivationSpec m_spec;
};

class PReLUOp final : public NcnnOp
{
public:
    explicit PReLUOp(at::Tensor slope)
        : m_slope(std::move(slope))
    {}
    at::Tensor forward(std::vector<at::Tensor>& in) override { return at::prelu(in[0], m_slope); }
    void to(const at::Device& device, at::ScalarType dtype) override
    {
        m_slope = m_slope.to(device, dtype);
    }
    int64_t parameterCount() const override { return m_slope.numel(); }

private:
    at::Tensor m_slope; // [C] or [1]
};

class EltwiseOp final : public NcnnOp
{
public:
    explicit EltwiseOp(NcnnEltwiseSpec spec)
        : m_spec(std::move(spec))
    {}

    at::Tensor forward(std::vector<at::Tensor>& in) override
    {
        // Accumulates into the first input when it may be overwritten, else into a new tensor.
        at::Tensor acc = in[0];
        bool owned = isExclusive(acc);
        auto coeff = [&](size_t i) {
            return m_spec.coeffs.size() > i ? static_cast<double>(m_spec.coeffs[i]) : 1.0;
        };
        if (m_spec.op == NcnnEltwiseSpec::Op::Sum && coeff(0) != 1.0) {
            acc = owned ? acc.mul_(coeff(0)) : acc.mul(coeff(0));
            owned = true;
        }
        for (size_t i = 1; i < in.size(); ++i) {
            switch (m_spec.op) {
            case NcnnEltwiseSpec::Op::Sum:
                acc = owned ? acc.add_(in[i], coeff(i)) : at::add(acc, in[i], coeff(i));
                break;
            case NcnnEltwiseSpec::Op::Prod:
                acc = owned ? acc.mul_(in[i]) : at::mul(acc, in[i]);
                break;
            case NcnnEltwiseSpec::Op::Max:
                acc = at::maximum(acc, in[i]);
                break;
            }
            owned = true;
        }
        return acc;
    }

private:
    NcnnEltwiseSpec m_spec;
};

class BinaryOp final : public NcnnOp
{
public:
    explicit BinaryOp(const NcnnBinaryOpSpec& spec)
        : m_spec(spec)
    {}

    at::Tensor forward(std::vector<at::Tensor>& in) override
    {
        using Op = NcnnBinaryOpSpec::Op;
        const at::Tensor& a = in[0];
        const at::Tensor b =
            m_spec.withScalar ? at::scalar_tensor(m_spec.scalar, a.options()) : in[1];
        // In place when a may be overwritten and already has the result's shape.
        const bool inPlace = isExclusive(a) && at::infer_size(a.sizes(), b.sizes()) == a.sizes();
        switch (m_spec.op) {
        case Op::Add:
            return inPlace ? in[0].add_(b) : at::add(a, b);
        case Op::Sub:
            return inPlace ? in[0].sub_(b) : at::sub(a, b);
        case Op::Mul:
            return inPlace ? in[0].mul_(b) : at::mul(a, b);
        case Op::Div:
            return inPlace ? in[0].div_(b) : at::div(a, b);
        case Op::Max:
            return at::maximum(a, b);
        case Op::Min:
            return at::minimum(a, b);
        case Op::Pow:
            return at::pow(a, b);
        case Op::RSub:
            return at::sub(b, a);
        case Op::RDiv:
            return at::div(b, a);
        case Op::RPow:
            return at::pow(b, a);
        case Op::Atan2:
            return at::atan2(a, b);
        case Op::RAtan2:
            return at::atan2(b, a);
        }
        return at::add(a, b);
    }

private:
    NcnnBinaryOpSpec m_spec;
};

} // namespace

bool isExclusive(const at::Tensor& t)
{
    return t.defined() && t.use_count() == 1 && t.storage().use_count() == 1;
}

at::Tensor applyActivation(at::Tensor x, const NcnnActivationSpec& a, bool inPlace)
{
    switch (a.kind) {
    case NcnnActivation::None:
        return x;
    case NcnnActivation::ReLU:
        return inPlace ? at::relu_(x) : at::relu(x);
    case NcnnActivation::LeakyReLU:
        return inPlace ? at::leaky_relu_(x, a.a) : at::leaky_relu(x, a.a);
    case NcnnActivation::Clip:
        return inPlace ? x.clamp_(a.a, a.b) : x.clamp(a.a, a.b);
    case NcnnActivation::Sigmoid:
        return inPlace ? x.sigmoid_() : x.sigmoid();
    case NcnnActivation::TanH:
        return inPlace ? x.tanh_() : x.tanh();
    case NcnnActivation::Mish:
        return inPlace ? at::mish_(x) : at::mish(x);
    case NcnnActivation::Swish:
        return inPlace ? at::silu_(x) : at::silu(x);
    case NcnnActivation::HardSwish:
        return x * (x * a.a + a.b).clamp_(0.0, 1.0);
    case NcnnActivation::HardSigmoid:
        return (x * a.a + a.b).clamp_(0.0, 1.0);
    case NcnnActivation::Scale:
        return inPlace ? x.mul_(a.a) : x * a.a;
    }
    return x;
}

std::unique_ptr<NcnnOp> makeElementwiseOp(const NcnnLayerSpec& spec, const NcnnLayer& layer)
{
    const NcnnLayerParams& p = spec.params;
    if (const auto* act = std::get_if<NcnnActivationSpec>(&p))
        return std::make_unique<ActivationOp>(*act);
    if (std::holds_alternative<NcnnPReLUSpec>(p)) // parseNcnnLayer checked the slopes are there
        return std::make_unique<PReLUOp>(
            toTensorCopy(*ncnnWeight(layer, "slope"), at::kFloat).reshape({-1}));
    if (const auto* eltwise = std::get_if<NcnnEltwiseSpec>(&p))
        return std::make_unique<EltwiseOp>(*eltwise);
    if (const auto* binary = std::get_if<NcnnBinaryOpSpec>(&p))
        return std::make_unique<BinaryOp>(*binary);
    return nullptr;
}

} // namespace hires
