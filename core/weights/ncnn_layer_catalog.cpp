#include "core/weights/ncnn_layer_catalog.h"

#include <initializer_list>
#include <string_view>

#include <QCoreApplication>

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnLayerCatalog", text);
}

constexpr int64_t kMaxCount = 0x7fffffff; // ncnn counts are ints

constexpr std::string_view kWeightless[] = {
    "AbsVal",  "ArgMax",     "BinaryOp",  "BNLL",         "Cast",        "Clip",
    "Concat",  "Crop",       "Dropout",   "ELU",          "Eltwise",     "Erf",
    "Exp",     "ExpandDims", "Flatten",   "GELU",         "HardSigmoid", "HardSwish",
    "Input",   "Interp",     "Log",       "LRN",          "Mish",        "MVN",
    "Noop",    "Packing",    "Permute",   "PixelShuffle", "Pooling",     "Power",
    "ReLU",    "Reduction",  "Reorg",     "Reshape",      "SELU",        "ShuffleChannel",
    "Sigmoid", "Slice",      "Softmax",   "Softplus",     "Split",       "Squeeze",
    "Swish",   "TanH",       "Threshold", "Tile",         "UnaryOp",     "Yolov3DetectionOutput",
};

// Reads scalar int params with ncnn's defaults; remembers the first problem.
class Params
{
public:
    explicit Params(const NcnnLayer& layer)
        : m_layer(layer)
    {}

    int64_t get(int id, int32_t fallback)
    {
        const std::optional<int32_t> value = m_layer.intParam(id, fallback);
        if (!value) {
            if (m_problem.isEmpty())
                m_problem = tr("param %1 must be an integer").arg(id);
            return fallback;
        }
        return *value;
    }
    // A count param that must lie in [0, 2^31).
    int64_t count(int id, int32_t fallback)
    {
        const int64_t value = get(id, fallback);
        if (value < 0 && m_problem.isEmpty())
            m_problem = tr("param %1 is negative (%2)").arg(id).arg(value);
        return value < 0 ? 0 : value;
    }
    void require(bool condition, const QString& problem)
    {
        if (!condition && m_problem.isEmpty())
            m_problem = problem;
    }
    // Product of counts; a problem (and 0) when it exceeds what ncnn can hold.
    int64_t product(std::initializer_list<int64_t> factors)
    {
        int64_t result = 1;
        for (int64_t f : factors) {
            if (__builtin_mul_overflow(result, f, &result) || result > kMaxCount) {
                require(false, tr("the layer's weight sizes overflow"));
                return 0;
            }
        }
        return result;
    }
    const QString& problem() const { return m_problem; }

private:
    const NcnnLayer& m_layer;
    QString m_problem;
};

void addRaw(std::vector<NcnnWeightSpec>& specs, const char* role, int64_t count)
{
    specs.push_back({role, count, false, {count}});
}

// Convolution, ConvolutionDepthWise, Deconvolution, DeconvolutionDepthWise.
void convolutionSpecs(const NcnnLayer& layer, Params& p, std::vector<NcnnWeightSpec>& specs)
{
    const bool depthwise =
        layer.type == "ConvolutionDepthWise" || layer.type == "DeconvolutionDepthWise";
    const bool deconvolution = layer.type.rfind("Deconvolution", 0) == 0;
    const int64_t numOutput = p.count(0, 0);
    const int64_t kernelW = p.count(1, 0);
    const int64_t kernelH = p.count(11, static_cast<int32_t>(kernelW));
    const int64_t biasTerm = p.get(5, 0);
    const int64_t weightDataSize = p.count(6, 0);
    const int64_t group = depthwise ? p.get(7, 1) : 1;
    const int64_t int8ScaleTerm = deconvolution ? 0 : p.get(8, 0);
    const int64_t dynamicWeight = p.get(deconvolution ? 28 : 19, 0);
    p.require(group >= 1, tr("group must be at least 1"));
    if (dynamicWeight != 0 || !p.problem().isEmpty())
        return;
    NcnnWeightSpec weight{"weight", weightDataSize, true, {weightDataSize}};
    // ncnn's convolution weights are [out][in/group][kh][kw], like PyTorch's OIHW.
    const int64_t perInput = p.product({numOutput, kernelW, kernelH});
    if (!deconvolution && perInput > 0) {
        p.require(
            weightDataSize % perInput == 0,
            tr("weight_data_size %1 is not a multiple of num_output x kernel_h x kernel_w (%2)")
                .arg(weightDataSize)
                .arg(perInput));
        weight.shape = {numOutput, weightDataSize / perInput, kernelH, kernelW};
    }
    specs.push_back(weight);
    if (biasTerm != 0)
        addRaw(specs, "bias", numOutput);
    if (int8ScaleTerm == 0)
        return;
    const int64_t term = int8ScaleTerm > 100 ? int8ScaleTerm - 100 : int8ScaleTerm;
    addRaw(specs, "weight_int8_scales", depthwise ? (term == 1 ? group : 1) : numOutput);
    addRaw(specs, "input_int8_scales", 1);
    if (int8ScaleTerm > 100)
        addRaw(specs, "output_int8_scales", 1);
}

void innerProductSpecs(Params& p, std::vector<NcnnWeightSpec>& specs)
{
    const int64_t numOutput = p.count(0, 0);
    const int64_t biasTerm = p.get(1, 0);
    const int64_t weightDataSize = p.count(2, 0);
    const int64_t int8ScaleTerm = p.get(8, 0);
    NcnnWeightSpec weight{"weight", weightDataSize, true, {weightDataSize}};
    if (numOutput > 0) {
        p.require(weightDataSize % numOutput == 0,
                  tr("weight_data_size %1 is not a multiple of num_output %2")
                      .arg(weightDataSize)
                      .arg(numOutput));
        weight.shape = {numOutput, weightDataSize / numOutput};
    }
    specs.push_back(weight);
    if (biasTerm != 0)
        addRaw(specs, "bias", numOutput);
    if (int8ScaleTerm != 0) {
        addRaw(specs, "weight_int8_scales", numOutput);
        addRaw(specs, "input_int8_scales", 1);
    }
}

void normalizationSpecs(const NcnnLayer& layer, Params& p, std::vector<NcnnWeightSpec>& specs)
{
    if (layer.type == "BatchNorm") {
        const int64_t channels = p.count(0, 0);
        for (const char* role : {"slope", "mean", "variance", "bias"})
            addRaw(specs, role, channels);
        return;
    }
    // InstanceNorm: channels 0, affine 2; GroupNorm: channels 1, affine 3;
    // LayerNorm: affine_size 0, affine 2.
    const bool group = layer.type == "GroupNorm";
    const int64_t channels = p.count(group ? 1 : 0, 0);
    if (p.get(group ? 3 : 2, 1) != 0) {
        addRaw(specs, "gamma", channels);
        addRaw(specs, "beta", channels);
    }
}

void otherSpecs(const NcnnLayer& layer, Params& p, std::vector<NcnnWeightSpec>& specs)
{
    const std::string& type = layer.type;
    if (type == "PReLU") {
        addRaw(specs, "slope", p.count(0, 0));
    } else if (type == "Scale") {
        const int64_t size = p.get(0, 0);
        if (size == -233) // the scale comes from a second input blob
            return;
        p.require(size >= 0, tr("scale_data_size is negative"));
        addRaw(specs, "scale", size < 0 ? 0 : size);
        if (p.get(1, 0) != 0)
            addRaw(specs, "bias", size < 0 ? 0 : size);
    } else if (type == "Bias") {
        addRaw(specs, "bias", p.count(0, 0));
    } else if (type == "Embed") {
        const int64_t numOutput = p.count(0, 0);
        const int64_t weightDataSize = p.count(3, 0);
        specs.push_back({"weight", weightDataSize, true, {weightDataSize}});
        if (p.get(2, 0) != 0)
            addRaw(specs, "bias", numOutput);
    } else if (type == "MemoryData") {
        const int64_t w = p.count(0, 0), h = p.count(1, 0), c = p.count(2, 0), d = p.count(11, 0);
        int64_t count = 0;
        if (d != 0)
            count = p.product({w, h, d, c});
        else if (c != 0)
            count = p.product({w, h, c});
        else if (h != 0)
            count = p.product({w, h});
        else
            count = w;
        if (w != 0)
            addRaw(specs, "data", count);
    } else if (type == "Normalize") {
        addRaw(specs, "scale", p.count(3, 0));
    } else if (type == "Padding") {
        const int64_t size = p.count(6, 0);
        if (size > 0)
            addRaw(specs, "pad_value", size);
    }
}

} // namespace

bool NcnnLayerCatalog::isWeightless(const std::string& type)
{
    for (std::string_view known : kWeightless) {
        if (known == type)
            return true;
    }
    return false;
}

Result<std::vector<NcnnWeightSpec>> NcnnLayerCatalog::weightSpecs(const NcnnLayer& layer)
{
    std::vector<NcnnWeightSpec> specs;
    if (isWeightless(layer.type))
        return specs;
    Params p(layer);
    const std::string& type = layer.type;
    if (type == "Convolution" || type == "ConvolutionDepthWise" || type == "Deconvolution" ||
        type == "DeconvolutionDepthWise") {
        convolutionSpecs(layer, p, specs);
    } else if (type == "InnerProduct") {
        innerProductSpecs(p, specs);
    } else if (type == "BatchNorm" || type == "InstanceNorm" || type == "GroupNorm" ||
               type == "LayerNorm") {
        normalizationSpecs(layer, p, specs);
    } else if (type == "PReLU" || type == "Scale" || type == "Bias" || type == "Embed" ||
               type == "MemoryData" || type == "Normalize" || type == "Padding") {
        otherSpecs(layer, p, specs);
    } else {
        return makeError(
            ErrorCode::UnsupportedFormat,
            tr("layer type %1 is unknown, so its weights cannot be located in the .bin")
                .arg(QString::fromStdString(type)));
    }
    if (!p.problem().isEmpty())
        return makeError(ErrorCode::CorruptData, p.problem());
    for (const NcnnWeightSpec& spec : specs) {
        if (spec.count > kMaxCount)
            return makeError(ErrorCode::CorruptData,
                             tr("%1 declares %2 elements, more than ncnn can hold")
                                 .arg(QString::fromStdString(spec.role))
                                 .arg(spec.count));
    }
    return specs;
}

} // namespace hires
