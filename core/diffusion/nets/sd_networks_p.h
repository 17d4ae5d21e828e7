// Private: the networks of one Stable Diffusion model, built for its family
// and loaded from SdComponents.
//
// Memory: every module is created uninitialised on the target device and
// each tensor is converted (e.g. F16 -> F32) on its own while it is copied in,
// so the peak is the loaded networks plus one tensor (the largest: bigG's
// token embedding, 253 MB in fp32) plus the file pages the kernel keeps
// mapped (clean, reclaimable). SDXL in fp32 on the CPU: UNet 10.27 GB +
// bigG 2.78 GB + CLIP-L 0.49 GB + VAE 0.33 GB = 13.9 GB.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/checkpoint/sd_components.h"
#include "core/diffusion/nets/clip_text_encoder_p.h"
#include "core/diffusion/nets/open_clip_text_encoder_p.h"
#include "core/diffusion/nets/unet_p.h"
#include "core/diffusion/nets/vae_p.h"

namespace hires::nets {

struct SdLoadOptions
{
    at::Device device = at::kCPU;
    // fp16 UNet and text encoders; honoured on CUDA only (the CPU kernels of
    // libtorch 1.13 lack half precision). The VAE always stays float32.
    bool halfPrecision = false;
};

struct SdNetworks
{
    SdModelInfo info;
    UNet unet{nullptr};
    AutoencoderKL vae{nullptr};
    ClipTextEncoder clip{nullptr};         // SD 1.x, SDXL (CLIP-L), SD 2.x diffusers
    OpenClipTextEncoder openClip{nullptr}; // SDXL (bigG), SD 2.x single file (ViT-H)
    at::ScalarType dtype = at::kFloat;     // of the UNet and text encoders
};

// Text encoder shapes read from the weights (width, depth, MLP size). The
// activation is not in the keys: openai's CLIP-L (SD 1.x, SDXL) uses
// quick_gelu, the HF conversions of OpenCLIP towers (SD 2.x diffusers) GELU.
Result<ClipTextConfig> clipConfigFromWeights(const StateDict& weights, bool quickGelu);
Result<OpenClipTextConfig> openClipConfigFromWeights(const StateDict& weights);

Result<SdNetworks> loadSdNetworks(const SdComponents& parts, const SdLoadOptions& options = {});

} // namespace hires::nets
