// Private: copying a StateDict into a torch::nn::Module by name.
#pragma once

#include "core/base/result.h"
#include "core/weights/state_dict.h"

#include <torch/nn/module.h>

#include <string>
#include <vector>

namespace hires {

struct LoadReport
{
    std::vector<std::string> missing;    // in the module, not in the file
    std::vector<std::string> unexpected; // in the file, not in the module
    std::vector<std::string> mismatched; // "name: file [..] vs module [..]"
    bool clean() const { return missing.empty() && unexpected.empty() && mismatched.empty(); }
    // A few names of each kind, for an error message.
    QString summary() const;
};

// Copies every parameter and buffer of `module` from `weights` (converted to
// the module's dtype). strict: any missing, unexpected or mismatched key fails
// the load and leaves the module's values unspecified.
Result<void> loadModuleWeights(torch::nn::Module& module, const StateDict& weights,
                               bool strict = true, LoadReport* report = nullptr);

} // namespace hires
