// Reading a Stable Diffusion model from disk: a single-file checkpoint
// (.safetensors / .ckpt in the LDM or sgm layout) or a diffusers folder,
// into SdComponents. The files are memory-mapped (core/weights); the
// returned StateDicts keep the mappings alive, nothing is copied.
//
// Contract: blocking file I/O on the caller's thread; never throws; errors
// name the file and what is wrong. Torch-free; thread-safe.
#pragma once

#include "core/diffusion/checkpoint/sd_components.h"

#include <QString>

namespace hires {

class SdCheckpointReader
{
public:
    // True for a folder that looks like a diffusers pipeline (unet/ and vae/).
    static bool isDiffusersFolder(const QString& path);
    static Result<SdComponents> read(const QString& path);
};

} // namespace hires
