// ArchitectureRegistry: where network definitions (core/nn) plug in their
// recognition of a state dict, so that `inspect` and the model library can
// say "RRDBNet x4" without core/weights knowing any network.
//
// Contract: add() and detect() are thread-safe. Detectors must be pure
// functions of the dict (no I/O) and must not throw. detect() asks them in
// the order they were added and returns the first match; nothing when no
// detector is registered or none recognises the dict.
#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "core/weights/state_dict.h"

namespace hires {

struct ArchitectureMatch
{
    QString name;  // e.g. "RRDBNet", "SRVGGNetCompact"
    int scale = 0; // upscaling factor; 0 when it does not apply or is unknown
};

class ArchitectureRegistry
{
public:
    using Detector = std::function<std::optional<ArchitectureMatch>(const StateDict&)>;

    static void add(Detector detector);
    static std::optional<ArchitectureMatch> detect(const StateDict& dict);
    static bool isEmpty();
};

} // namespace hires
