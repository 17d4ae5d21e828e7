// Reading a diffusers folder (unet/, vae/, text_encoder/, text_encoder_2/,
// tokenizer/) into the same SdComponents as a single-file checkpoint: the
// diffusers names are mapped onto the LDM / open_clip names our networks use.
//
// Contract: pure functions on already read StateDicts (the folder's files are
// read by core/weights); torch-free; safe from any thread.
#pragma once

#include "core/diffusion/checkpoint/sd_components.h"

#include <QString>

namespace hires {

struct DiffusersParts
{
    StateDict unet;         // unet/diffusion_pytorch_model.safetensors
    StateDict vae;          // vae/diffusion_pytorch_model.safetensors
    StateDict textEncoder;  // text_encoder/model.safetensors (HF CLIPTextModel)
    StateDict textEncoder2; // text_encoder_2/model.safetensors (SDXL, CLIPTextModelWithProjection)
};

// The weight file of each part inside `folder`, preferring .safetensors over
// .bin and full precision over ".fp16" variants; empty where none exists.
struct DiffusersFiles
{
    QString unet, vae, textEncoder, textEncoder2, tokenizer; // tokenizer: the folder
};
DiffusersFiles locateDiffusersFiles(const QString& folder);

Result<SdComponents> fromDiffusers(const DiffusersParts& parts);

// The individual mappings (exposed for tests and the inventory).
Result<StateDict> diffusersUNetToLdm(const StateDict& unet);
Result<StateDict> diffusersVaeToLdm(const StateDict& vae);
// HF CLIPTextModel(WithProjection) names -> open_clip names: q/k/v joined into
// in_proj (a copy), text_projection.weight transposed (a view).
Result<StateDict> hfClipToOpenClip(const StateDict& textEncoder);

} // namespace hires
