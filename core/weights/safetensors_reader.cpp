#include "core/weights/safetensors_reader.h"

#include <algorithm>
#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

#include "core/weights/byte_cursor.h"
#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::SafetensorsReader", text);
}

const QString kFormat = QStringLiteral("safetensors");

std::optional<DType> dtypeFromName(const QString& name)
{
    static const std::pair<const char*, DType> kTable[] = {
        {"BOOL", DType::Bool}, {"U8", DType::U8},   {"I8", DType::I8},     {"I16", DType::I16},
        {"U16", DType::U16},   {"I32", DType::I32}, {"U32", DType::U32},   {"I64", DType::I64},
        {"U64", DType::U64},   {"F16", DType::F16}, {"BF16", DType::BF16}, {"F32", DType::F32},
        {"F64", DType::F64},
    };
    for (const auto& [text, dtype] : kTable) {
        if (name == QLatin1String(text))
            return dtype;
    }
    return std::nullopt;
}

// A JSON integer literal >= 0 (Qt keeps integer literals as qint64).
std::optional<int64_t> nonNegativeInteger(const QJsonValue& value)
{
    if (!value.isDouble() || value.toVariant().userType() != QMetaType::LongLong)
        return std::nullopt;
    const qint64 v = value.toInteger(-1);
    if (v < 0)
        return std::nullopt;
    return v;
}

struct Entry
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    uint64_t begin = 0;
    uint64_t end = 0;
};

class Parser
{
public:
    explicit Parser(const QString& fileName)
        : m_fileName(fileName)
    {}

    Error fail(const QString& what, ErrorCode code = ErrorCode::CorruptData) const
    {
        return weightsError(code, m_fileName, kFormat, what);
    }

    // Parses one "name": {...} entry into `entry`; an empty optional on success.
    std::optional<Error> parseEntry(const QString& key, const QJsonValue& value, Entry& entry) const
    {
        entry.name = key.toStdString();
        const QString name = quotedName(entry.name);
        if (!value.isObject())
            return fail(tr("entry %1 is not an object").arg(name));
        const QJsonObject info = value.toObject();
        const QJsonValue dtypeValue = info.value(QLatin1String("dtype"));
        if (!dtypeValue.isString())
            return fail(tr("tensor %1 has no dtype").arg(name));
        const std::optional<DType> dtype = dtypeFromName(dtypeValue.toString());
        if (!dtype)
            return fail(tr("tensor %1 has dtype %2, which Hires Studio does not read")
                            .arg(name, dtypeValue.toString().left(32)),
                        ErrorCode::UnsupportedFormat);
        entry.dtype = *dtype;
        const QJsonValue shapeValue = info.value(QLatin1String("shape"));
        if (!shapeValue.isArray())
            return fail(tr("tensor %1 has no shape").arg(name));
        for (const QJsonValue& dim : shapeValue.toArray()) {
            const std::optional<int64_t> d = nonNegativeInteger(dim);
            if (!d)
                return fail(
                    tr("tensor %1 has a shape entry that is not a non-negative integer").arg(name));
            entry.shape.push_back(*d);
        }
        const QJsonValue offsets = info.value(QLatin1String("data_offsets"));
        const QJsonArray range = offsets.toArray();
        if (!offsets.isArray() || range.size() != 2)
            return fail(tr("tensor %1 has no data_offsets [begin, end]").arg(name));
        const std::optional<int64_t> begin = nonNegativeInteger(range.at(0));
        const std::optional<int64_t> end = nonNegativeInteger(range.at(1));
        if (!begin || !end)
            return fail(
                tr("tensor %1 has data_offsets that are not non-negative integers").arg(name));
        if (*end < *begin)
            return fail(tr("tensor %1 has data_offsets [%2, %3] that end before they begin")
                            .arg(name)
                            .arg(*begin)
                            .arg(*end));
        entry.begin = static_cast<uint64_t>(*begin);
        entry.end = static_cast<uint64_t>(*end);
        return std::nullopt;
    }

    // Element count x dtype size == end - begin, without overflow.
    std::optional<Error> checkByteSize(const Entry& entry) const
    {
        uint64_t bytes = dtypeSize(entry.dtype);
        for (int64_t d : entry.shape) {
            const uint64_t dim = static_cast<uint64_t>(d);
            if (dim != 0 && bytes > std::numeric_limits<uint64_t>::max() / dim)
                return fail(tr("tensor %1 has a shape whose byte size overflows")
                                .arg(quotedName(entry.name)));
            bytes *= dim;
        }
        if (bytes > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            return fail(
                tr("tensor %1 has a shape whose byte size overflows").arg(quotedName(entry.name)));
        if (bytes != entry.end - entry.begin)
            return fail(
                tr("tensor %1 needs %2 bytes for its shape and dtype but data_offsets span %3")
                    .arg(quotedName(entry.name))
                    .arg(bytes)
                    .arg(entry.end - entry.begin));
        return std::nullopt;
    }

private:
    QString m_fileName;
};

} // namespace

bool SafetensorsReader::looksLike(const std::byte* data, size_t size)
{
    ByteCursor cursor(data, size);
    uint64_t headerSize = 0;
    if (!cursor.readLE(headerSize) || headerSize < 2 || headerSize > kMaxHeaderSize ||
        headerSize > cursor.remaining())
        return false;
    return static_cast<char>(*cursor.current()) == '{';
}

Result<StateDict> SafetensorsReader::read(std::shared_ptr<const Storage> file,
                                          const QString& fileName)
{
    const Parser parser(fileName);
    ByteCursor cursor(file->data(), file->size());
    uint64_t headerSize = 0;
    if (!cursor.readLE(headerSize))
        return parser.fail(tr("the file is shorter than the 8-byte header length"));
    if (headerSize > kMaxHeaderSize)
        return parser.fail(tr("the header declares %1 bytes, more than the limit of %2")
                               .arg(headerSize)
                               .arg(kMaxHeaderSize),
                           ErrorCode::TooLarge);
    if (headerSize > cursor.remaining())
        return parser.fail(tr("the header declares %1 bytes but only %2 follow")
                               .arg(headerSize)
                               .arg(cursor.remaining()));
    const char* headerText = reinterpret_cast<const char*>(cursor.current());
    if (headerSize == 0 || headerText[0] != '{')
        return parser.fail(tr("the header does not start with '{'"));

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(
        QByteArray::fromRawData(headerText, static_cast<qsizetype>(headerSize)), &jsonError);
    if (document.isNull() || !document.isObject())
        return parser.fail(tr("the header is not valid UTF-8 JSON: %1 at byte %2")
                               .arg(jsonError.errorString())
                               .arg(jsonError.offset));
    const QJsonObject header = document.object();

    StateDict dict;
    dict.format = kFormat;
    std::vector<Entry> entries;
    entries.reserve(static_cast<size_t>(header.size()));
    for (auto it = header.constBegin(); it != header.constEnd(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            if (!it.value().isObject())
                return parser.fail(tr("__metadata__ is not an object"));
            const QJsonObject metadata = it.value().toObject();
            for (auto m = metadata.constBegin(); m != metadata.constEnd(); ++m) {
                if (!m.value().isString())
                    return parser.fail(tr("__metadata__ value %1 is not a string")
                                           .arg(quotedName(m.key().toStdString())));
                dict.metadata[m.key()] = m.value().toString();
            }
            continue;
        }
        Entry entry;
        if (std::optional<Error> error = parser.parseEntry(it.key(), it.value(), entry))
            return *error;
        if (std::optional<Error> error = parser.checkByteSize(entry))
            return *error;
        entries.push_back(std::move(entry));
    }

    // Sorted by position, the entries must tile the buffer: each begins where
    // the previous ended, the first at 0, the last at the end of the file.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    const uint64_t dataStart = 8 + headerSize;
    const uint64_t bufferSize = file->size() - dataStart;
    uint64_t expected = 0;
    for (const Entry& entry : entries) {
        if (entry.begin != expected)
            return parser.fail(entry.begin < expected
                                   ? tr("tensor %1 at bytes [%2, %3] overlaps the tensor before it")
                                         .arg(quotedName(entry.name))
                                         .arg(entry.begin)
                                         .arg(entry.end)
                                   : tr("the bytes [%2, %3] before tensor %1 belong to no tensor")
                                         .arg(quotedName(entry.name))
                                         .arg(expected)
                                         .arg(entry.begin));
        expected = entry.end;
    }
    if (expected != bufferSize)
        return parser.fail(expected > bufferSize
                               ? tr("the tensors need %1 bytes of data but the file has %2")
                                     .arg(expected)
                                     .arg(bufferSize)
                               : tr("the file has %1 bytes of data after the last tensor")
                                     .arg(bufferSize - expected));

    for (const Entry& entry : entries) {
        TensorRef tensor;
        tensor.dtype = entry.dtype;
        tensor.shape = entry.shape;
        tensor.strides = TensorRef::contiguousStrides(entry.shape);
        tensor.storage =
            std::make_shared<StorageSlice>(file, static_cast<size_t>(dataStart + entry.begin),
                                           static_cast<size_t>(entry.end - entry.begin));
        const QString problem = tensor.validationError();
        if (!problem.isEmpty())
            return parser.fail(tr("tensor %1 %2").arg(quotedName(entry.name), problem));
        dict.insert(entry.name, std::move(tensor));
    }
    dict.stripUniformPrefix("module.");
    return dict;
}

} // namespace hires
