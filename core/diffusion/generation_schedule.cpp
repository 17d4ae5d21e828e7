#include "core/diffusion/generation_schedule.h"

namespace hires {

Result<GenerationSchedule> GenerationSchedule::plan(const GenerationRequest& request,
                                                    const NoiseSchedule& schedule)
{
    Result<SamplingPlan> first =
        request.isImg2Img()
            ? SamplingPlan::img2img(schedule, request.sampler, request.numInferenceSteps,
                                    request.strength, StepMode::Proportional)
            : SamplingPlan::txt2img(schedule, request.sampler, request.numInferenceSteps);
    if (!first)
        return first.error();
    GenerationSchedule out{std::move(*first), std::nullopt};
    if (request.hiresFix) {
        Result<SamplingPlan> second =
            SamplingPlan::img2img(schedule, request.sampler, request.effectiveHiresSteps(),
                                  request.denoisingStrength, StepMode::Exact);
        if (!second)
            return second.error();
        out.secondPass = std::move(*second);
    }
    return out;
}

} // namespace hires
