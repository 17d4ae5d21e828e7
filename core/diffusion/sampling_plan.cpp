#include "core/diffusion/sampling_plan.h"

#include "core/diffusion/diffusion_tr_p.h"

#include <algorithm>
#include <cmath>

namespace hires {

namespace {

constexpr double kMaxStrength = 0.999; // A1111 caps dn below 1

Error invalid(const QString& text)
{
    return makeError(ErrorCode::InvalidArgument, text);
}

Result<void> checkSteps(int steps)
{
    if (steps < 1 || steps > NoiseSchedule::kMaxSamplingSteps)
        return invalid(DiffusionTr::tr("The number of steps must be between 1 and 10000"));
    return {};
}

// CompVis DDIM ends at alphas_cumprod[0]; its result is that latent in
// variance-preserving form.
double outputScaleFor(const NoiseSchedule& schedule, SamplerKind sampler)
{
    return sampler == SamplerKind::Ddim ? std::sqrt(schedule.alphasCumprod().front()) : 1.0;
}

} // namespace

Result<Img2ImgSteps> Img2ImgSteps::compute(int steps, double denoisingStrength, StepMode mode)
{
    if (Result<void> ok = checkSteps(steps); !ok)
        return ok.error();
    if (!(denoisingStrength >= 0.0 && denoisingStrength <= 1.0))
        return invalid(DiffusionTr::tr("The denoising strength must be between 0 and 1"));
    const double capped = std::min(denoisingStrength, kMaxStrength);
    Img2ImgSteps result;
    if (mode == StepMode::Exact) {
        if (denoisingStrength == 0.0)
            return invalid(DiffusionTr::tr("Hires fix needs a denoising strength above 0"));
        const double total = steps / capped;
        if (total > NoiseSchedule::kMaxSamplingSteps * 100.0)
            return invalid(
                DiffusionTr::tr("The denoising strength is too small for this many steps"));
        result.scheduleSteps = int(total);
        result.tEnc = steps - 1;
    } else {
        result.scheduleSteps = steps;
        result.tEnc = int(capped * steps);
    }
    result.startIndex = result.scheduleSteps - result.tEnc - 1;
    result.stepsRun = result.tEnc + 1;
    return result;
}

Result<SamplingPlan> SamplingPlan::txt2img(const NoiseSchedule& schedule, SamplerKind sampler,
                                           int steps)
{
    if (Result<void> ok = checkSteps(steps); !ok)
        return ok.error();
    SamplingPlan plan;
    plan.sampler = sampler;
    plan.sigmas = schedule.sigmasFor(scheduleKindOf(sampler), steps);
    // CompVis starts DDIM from unit-variance noise in VP space.
    plan.noiseScale = sampler == SamplerKind::Ddim
                          ? std::sqrt(1.0 + plan.sigmas.front() * plan.sigmas.front())
                          : plan.sigmas.front();
    plan.outputScale = outputScaleFor(schedule, sampler);
    return plan;
}

Result<SamplingPlan> SamplingPlan::img2img(const NoiseSchedule& schedule, SamplerKind sampler,
                                           int steps, double denoisingStrength, StepMode mode)
{
    Result<Img2ImgSteps> counts = Img2ImgSteps::compute(steps, denoisingStrength, mode);
    if (!counts)
        return counts.error();
    const std::vector<double> full =
        schedule.sigmasFor(scheduleKindOf(sampler), counts->scheduleSteps);
    // The last stepsRun + 1 sigmas: A1111's sigmas[steps - t_enc - 1:] for the
    // k-samplers, and the same count from the end for DDIM, whose list can
    // be longer than scheduleSteps + 1.
    const size_t keep = std::min(full.size(), size_t(counts->stepsRun) + 1);
    SamplingPlan plan;
    plan.sampler = sampler;
    plan.sigmas.assign(full.end() - qsizetype(keep), full.end());
    plan.noiseScale = plan.sigmas.front();
    plan.outputScale = outputScaleFor(schedule, sampler);
    return plan;
}

} // namespace hires
