// RestrictedUnpickler: reads Python pickles (protocols 0-5 as torch.save
// writes them) into a PickleGraph without executing anything.
//
// Contract: only data opcodes and the globals of PickleAllowList are
// accepted; a forbidden global stops the run at the GLOBAL opcode. REDUCE,
// NEWOBJ and BUILD are interpreted for the callables a state dict needs
// (OrderedDict, the torch._utils rebuilders), produce opaque placeholders for
// tolerated data classes (never called) and are refused on anything else.
// BINPERSID must be a torch storage record of the expected container; the
// same storage key always names one storage. PickleMachine does the
// bounds-checked stack work; memory is capped by one budget across runs.
// Not thread-safe; never throws.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

#include <QString>

#include "core/base/result.h"
#include "core/weights/pickle_graph.h"

namespace hires {

class TorchPickleCalls;

class RestrictedUnpickler
{
public:
    // How BINPERSID ids are read: not at all, torch's zip format 5-tuples
    // ('storage', type, key, location, numel) or the legacy 6-tuples whose
    // last field is a view record or None.
    enum class PersistentIds
    {
        Forbidden,
        ZipStorage,
        LegacyStorage
    };
    static constexpr uint64_t kDefaultMemoryBudget = 128ull << 20;

    // `fileName` and `format` are only used in error messages.
    RestrictedUnpickler(PickleGraph& graph, PersistentIds ids, const QString& fileName,
                        const QString& format);
    ~RestrictedUnpickler();

    void setMemoryBudget(uint64_t bytes);

    // Runs the pickle at the start of [data, data + size). On success returns
    // the result's id in the graph; *consumed (if given) is the number of
    // bytes up to and including STOP.
    Result<uint32_t> run(const std::byte* data, size_t size, size_t* consumed = nullptr);

private:
    std::unique_ptr<TorchPickleCalls> m_calls;
};

} // namespace hires
