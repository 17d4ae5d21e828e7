// PickleAllowList: the only globals a checkpoint pickle may name.
//
// Contract: a pure lookup, thread-safe. What a state dict needs (OrderedDict,
// the torch._utils tensor rebuilders, the typed storage classes, dtypes) plus
// the data-only classes A1111's safe unpickler tolerates in Stable Diffusion
// .ckpt files (numpy scalars and dtypes, _codecs.encode, Lightning's
// ModelCheckpoint, set). Everything else (os.system, builtins.eval,
// subprocess.Popen, torch.load, ...) is forbidden: the unpickler stops at the
// GLOBAL opcode, before anything could be called.
#pragma once

#include <optional>
#include <string_view>

#include "core/weights/pickle_graph.h"

namespace hires {

class PickleAllowList
{
public:
    struct Entry
    {
        PickleGlobal kind = PickleGlobal::Opaque;
        DType dtype = DType::U8; // for StorageType
    };

    static std::optional<Entry> find(std::string_view module, std::string_view name);
};

} // namespace hires
