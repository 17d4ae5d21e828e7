// Splitting a single-file Stable Diffusion checkpoint (.safetensors/.ckpt in
// the LDM / sgm layout) into its networks.
//
// Contract: pure function on an already read StateDict; torch-free.
#pragma once

#include "core/diffusion/checkpoint/sd_components.h"

namespace hires {

// SD 1.x: model.diffusion_model.*, first_stage_model.*,
//   cond_stage_model.transformer.[text_model.]* (old files lack "text_model.").
// SD 2.x: cond_stage_model.model.* (open_clip ViT-H).
// SDXL base: conditioner.embedders.0.transformer.text_model.* (CLIP-L) and
//   conditioner.embedders.1.model.* (open_clip bigG).
// Fails naming the network whose keys are missing.
Result<SdComponents> splitSingleFileCheckpoint(const StateDict& checkpoint);

} // namespace hires
