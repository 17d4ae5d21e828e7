// Private: runs a sampler over a sigma list, one denoiser call per step,
// checking for cancellation before each step and reporting after each.
//
// Contract: runs on the calling (worker) thread inside its own
// c10::InferenceMode; `cancel` may be set from any thread. Errors (a
// cancelled run, a failing network) come back as a Result; nothing throws.
// Latents are float32 or float64 on any device (sigmas and timesteps must
// not be rounded to half precision); a half-precision network casts inside
// its NetworkFunction, as A1111 keeps its latents in float32.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/denoiser_p.h"
#include "core/diffusion/latent_noise_p.h"
#include "core/diffusion/sampling_plan.h"

#include <ATen/ATen.h>

#include <atomic>
#include <functional>

namespace hires {

struct SamplerStep
{
    int index = 0; // 0-based step just finished
    int total = 0;
    double sigma = 0.0;
    double sigmaNext = 0.0;
    const at::Tensor& x;        // the latent after the step (at sigmaNext)
    const at::Tensor& denoised; // D(x, sigma) of the step, for previews
};

struct SamplerHooks
{
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(const SamplerStep&)> onStep;
};

class Sampler
{
public:
    // Walks `sigmas` from x at sigmas[0]; returns x at sigmas.back().
    // `noise` supplies the per-step noise of ancestral samplers (required
    // for them, unused otherwise).
    static Result<at::Tensor> run(SamplerKind kind, const Denoiser& denoiser, at::Tensor x,
                                  const std::vector<double>& sigmas, LatentNoise* noise,
                                  const SamplerHooks& hooks = {});

    // A whole plan: start = init + startNoise * plan.noiseScale (init
    // undefined for txt2img), run, then scale by plan.outputScale.
    static Result<at::Tensor> sample(const SamplingPlan& plan, const Denoiser& denoiser,
                                     const at::Tensor& startNoise, const at::Tensor& init,
                                     LatentNoise* noise, const SamplerHooks& hooks = {});
};

} // namespace hires
