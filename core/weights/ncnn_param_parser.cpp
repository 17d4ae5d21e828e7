#include "core/weights/ncnn_param_parser.h"

#include <charconv>
#include <cstdint>

#include <QCoreApplication>

#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::NcnnParamParser", text);
}

constexpr int kMaxParamId = 32;       // NCNN_MAX_PARAM_COUNT
constexpr int kArrayKeyBase = -23300; // key -23300-k: array for param id k
constexpr int64_t kMaxBlobsPerLayer = 4096;

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

} // namespace

NcnnParamParser::NcnnParamParser(NcnnModel& model, const QString& fileName)
    : m_model(model)
    , m_fileName(fileName)
{}

QString NcnnParamParser::formatLabel()
{
    return tr("ncnn .param");
}

std::optional<Error> NcnnParamParser::parse(std::string_view text)
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
            return fail(static_cast<int>(i + 1),
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

Error NcnnParamParser::fail(int line, const QString& what) const
{
    return weightsError(ErrorCode::CorruptData, m_fileName, formatLabel(),
                        tr("line %1: %2").arg(line).arg(what));
}

std::optional<Error> NcnnParamParser::parseLayer(const std::vector<std::string_view>& tokens,
                                                 int lineNumber)
{
    NcnnLayer layer;
    int64_t inputs = 0, outputs = 0;
    if (tokens.size() < 4 || !parseNumber(tokens[2], inputs) || !parseNumber(tokens[3], outputs) ||
        inputs < 0 || outputs < 0 || inputs > kMaxBlobsPerLayer || outputs > kMaxBlobsPerLayer)
        return fail(lineNumber,
                    tr("a layer line must read: type name inputs outputs blobs... params..."));
    layer.type = std::string(tokens[0]);
    layer.name = std::string(tokens[1]);
    if (static_cast<int64_t>(tokens.size()) < 4 + inputs + outputs)
        return fail(lineNumber,
                    tr("layer %1 names fewer blobs than it declares").arg(quotedName(layer.name)));
    if (!m_layerNames.insert(layer.name).second)
        return fail(lineNumber, tr("the layer name %1 is used twice").arg(quotedName(layer.name)));
    for (int64_t i = 0; i < inputs; ++i) {
        const std::string blob(tokens[static_cast<size_t>(4 + i)]);
        auto it = m_blobIndex.find(blob);
        if (it == m_blobIndex.end())
            return fail(lineNumber, tr("layer %1 reads blob %2, which no earlier layer produces")
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

std::optional<Error> NcnnParamParser::parseParam(std::string_view token, NcnnLayer& layer,
                                                 int lineNumber)
{
    const size_t equals = token.find('=');
    int key = 0;
    if (equals == std::string_view::npos || !parseNumber(token.substr(0, equals), key))
        return fail(lineNumber, tr("layer %1 has a param %2 that is not id=value")
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
            parts.push_back(
                text.substr(start, comma == std::string_view::npos ? text.npos : comma - start));
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
        return fail(
            lineNumber,
            tr("layer %1 has a malformed value for param %2").arg(quotedName(layer.name)).arg(id));
    if (!layer.params.emplace(id, std::move(param)).second)
        return fail(lineNumber,
                    tr("layer %1 sets param %2 twice").arg(quotedName(layer.name)).arg(id));
    return std::nullopt;
}

} // namespace hires
