#include "core/weights/state_dict_assembler.h"

#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include <QCoreApplication>

#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::StateDictAssembler", text);
}

constexpr std::array<const char*, 4> kWrapperKeys = {"params_ema", "params", "state_dict", "model"};
constexpr int kMaxWrapperDepth = 3;

bool hasTensorValue(const PickleGraph& graph, uint32_t dict)
{
    const std::vector<uint32_t>& items = graph.at(dict).items;
    for (size_t i = 1; i < items.size(); i += 2) {
        if (graph.is(items[i], PickleKind::Tensor))
            return true;
    }
    return false;
}

// The dict that holds the tensors, and the wrapper path that led to it.
std::optional<uint32_t> findTensorDict(const PickleGraph& graph, uint32_t dict, int depth,
                                       QString& path)
{
    if (depth < kMaxWrapperDepth) {
        for (const char* key : kWrapperKeys) {
            const std::optional<uint32_t> inner = graph.dictValue(dict, key);
            if (!inner || !graph.is(*inner, PickleKind::Dict))
                continue;
            QString innerPath;
            if (std::optional<uint32_t> found =
                    findTensorDict(graph, *inner, depth + 1, innerPath)) {
                path = QString::fromLatin1(key) +
                       (innerPath.isEmpty() ? QString() : QLatin1Char('/') + innerPath);
                return found;
            }
        }
    }
    if (hasTensorValue(graph, dict))
        return dict;
    return std::nullopt;
}

class Assembler
{
public:
    Assembler(const PickleGraph& graph, const StateDictAssembler::StorageResolver& resolve,
              const QString& fileName, const QString& format)
        : m_graph(graph)
        , m_resolve(resolve)
        , m_fileName(fileName)
        , m_format(format)
    {}

    Error fail(const QString& what, ErrorCode code = ErrorCode::CorruptData) const
    {
        return weightsError(code, m_fileName, m_format, what);
    }

    Result<StateDict> run(uint32_t root)
    {
        if (!m_graph.is(root, PickleKind::Dict)) {
            const QString what = m_graph.is(root, PickleKind::Object)
                                     ? tr("the file holds a pickled object (%1), not a state dict")
                                           .arg(QString::fromStdString(m_graph.at(root).text))
                                     : tr("the file holds %1, not a state dict")
                                           .arg(QString::fromStdString(m_graph.describe(root)));
            return fail(what, ErrorCode::UnsupportedFormat);
        }
        StateDict dict;
        const std::optional<uint32_t> tensors = findTensorDict(m_graph, root, 0, dict.wrapperKey);
        if (!tensors)
            return fail(tr("the file holds no tensors"), ErrorCode::UnsupportedFormat);
        const std::vector<uint32_t>& items = m_graph.at(*tensors).items;
        for (size_t i = 0; i + 1 < items.size(); i += 2) {
            const PickleValue& key = m_graph.at(items[i]);
            const PickleValue& value = m_graph.at(items[i + 1]);
            if (key.kind != PickleKind::String || value.kind != PickleKind::Tensor) {
                ++dict.skippedEntries;
                continue;
            }
            Result<TensorRef> tensor =
                makeTensor(key.text, m_graph.tensors[static_cast<size_t>(value.number)]);
            if (!tensor)
                return tensor.error();
            dict.insert(key.text, std::move(tensor.value()));
        }
        dict.stripUniformPrefix("module.");
        return dict;
    }

private:
    Result<TensorRef> makeTensor(const std::string& name, const PickledTensor& pickled)
    {
        const PickledStorage& storage = m_graph.storages[pickled.storage];
        auto cached = m_storages.find(pickled.storage);
        if (cached == m_storages.end()) {
            Result<std::shared_ptr<const Storage>> bytes = m_resolve(storage);
            if (!bytes)
                return bytes.error();
            cached = m_storages.emplace(pickled.storage, std::move(bytes.value())).first;
        }
        TensorRef tensor;
        tensor.dtype = storage.dtype;
        tensor.shape = pickled.shape;
        tensor.strides = pickled.strides;
        tensor.offset = pickled.offset;
        tensor.storage = cached->second;
        const QString problem = tensor.validationError();
        if (!problem.isEmpty())
            return fail(tr("tensor %1 %2").arg(quotedName(name), problem));
        return tensor;
    }

    const PickleGraph& m_graph;
    const StateDictAssembler::StorageResolver& m_resolve;
    QString m_fileName;
    QString m_format;
    std::unordered_map<uint32_t, std::shared_ptr<const Storage>> m_storages;
};

} // namespace

Result<StateDict> StateDictAssembler::assemble(const PickleGraph& graph, uint32_t root,
                                               const StorageResolver& resolve,
                                               const QString& fileName, const QString& format)
{
    return Assembler(graph, resolve, fileName, format).run(root);
}

} // namespace hires
