// VaeConfig: the hyper-parameters of ldm's AutoencoderKL (a plain value;
// torch-free). The same architecture serves SD 1.x, 2.x and SDXL; only the
// latent scale factor differs.
#pragma once

#include <cstdint>
#include <vector>

namespace hires::nets {

struct VaeConfig
{
    int64_t inChannels = 3;
    int64_t outChannels = 3;
    int64_t ch = 128;
    std::vector<int64_t> chMult{1, 2, 4, 4};
    int64_t numResBlocks = 2;
    int64_t zChannels = 4;
    int64_t embedDim = 4;
    double scaleFactor = 0.18215; // SD 1.x / 2.x; SDXL: 0.13025

    int64_t downscale() const { return int64_t(1) << (chMult.size() - 1); }
    static VaeConfig sd() { return {}; }
    static VaeConfig sdxl()
    {
        VaeConfig c;
        c.scaleFactor = 0.13025;
        return c;
    }
};

} // namespace hires::nets
