#include "core/diffusion/sampler_p.h"

#include "core/diffusion/sampler_steps_p.h"
#include "core/diffusion/diffusion_tr_p.h"

#include <c10/util/Exception.h>

#include <new>

namespace hires {

namespace {

Error failure(int step, const std::exception& error, bool outOfMemory)
{
    return makeError(outOfMemory ? ErrorCode::OutOfMemory : ErrorCode::Internal,
                     DiffusionTr::tr("Sampling step %1 failed: %2")
                         .arg(step + 1)
                         .arg(QString::fromUtf8(error.what())));
}

} // namespace

Result<at::Tensor> Sampler::run(SamplerKind kind, const Denoiser& denoiser, at::Tensor x,
                                const std::vector<double>& sigmas, LatentNoise* noise,
                                const SamplerHooks& hooks)
{
    if (sigmas.size() < 2)
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("A sampler needs at least two sigmas"));
    if (x.scalar_type() != at::kFloat && x.scalar_type() != at::kDouble)
        return makeError(
            ErrorCode::InvalidArgument,
            DiffusionTr::tr("Latents are sampled in float32 or float64; half precision belongs "
                            "inside the network"));
    if (isAncestral(kind) && noise == nullptr)
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("%1 needs a noise source").arg(samplerDisplayName(kind)));

    c10::InferenceMode inferenceMode;
    const int total = int(sigmas.size()) - 1;
    at::Tensor previousDenoised;
    int step = 0;
    try {
        for (; step < total; ++step) {
            if (hooks.cancel != nullptr && hooks.cancel->load(std::memory_order_relaxed))
                return makeError(ErrorCode::Cancelled,
                                 DiffusionTr::tr("Sampling was cancelled after %1 of %2 steps")
                                     .arg(step)
                                     .arg(total));
            const double sigma = sigmas[size_t(step)];
            const double sigmaNext = sigmas[size_t(step) + 1];
            const at::Tensor sigmaBatch = at::full({x.size(0)}, sigma, x.options());
            const at::Tensor denoised = denoiser(x, sigmaBatch);
            switch (kind) {
            case SamplerKind::EulerAncestral:
                x = eulerAncestralStep(x, denoised, sigma, sigmaNext,
                                       sigmaNext > 0.0 ? noise->next(x) : at::Tensor());
                break;
            case SamplerKind::DpmPP2M:
            case SamplerKind::DpmPP2MKarras:
                x = dpmpp2mStep(x, denoised, previousDenoised,
                                step > 0 ? sigmas[size_t(step) - 1] : 0.0, sigma, sigmaNext);
                previousDenoised = denoised;
                break;
            case SamplerKind::Euler:
            case SamplerKind::Ddim:
                x = eulerStep(x, denoised, sigma, sigmaNext);
                break;
            }
            if (hooks.onStep)
                hooks.onStep(SamplerStep{step, total, sigma, sigmaNext, x, denoised});
        }
    } catch (const std::bad_alloc& error) {
        return failure(step, error, true);
    } catch (const c10::Error& error) {
        const std::string what = error.what();
        return failure(step, error, what.find("out of memory") != std::string::npos);
    } catch (const std::exception& error) {
        return failure(step, error, false);
    }
    return x;
}

Result<at::Tensor> Sampler::sample(const SamplingPlan& plan, const Denoiser& denoiser,
                                   const at::Tensor& startNoise, const at::Tensor& init,
                                   LatentNoise* noise, const SamplerHooks& hooks)
{
    at::Tensor x = startNoise * plan.noiseScale;
    if (init.defined())
        x = init + x;
    Result<at::Tensor> result =
        run(plan.sampler, denoiser, std::move(x), plan.sigmas, noise, hooks);
    if (!result || plan.outputScale == 1.0)
        return result;
    return at::Tensor(*result * plan.outputScale);
}

} // namespace hires
