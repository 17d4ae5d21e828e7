#include "core/diffusion/denoiser_p.h"

namespace hires {

namespace {

// [B] -> [B, 1, 1, ...] to broadcast against x.
at::Tensor perSample(const at::Tensor& values, const at::Tensor& x)
{
    std::vector<int64_t> shape(size_t(x.dim()), 1);
    shape[0] = values.size(0);
    return values.reshape(shape);
}

} // namespace

at::Tensor sigmaToTimesteps(const NoiseSchedule& schedule, const at::Tensor& sigma)
{
    const at::Tensor cpu = sigma.detach().to(at::kCPU, at::kDouble).contiguous();
    at::Tensor t = at::empty_like(cpu);
    const double* in = cpu.data_ptr<double>();
    double* out = t.data_ptr<double>();
    for (int64_t i = 0; i < cpu.numel(); ++i)
        out[i] = schedule.sigmaToT(in[i]);
    return t.to(sigma.device(), sigma.scalar_type());
}

Denoiser makeDenoiser(NetworkFunction network, PredictionType prediction, NoiseSchedule schedule)
{
    return [network = std::move(network), prediction,
            schedule = std::move(schedule)](const at::Tensor& x, const at::Tensor& sigma) {
        const at::Tensor s = perSample(sigma, x);
        const at::Tensor variance = s * s + 1.0;
        const at::Tensor cIn = variance.rsqrt();
        const at::Tensor output = network(x * cIn, sigmaToTimesteps(schedule, sigma));
        if (prediction == PredictionType::V)
            return output * (-s * cIn) + x / variance;
        return x + output * -s;
    };
}

Denoiser makeGuidedDenoiser(Denoiser pairDenoiser, double guidanceScale)
{
    return [pair = std::move(pairDenoiser), guidanceScale](const at::Tensor& x,
                                                           const at::Tensor& sigma) {
        const int64_t batch = x.size(0);
        const at::Tensor both = pair(at::cat({x, x}), at::cat({sigma, sigma}));
        const at::Tensor cond = both.narrow(0, 0, batch);
        const at::Tensor uncond = both.narrow(0, batch, batch);
        return uncond + (cond - uncond) * guidanceScale;
    };
}

} // namespace hires
