#include "core/diffusion/noise_schedule.h"

#include "core/diffusion/diffusion_tr_p.h"

#include <algorithm>
#include <cmath>

namespace hires {

NoiseSchedule::NoiseSchedule(std::vector<double> alphasCumprod)
    : m_alphasCumprod(std::move(alphasCumprod))
{
    m_sigmas.reserve(m_alphasCumprod.size());
    m_logSigmas.reserve(m_alphasCumprod.size());
    for (double a : m_alphasCumprod) {
        m_sigmas.push_back(std::sqrt((1.0 - a) / a));
        m_logSigmas.push_back(std::log(m_sigmas.back()));
    }
}

std::vector<double> NoiseSchedule::linspace(double start, double end, int count)
{
    std::vector<double> values(size_t(std::max(count, 0)));
    if (count == 1)
        values[0] = start;
    if (count < 2)
        return values;
    const double step = (end - start) / (count - 1);
    const int halfway = count / 2;
    for (int i = 0; i < count; ++i)
        values[size_t(i)] = i < halfway ? start + step * i : end - step * (count - i - 1);
    return values;
}

NoiseSchedule NoiseSchedule::scaledLinear(int timesteps, double betaStart, double betaEnd)
{
    const std::vector<double> roots = linspace(std::sqrt(betaStart), std::sqrt(betaEnd), timesteps);
    std::vector<double> alphasCumprod;
    alphasCumprod.reserve(roots.size());
    double product = 1.0;
    for (double root : roots) {
        product *= 1.0 - root * root;
        alphasCumprod.push_back(product);
    }
    return NoiseSchedule(std::move(alphasCumprod));
}

Result<NoiseSchedule> NoiseSchedule::fromAlphasCumprod(std::vector<double> alphasCumprod)
{
    auto fail = [](const QString& text) { return makeError(ErrorCode::CorruptData, text); };
    if (alphasCumprod.size() < 2 || alphasCumprod.size() > 100000)
        return fail(DiffusionTr::tr("alphas_cumprod must have between 2 and 100000 entries"));
    for (size_t i = 0; i < alphasCumprod.size(); ++i) {
        const double a = alphasCumprod[i];
        if (!(a > 0.0 && a < 1.0))
            return fail(DiffusionTr::tr("alphas_cumprod must lie strictly between 0 and 1"));
        if (i > 0 && !(a < alphasCumprod[i - 1]))
            return fail(DiffusionTr::tr("alphas_cumprod must decrease strictly"));
    }
    return NoiseSchedule(std::move(alphasCumprod));
}

double NoiseSchedule::sigmaToT(double sigma) const
{
    if (!(sigma > 0.0))
        return 0.0; // also NaN
    const double logSigma = std::log(sigma);
    // The last timestep whose log sigma is <= log(sigma), kept below T-1 so
    // that a neighbour exists; w outside [0, 1] clamps to the ends.
    const auto above = std::upper_bound(m_logSigmas.begin(), m_logSigmas.end(), logSigma);
    const int count = int(above - m_logSigmas.begin());
    const int low = std::clamp(count - 1, 0, timesteps() - 2);
    const double lowLog = m_logSigmas[size_t(low)];
    const double highLog = m_logSigmas[size_t(low) + 1];
    const double w = std::clamp((lowLog - logSigma) / (lowLog - highLog), 0.0, 1.0);
    return (1.0 - w) * low + w * (low + 1);
}

double NoiseSchedule::tToSigma(double t) const
{
    t = t >= 0.0 ? std::min(t, double(timesteps() - 1)) : 0.0; // NaN -> 0
    const double low = std::floor(t);
    const double high = std::ceil(t);
    const double w = t - low;
    return std::exp((1.0 - w) * m_logSigmas[size_t(low)] + w * m_logSigmas[size_t(high)]);
}

std::vector<double> NoiseSchedule::defaultSigmas(int steps) const
{
    std::vector<double> sigmas;
    for (double t : linspace(timesteps() - 1, 0.0, steps))
        sigmas.push_back(tToSigma(t));
    sigmas.push_back(0.0);
    return sigmas;
}

std::vector<double> NoiseSchedule::karrasSigmas(int steps, double sigmaMin, double sigmaMax,
                                                double rho)
{
    const double minInvRho = std::pow(sigmaMin, 1.0 / rho);
    const double maxInvRho = std::pow(sigmaMax, 1.0 / rho);
    std::vector<double> sigmas;
    for (double ramp : linspace(0.0, 1.0, steps))
        sigmas.push_back(std::pow(maxInvRho + ramp * (minInvRho - maxInvRho), rho));
    sigmas.push_back(0.0);
    return sigmas;
}

std::vector<double> NoiseSchedule::karrasSigmas(int steps, double rho) const
{
    return karrasSigmas(steps, sigmaMin(), sigmaMax(), rho);
}

std::vector<int> NoiseSchedule::ddimTimesteps(int steps) const
{
    std::vector<int> timesteps;
    if (steps < 1)
        return timesteps;
    const int stride = std::max(1, this->timesteps() / steps);
    for (int t = 0; t < this->timesteps(); t += stride)
        timesteps.push_back(std::min(t + 1, this->timesteps() - 1));
    std::reverse(timesteps.begin(), timesteps.end());
    return timesteps;
}

std::vector<double> NoiseSchedule::ddimSigmas(int steps) const
{
    std::vector<double> sigmas;
    for (int t : ddimTimesteps(steps))
        sigmas.push_back(m_sigmas[size_t(t)]);
    sigmas.push_back(m_sigmas.front());
    return sigmas;
}

std::vector<double> NoiseSchedule::sigmasFor(ScheduleKind kind, int steps) const
{
    switch (kind) {
    case ScheduleKind::Karras:
        return karrasSigmas(steps);
    case ScheduleKind::DdimUniform:
        return ddimSigmas(steps);
    case ScheduleKind::Default:
        break;
    }
    return defaultSigmas(steps);
}

} // namespace hires
