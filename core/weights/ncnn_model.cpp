#include "core/weights/ncnn_model.h"

#include <cstring>
#include <string_view>

#include <QCoreApplication>

#include "core/weights/byte_cursor.h"
#include "core/weights/ncnn_layer_catalog.h"
#include "core/weights/ncnn_param_parser.h"
#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnModel", text);
}

QString binLabel()
{
    return tr("ncnn .bin");
}

constexpr uint32_t kTagFloat16 = 0x01306B47;
constexpr uint32_t kTagInt8 = 0x000D4B38;
constexpr uint32_t kTagFloat32Scaled = 0x0002C056;
constexpr uint32_t kTagBFloat16 = 0x01348B83;
constexpr size_t kLookupTableBytes = 256 * sizeof(float);

size_t alignTo4(size_t bytes)
{
    return (bytes + 3) & ~size_t(3);
}

} // namespace

const NcnnParam* NcnnLayer::param(int id) const
{
    auto it = params.find(id);
    return it == params.end() ? nullptr : &it->second;
}

std::optional<int32_t> NcnnLayer::intParam(int id, int32_t fallback) const
{
    const NcnnParam* p = param(id);
    if (!p)
        return fallback;
    if (p->isArray || p->values.size() != 1 || p->values.front().isFloat)
        return std::nullopt;
    return p->values.front().i;
}

std::optional<float> NcnnLayer::floatParam(int id, float fallback) const
{
    const NcnnParam* p = param(id);
    if (!p)
        return fallback;
    if (p->isArray || p->values.size() != 1)
        return std::nullopt;
    const NcnnValue& v = p->values.front();
    return v.isFloat ? v.f : static_cast<float>(v.i);
}

// Parses the .param text into layers and blobs.
namespace {

// Reads the weights of the layers from the .bin, as ncnn's ModelBin does.
class NcnnBinReader
{
public:
    NcnnBinReader(std::shared_ptr<const Storage> bin, const QString& fileName)
        : m_bin(std::move(bin))
        , m_cursor(m_bin->data(), m_bin->size())
        , m_fileName(fileName)
    {}

    Error fail(const NcnnLayer& layer, const QString& what,
               ErrorCode code = ErrorCode::CorruptData) const
    {
        return weightsError(code, m_fileName, binLabel(),
                            tr("layer %1: %2").arg(quotedName(layer.name), what));
    }

    std::optional<Error> readLayer(NcnnLayer& layer)
    {
        Result<std::vector<NcnnWeightSpec>> specs = NcnnLayerCatalog::weightSpecs(layer);
        if (!specs)
            return fail(layer, specs.error().message, specs.error().code);
        for (const NcnnWeightSpec& spec : specs.value()) {
            Result<TensorRef> tensor = readBlob(layer, spec);
            if (!tensor)
                return tensor.error();
            layer.weights.emplace_back(spec.role, std::move(tensor.value()));
        }
        return std::nullopt;
    }

    std::optional<Error> checkFullyRead() const
    {
        if (m_cursor.atEnd())
            return std::nullopt;
        return weightsError(
            ErrorCode::CorruptData, m_fileName, binLabel(),
            tr("%1 bytes are left over after the weights of the last layer (the .bin does not "
               "belong to this .param)")
                .arg(m_cursor.remaining()));
    }

private:
    // A slice of `bytes` bytes at the cursor (of which `used` hold the
    // tensor; the rest is ncnn's 4-byte alignment padding).
    Result<TensorRef> take(const NcnnLayer& layer, const NcnnWeightSpec& spec, DType dtype,
                           size_t used, size_t bytes)
    {
        if (bytes > m_cursor.remaining())
            return fail(layer,
                        tr("the .bin ends inside the %1 (needs %2 bytes at offset %3, has %4)")
                            .arg(QString::fromStdString(spec.role))
                            .arg(bytes)
                            .arg(m_cursor.position())
                            .arg(m_cursor.remaining()));
        TensorRef tensor;
        tensor.dtype = dtype;
        tensor.shape = spec.shape;
        tensor.strides = TensorRef::contiguousStrides(spec.shape);
        tensor.storage = std::make_shared<StorageSlice>(m_bin, m_cursor.position(), used);
        m_cursor.skip(bytes);
        return tensor;
    }

    Result<TensorRef> readBlob(const NcnnLayer& layer, const NcnnWeightSpec& spec)
    {
        const size_t n = static_cast<size_t>(spec.count);
        if (!spec.tagged)
            return take(layer, spec, DType::F32, n * 4, n * 4);
        uint32_t tag = 0;
        if (!m_cursor.readLE(tag))
            return fail(layer, tr("the .bin ends before the storage tag of the %1")
                                   .arg(QString::fromStdString(spec.role)));
        switch (tag) {
        case kTagFloat16:
            return take(layer, spec, DType::F16, n * 2, alignTo4(n * 2));
        case kTagBFloat16:
            return take(layer, spec, DType::BF16, n * 2, alignTo4(n * 2));
        case kTagInt8:
            return take(layer, spec, DType::I8, n, alignTo4(n));
        case kTagFloat32Scaled:
        case 0:
            return take(layer, spec, DType::F32, n * 4, n * 4);
        default:
            return readLookupTable(layer, spec);
        }
    }

    // Any other tag: 256 fp32 values, then one uint8 index per weight.
    Result<TensorRef> readLookupTable(const NcnnLayer& layer, const NcnnWeightSpec& spec)
    {
        const size_t n = static_cast<size_t>(spec.count);
        float table[256];
        if (!m_cursor.readBytes(table, kLookupTableBytes) || alignTo4(n) > m_cursor.remaining())
            return fail(
                layer,
                tr("the .bin ends inside the quantised %1").arg(QString::fromStdString(spec.role)));
        std::vector<std::byte> decoded(n * sizeof(float));
        const std::byte* indices = m_cursor.current();
        for (size_t i = 0; i < n; ++i)
            std::memcpy(decoded.data() + i * sizeof(float),
                        &table[std::to_integer<uint8_t>(indices[i])], sizeof(float));
        m_cursor.skip(alignTo4(n));
        TensorRef tensor;
        tensor.dtype = DType::F32;
        tensor.shape = spec.shape;
        tensor.strides = TensorRef::contiguousStrides(spec.shape);
        tensor.storage = std::make_shared<HeapStorage>(std::move(decoded));
        return tensor;
    }

    std::shared_ptr<const Storage> m_bin;
    ByteCursor m_cursor;
    QString m_fileName;
};

} // namespace

Result<NcnnModel> NcnnModel::read(const std::byte* paramText, size_t paramSize,
                                  std::shared_ptr<const Storage> bin, const QString& paramName,
                                  const QString& binName)
{
    NcnnModel model;
    const std::string_view text(reinterpret_cast<const char*>(paramText), paramSize);
    if (text.find('\0') != std::string_view::npos)
        return weightsError(ErrorCode::CorruptData, paramName, NcnnParamParser::formatLabel(),
                            tr("the file is not text"));
    if (std::optional<Error> error = NcnnParamParser(model, paramName).parse(text))
        return *error;
    NcnnBinReader reader(std::move(bin), binName);
    for (NcnnLayer& layer : model.m_layers) {
        if (std::optional<Error> error = reader.readLayer(layer))
            return *error;
    }
    if (std::optional<Error> error = reader.checkFullyRead())
        return *error;
    return model;
}

int64_t NcnnModel::parameterCount() const
{
    int64_t total = 0;
    for (const NcnnLayer& layer : m_layers) {
        for (const auto& [role, tensor] : layer.weights)
            total += tensor.numel();
    }
    return total;
}

std::map<std::string, int> NcnnModel::layerTypeCounts() const
{
    std::map<std::string, int> counts;
    for (const NcnnLayer& layer : m_layers)
        ++counts[layer.type];
    return counts;
}

StateDict NcnnModel::toStateDict() const
{
    StateDict dict;
    dict.format = QStringLiteral("ncnn");
    for (const NcnnLayer& layer : m_layers) {
        for (const auto& [role, tensor] : layer.weights)
            dict.insert(layer.name + "." + role, tensor);
    }
    return dict;
}

} // namespace hires
