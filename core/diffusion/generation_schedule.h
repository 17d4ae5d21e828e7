// GenerationSchedule: the sampling plans of one generation — the first pass
// (txt2img, or img2img with A1111's proportional steps) and, with hires fix,
// the second pass (img2img with exact steps: hires_steps, or the first
// pass's steps when 0, over a schedule stretched to int(steps / min(dn,
// 0.999)) sigmas; reference-facts section 9). Progress totals, the job and
// the tests use it, so what is announced is what runs.
//
// Contract: value type and pure functions, thread-safe; torch-free.
#pragma once

#include "core/diffusion/generation_request.h"
#include "core/diffusion/sampling_plan.h"

#include <optional>

namespace hires {

struct GenerationSchedule
{
    SamplingPlan firstPass;
    std::optional<SamplingPlan> secondPass; // hires fix only

    int firstPassSteps() const { return firstPass.steps(); }
    int secondPassSteps() const { return secondPass ? secondPass->steps() : 0; }
    int totalSteps() const { return firstPassSteps() + secondPassSteps(); }

    // `request` must be valid; its img2img strength / hires settings decide
    // which plans are made. The schedule is SD's scaled-linear one.
    static Result<GenerationSchedule>
    plan(const GenerationRequest& request,
         const NoiseSchedule& schedule = NoiseSchedule::scaledLinear());
};

} // namespace hires
