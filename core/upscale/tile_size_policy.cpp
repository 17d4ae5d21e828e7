#include "core/upscale/tile_size_policy.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace hires {

int64_t TileSizePolicy::activationBytesPerPixel(NetworkKind kind, int scale, int numFeat,
                                                int numGrowCh, int bytesPerValue)
{
    const int64_t nf = numFeat;
    const int64_t outChannels = 3;
    if (kind == NetworkKind::SRVGGNetCompact) {
        // Body: a conv's input and output (nf each) alive, plus the last conv's
        // C*s^2 output, its pixel-shuffled copy and the nearest-upsampled base.
        const int64_t s2 = int64_t(scale) * scale;
        return bytesPerValue * (3 * nf + 3 * outChannels * s2 + 2 * outChannels * s2);
    }
    // RRDBNet: the trunk runs at 1/r of the input size for x2/x1 models (pixel
    // unshuffle), then everything is upsampled x4 from there. The peak is at the
    // full output resolution: the upsampled copy, conv_up2's output and
    // conv_hr's output, nf channels each, plus a dense block's concatenation in
    // the trunk.
    const double unshuffle = scale == 2 ? 4.0 : scale == 1 ? 16.0 : 1.0;
    const double upPixels = 16.0 / unshuffle; // output pixels per input pixel of the trunk end
    const double trunk = (2.0 * nf + 5.0 * nf + 4.0 * numGrowCh) / unshuffle;
    const double head = 3.0 * nf * upPixels;
    return int64_t(std::ceil(bytesPerValue * std::max(trunk, head) * 1.25));
}

int64_t TileSizePolicy::availableHostMemory()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return -1;
    // /proc files report size 0: read all rather than testing atEnd().
    const QList<QByteArray> lines = meminfo.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("MemAvailable:")) {
            bool ok = false;
            const qint64 kib = line.mid(13).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kib * 1024 : -1;
        }
    }
    return -1;
}

int TileSizePolicy::chooseTile(const TileSizeInput& in)
{
    const int multiple = std::max(1, in.multiple);
    const int step = std::lcm(16, multiple);
    const int minTile = std::max(step, in.minTile / step * step);
    if (in.bytesPerPixel <= 0 || in.budgetBytes <= 0)
        return minTile;
    const double side = std::sqrt(double(in.budgetBytes) / double(in.bytesPerPixel));
    int tile = int(side) - 2 * in.tilePad;
    if (in.maxTile > 0)
        tile = std::min(tile, in.maxTile);
    tile = std::max(minTile, tile / step * step);
    // One piece when it fits: the crop would be the whole image anyway.
    const int64_t wholePixels = int64_t(in.width) * in.height;
    if (tile >= in.width && tile >= in.height)
        return 0;
    if (in.maxTile <= 0 && wholePixels * in.bytesPerPixel <= in.budgetBytes)
        return 0;
    return tile;
}

} // namespace hires
