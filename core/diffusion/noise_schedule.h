// The discrete DDPM noise schedule of Stable Diffusion and the sigma
// schedules samplers walk, in float64 (k-diffusion DiscreteSchedule and
// CompVis ddpm/ddim, see docs reference-facts sections 7-8).
//
//   betas = linspace(sqrt(0.00085), sqrt(0.012), 1000)^2   ("scaled_linear")
//   alphas_cumprod = cumprod(1 - betas)
//   sigma_t = sqrt((1 - alphas_cumprod[t]) / alphas_cumprod[t])
//
// sigma <-> t is the unquantised k-diffusion mapping: linear interpolation
// in log sigma between neighbouring timesteps, so t is fractional (A1111's
// default, enable_quantization off). Sigma lists run from the largest sigma
// down and end with 0 (or, for DDIM, with sigma_0; see ddimSigmas).
//
// Contract: an immutable value type, thread-safe; torch-free.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/sampler_kind.h"

#include <vector>

namespace hires {

// What the network predicts: the noise (SD1, SDXL) or v (SD2 768-v).
enum class PredictionType
{
    Epsilon,
    V
};

class NoiseSchedule
{
public:
    static constexpr int kTrainingSteps = 1000;
    static constexpr int kMaxSamplingSteps = 10000;

    // CompVis make_beta_schedule("linear"), which SD calls scaled linear.
    static NoiseSchedule scaledLinear(int timesteps = kTrainingSteps, double betaStart = 0.00085,
                                      double betaEnd = 0.012);
    // From a checkpoint's alphas_cumprod buffer: strictly decreasing, in (0, 1).
    static Result<NoiseSchedule> fromAlphasCumprod(std::vector<double> alphasCumprod);

    int timesteps() const { return int(m_alphasCumprod.size()); }
    const std::vector<double>& alphasCumprod() const { return m_alphasCumprod; }
    // sigma_t for t = 0 .. T-1, increasing.
    const std::vector<double>& sigmas() const { return m_sigmas; }
    double sigmaMin() const { return m_sigmas.front(); }
    double sigmaMax() const { return m_sigmas.back(); }

    // Fractional timestep of `sigma`, clamped to [0, T-1].
    double sigmaToT(double sigma) const;
    // Sigma at fractional timestep `t` (clamped to [0, T-1]).
    double tToSigma(double t) const;

    // k-diffusion get_sigmas(n): t = linspace(T-1, 0, n), then 0. n+1 values.
    std::vector<double> defaultSigmas(int steps) const;
    // Karras et al. (2022) between this schedule's sigma_min and sigma_max, then 0.
    std::vector<double> karrasSigmas(int steps, double rho = 7.0) const;
    static std::vector<double> karrasSigmas(int steps, double sigmaMin, double sigmaMax,
                                            double rho);
    // CompVis DDIM "uniform" timesteps, highest first: c = T / n,
    // t = c*k + 1 for c*k < T (clipped to T-1). 1000 % n != 0 gives more than
    // n of them (30 -> 31), as CompVis does.
    std::vector<int> ddimTimesteps(int steps) const;
    // sigma of each DDIM timestep, then sigma_0 (DDIM's last step goes to
    // alphas_cumprod[0], not to 0).
    std::vector<double> ddimSigmas(int steps) const;
    std::vector<double> sigmasFor(ScheduleKind kind, int steps) const;

    // torch.linspace's scalar float64 formula (the first half counts up
    // from `start`, the second half down from `end`); torch's vectorised
    // loop can differ from it in the last bit.
    static std::vector<double> linspace(double start, double end, int count);

private:
    explicit NoiseSchedule(std::vector<double> alphasCumprod);

    std::vector<double> m_alphasCumprod;
    std::vector<double> m_sigmas;
    std::vector<double> m_logSigmas;
};

} // namespace hires
