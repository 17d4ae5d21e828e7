// Private: one loaded Stable Diffusion model ready to generate with: its
// networks on a device, its tokenizer and prompt chunkers, and the pieces a
// pipeline needs (prompt conditioning with AUTOMATIC1111's weighting, the
// UNet as a NetworkFunction, VAE encode / decode between pixels and latents).
//
// Contract: loaded once on the worker thread and kept in the ModelCache;
// every method is const but not thread-safe (one generation at a time), and
// must run under c10::InferenceMode. Nothing throws out of load(); the other
// methods may throw c10::Error, caught at the job boundary.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/clip_tokenizer.h"
#include "core/diffusion/denoiser_p.h"
#include "core/diffusion/nets/sd_networks_p.h"
#include "core/diffusion/prompt_chunker.h"
#include "core/diffusion/tokenizer_locator.h"

#include <QString>

#include <opencv2/core/mat.hpp>

#include <memory>
#include <optional>

namespace hires {

// Conditioning of one side of classifier-free guidance.
struct PromptConditioning
{
    at::Tensor context; // [1, 77 * chunks, contextDim]
    at::Tensor pooled;  // SDXL: [1, 1280] (bigG pooled of the first chunk); else undefined
};

// Both sides, with the same number of 77-token chunks (the shorter is padded
// with encodings of the empty prompt, as A1111 does).
struct GuidanceConditioning
{
    PromptConditioning cond;
    PromptConditioning uncond;
};

class SdModel
{
public:
    static Result<std::shared_ptr<SdModel>> load(const QString& checkpoint,
                                                 const TokenizerLocation& tokenizer,
                                                 at::Device device, bool halfPrecision);

    const SdModelInfo& info() const { return m_nets.info; }
    const QString& checkpoint() const { return m_checkpoint; }
    const TokenizerLocation& tokenizer() const { return m_tokenizer; }
    at::Device device() const { return m_device; }
    at::ScalarType dtype() const { return m_nets.dtype; }
    int64_t latentFactor() const { return m_nets.info.vae.downscale(); }
    int64_t latentChannels() const { return m_nets.info.vae.embedDim; }

    // A1111 weighting: each chunk encoded, multiplied by its tokens'
    // weights, rescaled to the unweighted mean. SDXL: an empty negative
    // prompt gives zeros. `clipSkip` applies to SD 1.x only.
    Result<GuidanceConditioning> encodePrompts(const QString& prompt, const QString& negative,
                                               int clipSkip) const;

    // The UNet over a guidance pair: rows [0, B) conditioned on cond, [B, 2B)
    // on uncond; SDXL size conditioning for an image of height x width.
    NetworkFunction pairNetwork(const GuidanceConditioning& conditioning, int64_t height,
                                int64_t width) const;

    // BGR 8-bit (3 channels) -> scaled latent [1, C, H/f, W/f] (float32),
    // the posterior sampled with CPU noise seeded with `seed` (A1111's .sample()).
    at::Tensor encodeImage(const cv::Mat& bgr, uint64_t seed) const;
    // Scaled latent -> BGR 8-bit, truncated like A1111 (255 * clamp((x+1)/2)).
    // Decoded in tiles when larger than tileLatent.
    cv::Mat decodeLatent(const at::Tensor& latent) const;

private:
    SdModel() = default;
    at::Tensor encodeChunks(const std::vector<PromptChunk>& chunks,
                            const std::vector<PromptChunk>& openChunks, int clipSkip,
                            at::Tensor* pooled) const;

    nets::SdNetworks m_nets;
    QString m_checkpoint;
    TokenizerLocation m_tokenizer;
    at::Device m_device = at::kCPU;
    std::optional<PromptChunker> m_chunker;     // CLIP-L padding (EOS)
    std::optional<PromptChunker> m_openChunker; // OpenCLIP padding (0)
};

// A cheap latent -> RGB projection for previews (A1111's "Approx cheap"
// factors per family): [1, 4, h, w] -> BGR 8-bit h x w.
cv::Mat latentPreview(const at::Tensor& latent, SdModelKind kind);

// BGR 8-bit <-> [1, 3, H, W] float in [-1, 1].
at::Tensor bgrToUnitRange(const cv::Mat& bgr);

} // namespace hires
