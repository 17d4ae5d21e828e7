#include "core/diffusion/sampler_steps_p.h"

#include <algorithm>
#include <cmath>

namespace hires {

at::Tensor eulerStep(const at::Tensor& x, const at::Tensor& denoised, double sigma,
                     double sigmaNext)
{
    const at::Tensor derivative = (x - denoised) / sigma;
    return x + derivative * (sigmaNext - sigma);
}

AncestralSigmas ancestralSigmas(double sigma, double sigmaNext, double eta)
{
    if (eta == 0.0)
        return {sigmaNext, 0.0};
    const double up = std::min(
        sigmaNext, eta * std::sqrt(sigmaNext * sigmaNext * (sigma * sigma - sigmaNext * sigmaNext) /
                                   (sigma * sigma)));
    return {std::sqrt(sigmaNext * sigmaNext - up * up), up};
}

at::Tensor eulerAncestralStep(const at::Tensor& x, const at::Tensor& denoised, double sigma,
                              double sigmaNext, const at::Tensor& noise, double eta, double sNoise)
{
    const AncestralSigmas step = ancestralSigmas(sigma, sigmaNext, eta);
    const at::Tensor derivative = (x - denoised) / sigma;
    at::Tensor next = x + derivative * (step.down - sigma);
    if (sigmaNext > 0.0)
        next = next + noise * sNoise * step.up;
    return next;
}

at::Tensor dpmpp2mStep(const at::Tensor& x, const at::Tensor& denoised,
                       const at::Tensor& previousDenoised, double sigmaPrevious, double sigma,
                       double sigmaNext)
{
    // At sigma 0 the exponential integrator lands exactly on D.
    if (sigmaNext == 0.0)
        return denoised.clone();
    const double t = -std::log(sigma);
    const double tNext = -std::log(sigmaNext);
    const double h = tNext - t;
    const double keep = sigmaNext / sigma; // sigma_fn(t_next) / sigma_fn(t)
    const double gain = -std::expm1(-h);
    if (!previousDenoised.defined())
        return x * keep + denoised * gain;
    const double hLast = t - (-std::log(sigmaPrevious));
    const double r = hLast / h;
    const at::Tensor corrected =
        denoised * (1.0 + 1.0 / (2.0 * r)) - previousDenoised * (1.0 / (2.0 * r));
    return x * keep + corrected * gain;
}

} // namespace hires
