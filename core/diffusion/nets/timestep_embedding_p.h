// Private: the sinusoidal embedding of openaimodel's timestep_embedding(), also
// used for SDXL's size and crop conditioning.
#pragma once

#include <ATen/ATen.h>

namespace hires::nets {

// t: [N] (fractional values allowed) -> [N, dim] float32:
// [cos(t * f_0..f_{h-1}), sin(t * f_0..f_{h-1})] with f_i = maxPeriod^(-i/h), h = dim/2
// (cos first, as upstream); an odd dim gets a zero last column.
at::Tensor timestepEmbedding(const at::Tensor& t, int64_t dim, double maxPeriod = 10000.0);

} // namespace hires::nets
