#include "core/upscale/lanczos_upscaler.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hires {

Result<cv::Size> upscaledSize(cv::Size input, const UpscaleOptions& options)
{
    if (input.width <= 0 || input.height <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("upscale", "the image is empty"));
    if (!(options.outScale > 0) || !std::isfinite(options.outScale))
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("upscale", "invalid scale %1").arg(options.outScale));
    // int(w * outscale), as RealESRGANer's final resize does; at least one pixel.
    const double w = std::floor(input.width * options.outScale);
    const double h = std::floor(input.height * options.outScale);
    if (w > options.maxOutputSide || h > options.maxOutputSide ||
        w * h > double(options.maxOutputPixels))
        return makeError(ErrorCode::TooLarge,
                         QCoreApplication::translate(
                             "upscale", "the output would be %1 x %2 pixels, over the limit "
                                        "(%3 pixels per side, %4 megapixels)")
                             .arg(w, 0, 'f', 0)
                             .arg(h, 0, 'f', 0)
                             .arg(options.maxOutputSide)
                             .arg(double(options.maxOutputPixels) / 1e6, 0, 'f', 0));
    return cv::Size(std::max(1, int(w)), std::max(1, int(h)));
}

QString LanczosUpscaler::id() const
{
    return QStringLiteral("lanczos");
}

cv::Mat LanczosUpscaler::resize(const cv::Mat& pixels, cv::Size size)
{
    if (pixels.size() == size)
        return pixels.clone();
    cv::Mat out;
    cv::resize(pixels, out, size, 0, 0, cv::INTER_LANCZOS4);
    return out;
}

Result<UpscaleResult> LanczosUpscaler::upscale(const Image& input, const UpscaleOptions& options,
                                               const UpscaleProgress& progress,
                                               const std::atomic<bool>* cancel)
{
    Result<cv::Size> size = upscaledSize(input.pixels.size(), options);
    if (!size)
        return size.error();
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, QCoreApplication::translate("upscale", "cancelled"));
    QElapsedTimer timer;
    timer.start();
    UpscaleResult result;
    try {
        result.image.pixels = resize(input.pixels, *size);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         QCoreApplication::translate("upscale", "not enough memory for %1 x %2")
                             .arg(size->width)
                             .arg(size->height));
    } catch (const cv::Exception& e) {
        return makeError(ErrorCode::Internal, QString::fromStdString(e.what()));
    }
    result.image.metadata = input.metadata;
    result.image.sourceFormat = input.sourceFormat;
    Provenance& p = result.provenance;
    p.task = QStringLiteral("upscale");
    p.requested = p.used = id();
    p.device = QStringLiteral("cpu");
    p.passes = 1;
    p.addTiming(QStringLiteral("resize"), timer.nsecsElapsed() / 1e9);
    if (progress)
        progress(1, 1, QStringLiteral("resize"));
    return result;
}

} // namespace hires
