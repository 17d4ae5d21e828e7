// NcnnLayerSpec: one layer of an ncnn graph, with its params read and checked
// once, in the form the graph analysis and the executor both use.
//
// Contract: parseNcnnLayer() is a pure function of the layer (thread-safe,
// torch-free). It knows the layer types upscaling models use; any other type,
// or a known type with a form the executor does not run (dynamic weights,
// int8 weights, a second shape input), is an error naming the layer type and
// the layer name. Defaults follow ncnn's load_param for each type.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include <QString>

#include "core/base/result.h"
#include "core/weights/ncnn_model.h"

namespace hires {

// Element-wise activations: the fused activation of convolutions (ncnn types
// 0..6) and the standalone activation layers.
enum class NcnnActivation
{
    None,
    ReLU,
    LeakyReLU, // a = negative slope
    Clip,      // a = min, b = max
    Sigmoid,
    Mish,
    HardSwish, // x * clamp(a * x + b, 0, 1)
    TanH,
    Swish,       // x * sigmoid(x)
    HardSigmoid, // clamp(a * x + b, 0, 1)
    Scale,       // a * x (Dropout at inference)
};

struct NcnnActivationSpec
{
    NcnnActivation kind = NcnnActivation::None;
    float a = 0.0f;
    float b = 0.0f;
};

struct NcnnInputSpec
{
};

// Convolution, ConvolutionDepthWise, Deconvolution, DeconvolutionDepthWise.
struct NcnnConvSpec
{
    bool transposed = false;
    int numOutput = 0;
    int inChannels = 0; // derived from weight_data_size
    int kernelW = 0, kernelH = 0;
    int dilationW = 1, dilationH = 1;
    int strideW = 1, strideH = 1;
    // >= 0: pixels; -233 / -234: ncnn's "SAME_UPPER" / "SAME_LOWER" (convolution only).
    int padLeft = 0, padRight = 0, padTop = 0, padBottom = 0;
    float padValue = 0.0f;
    int outputPadRight = 0, outputPadBottom = 0; // deconvolution only
    int group = 1;
    bool bias = false;
    NcnnActivationSpec activation;
};

struct NcnnPReLUSpec
{
    int slopes = 0; // 1 (shared) or one per channel
};

struct NcnnSplitSpec
{
};

struct NcnnConcatSpec
{
    int axis = 0; // 0 channels, 1 height, 2 width (negative values already resolved)
};

struct NcnnEltwiseSpec
{
    enum class Op
    {
        Prod,
        Sum,
        Max
    };
    Op op = Op::Sum;
    std::vector<float> coeffs; // Sum only; empty = all 1
};

struct NcnnBinaryOpSpec
{
    enum class Op
    {
        Add,
        Sub,
        Mul,
        Div,
        Max,
        Min,
        Pow,
        RSub,
        RDiv,
        RPow,
        Atan2,
        RAtan2
    };
    Op op = Op::Add;
    bool withScalar = false;
    float scalar = 0.0f;
};

struct NcnnInterpSpec
{
    enum class Mode
    {
        Nearest,
        Bilinear,
        Bicubic
    };
    Mode mode = Mode::Nearest;
    float heightScale = 1.0f, widthScale = 1.0f;
    int outputHeight = 0, outputWidth = 0; // 0: from the scales
    bool alignCorner = false;
};

struct NcnnPixelShuffleSpec
{
    int factor = 1;
    int mode = 0; // 0: PyTorch order (c*r*r + i*r + j); 1: (i*r + j) * outc + c
};

struct NcnnCropSpec
{
    enum class Form
    {
        Offsets,   // woffset/hoffset/coffset with sizes (-233 = to the end)
        Slices,    // numpy-style starts/ends/axes
        Reference, // the size of a second input blob
    };
    Form form = Form::Offsets;
    int woffset = 0, hoffset = 0, coffset = 0;
    int outw = 0, outh = 0, outc = 0;
    int woffset2 = 0, hoffset2 = 0, coffset2 = 0;
    std::vector<int> starts, ends, axes;
};

using NcnnLayerParams =
    std::variant<NcnnInputSpec, NcnnConvSpec, NcnnActivationSpec, NcnnPReLUSpec, NcnnSplitSpec,
                 NcnnConcatSpec, NcnnEltwiseSpec, NcnnBinaryOpSpec, NcnnInterpSpec,
                 NcnnPixelShuffleSpec, NcnnCropSpec>;

struct NcnnLayerSpec
{
    std::string type;
    std::string name;
    NcnnLayerParams params;
};

// A layer's weight by role ("weight", "bias", "slope"); nullptr when absent.
const TensorRef* ncnnWeight(const NcnnLayer& layer, const char* role);

// The layer types the executor runs, for messages ("Convolution, ReLU, ...").
QString supportedNcnnLayerTypes();

// Reads and checks the params (and weight sizes) of one layer.
Result<NcnnLayerSpec> parseNcnnLayer(const NcnnLayer& layer);

} // namespace hires
