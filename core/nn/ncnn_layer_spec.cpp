#include "core/nn/ncnn_layer_spec.h"

#include <cfloat>

#include <QCoreApplication>

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnLayerSpec", text);
}

constexpr int kSamePadUpper = -233;
constexpr int kSamePadLower = -234;
constexpr int kAll = -233; // Crop: "to the end"

// Reads params with ncnn's defaults; remembers the first problem.
class Reader
{
public:
    explicit Reader(const NcnnLayer& layer)
        : m_layer(layer)
    {}

    int i(int id, int fallback)
    {
        const std::optional<int32_t> v = m_layer.intParam(id, fallback);
        if (!v)
            fail(tr("param %1 must be an integer").arg(id));
        return v.value_or(fallback);
    }
    float f(int id, float fallback)
    {
        const std::optional<float> v = m_layer.floatParam(id, fallback);
        if (!v)
            fail(tr("param %1 must be a number").arg(id));
        return v.value_or(fallback);
    }
    std::vector<float> floats(int id)
    {
        std::vector<float> out;
        if (const NcnnParam* p = m_layer.param(id)) {
            for (const NcnnValue& v : p->values)
                out.push_back(v.isFloat ? v.f : static_cast<float>(v.i));
        }
        return out;
    }
    std::vector<int> ints(int id)
    {
        std::vector<int> out;
        if (const NcnnParam* p = m_layer.param(id)) {
            for (const NcnnValue& v : p->values) {
                if (v.isFloat)
                    fail(tr("param %1 must hold integers").arg(id));
                out.push_back(v.i);
            }
        }
        return out;
    }
    void require(bool condition, const QString& problem)
    {
        if (!condition)
            fail(problem);
    }
    void fail(const QString& problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }
    const QString& problem() const { return m_problem; }

private:
    const NcnnLayer& m_layer;
    QString m_problem;
};

// ncnn's fused activation (param 9, params in array 10).
NcnnActivationSpec fusedActivation(Reader& r)
{
    const int type = r.i(9, 0);
    const std::vector<float> p = r.floats(10);
    auto need = [&](size_t n) {
        r.require(p.size() >= n,
                  tr("activation type %1 needs %2 activation params").arg(type).arg(n));
        return p.size() >= n;
    };
    switch (type) {
    case 0:
        return {};
    case 1:
        return {NcnnActivation::ReLU};
    case 2:
        return need(1) ? NcnnActivationSpec{NcnnActivation::LeakyReLU, p[0]} : NcnnActivationSpec{};
    case 3:
        return need(2) ? NcnnActivationSpec{NcnnActivation::Clip, p[0], p[1]}
                       : NcnnActivationSpec{};
    case 4:
        return {NcnnActivation::Sigmoid};
    case 5:
        return {NcnnActivation::Mish};
    case 6:
        return need(2) ? NcnnActivationSpec{NcnnActivation::HardSwish, p[0], p[1]}
                       : NcnnActivationSpec{};
    default:
        r.fail(tr("fused activation type %1 is unknown").arg(type));
        return {};
    }
}

NcnnConvSpec convolution(const NcnnLayer& layer, Reader& r)
{
    NcnnConvSpec c;
    c.transposed = layer.type.rfind("Deconvolution", 0) == 0;
    const bool depthwise = layer.type.find("DepthWise") != std::string::npos;
    c.numOutput = r.i(0, 0);
    c.kernelW = r.i(1, 0);
    c.kernelH = r.i(11, c.kernelW);
    c.dilationW = r.i(2, 1);
    c.dilationH = r.i(12, c.dilationW);
    c.strideW = r.i(3, 1);
    c.strideH = r.i(13, c.strideW);
    c.padLeft = r.i(4, 0);
    c.padRight = r.i(15, c.padLeft);
    c.padTop = r.i(14, c.padLeft);
    c.padBottom = r.i(16, c.padTop);
    c.bias = r.i(5, 0) != 0;
    const int weightDataSize = r.i(6, 0);
    c.group = depthwise ? r.i(7, 1) : 1;
    c.activation = fusedActivation(r);
    if (c.transposed) {
        c.outputPadRight = r.i(18, 0);
        c.outputPadBottom = r.i(19, c.outputPadRight);
        r.require(r.i(20, 0) == 0 && r.i(21, 0) == 0,
                  tr("a fixed output size (params 20/21) is not supported"));
        r.require(r.i(28, 0) == 0, tr("dynamic weights are not supported"));
        r.require(c.padLeft >= 0 && c.padRight >= 0 && c.padTop >= 0 && c.padBottom >= 0 &&
                      c.outputPadRight >= 0 && c.outputPadBottom >= 0,
                  tr("negative padding"));
    } else {
        c.padValue = r.f(18, 0.0f);
        r.require(r.i(19, 0) == 0, tr("dynamic weights are not supported"));
        const bool same = (c.padLeft == kSamePadUpper || c.padLeft == kSamePadLower) &&
                          c.padRight == c.padLeft && c.padTop == c.padLeft &&
                          c.padBottom == c.padLeft;
        r.require(same || (c.padLeft >= 0 && c.padRight >= 0 && c.padTop >= 0 && c.padBottom >= 0),
                  tr("padding %1/%2/%3/%4 is not supported")
                      .arg(c.padLeft)
                      .arg(c.padRight)
                      .arg(c.padTop)
                      .arg(c.padBottom));
    }
    r.require(c.numOutput > 0 && c.kernelW > 0 && c.kernelH > 0 && c.strideW > 0 && c.strideH > 0 &&
                  c.dilationW > 0 && c.dilationH > 0 && c.group > 0,
              tr("num_output, kernel, stride, dilation and group must be positive"));
    if (!r.problem().isEmpty())
        return c;
    const TensorRef* weight = ncnnWeight(layer, "weight");
    r.require(weight != nullptr, tr("the layer has no weights"));
    r.require(!weight || isFloatingPoint(weight->dtype),
              tr("int8-quantised weights are not supported"));
    r.require(c.bias == (ncnnWeight(layer, "bias") != nullptr), tr("bias_term without bias"));
    // weight_data_size = num_output * in / group * kernel_h * kernel_w, for
    // both directions (ncnn stores deconvolution weights as [out][in/g][kh][kw] too).
    const int64_t perInput = int64_t(c.numOutput) * c.kernelW * c.kernelH;
    const int64_t grouped = int64_t(weightDataSize) * c.group;
    r.require(c.numOutput % c.group == 0 && grouped % perInput == 0,
              tr("weight_data_size %1 does not fit num_output %2, kernel %3x%4 and group %5")
                  .arg(weightDataSize)
                  .arg(c.numOutput)
                  .arg(c.kernelW)
                  .arg(c.kernelH)
                  .arg(c.group));
    c.inChannels = static_cast<int>(grouped / perInput);
    r.require(c.inChannels > 0 && c.inChannels % c.group == 0,
              tr("the input channels do not divide into %1 groups").arg(c.group));
    return c;
}

NcnnActivationSpec activationLayer(const std::string& type, Reader& r)
{
    if (type == "ReLU") {
        const float slope = r.f(0, 0.0f);
        return slope == 0.0f ? NcnnActivationSpec{NcnnActivation::ReLU}
                             : NcnnActivationSpec{NcnnActivation::LeakyReLU, slope};
    }
    if (type == "Clip")
        return {NcnnActivation::Clip, r.f(0, -FLT_MAX), r.f(1, FLT_MAX)};
    if (type == "HardSwish")
        return {NcnnActivation::HardSwish, r.f(0, 0.2f), r.f(1, 0.5f)};
    if (type == "HardSigmoid")
        return {NcnnActivation::HardSigmoid, r.f(0, 0.2f), r.f(1, 0.5f)};
    if (type == "Dropout")
        return {NcnnActivation::Scale, r.f(0, 1.0f)};
    if (type == "Sigmoid")
        return {NcnnActivation::Sigmoid};
    if (type == "TanH")
        return {NcnnActivation::TanH};
    if (type == "Mish")
        return {NcnnActivation::Mish};
    return {NcnnActivation::Swish};
}

NcnnInterpSpec interp(Reader& r)
{
    NcnnInterpSpec s;
    const int type = r.i(0, 0);
    r.require(type >= 1 && type <= 3,
              tr("resize type %1 is not supported (1 nearest, 2 bilinear, 3 bicubic)").arg(type));
    s.mode = type == 2   ? NcnnInterpSpec::Mode::Bilinear
             : type == 3 ? NcnnInterpSpec::Mode::Bicubic
                         : NcnnInterpSpec::Mode::Nearest;
    s.heightScale = r.f(1, 1.0f);
    s.widthScale = r.f(2, 1.0f);
    s.outputHeight = r.i(3, 0);
    s.outputWidth = r.i(4, 0);
    r.require(r.i(5, 0) == 0, tr("a dynamic target size is not supported"));
    s.alignCorner = r.i(6, 0) != 0;
    r.require(s.outputHeight >= 0 && s.outputWidth >= 0 && s.heightScale > 0.0f &&
                  s.widthScale > 0.0f,
              tr("the scales and sizes must be positive"));
    return s;
}

NcnnCropSpec crop(Reader& r)
{
    NcnnCropSpec s;
    s.woffset = r.i(0, 0);
    s.hoffset = r.i(1, 0);
    s.coffset = r.i(2, 0);
    s.outw = r.i(3, 0);
    s.outh = r.i(4, 0);
    s.outc = r.i(5, 0);
    s.woffset2 = r.i(6, 0);
    s.hoffset2 = r.i(7, 0);
    s.coffset2 = r.i(8, 0);
    s.starts = r.ints(9);
    s.ends = r.ints(10);
    s.axes = r.ints(11);
    if (!s.starts.empty() && !s.ends.empty()) {
        s.form = NcnnCropSpec::Form::Slices;
        r.require(s.starts.size() == s.ends.size() &&
                      (s.axes.empty() || s.axes.size() == s.starts.size()) && s.starts.size() <= 3,
                  tr("starts, ends and axes must have the same length"));
    } else if (s.outw == 0 && s.outh == 0 && s.outc == 0) {
        s.form = NcnnCropSpec::Form::Reference;
        r.require(s.woffset != kAll, tr("a crop region read from a blob is not supported"));
    }
    r.require(s.hoffset != kAll && s.coffset != kAll,
              tr("channel-only and height-only crop forms are not supported"));
    return s;
}

} // namespace

const TensorRef* ncnnWeight(const NcnnLayer& layer, const char* role)
{
    for (const auto& [name, ref] : layer.weights) {
        if (name == role)
            return &ref;
    }
    return nullptr;
}

QString supportedNcnnLayerTypes()
{
    return QStringLiteral(
        "Input, Convolution, ConvolutionDepthWise, Deconvolution, DeconvolutionDepthWise, ReLU, "
        "PReLU, Sigmoid, TanH, Clip, Mish, Swish, HardSwish, HardSigmoid, Dropout, Split, Concat, "
        "Eltwise, BinaryOp, Interp, PixelShuffle, Crop");
}

Result<NcnnLayerSpec> parseNcnnLayer(const NcnnLayer& layer)
{
    NcnnLayerSpec spec;
    spec.type = layer.type;
    spec.name = layer.name;
    Reader r(layer);
    const std::string& t = layer.type;
    if (t == "Input") {
        spec.params = NcnnInputSpec{};
    } else if (t == "Convolution" || t == "ConvolutionDepthWise" || t == "Deconvolution" ||
               t == "DeconvolutionDepthWise") {
        spec.params = convolution(layer, r);
    } else if (t == "ReLU" || t == "Sigmoid" || t == "TanH" || t == "Clip" || t == "Mish" ||
               t == "Swish" || t == "HardSwish" || t == "HardSigmoid" || t == "Dropout") {
        spec.params = activationLayer(t, r);
    } else if (t == "PReLU") {
        const TensorRef* slope = ncnnWeight(layer, "slope");
        const int count = r.i(0, 0);
        r.require(count > 0 && slope != nullptr, tr("num_slope must be positive"));
        spec.params = NcnnPReLUSpec{count};
    } else if (t == "Split") {
        spec.params = NcnnSplitSpec{};
    } else if (t == "Concat") {
        int axis = r.i(0, 0);
        r.require(axis >= -3 && axis <= 2, tr("axis %1 does not exist on an image blob").arg(axis));
        spec.params = NcnnConcatSpec{axis < 0 ? axis + 3 : axis};
    } else if (t == "Eltwise") {
        const int op = r.i(0, 0);
        r.require(op >= 0 && op <= 2, tr("operation %1 is unknown").arg(op));
        spec.params = NcnnEltwiseSpec{static_cast<NcnnEltwiseSpec::Op>(op), r.floats(1)};
    } else if (t == "BinaryOp") {
        const int op = r.i(0, 0);
        r.require(op >= 0 && op <= 11, tr("operation %1 is unknown").arg(op));
        spec.params =
            NcnnBinaryOpSpec{static_cast<NcnnBinaryOpSpec::Op>(op), r.i(1, 0) != 0, r.f(2, 0.0f)};
    } else if (t == "Interp") {
        spec.params = interp(r);
    } else if (t == "PixelShuffle") {
        NcnnPixelShuffleSpec s{r.i(0, 1), r.i(1, 0)};
        r.require(s.factor >= 1 && (s.mode == 0 || s.mode == 1),
                  tr("upscale factor %1 / mode %2 is not supported").arg(s.factor).arg(s.mode));
        spec.params = s;
    } else if (t == "Crop") {
        spec.params = crop(r);
    } else {
        return makeError(ErrorCode::Unsupported,
                         tr("layer %1 has type %2, which the ncnn executor does not run "
                            "(it runs %3)")
                             .arg(QString::fromStdString(layer.name),
                                  QString::fromStdString(layer.type), supportedNcnnLayerTypes()));
    }
    if (!r.problem().isEmpty())
        return makeError(ErrorCode::Unsupported,
                         tr("layer %1 (%2): %3")
                             .arg(QString::fromStdString(layer.name),
                                  QString::fromStdString(layer.type), r.problem()));
    return spec;
}

} // namespace hires
