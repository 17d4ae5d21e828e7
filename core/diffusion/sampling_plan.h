// What one sampling run does: which sigmas it walks, how the start latent is
// made and how the result is scaled, for txt2img and for img2img / hires
// fix with AUTOMATIC1111's step semantics (processing.py, sd_samplers_common
// setup_img2img_steps):
//   - Proportional (plain img2img, img2img_fix_steps off): the schedule has
//     `steps` sigmas and only int(min(dn, 0.999) * steps) + 1 of them run;
//   - Exact (hires fix, or img2img_fix_steps on): the schedule gets
//     int(steps / min(dn, 0.999)) sigmas so that exactly `steps` run.
// Either way the run starts at sigmas[total - t_enc - 1] with
// x = init + noise * sigma_start.
//
// DDIM follows CompVis in variance-preserving space; expressed over sigmas it
// is the Euler update, with a txt2img start latent of noise*sqrt(1+sigma^2)
// and a result scaled by sqrt(alphas_cumprod[0]) (the latent CompVis
// decodes). The k-samplers start at noise*sigma and end at sigma 0.
//
// Contract: value types and pure functions, thread-safe; torch-free.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/noise_schedule.h"
#include "core/diffusion/sampler_kind.h"

#include <vector>

namespace hires {

enum class StepMode
{
    Proportional,
    Exact
};

// A1111's (steps, t_enc) arithmetic, before any sigma is computed.
struct Img2ImgSteps
{
    int scheduleSteps = 0; // sigmas in the full schedule (before the final 0)
    int tEnc = 0;          // A1111's t_enc
    int startIndex = 0;    // first sigma run: scheduleSteps - tEnc - 1
    int stepsRun = 0;      // tEnc + 1

    // `steps` >= 1; `denoisingStrength` in [0, 1] (Exact: (0, 1]).
    static Result<Img2ImgSteps> compute(int steps, double denoisingStrength, StepMode mode);
};

struct SamplingPlan
{
    SamplerKind sampler = SamplerKind::Euler;
    std::vector<double> sigmas; // walked in order: steps() = size() - 1 model calls
    double noiseScale = 1.0;    // start latent = init + noise * noiseScale (init 0 for txt2img)
    double outputScale = 1.0;   // the final latent is multiplied by this

    int steps() const { return int(sigmas.size()) - 1; }

    static Result<SamplingPlan> txt2img(const NoiseSchedule& schedule, SamplerKind sampler,
                                        int steps);
    static Result<SamplingPlan> img2img(const NoiseSchedule& schedule, SamplerKind sampler,
                                        int steps, double denoisingStrength, StepMode mode);
};

} // namespace hires
