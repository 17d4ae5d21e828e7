// Shared checks of the fuzz targets: whatever a reader accepts must be safe
// to read in full; anything else is a bug and aborts the run.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

#include "core/weights/state_dict.h"

namespace hires::fuzz {

// The input in its own heap block, so that ASan sees reads past its end.
inline std::shared_ptr<const Storage> copyOf(const uint8_t* data, size_t size)
{
    std::vector<std::byte> bytes(size);
    if (size != 0)
        std::memcpy(bytes.data(), data, size);
    return std::make_shared<HeapStorage>(std::move(bytes));
}

// Reads every byte of every tensor (ASan flags anything outside its storage).
inline void touchEveryTensor(const StateDict& dict)
{
    for (const std::string& name : dict.names()) {
        const TensorRef& tensor = dict.at(name);
        if (!tensor.validationError().isEmpty())
            std::abort();
        volatile uint8_t sum = 0;
        for (std::byte b : tensor.contiguousBytes())
            sum = static_cast<uint8_t>(sum + std::to_integer<uint8_t>(b));
        (void)sum;
    }
}

} // namespace hires::fuzz
