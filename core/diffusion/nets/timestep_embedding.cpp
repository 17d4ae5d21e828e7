#include "core/diffusion/nets/timestep_embedding_p.h"

#include <cmath>

namespace hires::nets {

at::Tensor timestepEmbedding(const at::Tensor& t, int64_t dim, double maxPeriod)
{
    const int64_t half = dim / 2;
    const auto options = at::TensorOptions().dtype(at::kFloat).device(t.device());
    at::Tensor freqs =
        at::exp(at::arange(half, options).mul_(-std::log(maxPeriod) / double(half))); // [h]
    at::Tensor args = t.to(at::kFloat).unsqueeze(1) * freqs.unsqueeze(0);             // [N, h]
    at::Tensor emb = at::cat({at::cos(args), at::sin(args)}, 1);                      // [N, 2h]
    if (dim % 2 == 1)
        emb = at::cat({emb, at::zeros({t.size(0), 1}, options)}, 1);
    return emb;
}

} // namespace hires::nets
