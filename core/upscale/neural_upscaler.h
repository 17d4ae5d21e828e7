// NeuralUpscaler: Real-ESRGAN-family upscaling (RRDBNet, SRVGGNetCompact)
// with RealESRGANer's pipeline and our fallback ladder.
//
// Contract: see Upscaler. Holds one loaded network (pimpl; the public header
// is torch-free). Pipeline: RGB in [0, 1] (16-bit stays 16-bit, gray stays
// gray), right/bottom reflect pre-pad and mod-pad, tiles with clamped overlap
// and a hard paste of each core, crop, clamp, rounding; alpha through the
// model or by LANCZOS; model passes until the requested scale is reached,
// then an exact LANCZOS4 resize to int(w * scale) x int(h * scale). Failures
// walk the FallbackLadder (smaller tiles, CPU, fp32) and end, when allowed,
// in LANCZOS for the whole image — never a mix. Not thread-safe.
#pragma once

#include "core/upscale/upscaler.h"

#include <memory>

namespace hires {

class NeuralUpscaler final : public Upscaler
{
public:
    // Opens a model file (.pth/.safetensors/ncnn .param) on the CPU in fp32.
    // modelId names it in provenance and output names (default: the file's base name).
    static Result<std::unique_ptr<NeuralUpscaler>> open(const QString& modelFile,
                                                        const QString& modelId = {});
    ~NeuralUpscaler() override;

    QString id() const override;
    QString modelFile() const;
    QString architecture() const; // "RRDBNet x4, 23 blocks, 64 features"
    int modelScale() const;
    int64_t parameterCount() const;

    Result<UpscaleResult> upscale(const Image& input, const UpscaleOptions& options,
                                  const UpscaleProgress& progress = {},
                                  const std::atomic<bool>* cancel = nullptr) override;

    // Model passes needed for a scale: scale^passes >= outScale (at least one).
    static int passesFor(int modelScale, double outScale);

    struct Impl;

private:
    explicit NeuralUpscaler(std::unique_ptr<Impl> impl);
    friend struct NeuralUpscalerFactory;
    std::unique_ptr<Impl> d;
};

} // namespace hires
