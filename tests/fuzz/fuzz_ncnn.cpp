// libFuzzer target: NcnnModel on a .param/.bin pair packed into one input as
// "<param text>\0<bin bytes>" (a NUL never belongs in a .param file).
#include <cstring>

#include "core/weights/ncnn_model.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const void* nul = std::memchr(data, 0, size);
    const size_t paramSize =
        nul ? static_cast<size_t>(static_cast<const uint8_t*>(nul) - data) : size;
    const size_t binStart = nul ? paramSize + 1 : size;
    const std::shared_ptr<const hires::Storage> param = hires::fuzz::copyOf(data, paramSize);
    const std::shared_ptr<const hires::Storage> bin =
        hires::fuzz::copyOf(data + binStart, size - binStart);
    hires::Result<hires::NcnnModel> model =
        hires::NcnnModel::read(param->data(), param->size(), bin, QStringLiteral("fuzz.param"),
                               QStringLiteral("fuzz.bin"));
    if (model) {
        hires::fuzz::touchEveryTensor(model->toStateDict());
        (void)model->parameterCount();
        (void)model->layerTypeCounts();
    }
    return 0;
}
