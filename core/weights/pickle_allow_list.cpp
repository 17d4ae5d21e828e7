#include "core/weights/pickle_allow_list.h"

namespace hires {

namespace {

struct Known
{
    std::string_view module;
    std::string_view name;
    PickleGlobal kind;
    DType dtype;
};

constexpr Known kKnown[] = {
    {"collections", "OrderedDict", PickleGlobal::OrderedDict, DType::U8},
    {"typing", "OrderedDict", PickleGlobal::OrderedDict, DType::U8},
    {"torch._utils", "_rebuild_tensor_v2", PickleGlobal::RebuildTensorV2, DType::U8},
    {"torch._utils", "_rebuild_tensor", PickleGlobal::RebuildTensor, DType::U8},
    {"torch._utils", "_rebuild_parameter", PickleGlobal::RebuildParameter, DType::U8},
    {"torch._utils", "_rebuild_parameter_with_state", PickleGlobal::RebuildParameterWithState,
     DType::U8},
    {"torch", "FloatStorage", PickleGlobal::StorageType, DType::F32},
    {"torch", "HalfStorage", PickleGlobal::StorageType, DType::F16},
    {"torch", "BFloat16Storage", PickleGlobal::StorageType, DType::BF16},
    {"torch", "DoubleStorage", PickleGlobal::StorageType, DType::F64},
    {"torch", "LongStorage", PickleGlobal::StorageType, DType::I64},
    {"torch", "IntStorage", PickleGlobal::StorageType, DType::I32},
    {"torch", "ShortStorage", PickleGlobal::StorageType, DType::I16},
    {"torch", "CharStorage", PickleGlobal::StorageType, DType::I8},
    {"torch", "ByteStorage", PickleGlobal::StorageType, DType::U8},
    {"torch", "BoolStorage", PickleGlobal::StorageType, DType::Bool},
    // Data-only values that appear next to the weights; they become opaque
    // placeholders and are never called.
    {"torch", "float32", PickleGlobal::TorchDtype, DType::F32},
    {"torch", "float16", PickleGlobal::TorchDtype, DType::F16},
    {"torch", "bfloat16", PickleGlobal::TorchDtype, DType::BF16},
    {"torch", "float64", PickleGlobal::TorchDtype, DType::F64},
    {"torch", "int64", PickleGlobal::TorchDtype, DType::I64},
    {"torch", "int32", PickleGlobal::TorchDtype, DType::I32},
    {"torch", "uint8", PickleGlobal::TorchDtype, DType::U8},
    {"torch", "bool", PickleGlobal::TorchDtype, DType::Bool},
    {"torch", "Size", PickleGlobal::Opaque, DType::U8},
    {"torch._utils", "_rebuild_device_tensor_from_numpy", PickleGlobal::Opaque, DType::U8},
    {"torch.nn.modules.container", "ParameterDict", PickleGlobal::Opaque, DType::U8},
    {"numpy.core.multiarray", "scalar", PickleGlobal::Opaque, DType::U8},
    {"numpy.core.multiarray", "_reconstruct", PickleGlobal::Opaque, DType::U8},
    {"numpy._core.multiarray", "scalar", PickleGlobal::Opaque, DType::U8},
    {"numpy._core.multiarray", "_reconstruct", PickleGlobal::Opaque, DType::U8},
    {"numpy", "dtype", PickleGlobal::Opaque, DType::U8},
    {"numpy", "ndarray", PickleGlobal::Opaque, DType::U8},
    {"_codecs", "encode", PickleGlobal::Opaque, DType::U8},
    {"pytorch_lightning.callbacks", "model_checkpoint", PickleGlobal::Opaque, DType::U8},
    {"pytorch_lightning.callbacks.model_checkpoint", "ModelCheckpoint", PickleGlobal::Opaque,
     DType::U8},
    {"__builtin__", "set", PickleGlobal::Opaque, DType::U8},
    {"builtins", "set", PickleGlobal::Opaque, DType::U8},
};

} // namespace

std::optional<PickleAllowList::Entry> PickleAllowList::find(std::string_view module,
                                                            std::string_view name)
{
    for (const Known& known : kKnown) {
        if (known.module == module && known.name == name)
            return Entry{known.kind, known.dtype};
    }
    return std::nullopt;
}

} // namespace hires
