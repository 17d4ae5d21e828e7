// Test support for the Compare page tests: the test data, the fast real
// model they compare with, and the model's plain run as the page makes it.
#pragma once

#include "core/image/image.h"
#include "core/upscale/upscale_engine.h"
#include "ui/pages/comparison_page.h"

#include <QString>

namespace hires::test {

inline QString dataFile(const char* relative)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/") + QLatin1String(relative);
}

// realesrgan-x4fast (upscayl's ncnn model); on a server it is found by its id.
inline ui::ModelChoice fastModel()
{
    return {QStringLiteral("realesrgan-x4fast"), dataFile("upscayl/realesrgan-x4fast.param")};
}

// The fast model on `input` at `scale` in one tile, without faces: what the
// page's model side is when nothing else changes it.
inline Result<UpscaleResult> plainModelRun(const Image& input, double scale)
{
    UpscaleRequest request;
    request.model = fastModel().file;
    request.modelId = fastModel().id;
    request.options.outScale = scale;
    request.options.tile = UpscaleOptions::kWholeImage;
    UpscaleEngine engine;
    return engine.run(input, request);
}

} // namespace hires::test
