#include "core/diffusion/nets/module_inventory_p.h"

namespace hires::nets {

std::map<std::string, std::vector<int64_t>> moduleInventory(const torch::nn::Module& module)
{
    std::map<std::string, std::vector<int64_t>> out;
    for (const auto& item : module.named_parameters(/*recurse=*/true))
        out[item.key()] = item.value().sizes().vec();
    for (const auto& item : module.named_buffers(/*recurse=*/true))
        out[item.key()] = item.value().sizes().vec();
    return out;
}

LoadReport compareWithModule(const torch::nn::Module& module, const StateDict& weights)
{
    LoadReport report;
    const auto inventory = moduleInventory(module);
    for (const auto& [name, shape] : inventory) {
        const TensorRef* ref = weights.find(name);
        if (!ref)
            report.missing.push_back(name);
        else if (ref->shape != shape)
            report.mismatched.push_back(name);
    }
    for (const std::string& name : weights.names()) {
        if (!inventory.count(name))
            report.unexpected.push_back(name);
    }
    return report;
}

int64_t parameterCount(const torch::nn::Module& module)
{
    int64_t total = 0;
    for (const auto& p : module.parameters(/*recurse=*/true))
        total += p.numel();
    return total;
}

} // namespace hires::nets
