#include "core/nn/conv_util_p.h"

namespace hires {

at::Tensor upsampleNearest2x(const at::Tensor& x)
{
    // out[y, x] = in[y / 2, x / 2]: a broadcasted view then one copy, identical to
    // F.interpolate(scale_factor=2, mode='nearest') and layout-preserving.
    const auto n = x.size(0), c = x.size(1), h = x.size(2), w = x.size(3);
    at::Tensor out = at::empty({n, c, 2 * h, 2 * w}, x.options(), x.suggest_memory_format());
    out.view({n, c, h, 2, w, 2}).copy_(x.view({n, c, h, 1, w, 1}).expand({n, c, h, 2, w, 2}));
    return out;
}

at::Tensor preferredLayout(const at::Tensor& x)
{
    if (x.device().is_cpu() && x.dim() == 4)
        return x.contiguous(at::MemoryFormat::ChannelsLast);
    return x;
}

void applyPreferredLayout(torch::nn::Module& module)
{
    at::NoGradGuard noGrad;
    for (auto& p : module.parameters(/*recurse=*/true)) {
        if (p.dim() == 4)
            p.set_data(preferredLayout(p.data()));
    }
}

} // namespace hires
