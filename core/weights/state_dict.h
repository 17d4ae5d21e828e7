// StateDict: the weights of one model file, as read by core/weights readers.
//
// Contract: readers never execute anything from a file and never hand out a
// tensor whose bytes lie outside its storage: every TensorRef in a StateDict
// has been checked (dtype size x strides x shape + offset within the storage).
// Storages are shared and immutable; a StateDict may outlive the reader and is
// safe to read from any thread. Torch-free on purpose: converting to
// at::Tensor lives in the private header weights/tensor_bridge_p.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <QString>

namespace hires {

enum class DType
{
    Bool,
    U8,
    I8,
    I16,
    U16,
    I32,
    U32,
    I64,
    U64,
    F16,
    BF16,
    F32,
    F64,
};

size_t dtypeSize(DType dtype);
// Upstream spelling (safetensors style): "F32", "F16", "BF16", "I64", ...
QString dtypeName(DType dtype);
bool isFloatingPoint(DType dtype);

// Immutable bytes: a window of a memory-mapped file or an owned heap buffer.
class Storage
{
public:
    virtual ~Storage() = default;
    virtual const std::byte* data() const = 0;
    virtual size_t size() const = 0;
};

// A heap buffer; also what tests use to build a StateDict by hand.
class HeapStorage final : public Storage
{
public:
    explicit HeapStorage(std::vector<std::byte> bytes)
        : m_bytes(std::move(bytes))
    {}
    const std::byte* data() const override { return m_bytes.data(); }
    size_t size() const override { return m_bytes.size(); }

private:
    std::vector<std::byte> m_bytes;
};

// A byte window [offset, offset + size) of another storage, which it keeps
// alive: how tensors point into a memory-mapped file without copying it.
class StorageSlice final : public Storage
{
public:
    // Precondition: offset + size <= parent->size() (readers check it first).
    StorageSlice(std::shared_ptr<const Storage> parent, size_t offset, size_t size)
        : m_parent(std::move(parent))
        , m_offset(offset)
        , m_size(size)
    {}
    const std::byte* data() const override { return m_parent->data() + m_offset; }
    size_t size() const override { return m_size; }

private:
    std::shared_ptr<const Storage> m_parent;
    size_t m_offset;
    size_t m_size;
};

// A view of a tensor inside a storage, in elements (not bytes), like torch.
struct TensorRef
{
    DType dtype = DType::F32;
    std::vector<int64_t> shape;
    std::vector<int64_t> strides; // elements; same length as shape
    int64_t offset = 0;           // elements from the start of the storage
    std::shared_ptr<const Storage> storage;

    int64_t numel() const; // precondition: checkedNumel() has a value
    // Element count, or nothing when a dimension is negative or the product overflows.
    std::optional<int64_t> checkedNumel() const;
    bool isContiguous() const;
    // Row-major strides for a shape.
    static std::vector<int64_t> contiguousStrides(const std::vector<int64_t>& shape);
    // Checks that every addressed element lies inside the storage, without
    // overflow. Readers call this before handing the tensor out.
    bool fitsStorage() const;
    // Empty when the tensor is safe to hand out, else why not (for an error
    // message): shape/stride mismatch, overflowing shape, negative stride,
    // bytes outside the storage, or more elements than the storage holds
    // (which would let a tiny file expand into a huge copy).
    QString validationError() const;
    // The addressed elements' bytes in row-major order (a copy); empty when
    // !fitsStorage(). Bit-exact: no conversion.
    std::vector<std::byte> contiguousBytes() const;
    // Copy of the addressed elements, converted to float (F16, BF16, F32, F64 and
    // integer types), in row-major order. Torch-free reference reader for tests
    // and for small tensors (PReLU slopes, biases).
    std::vector<float> toFloatVector() const;
};

class StateDict
{
public:
    // Inserting an existing name replaces its tensor in place (order kept).
    void insert(const std::string& name, TensorRef tensor);
    bool contains(const std::string& name) const;
    const TensorRef* find(const std::string& name) const;
    const TensorRef& at(const std::string& name) const; // precondition: contains(name)
    bool remove(const std::string& name);

    size_t size() const { return m_order.size(); }
    bool empty() const { return m_order.empty(); }
    // Names in file order.
    const std::vector<std::string>& names() const { return m_order; }
    int64_t parameterCount() const; // sum of numel over all tensors

    // Returns a new dict of the entries under "prefix" with the prefix removed.
    StateDict withPrefixStripped(const std::string& prefix) const;
    // When every name starts with `prefix` (and there is at least one), removes
    // it from all names in place, records it in strippedPrefix and returns true.
    bool stripUniformPrefix(const std::string& prefix);

    // Where the tensors came from, for `inspect` and provenance.
    QString format;         // "safetensors", "pytorch-zip", "pytorch-legacy", "ncnn"
    QString wrapperKey;     // the key unwrapped ("params_ema", "state_dict", ...), or empty
    QString strippedPrefix; // "module." when a DataParallel prefix was removed, or empty
    int skippedEntries = 0; // non-tensor entries next to the tensors (epoch, step, ...)
    std::map<QString, QString> metadata; // file-level string metadata (safetensors __metadata__)

private:
    std::vector<std::string> m_order;
    std::unordered_map<std::string, TensorRef> m_tensors;
};

} // namespace hires
