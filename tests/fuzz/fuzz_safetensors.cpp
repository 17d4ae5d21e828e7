// libFuzzer target: SafetensorsReader on arbitrary bytes.
#include "core/weights/safetensors_reader.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    hires::Result<hires::StateDict> dict = hires::SafetensorsReader::read(
        hires::fuzz::copyOf(data, size), QStringLiteral("fuzz.safetensors"));
    if (dict)
        hires::fuzz::touchEveryTensor(dict.value());
    return 0;
}
