#include "core/upscale/tile_plan.h"

#include <algorithm>

namespace hires {

namespace {
int roundUp(int value, int multiple)
{
    return (value + multiple - 1) / multiple * multiple;
}
} // namespace

InputPadding InputPadding::compute(int width, int height, int prePad, int multiple)
{
    InputPadding p;
    p.right = std::max(0, prePad);
    p.bottom = std::max(0, prePad);
    if (multiple > 1) {
        p.right += (multiple - (width + p.right) % multiple) % multiple;
        p.bottom += (multiple - (height + p.bottom) % multiple) % multiple;
    }
    return p;
}

TilePlan TilePlan::make(int width, int height, int tile, int pad, int multiple)
{
    TilePlan plan;
    plan.m_width = std::max(0, width);
    plan.m_height = std::max(0, height);
    multiple = std::max(1, multiple);
    if (tile > 0)
        tile = roundUp(tile, multiple);
    if (tile <= 0 || (tile >= width && tile >= height)) {
        plan.m_columns = plan.m_rows = 1;
        plan.m_tiles.push_back(Tile{0, {0, 0, width, height}, {0, 0, width, height}});
        return plan;
    }
    plan.m_tile = tile;
    plan.m_pad = roundUp(std::max(0, pad), multiple);
    plan.m_columns = (width + tile - 1) / tile;
    plan.m_rows = (height + tile - 1) / tile;
    for (int r = 0; r < plan.m_rows; ++r) {
        for (int c = 0; c < plan.m_columns; ++c) {
            Tile t;
            t.index = int(plan.m_tiles.size());
            const int x0 = c * tile, y0 = r * tile;
            const int x1 = std::min(x0 + tile, width), y1 = std::min(y0 + tile, height);
            t.core = {x0, y0, x1 - x0, y1 - y0};
            const int px0 = std::max(x0 - plan.m_pad, 0), py0 = std::max(y0 - plan.m_pad, 0);
            const int px1 = std::min(x1 + plan.m_pad, width);
            const int py1 = std::min(y1 + plan.m_pad, height);
            t.input = {px0, py0, px1 - px0, py1 - py0};
            plan.m_tiles.push_back(t);
        }
    }
    return plan;
}

long long TilePlan::largestInputPixels() const
{
    long long largest = 0;
    for (const Tile& t : m_tiles)
        largest = std::max(largest, (long long)t.input.width * t.input.height);
    return largest;
}

} // namespace hires
