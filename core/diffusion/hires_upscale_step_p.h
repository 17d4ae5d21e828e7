// Private: the image-space upscale of hires fix — the first pass enlarged to
// the hires target with Real-ESRGAN (through UpscaleEngine, with its LANCZOS
// fallback) or with LANCZOS, then brought to the exact target with LANCZOS
// (A1111 resize_image: the upscaler's output resized to the target).
//
// Contract: runs on the worker thread; never throws; the outcome records the
// upscaler that really ran and why.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/generation_request.h"
#include "core/image/image.h"
#include "core/jobs/provenance.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace hires {

class UpscaleEngine;

struct HiresUpscaleOutcome
{
    Image image;        // exactly the target size, BGR 8-bit
    QString requested;  // "realesrgan-x4fast", "realesrgan" (none found) or "lanczos"
    QString used;       // "realesrgan-x4fast", "lanczos"
    QString reason;     // for people: why this upscaler
    Provenance details; // the upscaler's own record (fallbacks, tiles, timings)
};

class HiresUpscaleStep
{
public:
    // The model hires fix uses: `explicitModel` when given, else the first of
    // realesrgan-x4fast, realesrgan-x4plus (ncnn .param, .pth, .safetensors)
    // in `folders`; empty when none is there.
    static QString findRealesrganModel(const QString& explicitModel, const QStringList& folders);

    static Result<HiresUpscaleOutcome> run(UpscaleEngine& engine, const Image& firstPass,
                                           cv::Size target, HiresUpscaler upscaler,
                                           const QString& modelFile,
                                           const std::function<void(int, int)>& progress,
                                           const std::atomic<bool>* cancel);
};

} // namespace hires
