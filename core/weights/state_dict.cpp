#include "core/weights/state_dict.h"

#include <cstring>
#include <limits>

#include <QCoreApplication>

namespace hires {

size_t dtypeSize(DType dtype)
{
    switch (dtype) {
    case DType::Bool:
    case DType::U8:
    case DType::I8:
        return 1;
    case DType::I16:
    case DType::U16:
    case DType::F16:
    case DType::BF16:
        return 2;
    case DType::I32:
    case DType::U32:
    case DType::F32:
        return 4;
    case DType::I64:
    case DType::U64:
    case DType::F64:
        return 8;
    }
    return 1;
}

QString dtypeName(DType dtype)
{
    switch (dtype) {
    case DType::Bool:
        return QStringLiteral("BOOL");
    case DType::U8:
        return QStringLiteral("U8");
    case DType::I8:
        return QStringLiteral("I8");
    case DType::I16:
        return QStringLiteral("I16");
    case DType::U16:
        return QStringLiteral("U16");
    case DType::I32:
        return QStringLiteral("I32");
    case DType::U32:
        return QStringLiteral("U32");
    case DType::I64:
        return QStringLiteral("I64");
    case DType::U64:
        return QStringLiteral("U64");
    case DType::F16:
        return QStringLiteral("F16");
    case DType::BF16:
        return QStringLiteral("BF16");
    case DType::F32:
        return QStringLiteral("F32");
    case DType::F64:
        return QStringLiteral("F64");
    }
    return QStringLiteral("?");
}

bool isFloatingPoint(DType dtype)
{
    return dtype == DType::F16 || dtype == DType::BF16 || dtype == DType::F32 ||
           dtype == DType::F64;
}

int64_t TensorRef::numel() const
{
    return checkedNumel().value_or(0);
}

std::optional<int64_t> TensorRef::checkedNumel() const
{
    int64_t n = 1;
    for (int64_t d : shape) {
        if (d < 0)
            return std::nullopt;
        if (d != 0 && n > std::numeric_limits<int64_t>::max() / d)
            return std::nullopt;
        n *= d;
    }
    return n;
}

std::vector<int64_t> TensorRef::contiguousStrides(const std::vector<int64_t>& shape)
{
    std::vector<int64_t> strides(shape.size());
    int64_t s = 1;
    for (size_t i = shape.size(); i-- > 0;) {
        strides[i] = s;
        s *= shape[i];
    }
    return strides;
}

bool TensorRef::isContiguous() const
{
    int64_t expected = 1;
    for (size_t i = shape.size(); i-- > 0;) {
        if (shape[i] != 1 && strides[i] != expected)
            return false;
        expected *= shape[i];
    }
    return true;
}

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::TensorRef", text);
}

// Calls visit(elementIndex) for every addressed element in row-major order.
// Precondition: tensor.fitsStorage().
template <typename Visit> void forEachElement(const TensorRef& tensor, Visit visit)
{
    const int64_t n = tensor.numel();
    const size_t rank = tensor.shape.size();
    std::vector<int64_t> index(rank, 0);
    for (int64_t k = 0; k < n; ++k) {
        int64_t element = tensor.offset;
        for (size_t d = 0; d < rank; ++d)
            element += index[d] * tensor.strides[d];
        visit(element);
        for (size_t d = rank; d-- > 0;) {
            if (++index[d] < tensor.shape[d])
                break;
            index[d] = 0;
        }
    }
}

} // namespace

bool TensorRef::fitsStorage() const
{
    if (!storage || strides.size() != shape.size() || offset < 0)
        return false;
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] < 0 || strides[i] < 0)
            return false;
    }
    for (int64_t d : shape) {
        if (d == 0)
            return true; // an empty tensor addresses nothing
    }
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    // Highest element index addressed = offset + sum((shape-1)*stride).
    int64_t last = offset;
    for (size_t i = 0; i < shape.size(); ++i) {
        const int64_t extent = shape[i] - 1;
        if (extent > 0 && strides[i] > (kMax - last) / extent)
            return false;
        last += extent * strides[i];
    }
    const int64_t itemSize = static_cast<int64_t>(dtypeSize(dtype));
    if (last >= kMax / itemSize)
        return false;
    return static_cast<uint64_t>((last + 1) * itemSize) <= storage->size();
}

QString TensorRef::validationError() const
{
    if (!storage)
        return tr("has no storage");
    if (strides.size() != shape.size())
        return tr("has %1 dimensions but %2 strides").arg(shape.size()).arg(strides.size());
    for (size_t i = 0; i < shape.size(); ++i) {
        if (shape[i] < 0)
            return tr("has a negative dimension (%1)").arg(shape[i]);
        if (strides[i] < 0)
            return tr("has a negative stride (%1)").arg(strides[i]);
    }
    if (offset < 0)
        return tr("has a negative storage offset (%1)").arg(offset);
    const std::optional<int64_t> n = checkedNumel();
    if (!n)
        return tr("has a shape whose element count overflows");
    const uint64_t itemSize = dtypeSize(dtype);
    if (static_cast<uint64_t>(*n) > storage->size() / itemSize)
        return tr("declares %1 elements but its storage holds only %2")
            .arg(*n)
            .arg(storage->size() / itemSize);
    if (!fitsStorage())
        return tr("addresses bytes outside its storage of %1 bytes (offset %2)")
            .arg(storage->size())
            .arg(offset);
    return {};
}

std::vector<std::byte> TensorRef::contiguousBytes() const
{
    std::vector<std::byte> out;
    if (!fitsStorage())
        return out;
    const size_t item = dtypeSize(dtype);
    out.resize(static_cast<size_t>(numel()) * item);
    std::byte* target = out.data();
    forEachElement(*this, [&](int64_t element) {
        std::memcpy(target, storage->data() + static_cast<size_t>(element) * item, item);
        target += item;
    });
    return out;
}

namespace {

float halfToFloat(uint16_t h)
{
    const uint32_t sign = (h & 0x8000u) << 16;
    uint32_t exponent = (h >> 10) & 0x1f;
    uint32_t mantissa = h & 0x3ffu;
    uint32_t bits;
    if (exponent == 0) {
        if (mantissa == 0) {
            bits = sign;
        } else { // subnormal: normalise
            exponent = 127 - 15 + 1;
            while ((mantissa & 0x400u) == 0) {
                mantissa <<= 1;
                --exponent;
            }
            mantissa &= 0x3ffu;
            bits = sign | (exponent << 23) | (mantissa << 13);
        }
    } else if (exponent == 0x1f) {
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else {
        bits = sign | ((exponent + 127 - 15) << 23) | (mantissa << 13);
    }
    float f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

template <typename T> T loadUnaligned(const std::byte* p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

float elementAsFloat(DType dtype, const std::byte* p)
{
    switch (dtype) {
    case DType::Bool:
    case DType::U8:
        return static_cast<float>(loadUnaligned<uint8_t>(p));
    case DType::I8:
        return static_cast<float>(loadUnaligned<int8_t>(p));
    case DType::I16:
        return static_cast<float>(loadUnaligned<int16_t>(p));
    case DType::U16:
        return static_cast<float>(loadUnaligned<uint16_t>(p));
    case DType::I32:
        return static_cast<float>(loadUnaligned<int32_t>(p));
    case DType::U32:
        return static_cast<float>(loadUnaligned<uint32_t>(p));
    case DType::I64:
        return static_cast<float>(loadUnaligned<int64_t>(p));
    case DType::U64:
        return static_cast<float>(loadUnaligned<uint64_t>(p));
    case DType::F16:
        return halfToFloat(loadUnaligned<uint16_t>(p));
    case DType::BF16: {
        const uint32_t bits = static_cast<uint32_t>(loadUnaligned<uint16_t>(p)) << 16;
        float f;
        std::memcpy(&f, &bits, sizeof f);
        return f;
    }
    case DType::F32:
        return loadUnaligned<float>(p);
    case DType::F64:
        return static_cast<float>(loadUnaligned<double>(p));
    }
    return 0.0f;
}

} // namespace

std::vector<float> TensorRef::toFloatVector() const
{
    std::vector<float> out;
    if (!fitsStorage())
        return out;
    out.reserve(static_cast<size_t>(numel()));
    const size_t item = dtypeSize(dtype);
    forEachElement(*this, [&](int64_t element) {
        out.push_back(elementAsFloat(dtype, storage->data() + static_cast<size_t>(element) * item));
    });
    return out;
}

void StateDict::insert(const std::string& name, TensorRef tensor)
{
    auto it = m_tensors.find(name);
    if (it != m_tensors.end()) {
        it->second = std::move(tensor);
        return;
    }
    m_order.push_back(name);
    m_tensors.emplace(name, std::move(tensor));
}

bool StateDict::contains(const std::string& name) const
{
    return m_tensors.count(name) != 0;
}

const TensorRef* StateDict::find(const std::string& name) const
{
    auto it = m_tensors.find(name);
    return it == m_tensors.end() ? nullptr : &it->second;
}

const TensorRef& StateDict::at(const std::string& name) const
{
    return m_tensors.at(name);
}

bool StateDict::remove(const std::string& name)
{
    if (m_tensors.erase(name) == 0)
        return false;
    std::erase(m_order, name);
    return true;
}

int64_t StateDict::parameterCount() const
{
    int64_t total = 0;
    for (const auto& [name, tensor] : m_tensors)
        total += tensor.numel();
    return total;
}

StateDict StateDict::withPrefixStripped(const std::string& prefix) const
{
    StateDict out;
    out.format = format;
    out.wrapperKey = wrapperKey;
    out.strippedPrefix = strippedPrefix;
    out.skippedEntries = skippedEntries;
    out.metadata = metadata;
    for (const std::string& name : m_order) {
        if (name.compare(0, prefix.size(), prefix) == 0)
            out.insert(name.substr(prefix.size()), m_tensors.at(name));
    }
    return out;
}

bool StateDict::stripUniformPrefix(const std::string& prefix)
{
    if (m_order.empty() || prefix.empty())
        return false;
    for (const std::string& name : m_order) {
        if (name.compare(0, prefix.size(), prefix) != 0)
            return false;
    }
    std::unordered_map<std::string, TensorRef> renamed;
    for (std::string& name : m_order) {
        std::string shortName = name.substr(prefix.size());
        renamed.emplace(shortName, std::move(m_tensors.at(name)));
        name = std::move(shortName);
    }
    m_tensors = std::move(renamed);
    strippedPrefix = QString::fromStdString(prefix);
    return true;
}

} // namespace hires
