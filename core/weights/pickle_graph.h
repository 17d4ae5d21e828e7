// PickleGraph: the plain data a RestrictedUnpickler builds from a pickle.
//
// Contract: values live in one arena and refer to each other by index, so a
// hostile pickle can build cycles or deep nesting without recursion or leaks
// (nothing is reference-counted, nothing is freed recursively). There are no
// callables in it: a global is a name and a kind, an object built from an
// allow-listed class is an opaque placeholder that was never called. Storages
// and tensors are records of what the pickle declared; nothing in here has
// been checked against file data yet (StateDictAssembler does that).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/weights/state_dict.h"

namespace hires {

enum class PickleKind : uint8_t
{
    None,
    Bool,
    Int,
    BigInt, // an integer beyond int64: little-endian two's complement bytes in `text`
    Float,
    String,
    Bytes,
    Tuple,
    List, // also sets and frozensets
    Dict, // also OrderedDict
    Global,
    Storage, // `number` indexes PickleGraph::storages
    Tensor,  // `number` indexes PickleGraph::tensors
    Object,  // an opaque instance of an allow-listed class; `text` names the class
};

// What an allow-listed global is (forbidden globals never become values).
enum class PickleGlobal : uint8_t
{
    OrderedDict,
    RebuildTensorV2,
    RebuildTensor,
    RebuildParameter,
    RebuildParameterWithState,
    StorageType, // torch.FloatStorage, ...; `dtype` says which
    TorchDtype,  // torch.float32, ... (data only)
    Opaque,      // tolerated data class (numpy scalar, Lightning callback): never called
};

struct PickleValue
{
    PickleKind kind = PickleKind::None;
    PickleGlobal global = PickleGlobal::Opaque; // kind == Global
    DType dtype = DType::U8;                    // global == StorageType
    int64_t number = 0;                         // Bool, Int; Storage/Tensor index
    double real = 0.0;                          // Float
    std::string text;            // String, Bytes, BigInt; Global/Object: "module.name"
    std::vector<uint32_t> items; // Tuple, List; Dict: key, value, key, value, ...
};

struct PickledStorage
{
    std::string key; // zip: names data/<key>; legacy: the storage key
    DType dtype = DType::U8;
    uint64_t numel = 0; // elements declared by the pickle
    // Legacy format only: a view of another storage, in elements.
    bool isView = false;
    std::string rootKey;
    uint64_t viewOffset = 0;
};

struct PickledTensor
{
    uint32_t storage = 0; // index into PickleGraph::storages
    int64_t offset = 0;   // elements
    std::vector<int64_t> shape;
    std::vector<int64_t> strides;
};

class PickleGraph
{
public:
    std::vector<PickleValue> values;
    std::vector<PickledStorage> storages;
    std::vector<PickledTensor> tensors;

    const PickleValue& at(uint32_t id) const { return values[id]; }
    bool is(uint32_t id, PickleKind kind) const { return values[id].kind == kind; }
    // The value stored under a string key of a dict (the last one, as in Python).
    std::optional<uint32_t> dictValue(uint32_t dict, std::string_view key) const;
    // A short description of a value's type for messages ("a tuple", "an object of numpy.dtype").
    std::string describe(uint32_t id) const;
};

} // namespace hires
