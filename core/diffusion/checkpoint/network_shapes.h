// Reading the hyper-parameters of the UNet and the VAE from their weights
// (LDM names, prefixes stripped): levels, channels, depths, context width.
//
// Contract: pure functions, torch-free. The only thing the keys cannot tell
// is how attention heads are counted, so the caller says it per family.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/nets/unet_config.h"
#include "core/diffusion/nets/vae_config.h"
#include "core/weights/state_dict.h"

namespace hires {

// headChannels > 0: heads = channels / headChannels (SD 2.x, SDXL: 64);
// otherwise `heads` heads at every level (SD 1.x: 8).
Result<nets::UNetConfig> unetConfigFromWeights(const StateDict& unet, int64_t heads,
                                               int64_t headChannels);

Result<nets::VaeConfig> vaeConfigFromWeights(const StateDict& vae, double scaleFactor);

} // namespace hires
