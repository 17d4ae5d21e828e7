// How an upscale should run: the options every Upscaler takes.
//
// Contract: a plain value type, copyable, torch-free; defaults follow
// RealESRGANer (tile_pad 10, pre_pad 10) except the output scale (2, the
// product's default). Nothing here is global state: the CPU thread count is
// applied by the upscaler for the duration of a run.
#pragma once

#include "core/jobs/compute_device.h"

#include <QString>

namespace hires {

// Where the alpha channel of a BGRA image goes.
enum class AlphaMode
{
    Model, // gray -> RGB through the same network and tiles, back to gray (RealESRGANer's default)
    Lanczos, // resized on its own with LANCZOS4 (cheaper, never invents detail in the mask)
};

// Arithmetic the network runs in.
enum class Precision
{
    Auto, // fp16 on CUDA, fp32 on the CPU
    Fp32,
    Fp16, // CUDA only; on the CPU it is treated as fp32 (libtorch's CPU kernels lack it)
    Bf16, // opt-in; slower than fp32 on CPUs without native bf16 convolutions (see
          // docs/upscaling.md)
};

Result<AlphaMode> parseAlphaMode(const QString& text); // "model" | "lanczos"
QString alphaModeName(AlphaMode mode);
Result<Precision> parsePrecision(const QString& text); // "auto" | "fp32" | "fp16" | "bf16"
QString precisionName(Precision precision);

// Deliberate failures, for tests and diagnostics of the fallback ladder on real
// runs (a real network, real tiles): the tile with the given index (0-based,
// in the order tiles run within one model pass) fails the given number of
// times, counted over the whole run. Default: none. Kept in release builds on
// purpose: the ladder that ships is the ladder that is tested.
struct UpscaleFaults
{
    int outOfMemoryAtTile = -1; // throws std::bad_alloc instead of running the tile
    int outOfMemoryTimes = 1;
    int nonFiniteAtTile = -1; // the tile's network output gets a NaN
    int nonFiniteTimes = 1;

    bool any() const { return outOfMemoryAtTile >= 0 || nonFiniteAtTile >= 0; }
};

struct UpscaleOptions
{
    static constexpr int kWholeImage = -1; // `tile` value: never split the image

    double outScale = 2.0; // output size = int(input size * outScale)
    int tile = 0;          // tile side in input pixels; 0 = automatic from free memory
    int tilePad = 10;      // overlap on each side of a tile (clamped to the image)
    int prePad = 10;       // right/bottom reflect padding before the network, cropped after
    int minTile = 64;      // out-of-memory halving stops here
    AlphaMode alpha = AlphaMode::Model;
    DevicePreference device = DevicePreference::Auto;
    Precision precision = Precision::Auto;
    int cpuThreads = 0;        // 0 = all cores
    bool allowFallback = true; // false: a failure is an error instead of the next ladder step
    int64_t maxOutputPixels = int64_t(1) << 30;
    int maxOutputSide = 65535;
    UpscaleFaults faults;
};

} // namespace hires
