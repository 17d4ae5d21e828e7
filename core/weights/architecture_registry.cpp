#include "core/weights/architecture_registry.h"

#include <mutex>
#include <vector>

namespace hires {

namespace {

struct Registry
{
    std::mutex mutex;
    std::vector<ArchitectureRegistry::Detector> detectors;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void ArchitectureRegistry::add(Detector detector)
{
    std::lock_guard lock(registry().mutex);
    registry().detectors.push_back(std::move(detector));
}

std::optional<ArchitectureMatch> ArchitectureRegistry::detect(const StateDict& dict)
{
    std::vector<Detector> detectors;
    {
        std::lock_guard lock(registry().mutex);
        detectors = registry().detectors;
    }
    for (const Detector& detector : detectors) {
        if (std::optional<ArchitectureMatch> match = detector(dict))
            return match;
    }
    return std::nullopt;
}

bool ArchitectureRegistry::isEmpty()
{
    std::lock_guard lock(registry().mutex);
    return registry().detectors.empty();
}

} // namespace hires
