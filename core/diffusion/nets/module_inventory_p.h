// Private: names and shapes a module would look up when loading, compared
// with a StateDict without copying a value: the dry run behind the key and
// shape inventories of the full-size models (built on the meta device).
#pragma once

#include "core/nn/module_loading_p.h"
#include "core/weights/state_dict.h"

#include <torch/nn/module.h>

#include <map>
#include <string>
#include <vector>

namespace hires::nets {

// Every parameter and buffer, by its full dotted name.
std::map<std::string, std::vector<int64_t>> moduleInventory(const torch::nn::Module& module);

// What loadModuleWeights() would report, from names and shapes alone.
LoadReport compareWithModule(const torch::nn::Module& module, const StateDict& weights);

int64_t parameterCount(const torch::nn::Module& module);

} // namespace hires::nets
