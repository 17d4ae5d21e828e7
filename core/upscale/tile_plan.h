// TilePlan: the geometry of RealESRGANer's tiled inference, with no pixels.
//
// Contract: pure and thread-safe. An image (already pre-padded and mod-padded)
// is cut into a grid of `tile` x `tile` cores (the last row and column are
// smaller); each core is run with `pad` pixels of real neighbours on every
// side, clamped to the image (no reflection at image borders), and only the
// core of the network output is pasted back (no blending). With a network
// input multiple m (2 for x2 models, 4 for x1) the tile and pad are rounded
// to multiples of m, so every crop has a valid size.
#pragma once

#include <vector>

namespace hires {

struct TileRect
{
    int x = 0;
    int y = 0;
    int width = 0;
    int height = 0;

    int right() const { return x + width; }
    int bottom() const { return y + height; }
    TileRect scaled(int factor) const
    {
        return {x * factor, y * factor, width * factor, height * factor};
    }
    bool operator==(const TileRect&) const = default;
};

struct Tile
{
    int index = 0;
    TileRect core;  // the pixels this tile owns, in input coordinates
    TileRect input; // core grown by the pad on each side, clamped to the image

    // Where the core lies inside the network's output for `input` (scaled).
    TileRect coreInOutput(int scale) const
    {
        return {(core.x - input.x) * scale, (core.y - input.y) * scale, core.width * scale,
                core.height * scale};
    }
};

// Right/bottom padding before the network: RealESRGANer's reflect pre-pad, then
// a reflect mod-pad so both sides become multiples of the network's input multiple.
struct InputPadding
{
    int right = 0;
    int bottom = 0;

    static InputPadding compute(int width, int height, int prePad, int multiple);
};

class TilePlan
{
public:
    // tile <= 0 or tile >= both sides: a single tile covering the image.
    static TilePlan make(int width, int height, int tile, int pad, int multiple = 1);

    int width() const { return m_width; }
    int height() const { return m_height; }
    int tileSize() const { return m_tile; } // 0 for a single whole-image tile
    int pad() const { return m_pad; }
    int columns() const { return m_columns; }
    int rows() const { return m_rows; }
    int count() const { return int(m_tiles.size()); }
    const std::vector<Tile>& tiles() const { return m_tiles; }
    // The largest input crop, in pixels (what a tile's memory depends on).
    long long largestInputPixels() const;

private:
    int m_width = 0;
    int m_height = 0;
    int m_tile = 0;
    int m_pad = 0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<Tile> m_tiles;
};

} // namespace hires
