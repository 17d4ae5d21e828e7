// AutoencoderKL::decodeTiled: decoding in overlapping latent tiles.
#include "core/diffusion/nets/vae_p.h"

#include <algorithm>
#include <vector>

namespace hires::nets {

namespace {

// Tile origins along one axis of length n: a regular step of tile - overlap,
// with the last tile flush with the end.
std::vector<int64_t> tileStarts(int64_t n, int64_t tile, int64_t overlap)
{
    std::vector<int64_t> starts;
    const int64_t step = std::max<int64_t>(1, tile - overlap);
    for (int64_t s = 0;; s += step) {
        if (s + tile >= n) {
            starts.push_back(std::max<int64_t>(0, n - tile));
            break;
        }
        starts.push_back(s);
    }
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

// Blend weights along one axis of a decoded tile: a ramp rising over `ramp`
// pixels on each side that has a neighbour, 1 elsewhere, never 0.
at::Tensor axisWeights(int64_t length, int64_t ramp, bool rampStart, bool rampEnd,
                       const at::TensorOptions& options)
{
    at::Tensor w = at::ones({length}, options);
    const int64_t r = std::min(ramp, length);
    if (r <= 0)
        return w;
    at::Tensor rising = at::arange(r, options).add_(0.5).div_(double(r)); // (0, 1)
    if (rampStart)
        w.narrow(0, 0, r).mul_(rising);
    if (rampEnd)
        w.narrow(0, length - r, r).mul_(rising.flip({0}));
    return w;
}

} // namespace

at::Tensor AutoencoderKLImpl::decodeTiled(const at::Tensor& latent, const VaeTiling& tiling) const
{
    const int64_t h = latent.size(2), w = latent.size(3);
    const int64_t tile = std::max<int64_t>(tiling.tileLatent, 2 * tiling.overlap + 1);
    if (h <= tile && w <= tile)
        return decode(latent);
    const int64_t f = m_config.downscale();
    const auto rows = tileStarts(h, tile, tiling.overlap);
    const auto cols = tileStarts(w, tile, tiling.overlap);
    const auto options = latent.options().dtype(at::kFloat);
    at::Tensor sum = at::zeros({latent.size(0), m_config.outChannels, h * f, w * f}, options);
    at::Tensor weightSum = at::zeros({1, 1, h * f, w * f}, options);
    for (size_t r = 0; r < rows.size(); ++r) {
        for (size_t c = 0; c < cols.size(); ++c) {
            const int64_t th = std::min(tile, h), tw = std::min(tile, w);
            at::Tensor piece =
                decode(latent.narrow(2, rows[r], th).narrow(3, cols[c], tw)).to(at::kFloat);
            at::Tensor wy =
                axisWeights(th * f, tiling.overlap * f, r > 0, r + 1 < rows.size(), options);
            at::Tensor wx =
                axisWeights(tw * f, tiling.overlap * f, c > 0, c + 1 < cols.size(), options);
            at::Tensor weight = wy.view({th * f, 1}) * wx.view({1, tw * f}); // [th*f, tw*f]
            sum.narrow(2, rows[r] * f, th * f)
                .narrow(3, cols[c] * f, tw * f)
                .add_(piece.mul_(weight));
            weightSum.narrow(2, rows[r] * f, th * f).narrow(3, cols[c] * f, tw * f).add_(weight);
        }
    }
    return sum.div_(weightSum).to(latent.scalar_type());
}

} // namespace hires::nets
