// libFuzzer target: PytorchCheckpointReader (zip and legacy containers) on
// arbitrary bytes, and the unpickler plus StateDictAssembler on the same
// bytes as a bare data.pkl (the zip's CRC check would otherwise keep most
// mutations away from the pickle machine).
#include <algorithm>

#include "core/weights/pickle_graph.h"
#include "core/weights/pytorch_checkpoint_reader.h"
#include "core/weights/restricted_unpickler.h"
#include "core/weights/state_dict_assembler.h"
#include "fuzz_support.h"

namespace {

// Storages for a bare pickle: zero bytes of the declared size, up to 1 MiB.
hires::Result<std::shared_ptr<const hires::Storage>>
zeroStorage(const hires::PickledStorage& storage)
{
    constexpr uint64_t kMax = 1u << 20;
    const uint64_t item = hires::dtypeSize(storage.dtype);
    if (storage.numel > kMax / item)
        return hires::makeError(hires::ErrorCode::TooLarge,
                                QStringLiteral("storage too large for the fuzzer"));
    return std::shared_ptr<const hires::Storage>(
        std::make_shared<hires::HeapStorage>(std::vector<std::byte>(storage.numel * item)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::shared_ptr<const hires::Storage> file = hires::fuzz::copyOf(data, size);
    hires::Result<hires::StateDict> dict =
        hires::PytorchCheckpointReader::read(file, QStringLiteral("fuzz.pth"));
    if (dict)
        hires::fuzz::touchEveryTensor(dict.value());

    for (auto ids : {hires::RestrictedUnpickler::PersistentIds::ZipStorage,
                     hires::RestrictedUnpickler::PersistentIds::LegacyStorage}) {
        hires::PickleGraph graph;
        hires::RestrictedUnpickler unpickler(graph, ids, QStringLiteral("fuzz.pkl"),
                                             QStringLiteral("pickle"));
        unpickler.setMemoryBudget(64u << 20);
        hires::Result<uint32_t> root = unpickler.run(file->data(), file->size());
        if (!root)
            continue;
        hires::Result<hires::StateDict> pickled = hires::StateDictAssembler::assemble(
            graph, root.value(), zeroStorage, QStringLiteral("fuzz.pkl"), QStringLiteral("pickle"));
        if (pickled)
            hires::fuzz::touchEveryTensor(pickled.value());
    }
    return 0;
}
