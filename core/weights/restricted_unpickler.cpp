#include "core/weights/restricted_unpickler.h"

#include <string>
#include <unordered_map>
#include <vector>

#include <QCoreApplication>

#include "core/weights/pickle_allow_list.h"
#include "core/weights/pickle_machine.h"
#include "core/weights/weights_error.h"

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::RestrictedUnpickler", text);
}

constexpr size_t kMaxTensorRank = 64;

} // namespace

// What the calling opcodes of a torch.save pickle may mean.
class TorchPickleCalls final : public PickleCallHandler
{
public:
    TorchPickleCalls(PickleGraph& graph, RestrictedUnpickler::PersistentIds ids,
                     const QString& fileName, const QString& format)
        : m_graph(graph)
        , m_ids(ids)
        , m_machine(graph, *this, m_budget, fileName, format)
    {}

    bool global(PickleMachine& m, const std::string& module, const std::string& name) override
    {
        const std::optional<PickleAllowList::Entry> entry = PickleAllowList::find(module, name);
        const std::string qualified = module + "." + name;
        if (!entry)
            return m.refuse(
                tr("the global %1 is forbidden (only tensor data is read from checkpoints)")
                    .arg(quotedName(qualified)));
        PickleValue value;
        value.kind = PickleKind::Global;
        value.global = entry->kind;
        value.dtype = entry->dtype;
        value.text = qualified;
        return m.push(std::move(value));
    }

    bool reduce(PickleMachine& m, uint32_t callableId, uint32_t argsId) override
    {
        const PickleValue& callable = m.value(callableId);
        if (callable.kind != PickleKind::Global)
            return m.refuse(tr("REDUCE calls %1, which is not an allow-listed global")
                                .arg(describe(callableId)));
        if (m.value(argsId).kind != PickleKind::Tuple)
            return m.refuse(tr("REDUCE arguments are not a tuple"));
        const std::vector<uint32_t> args = m.value(argsId).items;
        switch (callable.global) {
        case PickleGlobal::OrderedDict:
            return orderedDict(m, args);
        case PickleGlobal::RebuildTensorV2: // (storage, offset, size, stride, grad, hooks[, meta])
            return rebuildTensor(m, args, 6, 7);
        case PickleGlobal::RebuildTensor: // (storage, offset, size, stride)
            return rebuildTensor(m, args, 4, 4);
        case PickleGlobal::RebuildParameter:          // (tensor, requires_grad, hooks)
        case PickleGlobal::RebuildParameterWithState: // (..., state)
            if (args.size() != (callable.global == PickleGlobal::RebuildParameter ? 3u : 4u) ||
                m.value(args[0]).kind != PickleKind::Tensor)
                return m.refuse(tr("a parameter is rebuilt from something that is not a tensor"));
            return m.pushExisting(args[0]);
        case PickleGlobal::Opaque:
            return opaqueObject(m, callableId);
        case PickleGlobal::StorageType:
        case PickleGlobal::TorchDtype:
            break;
        }
        return m.refuse(
            tr("REDUCE calls %1, which is not callable here").arg(quotedName(callable.text)));
    }

    bool newObject(PickleMachine& m, uint32_t cls, uint32_t /*args*/) override
    {
        const PickleValue& type = m.value(cls);
        if (type.kind == PickleKind::Global && type.global == PickleGlobal::OrderedDict) {
            PickleValue dict;
            dict.kind = PickleKind::Dict;
            return m.push(std::move(dict));
        }
        if (type.kind == PickleKind::Global && type.global == PickleGlobal::Opaque)
            return opaqueObject(m, cls);
        return m.refuse(
            tr("NEWOBJ creates %1, which is not an allow-listed class").arg(describe(cls)));
    }

    // BUILD sets an object's state: ignored for dicts (OrderedDict._metadata),
    // tensors (Python attributes) and opaque placeholders; refused elsewhere.
    bool build(PickleMachine& m, uint32_t target, uint32_t /*state*/) override
    {
        const PickleKind kind = m.value(target).kind;
        if (kind == PickleKind::Dict || kind == PickleKind::Object || kind == PickleKind::Tensor)
            return true;
        return m.refuse(tr("BUILD on %1 is not allowed").arg(describe(target)));
    }

    bool persistentId(PickleMachine& m, uint32_t pidId) override;

private:
    QString describe(uint32_t id) const { return QString::fromStdString(m_graph.describe(id)); }

    bool opaqueObject(PickleMachine& m, uint32_t classId)
    {
        PickleValue value;
        value.kind = PickleKind::Object;
        value.text = m.value(classId).text;
        return m.push(std::move(value));
    }

    bool orderedDict(PickleMachine& m, const std::vector<uint32_t>& args)
    {
        // OrderedDict() or OrderedDict([(key, value), ...])
        PickleValue dict;
        dict.kind = PickleKind::Dict;
        if (args.empty())
            return m.push(std::move(dict));
        if (args.size() != 1 || m.value(args[0]).kind != PickleKind::List)
            return m.refuse(tr("OrderedDict is called with unexpected arguments"));
        for (uint32_t pair : m.value(args[0]).items) {
            const PickleValue& p = m.value(pair);
            if ((p.kind != PickleKind::Tuple && p.kind != PickleKind::List) || p.items.size() != 2)
                return m.refuse(tr("OrderedDict is called with an item that is not a pair"));
            dict.items.push_back(p.items[0]);
            dict.items.push_back(p.items[1]);
        }
        return m.push(std::move(dict));
    }

    bool integers(uint32_t tupleId, std::vector<int64_t>& out) const
    {
        const PickleValue& tuple = m_graph.at(tupleId);
        if ((tuple.kind != PickleKind::Tuple && tuple.kind != PickleKind::List) ||
            tuple.items.size() > kMaxTensorRank)
            return false;
        out.clear();
        for (uint32_t item : tuple.items) {
            if (!m_graph.is(item, PickleKind::Int))
                return false;
            out.push_back(m_graph.at(item).number);
        }
        return true;
    }

    // Records the geometry; StateDictAssembler checks it against the storage.
    bool rebuildTensor(PickleMachine& m, const std::vector<uint32_t>& args, size_t minArgs,
                       size_t maxArgs)
    {
        if (args.size() < minArgs || args.size() > maxArgs)
            return m.refuse(tr("a tensor is rebuilt with %1 arguments").arg(args.size()));
        if (m.value(args[0]).kind != PickleKind::Storage)
            return m.refuse(
                tr("a tensor is rebuilt from %1, not a storage").arg(describe(args[0])));
        if (m.value(args[1]).kind != PickleKind::Int)
            return m.refuse(tr("a tensor has a storage offset that is not an integer"));
        PickledTensor tensor;
        tensor.storage = static_cast<uint32_t>(m.value(args[0]).number);
        tensor.offset = m.value(args[1]).number;
        if (!integers(args[2], tensor.shape) || !integers(args[3], tensor.strides))
            return m.refuse(tr("a tensor's size or stride is not a tuple of at most %1 integers")
                                .arg(kMaxTensorRank));
        if (!m.charge(sizeof(PickledTensor) + 16 * tensor.shape.size()))
            return false;
        m_graph.tensors.push_back(std::move(tensor));
        PickleValue value;
        value.kind = PickleKind::Tensor;
        value.number = static_cast<int64_t>(m_graph.tensors.size() - 1);
        return m.push(std::move(value));
    }

    // The same key always names the same storage; a second declaration must agree.
    bool registerStorage(PickleMachine& m, const PickledStorage& storage, uint32_t& index)
    {
        auto it = m_storageIndex.find(storage.key);
        if (it != m_storageIndex.end()) {
            const PickledStorage& known = m_graph.storages[it->second];
            if (known.dtype != storage.dtype || known.numel != storage.numel ||
                known.isView != storage.isView || known.rootKey != storage.rootKey ||
                known.viewOffset != storage.viewOffset)
                return m.refuse(tr("storage %1 is declared twice with different types or sizes")
                                    .arg(quotedName(storage.key)));
            index = it->second;
            return true;
        }
        if (!m.charge(sizeof(PickledStorage) + 2 * storage.key.size() + storage.rootKey.size()))
            return false;
        index = static_cast<uint32_t>(m_graph.storages.size());
        m_graph.storages.push_back(storage);
        m_storageIndex.emplace(storage.key, index);
        return true;
    }

    bool pushStorage(PickleMachine& m, const PickledStorage& storage)
    {
        uint32_t index = 0;
        if (!registerStorage(m, storage, index))
            return false;
        PickleValue value;
        value.kind = PickleKind::Storage;
        value.number = index;
        return m.push(std::move(value));
    }

    PickleGraph& m_graph;
    RestrictedUnpickler::PersistentIds m_ids;
    std::unordered_map<std::string, uint32_t> m_storageIndex;
    PickleBudget m_budget;
    PickleMachine m_machine;

    friend class RestrictedUnpickler;
};

// ('storage', StorageType, key, location, numel) in the zip format; the
// legacy format adds a sixth field, None or a view (view_key, offset, size).
bool TorchPickleCalls::persistentId(PickleMachine& m, uint32_t pidId)
{
    if (m_ids == RestrictedUnpickler::PersistentIds::Forbidden)
        return m.refuse(tr("a persistent id where none is allowed"));
    const bool legacy = m_ids == RestrictedUnpickler::PersistentIds::LegacyStorage;
    const PickleValue& pid = m.value(pidId);
    if (pid.kind != PickleKind::Tuple || pid.items.size() != (legacy ? 6u : 5u))
        return m.refuse(tr("a persistent id that is not a torch storage record"));
    const std::vector<uint32_t> f = pid.items;
    const PickleValue& kind = m.value(f[0]);
    if (kind.kind != PickleKind::String || kind.text != "storage")
        return m.refuse(
            tr("a persistent id that is not a torch storage record (it starts with %1)")
                .arg(kind.kind == PickleKind::String ? quotedName(kind.text) : describe(f[0])));
    const PickleValue& type = m.value(f[1]);
    if (type.kind != PickleKind::Global || type.global != PickleGlobal::StorageType)
        return m.refuse(
            tr("a storage record whose type is %1, not a torch storage class").arg(describe(f[1])));
    if (!m_graph.is(f[2], PickleKind::String) || !m_graph.is(f[3], PickleKind::String) ||
        !m_graph.is(f[4], PickleKind::Int) || m.value(f[4]).number < 0)
        return m.refuse(tr("a storage record with a malformed key, location or size"));
    PickledStorage storage;
    storage.key = m.value(f[2]).text;
    storage.dtype = type.dtype;
    storage.numel = static_cast<uint64_t>(m.value(f[4]).number);
    if (!legacy || m_graph.is(f[5], PickleKind::None))
        return pushStorage(m, storage);
    const PickleValue& view = m.value(f[5]);
    if (view.kind != PickleKind::Tuple || view.items.size() != 3 ||
        !m_graph.is(view.items[0], PickleKind::String) ||
        !m_graph.is(view.items[1], PickleKind::Int) ||
        !m_graph.is(view.items[2], PickleKind::Int) || m.value(view.items[1]).number < 0 ||
        m.value(view.items[2]).number < 0)
        return m.refuse(tr("a storage view record that is malformed"));
    PickledStorage viewStorage;
    viewStorage.key = m.value(view.items[0]).text;
    viewStorage.dtype = storage.dtype;
    viewStorage.isView = true;
    viewStorage.rootKey = storage.key;
    viewStorage.viewOffset = static_cast<uint64_t>(m.value(view.items[1]).number);
    viewStorage.numel = static_cast<uint64_t>(m.value(view.items[2]).number);
    uint32_t rootIndex = 0;
    return registerStorage(m, storage, rootIndex) && pushStorage(m, viewStorage);
}

RestrictedUnpickler::RestrictedUnpickler(PickleGraph& graph, PersistentIds ids,
                                         const QString& fileName, const QString& format)
    : m_calls(std::make_unique<TorchPickleCalls>(graph, ids, fileName, format))
{}

RestrictedUnpickler::~RestrictedUnpickler() = default;

void RestrictedUnpickler::setMemoryBudget(uint64_t bytes)
{
    m_calls->m_budget.limit = bytes;
}

Result<uint32_t> RestrictedUnpickler::run(const std::byte* data, size_t size, size_t* consumed)
{
    return m_calls->m_machine.run(data, size, consumed);
}

} // namespace hires
