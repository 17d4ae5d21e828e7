#include "core/diffusion/hires_upscale_step_p.h"

#include "core/diffusion/diffusion_tr_p.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/upscale_engine.h"

#include <QDir>
#include <QFileInfo>

namespace hires {

QString HiresUpscaleStep::findRealesrganModel(const QString& explicitModel,
                                              const QStringList& folders)
{
    if (!explicitModel.isEmpty())
        return explicitModel;
    // The fast model first: hires fix upscales a whole image per generation.
    const char* const names[] = {"realesrgan-x4fast.param", "realesr-general-x4v3.pth",
                                 "realesrgan-x4plus.param", "RealESRGAN_x4plus.pth",
                                 "RealESRGAN_x4plus.safetensors"};
    for (const QString& folder : folders)
        for (const char* name : names) {
            const QString path = QDir(folder).filePath(QLatin1String(name));
            if (QFileInfo(path).isFile())
                return QFileInfo(path).absoluteFilePath();
        }
    return {};
}

Result<HiresUpscaleOutcome> HiresUpscaleStep::run(UpscaleEngine& engine, const Image& firstPass,
                                                  cv::Size target, HiresUpscaler upscaler,
                                                  const QString& modelFile,
                                                  const std::function<void(int, int)>& progress,
                                                  const std::atomic<bool>* cancel)
{
    HiresUpscaleOutcome out;
    UpscaleRequest request;
    request.options.outScale = std::max(double(target.width) / firstPass.width(),
                                        double(target.height) / firstPass.height());
    if (upscaler == HiresUpscaler::RealEsrgan && !modelFile.isEmpty()) {
        request.model = modelFile;
        out.reason = DiffusionTr::tr("Real-ESRGAN requested");
    } else if (upscaler == HiresUpscaler::RealEsrgan) {
        out.requested = QStringLiteral("realesrgan");
        out.reason = DiffusionTr::tr("no Real-ESRGAN model found (realesrgan-x4fast or -x4plus); "
                                     "install the default models");
        out.details.addFallback(out.requested, QStringLiteral("lanczos"), out.reason);
    } else {
        out.reason = DiffusionTr::tr("LANCZOS requested");
    }
    if (out.requested.isEmpty())
        out.requested = request.methodId();

    Result<UpscaleResult> result = engine.run(
        firstPass, request,
        [&](int done, int total, const QString&) {
            if (progress)
                progress(done, total);
        },
        cancel);
    if (!result)
        return result.error();
    out.used = result->provenance.used.isEmpty() ? request.methodId() : result->provenance.used;
    for (const FallbackEvent& e : result->provenance.fallbacks) {
        out.details.fallbacks.push_back(e);
        out.reason = e.reason; // the last fallback says why this upscaler produced the pixels
    }
    out.details.timings = result->provenance.timings;
    out.details.device = result->provenance.device;
    out.details.tileSize = result->provenance.tileSize;
    cv::Mat pixels = result->image.pixels;
    if (pixels.cols != target.width || pixels.rows != target.height)
        pixels = LanczosUpscaler::resize(pixels, target);
    out.image.pixels = pixels;
    return out;
}

} // namespace hires
