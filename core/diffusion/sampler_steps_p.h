// Private: the update equations of the samplers (crowsonkb/k-diffusion
// sampling.py), one step each, stateless: everything a step depends on is
// passed in. x is at noise level `sigma`; `denoised` is D(x, sigma).
#pragma once

#include <ATen/ATen.h>

namespace hires {

// sample_euler without churn: x + (x - D) / sigma * (sigmaNext - sigma).
// Also DDIM (eta 0): over sigmas, the CompVis DDIM update is exactly this.
at::Tensor eulerStep(const at::Tensor& x, const at::Tensor& denoised, double sigma,
                     double sigmaNext);

struct AncestralSigmas
{
    double down = 0.0;
    double up = 0.0;
};
// get_ancestral_step: how far to step deterministically and how much noise
// to add back.
AncestralSigmas ancestralSigmas(double sigma, double sigmaNext, double eta = 1.0);

// sample_euler_ancestral: an Euler step to sigma_down, then noise * sigma_up
// (`noise`: standard normal like x; unused when sigmaNext is 0).
at::Tensor eulerAncestralStep(const at::Tensor& x, const at::Tensor& denoised, double sigma,
                              double sigmaNext, const at::Tensor& noise, double eta = 1.0,
                              double sNoise = 1.0);

// sample_dpmpp_2m: second-order multistep in log sigma. `previousDenoised`
// is the previous step's D (undefined on the first step), `sigmaPrevious`
// that step's sigma.
at::Tensor dpmpp2mStep(const at::Tensor& x, const at::Tensor& denoised,
                       const at::Tensor& previousDenoised, double sigmaPrevious, double sigma,
                       double sigmaNext);

} // namespace hires
