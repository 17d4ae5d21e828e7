// Private: opening an upscaling model file as a ready-to-run network.
//
// Contract: loadUpscaleNetwork() accepts every format the model library lists
// — PyTorch .pth/.pt/.ckpt (zip or legacy), .safetensors, and ncnn .param
// (with the .bin next to it) — reads it without executing anything, detects
// the architecture from the weights and returns a network on the CPU in fp32.
// A missing, truncated, malicious or unrecognised file is an error naming the
// file and the reason (the caller's fallback ladder turns it into LANCZOS).
#pragma once

#include "core/base/result.h"
#include "core/nn/upscale_network_p.h"

#include <QString>

#include <memory>

namespace hires {

Result<std::unique_ptr<UpscaleNetwork>> loadUpscaleNetwork(const QString& path);

} // namespace hires
