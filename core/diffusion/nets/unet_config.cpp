#include "core/diffusion/nets/unet_config.h"

#include <algorithm>

namespace hires::nets {

bool UNetConfig::hasAttention(int64_t ds) const
{
    return std::find(attentionResolutions.begin(), attentionResolutions.end(), ds) !=
           attentionResolutions.end();
}

int64_t UNetConfig::headsAt(int64_t channels) const
{
    return numHeadChannels > 0 ? channels / numHeadChannels : numHeads;
}

int64_t UNetConfig::headDimAt(int64_t channels) const
{
    return numHeadChannels > 0 ? numHeadChannels : channels / numHeads;
}

UNetConfig UNetConfig::sd15()
{
    return UNetConfig{};
}

UNetConfig UNetConfig::sd2()
{
    UNetConfig c;
    c.numHeadChannels = 64;
    c.contextDim = 1024;
    c.linearProjection = true;
    return c;
}

UNetConfig UNetConfig::sdxlBase()
{
    UNetConfig c;
    c.channelMult = {1, 2, 4};
    c.attentionResolutions = {4, 2};
    c.transformerDepth = {1, 2, 10};
    c.middleDepth = 10;
    c.numHeadChannels = 64;
    c.contextDim = 2048;
    c.linearProjection = true;
    c.admInChannels = 2816;
    return c;
}

} // namespace hires::nets
