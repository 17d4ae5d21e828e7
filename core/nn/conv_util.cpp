#include "core/nn/conv_util_p.h"

#include <cstdlib>
#include <cstring>

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

bool chooseCpuChannelsLast(bool cpuHasAvx512, const char* forced)
{
    if (forced && *forced)
        return std::strcmp(forced, "0") != 0;
    return cpuHasAvx512;
}

bool wideConvChannelsLast()
{
    static const bool channelsLast = [] {
#if defined(__x86_64__) || defined(__i386__)
        const bool avx512 = __builtin_cpu_supports("avx512f");
#else
        const bool avx512 = false;
#endif
        return chooseCpuChannelsLast(avx512, std::getenv("HIRES_CPU_CHANNELS_LAST"));
    }();
    return channelsLast;
}

const char* wideConvLayoutName()
{
    return wideConvChannelsLast() ? "channels-last" : "NCHW";
}

namespace {

at::Tensor cpuLayout(const at::Tensor& x, bool channelsLast)
{
    if (x.device().is_cpu() && x.dim() == 4)
        return x.contiguous(channelsLast ? at::MemoryFormat::ChannelsLast
                                         : at::MemoryFormat::Contiguous);
    return x;
}

void applyCpuLayout(torch::nn::Module& module, bool channelsLast)
{
    at::NoGradGuard noGrad;
    for (auto& p : module.parameters(/*recurse=*/true)) {
        if (p.dim() == 4)
            p.set_data(cpuLayout(p.data(), channelsLast));
    }
}

} // namespace

at::Tensor preferredLayout(const at::Tensor& x)
{
    return cpuLayout(x, true);
}

void applyPreferredLayout(torch::nn::Module& module)
{
    applyCpuLayout(module, true);
}

at::Tensor wideConvLayout(const at::Tensor& x)
{
    return cpuLayout(x, wideConvChannelsLast());
}

void applyWideConvLayout(torch::nn::Module& module)
{
    applyCpuLayout(module, wideConvChannelsLast());
}

} // namespace hires
