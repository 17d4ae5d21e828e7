// NcnnLayerCatalog: what each ncnn layer type reads from the .bin file.
//
// Contract: a pure function of the layer's type and params, thread-safe.
// Weight-bearing types (Convolution, ConvolutionDepthWise, Deconvolution,
// DeconvolutionDepthWise, InnerProduct, PReLU, BatchNorm, Scale, Bias,
// InstanceNorm, GroupNorm, LayerNorm, Embed, MemoryData, Normalize, Padding)
// list their blobs in ncnn's load_model order; known weightless types list
// none; any other type is an error, because its share of the .bin cannot be
// known and guessing would misread every later weight.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/base/result.h"
#include "core/weights/ncnn_model.h"

namespace hires {

struct NcnnWeightSpec
{
    std::string role;           // "weight", "bias", "slope", ...
    int64_t count = 0;          // elements
    bool tagged = false;        // ModelBin type 0 (4-byte storage tag) vs type 1 (raw fp32)
    std::vector<int64_t> shape; // product == count
};

class NcnnLayerCatalog
{
public:
    // The error's message says what is wrong without the file name.
    static Result<std::vector<NcnnWeightSpec>> weightSpecs(const NcnnLayer& layer);
    static bool isWeightless(const std::string& type);
};

} // namespace hires
