#include "core/weights/ncnn_model.h"

#include <charconv>
#include <cstring>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <QCoreApplication>

#include "core/weights/byte_cursor.h"
#include "core/weights/ncnn_layer_catalog.h"
#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnModel", text);
}

QString paramLabel()
{
    return tr("ncnn .param");
}

QString binLabel()
{
    return tr("ncnn .bin");
}

constexpr int kMaxParamId = 32;       // NCNN_MAX_PARAM_COUNT
constexpr int kArrayKeyBase = -23300; // key -23300-k: array for param id k
constexpr int64_t kMaxBlobsPerLayer = 4096;
constexpr uint32_t kTagFloat16 = 0x01306B47;
constexpr uint32_t kTagInt8 = 0x000D4B38;
constexpr uint32_t kTagFloat32Scaled = 0x0002C056;
constexpr uint32_t kTagBFloat16 = 0x01348B83;
constexpr size_t kLookupTableBytes = 256 * sizeof(float);

std::vector<std::string_view> splitWhitespace(std::string_view line)
{
    std::vector<std::string_view> tokens;
    size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            tokens.push_back(line.substr(start, i - start));
    }
    return tokens;
}

template <typename T> bool parseNumber(std::string_view text, T& out)
{
    const char* end = text.data() + text.size();
    const std::from_chars_result result = std::from_chars(text.data(), end, out);
    return result.ec == std::errc() && result.ptr == end;
}

// ncnn's rule: a value with '.', 'e' or 'E' is a float, otherwise an int.
bool parseValue(std::string_view text, NcnnValue& value)
{
    value.isFloat = text.find_first_of(".eE") != std::string_view::npos;
    if (!value.isFloat)
        return parseNumber(text, value.i);
    // from_chars does not take a leading '+', which printf-style writers may emit.
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    return parseNumber(text, value.f);
}

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
class NcnnParamParser
{
public:
    NcnnParamParser(NcnnModel& model, const QString& fileName)
        : m_model(model)
        , m_fileName(fileName)
    {}

    std::optional<Error> parse(std::string_view text)
    {
        std::vector<std::string_view> lines;
        size_t start = 0;
        while (start <= text.size()) {
            size_t end = text.find('\n', start);
            if (end == std::string_view::npos)
                end = text.size();
            std::string_view line = text.substr(start, end - start);
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            lines.push_back(line);
            start = end + 1;
        }
        const std::vector<std::string_view> magic = splitWhitespace(lines.front());
        int32_t magicValue = 0;
        if (magic.size() != 1 || !parseNumber(magic.front(), magicValue) ||
            magicValue != NcnnModel::kMagic)
            return fail(1, tr("the file does not start with the magic number 7767517 (not an ncnn "
                              ".param file, "
                              "or one too old to read)"));
        const std::vector<std::string_view> counts =
            lines.size() > 1 ? splitWhitespace(lines[1]) : std::vector<std::string_view>{};
        int64_t layerCount = 0, blobCount = 0;
        if (counts.size() != 2 || !parseNumber(counts[0], layerCount) ||
            !parseNumber(counts[1], blobCount) || layerCount < 0 || blobCount < 0)
            return fail(2, tr("the second line must hold the layer count and the blob count"));
        for (size_t i = 2; i < lines.size(); ++i) {
            const std::vector<std::string_view> tokens = splitWhitespace(lines[i]);
            if (tokens.empty())
                continue;
            if (static_cast<int64_t>(m_model.m_layers.size()) == layerCount)
                return fail(
                    static_cast<int>(i + 1),
                    tr("more layers follow than the %1 the header declares").arg(layerCount));
            if (std::optional<Error> error = parseLayer(tokens, static_cast<int>(i + 1)))
                return error;
        }
        if (static_cast<int64_t>(m_model.m_layers.size()) != layerCount)
            return fail(2, tr("the header declares %1 layers but the file has %2")
                               .arg(layerCount)
                               .arg(m_model.m_layers.size()));
        if (static_cast<int64_t>(m_model.m_blobs.size()) != blobCount)
            return fail(2, tr("the header declares %1 blobs but the layers produce %2")
                               .arg(blobCount)
                               .arg(m_model.m_blobs.size()));
        return std::nullopt;
    }

private:
    Error fail(int line, const QString& what) const
    {
        return weightsError(ErrorCode::CorruptData, m_fileName, paramLabel(),
                            tr("line %1: %2").arg(line).arg(what));
    }

    std::optional<Error> parseLayer(const std::vector<std::string_view>& tokens, int lineNumber)
    {
        NcnnLayer layer;
        int64_t inputs = 0, outputs = 0;
        if (tokens.size() < 4 || !parseNumber(tokens[2], inputs) ||
            !parseNumber(tokens[3], outputs) || inputs < 0 || outputs < 0 ||
            inputs > kMaxBlobsPerLayer || outputs > kMaxBlobsPerLayer)
            return fail(lineNumber,
                        tr("a layer line must read: type name inputs outputs blobs... params..."));
        layer.type = std::string(tokens[0]);
        layer.name = std::string(tokens[1]);
        if (static_cast<int64_t>(tokens.size()) < 4 + inputs + outputs)
            return fail(
                lineNumber,
                tr("layer %1 names fewer blobs than it declares").arg(quotedName(layer.name)));
        if (!m_layerNames.insert(layer.name).second)
            return fail(lineNumber,
                        tr("the layer name %1 is used twice").arg(quotedName(layer.name)));
        for (int64_t i = 0; i < inputs; ++i) {
            const std::string blob(tokens[static_cast<size_t>(4 + i)]);
            auto it = m_blobIndex.find(blob);
            if (it == m_blobIndex.end())
                return fail(lineNumber,
                            tr("layer %1 reads blob %2, which no earlier layer produces")
                                .arg(quotedName(layer.name), quotedName(blob)));
            layer.inputs.push_back(it->second);
        }
        for (int64_t i = 0; i < outputs; ++i) {
            const std::string blob(tokens[static_cast<size_t>(4 + inputs + i)]);
            const int index = static_cast<int>(m_model.m_blobs.size());
            if (!m_blobIndex.emplace(blob, index).second)
                return fail(lineNumber, tr("blob %1 is produced twice").arg(quotedName(blob)));
            m_model.m_blobs.push_back(blob);
            layer.outputs.push_back(index);
        }
        for (size_t i = static_cast<size_t>(4 + inputs + outputs); i < tokens.size(); ++i) {
            if (std::optional<Error> error = parseParam(tokens[i], layer, lineNumber))
                return error;
        }
        m_model.m_layers.push_back(std::move(layer));
        return std::nullopt;
    }

    std::optional<Error> parseParam(std::string_view token, NcnnLayer& layer, int lineNumber)
    {
        const size_t equals = token.find('=');
        int key = 0;
        if (equals == std::string_view::npos || !parseNumber(token.substr(0, equals), key))
            return fail(lineNumber,
                        tr("layer %1 has a param %2 that is not id=value")
                            .arg(quotedName(layer.name), quotedName(std::string(token))));
        const std::string_view text = token.substr(equals + 1);
        NcnnParam param;
        param.isArray = key <= kArrayKeyBase;
        const int id = param.isArray ? kArrayKeyBase - key : key;
        if (id < 0 || id >= kMaxParamId)
            return fail(lineNumber, tr("layer %1 has param key %2; ncnn allows ids 0 to 31")
                                        .arg(quotedName(layer.name))
                                        .arg(key));
        bool ok = true;
        if (!param.isArray) {
            NcnnValue value;
            ok = parseValue(text, value);
            param.values.push_back(value);
        } else {
            // "len,v1,v2,..." with exactly len values.
            std::vector<std::string_view> parts;
            size_t start = 0;
            for (;;) {
                const size_t comma = text.find(',', start);
                parts.push_back(text.substr(
                    start, comma == std::string_view::npos ? text.npos : comma - start));
                if (comma == std::string_view::npos)
                    break;
                start = comma + 1;
            }
            int32_t length = -1;
            ok = parseNumber(parts.front(), length) && length >= 0 &&
                 static_cast<size_t>(length) + 1 == parts.size();
            for (size_t i = 1; ok && i < parts.size(); ++i) {
                NcnnValue value;
                ok = parseValue(parts[i], value);
                param.values.push_back(value);
            }
        }
        if (!ok)
            return fail(lineNumber, tr("layer %1 has a malformed value for param %2")
                                        .arg(quotedName(layer.name))
                                        .arg(id));
        if (!layer.params.emplace(id, std::move(param)).second)
            return fail(lineNumber,
                        tr("layer %1 sets param %2 twice").arg(quotedName(layer.name)).arg(id));
        return std::nullopt;
    }

    NcnnModel& m_model;
    QString m_fileName;
    std::unordered_map<std::string, int> m_blobIndex;
    std::unordered_set<std::string> m_layerNames;
};

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
        return weightsError(ErrorCode::CorruptData, paramName, paramLabel(),
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
