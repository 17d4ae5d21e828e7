// Private: building a NeuralUpscaler around a network that is already loaded
// (the engine's model cache, tests with in-memory weights, the benchmark).
#pragma once

#include "core/nn/upscale_network_p.h"
#include "core/upscale/neural_upscaler.h"

namespace hires {

struct NeuralUpscalerFactory
{
    static std::unique_ptr<NeuralUpscaler> create(std::unique_ptr<UpscaleNetwork> network,
                                                  const QString& modelId,
                                                  const QString& modelFile = {});
};

} // namespace hires
