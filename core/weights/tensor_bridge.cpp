#include "core/weights/tensor_bridge_p.h"

#include <cstdint>
#include <stdexcept>

namespace hires {

namespace {

// Holds the storage alive for as long as a tensor aliases it.
struct StorageKeeper
{
    std::shared_ptr<const Storage> storage;
};

// Types libtorch 1.13 has no scalar type for (U16, U32, U64) are widened
// through float by the copy path.
bool hasNativeScalarType(DType dtype)
{
    return dtype != DType::U16 && dtype != DType::U32 && dtype != DType::U64;
}

} // namespace

at::ScalarType toScalarType(DType dtype)
{
    switch (dtype) {
    case DType::Bool:
        return at::kBool;
    case DType::U8:
        return at::kByte;
    case DType::I8:
        return at::kChar;
    case DType::I16:
        return at::kShort;
    case DType::I32:
        return at::kInt;
    case DType::I64:
        return at::kLong;
    case DType::F16:
        return at::kHalf;
    case DType::BF16:
        return at::kBFloat16;
    case DType::F32:
        return at::kFloat;
    case DType::F64:
        return at::kDouble;
    case DType::U16:
    case DType::U32:
    case DType::U64:
        break;
    }
    throw std::invalid_argument("no libtorch scalar type for " + dtypeName(dtype).toStdString());
}

at::Tensor toTensorView(const TensorRef& ref)
{
    if (!ref.fitsStorage())
        throw std::invalid_argument("tensor does not fit its storage");
    const size_t itemSize = dtypeSize(ref.dtype);
    if (reinterpret_cast<uintptr_t>(ref.storage->data()) % itemSize != 0) {
        // Kernels expect naturally aligned elements; a storage at an odd
        // address (possible in a hand-made safetensors file) is copied.
        TensorRef aligned = ref;
        aligned.storage = std::make_shared<HeapStorage>(ref.contiguousBytes());
        aligned.strides = TensorRef::contiguousStrides(ref.shape);
        aligned.offset = 0;
        return toTensorView(aligned);
    }
    auto* keeper = new StorageKeeper{ref.storage};
    // from_blob wants a non-const pointer; the tensor is never written through.
    void* base = const_cast<std::byte*>(ref.storage->data());
    const int64_t elements = static_cast<int64_t>(ref.storage->size() / itemSize);
    at::Tensor flat = at::from_blob(
        base, {elements}, [keeper](void*) { delete keeper; },
        at::TensorOptions().dtype(toScalarType(ref.dtype)));
    return flat.as_strided(ref.shape, ref.strides, ref.offset);
}

at::Tensor toTensorCopy(const TensorRef& ref, at::ScalarType dtype)
{
    if (!hasNativeScalarType(ref.dtype)) {
        std::vector<float> values = ref.toFloatVector();
        return at::tensor(values, at::kFloat).reshape(ref.shape).to(dtype);
    }
    return toTensorView(ref).to(dtype, /*non_blocking=*/false, /*copy=*/true).contiguous();
}

namespace {

class TensorStorage final : public Storage
{
public:
    explicit TensorStorage(at::Tensor tensor)
        : m_tensor(std::move(tensor))
    {}
    const std::byte* data() const override
    {
        return static_cast<const std::byte*>(m_tensor.data_ptr());
    }
    size_t size() const override { return m_tensor.nbytes(); }

private:
    at::Tensor m_tensor;
};

DType fromScalarType(at::ScalarType type)
{
    switch (type) {
    case at::kBool:
        return DType::Bool;
    case at::kByte:
        return DType::U8;
    case at::kChar:
        return DType::I8;
    case at::kShort:
        return DType::I16;
    case at::kInt:
        return DType::I32;
    case at::kLong:
        return DType::I64;
    case at::kHalf:
        return DType::F16;
    case at::kBFloat16:
        return DType::BF16;
    case at::kFloat:
        return DType::F32;
    case at::kDouble:
        return DType::F64;
    default:
        break;
    }
    throw std::invalid_argument("unsupported tensor dtype");
}

} // namespace

TensorRef fromTensor(const at::Tensor& tensor)
{
    at::Tensor owned = tensor.detach().to(at::kCPU).contiguous();
    TensorRef ref;
    ref.dtype = fromScalarType(owned.scalar_type());
    ref.shape = owned.sizes().vec();
    ref.strides = TensorRef::contiguousStrides(ref.shape);
    ref.offset = 0;
    ref.storage = std::make_shared<TensorStorage>(owned);
    return ref;
}

} // namespace hires
