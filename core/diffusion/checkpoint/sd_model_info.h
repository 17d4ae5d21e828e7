// SdModelInfo: which Stable Diffusion family a checkpoint belongs to,
// recognised from its keys and shapes (no weights are read).
//
// Contract: torch-free value types and pure functions; safe from any thread.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/noise_schedule.h" // PredictionType
#include "core/diffusion/nets/unet_config.h"
#include "core/diffusion/nets/vae_config.h"
#include "core/weights/state_dict.h"

#include <QString>

namespace hires {

enum class SdModelKind
{
    Sd1,      // SD 1.x: CLIP ViT-L/14, context 768
    Sd2,      // SD 2.x: OpenCLIP ViT-H/14, context 1024, linear projections
    SdxlBase, // SDXL base: CLIP-L + OpenCLIP bigG, context 2048, label_emb 2816
};

// How the first text encoder's StateDict is named.
enum class TextEncoderNaming
{
    HfClip,   // HF transformers CLIPTextModel ("text_model.*")
    OpenClip, // open_clip ("transformer.resblocks.*")
};

struct SdModelInfo
{
    SdModelKind kind = SdModelKind::Sd1;
    PredictionType prediction = PredictionType::Epsilon;
    // True when the keys cannot tell (SD 2.x 768-v and 512-base look the same):
    // the prediction above is then the likelier one and the user may override it.
    bool predictionGuessed = false;
    nets::UNetConfig unet; // read from the weights (inChannels 9 for inpainting models)
    nets::VaeConfig vae;   // read from the weights, with the family's latent scale
    TextEncoderNaming textEncoderNaming = TextEncoderNaming::HfClip;

    QString displayName() const; // "Stable Diffusion 1.x", ...
};

// Completes the description of a model of family `kind` from its UNet and VAE
// weights (LDM names): structure, heads rule, latent scale, prediction type.
Result<SdModelInfo> describeSdModel(SdModelKind kind, const StateDict& unet, const StateDict& vae);

// From a single-file checkpoint (LDM / sgm key names); see single_file_layout.h.
Result<SdModelInfo> detectSdModel(const StateDict& checkpoint);

} // namespace hires
