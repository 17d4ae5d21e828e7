// Private: the denoiser a sampler calls, D(x, sigma) -> the predicted clean
// latent, built from a network callback the way k-diffusion's
// CompVisDenoiser / CompVisVDenoiser do (sigma_data 1):
//   epsilon: D = x + eps(x * c_in, t(sigma)) * c_out,  c_in = 1/sqrt(sigma^2+1), c_out = -sigma
//   v:       D = v(x * c_in, t(sigma)) * c_out + x * c_skip,
//            c_skip = 1/(sigma^2+1), c_out = -sigma/sqrt(sigma^2+1)
// with t the fractional timestep of NoiseSchedule::sigmaToT. Classifier-free
// guidance combines two predictions in denoised space (A1111's
// combine_denoised): D = D_uncond + (D_cond - D_uncond) * scale, with cond
// and uncond run as one batch.
//
// Contract: the functions returned capture what they need by value and are
// as thread-safe as the network callback they wrap.
#pragma once

#include "core/diffusion/noise_schedule.h"

#include <ATen/ATen.h>

#include <functional>

namespace hires {

// x [B, C, H, W] at noise level sigma [B] -> denoised [B, C, H, W].
using Denoiser = std::function<at::Tensor(const at::Tensor& x, const at::Tensor& sigma)>;

// The network: scaled input [B, C, H, W] and timesteps t [B] (fractional,
// sigma's dtype and device) -> eps or v [B, C, H, W].
using NetworkFunction = std::function<at::Tensor(const at::Tensor& scaledX, const at::Tensor& t)>;

// t for each sigma (sigma's dtype and device).
at::Tensor sigmaToTimesteps(const NoiseSchedule& schedule, const at::Tensor& sigma);

Denoiser makeDenoiser(NetworkFunction network, PredictionType prediction, NoiseSchedule schedule);

// `pairDenoiser` sees a batch of 2B: rows [0, B) must be denoised with the
// prompt's conditioning, rows [B, 2B) with the negative prompt's.
Denoiser makeGuidedDenoiser(Denoiser pairDenoiser, double guidanceScale);

} // namespace hires
