#include "core/weights/pickle_graph.h"

namespace hires {

std::optional<uint32_t> PickleGraph::dictValue(uint32_t dict, std::string_view key) const
{
    const PickleValue& d = values[dict];
    if (d.kind != PickleKind::Dict)
        return std::nullopt;
    for (size_t i = d.items.size(); i >= 2; i -= 2) {
        const PickleValue& k = values[d.items[i - 2]];
        if (k.kind == PickleKind::String && k.text == key)
            return d.items[i - 1];
    }
    return std::nullopt;
}

std::string PickleGraph::describe(uint32_t id) const
{
    const PickleValue& v = values[id];
    switch (v.kind) {
    case PickleKind::None:
        return "None";
    case PickleKind::Bool:
        return "a bool";
    case PickleKind::Int:
    case PickleKind::BigInt:
        return "an int";
    case PickleKind::Float:
        return "a float";
    case PickleKind::String:
        return "a string";
    case PickleKind::Bytes:
        return "bytes";
    case PickleKind::Tuple:
        return "a tuple";
    case PickleKind::List:
        return "a list";
    case PickleKind::Dict:
        return "a dict";
    case PickleKind::Global:
        return "the global " + v.text;
    case PickleKind::Storage:
        return "a storage";
    case PickleKind::Tensor:
        return "a tensor";
    case PickleKind::Object:
        return "an object of " + v.text;
    }
    return "?";
}

} // namespace hires
