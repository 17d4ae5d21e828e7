// TileSizePolicy: the automatic tile size, from the memory a network's
// activations need per input pixel and the memory that is free.
//
// Contract: pure functions except availableHostMemory(), which reads
// /proc/meminfo (MemAvailable) on Linux. Thread-safe, torch-free. The
// per-pixel figures are upper estimates of the peak of one forward pass (the
// largest layers' inputs and outputs alive at once plus oneDNN's scratch),
// measured with tests/bench/bench_upscale and kept on the safe side: a tile
// that is too large costs an out-of-memory retry, one that is too small only
// a little overlap work.
#pragma once

#include "core/nn/network_spec.h"

#include <cstdint>

namespace hires {

struct TileSizeInput
{
    int64_t budgetBytes = 0;   // memory the activations may use
    int64_t bytesPerPixel = 0; // activationBytesPerPixel()
    int width = 0;             // padded image size
    int height = 0;
    int tilePad = 10;
    int multiple = 1; // the network's input multiple
    int minTile = 64;
    int maxTile = 0; // 0: no cap
};

class TileSizePolicy
{
public:
    // Peak activation bytes per input pixel of one forward pass. Networks that
    // are not SRVGGNetCompact (RRDBNet, generic ncnn graphs) are estimated as
    // RRDBNet, whose features reach the output resolution (the safe side).
    static int64_t activationBytesPerPixel(NetworkKind kind, int scale, int numFeat = 64,
                                           int numGrowCh = 32, int bytesPerValue = 4);
    // Bytes the OS reports as available (MemAvailable), or -1 when unknown.
    static int64_t availableHostMemory();
    // The largest tile (a multiple of 16 and of `multiple`) whose padded crop fits
    // the budget, at least minTile; 0 when the whole image fits in one piece.
    static int chooseTile(const TileSizeInput& in);
    // The CPU cap: beyond this side a tile gets no faster (the caches are long
    // spent) and the overlap saved is under 8 %; it keeps the peak memory of
    // huge images flat.
    static constexpr int kCpuMaxTile = 512;
};

} // namespace hires
