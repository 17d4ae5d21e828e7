// SafetensorsReader: reads a .safetensors file into a StateDict without
// copying tensor data.
//
// Contract: applies huggingface/safetensors' validation rules before any
// tensor is handed out: 8-byte little-endian header length N <= 100,000,000
// and within the file; the header is UTF-8 JSON, an object starting with '{';
// every entry has a known dtype, a shape of non-negative integers and
// data_offsets [begin, end]; sorted by begin the entries tile the byte buffer
// exactly (no hole, no overlap, nothing left over); end - begin equals element
// count x dtype size, with overflow checks; "__metadata__" is a map of strings.
// Tensors are StorageSlices of `file` (zero copy), in the order of their data
// in the file. Never throws; thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <memory>

#include <QString>

#include "core/base/result.h"
#include "core/weights/state_dict.h"

namespace hires {

class SafetensorsReader
{
public:
    static constexpr uint64_t kMaxHeaderSize = 100'000'000;

    // True when the bytes look like a safetensors file (header length that
    // fits, then '{'). Cheap; for format detection.
    static bool looksLike(const std::byte* data, size_t size);

    // `fileName` is only used in error messages.
    static Result<StateDict> read(std::shared_ptr<const Storage> file, const QString& fileName);
};

} // namespace hires
