#include "core/nn/ncnn_ops_p.h"

#include <QCoreApplication>

#include "core/nn/conv_util_p.h"
#include "core/nn/ncnn_graph.h"
#include "core/weights/tensor_bridge_p.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnOps", text);
}

NcnnBlobShape shapeOf(const at::Tensor& x)
{
    return {x.size(1), x.size(2), x.size(3)};
}

class ConvOp final : public NcnnOp
{
public:
    ConvOp(const NcnnConvSpec& spec, at::Tensor weight, at::Tensor bias)
        : m_spec(spec)
        , m_weight(preferredLayout(std::move(weight)))
        , m_bias(std::move(bias))
    {}

    at::Tensor forward(std::vector<at::Tensor>& inputs) override
    {
        const at::Tensor& x = inputs[0]; // [N, Cin, H, W]
        const std::array<int64_t, 4> pad = NcnnGraph::convPadding(m_spec, x.size(2), x.size(3));
        const std::vector<int64_t> stride{m_spec.strideH, m_spec.strideW};
        const std::vector<int64_t> dilation{m_spec.dilationH, m_spec.dilationW};
        const std::vector<int64_t> none{0, 0};
        at::Tensor y;
        if (m_spec.transposed) {
            // Full transposed convolution, then ncnn's output padding (right and
            // bottom, bias only) and cropping by the pads; the bias goes on last.
            y = at::conv_transpose2d(x, m_weight, c10::nullopt, stride, none, none, m_spec.group,
                                     dilation);
            y = at::constant_pad_nd(y, {-pad[0], m_spec.outputPadRight - pad[1], -pad[2],
                                        m_spec.outputPadBottom - pad[3]});
            if (m_bias.defined())
                y.add_(m_bias.view({1, -1, 1, 1}));
        } else if (pad[0] == pad[1] && pad[2] == pad[3] && m_spec.padValue == 0.0f) {
            const std::vector<int64_t> padding{pad[2], pad[0]};
            y = at::conv2d(x, m_weight, m_bias, stride, padding, dilation, m_spec.group);
        } else {
            const at::Tensor padded =
                at::constant_pad_nd(x, {pad[0], pad[1], pad[2], pad[3]}, m_spec.padValue);
            y = at::conv2d(padded, m_weight, m_bias, stride, none, dilation, m_spec.group);
        }
        return applyActivation(std::move(y), m_spec.activation, true); // [N, Cout, H', W']
    }

    void to(const at::Device& device, at::ScalarType dtype) override
    {
        m_weight = preferredLayout(m_weight.to(device, dtype));
        if (m_bias.defined())
            m_bias = m_bias.to(device, dtype);
    }

    int64_t parameterCount() const override
    {
        return m_weight.numel() + (m_bias.defined() ? m_bias.numel() : 0);
    }

private:
    NcnnConvSpec m_spec;
    at::Tensor m_weight; // [out, in/g, kh, kw]; transposed: [in, out/g, kh, kw]
    at::Tensor m_bias;   // [out] or undefined
};

class IdentityOp final : public NcnnOp
{
public:
    at::Tensor forward(std::vector<at::Tensor>& in) override { return in[0]; }
};

class ConcatOp final : public NcnnOp
{
public:
    explicit ConcatOp(int axis)
        : m_dim(axis + 1)
    {}
    at::Tensor forward(std::vector<at::Tensor>& in) override { return at::cat(in, m_dim); }

private:
    int64_t m_dim;
};

// ncnn's nearest rule: in = min(int(out * s), size - 1) with s = in/out for a
// fixed output size, else 1/scale (computed in float, as ncnn does).
std::vector<int64_t> nearestIndices(int64_t in, int64_t out, bool fixedSize, float scale)
{
    const float s = fixedSize ? static_cast<float>(in) / static_cast<float>(out) : 1.0f / scale;
    std::vector<int64_t> index(static_cast<size_t>(out));
    for (int64_t i = 0; i < out; ++i)
        index[static_cast<size_t>(i)] =
            std::min<int64_t>(static_cast<int64_t>(static_cast<float>(i) * s), in - 1);
    return index;
}

bool isRepeat(const std::vector<int64_t>& index, int64_t in)
{
    const int64_t out = static_cast<int64_t>(index.size());
    if (out % in != 0)
        return false;
    for (int64_t i = 0; i < out; ++i) {
        if (index[static_cast<size_t>(i)] != i / (out / in))
            return false;
    }
    return true;
}

class InterpOp final : public NcnnOp
{
public:
    explicit InterpOp(const NcnnInterpSpec& spec)
        : m_spec(spec)
    {}

    at::Tensor forward(std::vector<at::Tensor>& in) override
    {
        const at::Tensor& x = in[0];
        const NcnnBlobShape out = NcnnGraph::interpOutput(m_spec, shapeOf(x));
        const int64_t h = x.size(2), w = x.size(3);
        if (out.h == h && out.w == w)
            return x;
        switch (m_spec.mode) {
        case NcnnInterpSpec::Mode::Bilinear:
            return at::upsample_bilinear2d(x, {out.h, out.w}, m_spec.alignCorner);
        case NcnnInterpSpec::Mode::Bicubic:
            return at::upsample_bicubic2d(x, {out.h, out.w}, m_spec.alignCorner);
        case NcnnInterpSpec::Mode::Nearest:
            break;
        }
        const bool fixed = m_spec.outputHeight != 0 && m_spec.outputWidth != 0;
        const auto rows = nearestIndices(h, out.h, fixed, m_spec.heightScale);
        const auto cols = nearestIndices(w, out.w, fixed, m_spec.widthScale);
        if (isRepeat(rows, h) && isRepeat(cols, w)) {
            // Whole factors: a broadcast view and one layout-preserving copy.
            const int64_t n = x.size(0), c = x.size(1), sh = out.h / h, sw = out.w / w;
            at::Tensor y = at::empty({n, c, out.h, out.w}, x.options(), x.suggest_memory_format());
            y.view({n, c, h, sh, w, sw})
                .copy_(x.view({n, c, h, 1, w, 1}).expand({n, c, h, sh, w, sw}));
            return y;
        }
        const auto options = at::TensorOptions().dtype(at::kLong).device(x.device());
        return x.index_select(2, at::tensor(rows, options))
            .index_select(3, at::tensor(cols, options));
    }

private:
    NcnnInterpSpec m_spec;
};

class PixelShuffleOp final : public NcnnOp
{
public:
    explicit PixelShuffleOp(const NcnnPixelShuffleSpec& spec)
        : m_spec(spec)
    {}
    at::Tensor forward(std::vector<at::Tensor>& in) override
    {
        const at::Tensor& x = in[0]; // [N, C*r*r, H, W]
        const int64_t r = m_spec.factor;
        if (m_spec.mode == 0)
            return at::pixel_shuffle(x, r);
        // Mode 1: input channel (i*r + j) * C + c goes to out[c, h*r + i, w*r + j].
        const int64_t n = x.size(0), c = x.size(1) / (r * r), h = x.size(2), w = x.size(3);
        return x.reshape({n, r, r, c, h, w})
            .permute({0, 3, 4, 1, 5, 2})
            .reshape({n, c, h * r, w * r});
    }

private:
    NcnnPixelShuffleSpec m_spec;
};

class CropOp final : public NcnnOp
{
public:
    explicit CropOp(NcnnCropSpec spec)
        : m_spec(std::move(spec))
    {}
    at::Tensor forward(std::vector<at::Tensor>& in) override
    {
        const NcnnBlobShape reference = in.size() > 1 ? shapeOf(in[1]) : NcnnBlobShape{};
        Result<NcnnCropRegion> r =
            NcnnGraph::cropRegion(m_spec, shapeOf(in[0]), in.size() > 1 ? &reference : nullptr);
        TORCH_CHECK(r.ok(), r.ok() ? "" : r.error().message.toStdString());
        return in[0].narrow(1, r->c, r->outc).narrow(2, r->h, r->outh).narrow(3, r->w, r->outw);
    }

private:
    NcnnCropSpec m_spec;
};

// An owned fp32 copy of a layer's weight.
at::Tensor weightTensor(const TensorRef& ref)
{
    return toTensorCopy(ref, at::kFloat);
}

Result<std::unique_ptr<NcnnOp>> makeConv(const NcnnConvSpec& spec, const NcnnLayer& layer)
{
    const TensorRef* weightRef = ncnnWeight(layer, "weight");
    const TensorRef* biasRef = ncnnWeight(layer, "bias");
    if (!weightRef || (spec.bias && !biasRef))
        return makeError(ErrorCode::CorruptData,
                         tr("layer %1 lacks its weights").arg(QString::fromStdString(layer.name)));
    const int64_t g = spec.group, out = spec.numOutput, in = spec.inChannels;
    at::Tensor weight = weightTensor(*weightRef);
    if (spec.transposed) {
        // ncnn keeps [g][out/g][in/g][kh][kw]; PyTorch wants [in][out/g][kh][kw].
        weight = weight.reshape({g, out / g, in / g, spec.kernelH, spec.kernelW})
                     .permute({0, 2, 1, 3, 4})
                     .reshape({in, out / g, spec.kernelH, spec.kernelW})
                     .contiguous();
    } else {
        weight = weight.reshape({out, in / g, spec.kernelH, spec.kernelW});
    }
    at::Tensor bias = spec.bias ? weightTensor(*biasRef).reshape({out}) : at::Tensor();
    return std::unique_ptr<NcnnOp>(new ConvOp(spec, std::move(weight), std::move(bias)));
}

} // namespace

Result<std::unique_ptr<NcnnOp>> makeNcnnOp(const NcnnLayerSpec& spec, const NcnnLayer& layer)
{
    try {
        const NcnnLayerParams& p = spec.params;
        if (const auto* conv = std::get_if<NcnnConvSpec>(&p))
            return makeConv(*conv, layer);
        if (std::unique_ptr<NcnnOp> op = makeElementwiseOp(spec, layer))
            return op;
        if (const auto* concat = std::get_if<NcnnConcatSpec>(&p))
            return std::unique_ptr<NcnnOp>(new ConcatOp(concat->axis));
        if (const auto* interp = std::get_if<NcnnInterpSpec>(&p))
            return std::unique_ptr<NcnnOp>(new InterpOp(*interp));
        if (const auto* shuffle = std::get_if<NcnnPixelShuffleSpec>(&p))
            return std::unique_ptr<NcnnOp>(new PixelShuffleOp(*shuffle));
        if (const auto* crop = std::get_if<NcnnCropSpec>(&p))
            return std::unique_ptr<NcnnOp>(new CropOp(*crop));
        return std::unique_ptr<NcnnOp>(new IdentityOp()); // Input, Split
    } catch (const std::exception& e) {
        return makeError(ErrorCode::CorruptData,
                         tr("layer %1: %2")
                             .arg(QString::fromStdString(layer.name), QString::fromUtf8(e.what())));
    }
}

} // namespace hires
