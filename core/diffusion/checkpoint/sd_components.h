// SdComponents: the weights of one Stable Diffusion model split by network,
// with the names our modules register (core/diffusion/nets), ready for
// loadModuleWeights(). Produced from a single-file checkpoint
// (single_file_layout.h) or a diffusers folder (diffusers_layout.h).
//
// Contract: the StateDicts share the source's storages (a memory-mapped file
// stays mapped while they live; nothing is copied except diffusers' separate
// q/k/v projections, joined for open_clip's in_proj). Torch-free value type.
#pragma once

#include "core/diffusion/checkpoint/sd_model_info.h"
#include "core/weights/state_dict.h"

#include <string>
#include <vector>

namespace hires {

struct SdComponents
{
    SdModelInfo info;
    StateDict unet;         // openaimodel UNetModel names
    StateDict vae;          // ldm AutoencoderKL names
    StateDict textEncoder;  // CLIP-L (HF names) or, for SD 2.x single files, OpenCLIP-H
    StateDict textEncoder2; // SDXL: OpenCLIP bigG (open_clip names); empty otherwise
    // Keys left out on purpose: schedule buffers, EMA copies, position_ids,
    // logit_scale, the VAE's training loss, ...
    std::vector<std::string> ignored;
};

} // namespace hires
