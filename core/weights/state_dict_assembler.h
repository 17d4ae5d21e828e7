// StateDictAssembler: turns an unpickled checkpoint into a StateDict.
//
// Contract: finds the tensors (unwrapping, in this order, "params_ema",
// "params", "state_dict", "model", up to three levels, then a uniform
// "module." prefix) and records the choice; skips non-tensor entries
// (epoch, global_step, optimizer state) but counts them; asks the container
// reader for each storage's bytes once (shared storages stay shared) and
// validates every tensor against its storage before handing it out.
// `format` is the label used in error messages; the caller sets
// StateDict::format. Never throws.
#pragma once

#include <functional>
#include <memory>

#include <QString>

#include "core/base/result.h"
#include "core/weights/pickle_graph.h"
#include "core/weights/state_dict.h"

namespace hires {

class StateDictAssembler
{
public:
    // Returns the bytes of storage `index` of the graph: at least
    // numel x dtype size, or an error naming the storage.
    using StorageResolver =
        std::function<Result<std::shared_ptr<const Storage>>(const PickledStorage&)>;

    static Result<StateDict> assemble(const PickleGraph& graph, uint32_t root,
                                      const StorageResolver& resolve, const QString& fileName,
                                      const QString& format);
};

} // namespace hires
