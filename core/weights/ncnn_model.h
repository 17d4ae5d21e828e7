// NcnnModel: an ncnn .param/.bin pair (the format of realesrgan-ncnn-vulkan
// and Upscayl's models): the layer graph and each layer's weights.
//
// Contract: read() is strict. The .param text must start with the magic
// 7767517, declare layer and blob counts that match the layers that follow
// (one per line), name only blobs produced by an earlier layer, produce every
// blob once, and use param keys 0..31 (scalars) or -23300-k (arrays written
// "len,v1,..."), each once. The .bin is consumed exactly, layer by layer, as
// ncnn's ModelBin does for the layer types NcnnLayerCatalog knows; an unknown
// layer type is an error (its weights could not be skipped safely).
// fp16, int8, bf16 and raw fp32 weights are zero-copy TensorRefs of `bin`
// (F16, I8, BF16, F32: convert with toTensorCopy); only the rare 8-bit
// lookup-table weights are decoded into F32 heap memory. Never throws;
// the model is immutable after read() and safe to share between threads.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QString>

#include "core/base/result.h"
#include "core/weights/state_dict.h"

namespace hires {

struct NcnnValue
{
    bool isFloat = false;
    int32_t i = 0;
    float f = 0.0f;
};

struct NcnnParam
{
    bool isArray = false;
    std::vector<NcnnValue> values; // one value for a scalar
};

struct NcnnLayer
{
    std::string type;
    std::string name;
    std::vector<int> inputs;  // blob indices
    std::vector<int> outputs; // blob indices
    std::map<int, NcnnParam> params;
    // In .bin order, named by role ("weight", "bias", "slope", ...).
    std::vector<std::pair<std::string, TensorRef>> weights;

    const NcnnParam* param(int id) const;
    // The scalar param as an int, `fallback` when absent; nothing when it is
    // an array or a float.
    std::optional<int32_t> intParam(int id, int32_t fallback) const;
    std::optional<float> floatParam(int id, float fallback) const;
};

class NcnnModel
{
public:
    static constexpr int32_t kMagic = 7767517;

    // `paramName` and `binName` are only used in error messages.
    static Result<NcnnModel> read(const std::byte* paramText, size_t paramSize,
                                  std::shared_ptr<const Storage> bin, const QString& paramName,
                                  const QString& binName);

    const std::vector<NcnnLayer>& layers() const { return m_layers; }
    const std::vector<std::string>& blobNames() const { return m_blobs; }
    int64_t parameterCount() const; // elements of all weights
    // Layer type -> count, for `inspect`.
    std::map<std::string, int> layerTypeCounts() const;
    // The weights as "<layer>.<role>" in layer order (format "ncnn").
    StateDict toStateDict() const;

private:
    std::vector<NcnnLayer> m_layers;
    std::vector<std::string> m_blobs;

    friend class NcnnParamParser;
};

} // namespace hires
