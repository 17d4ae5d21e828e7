#include "core/compare/upscale_comparison_job.h"

#include "core/compare/compare_tr_p.h"
#include "core/image/image_decoder.h"
#include "core/jobs/model_cache.h"
#include "core/upscale/lanczos_upscaler.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace hires {

namespace {

const QString kEngineKey = QStringLiteral("compare:upscale-engine");

} // namespace

UpscaleComparisonJob::UpscaleComparisonJob(UpscaleComparisonRequest request)
    : m_request(std::move(request))
{}

QString UpscaleComparisonJob::kind() const
{
    return QStringLiteral("compare");
}

QString UpscaleComparisonJob::title() const
{
    const QString name = m_request.inputFile.isEmpty() ? CompareTr::tr("image")
                                                       : QFileInfo(m_request.inputFile).fileName();
    return CompareTr::tr("LANCZOS vs %1: %2").arg(m_request.model.methodId(), name);
}

cv::Rect UpscaleComparisonJob::contextRect(cv::Rect region, int margin, cv::Size image)
{
    const cv::Rect bounds(cv::Point(0, 0), image);
    region &= bounds;
    if (region.empty())
        return {};
    margin = std::max(0, margin);
    const cv::Rect grown(region.x - margin, region.y - margin, region.width + 2 * margin,
                         region.height + 2 * margin);
    return grown & bounds;
}

cv::Rect UpscaleComparisonJob::scaleRect(cv::Rect rect, double scale, cv::Size output)
{
    const int left = int(std::lround(rect.x * scale));
    const int top = int(std::lround(rect.y * scale));
    const int right = int(std::lround((rect.x + rect.width) * scale));
    const int bottom = int(std::lround((rect.y + rect.height) * scale));
    return cv::Rect(cv::Point(left, top), cv::Point(right, bottom)) &
           cv::Rect(cv::Point(0, 0), output);
}

Result<Image> UpscaleComparisonJob::loadInput() const
{
    if (!m_request.input.pixels.empty())
        return m_request.input;
    if (m_request.inputFile.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         CompareTr::tr("Nothing to compare: no input image was given."));
    return readImageFile(m_request.inputFile);
}

Result<UpscaleResult> UpscaleComparisonJob::runModel(const Image& input,
                                                     const UpscaleRequest& request,
                                                     JobContext& context)
{
    if (m_upscaler)
        return m_upscaler(input, request, context);
    std::shared_ptr<UpscaleEngine> engine;
    if (context.models()) {
        auto cached = context.models()->getOrLoad<UpscaleEngine>(
            kEngineKey, []() -> Result<std::shared_ptr<UpscaleEngine>> {
                return std::make_shared<UpscaleEngine>();
            });
        if (!cached)
            return cached.error();
        engine = *cached;
    } else {
        engine = std::make_shared<UpscaleEngine>();
    }
    return engine->run(
        input, request,
        [&context](int done, int total, const QString& stage) {
            context.progress(done, total, stage);
        },
        context.cancelFlag());
}

Result<JobOutput> UpscaleComparisonJob::run(JobContext& context)
{
    Result<Image> loaded = loadInput();
    if (!loaded)
        return loaded.error();
    const Image& input = *loaded;
    // The runner's device and thread settings, as for every upscale job.
    UpscaleRequest modelRequest = m_request.model;
    modelRequest.options.device = context.settings().device;
    modelRequest.options.cpuThreads = context.settings().cpuThreads;
    if (modelRequest.faceRestore)
        modelRequest.faceRestore->device = context.settings().device;
    const UpscaleOptions& options = modelRequest.options;
    const std::atomic<bool>* cancel = context.cancelFlag();

    LanczosUpscaler lanczos;
    Result<UpscaleResult> baseline = lanczos.upscale(
        input, options,
        [&context](int done, int total, const QString&) {
            context.progress(done, total, QStringLiteral("lanczos"));
        },
        cancel);
    if (!baseline)
        return baseline.error();
    if (context.cancelled())
        return makeError(ErrorCode::Cancelled, CompareTr::tr("The comparison was cancelled."));

    const cv::Rect bounds(cv::Point(0, 0), input.pixels.size());
    const cv::Rect region = m_request.region & bounds;
    const cv::Rect crop =
        region.empty() ? bounds : contextRect(region, m_request.margin, input.pixels.size());
    Image modelInput = input;
    if (!region.empty())
        modelInput.pixels = input.pixels(crop).clone();

    Result<UpscaleResult> modelResult = runModel(modelInput, modelRequest, context);
    if (!modelResult)
        return modelResult.error();

    ComparisonSide a{CompareTr::tr("LANCZOS"), {}, baseline->image, baseline->provenance, 0, {}};
    ComparisonSide b{modelRequest.methodId(), {}, modelResult->image,
                     modelResult->provenance, 0,  {}};
    const cv::Size outputSize = baseline->image.pixels.size();
    cv::Rect outputRegion;
    cv::Mat reference = input.pixels;
    // Where the model's pixels (and so its faces) lie in side B.
    cv::Rect facesFrom(cv::Point(0, 0), modelResult->image.pixels.size());
    cv::Point facesAt(0, 0);
    if (!region.empty()) {
        // Where the region sits in the model's output of the context crop, and in the whole output.
        const double scale = options.outScale;
        const cv::Size cropOutput = modelResult->image.pixels.size();
        const cv::Rect inCrop = scaleRect(region - crop.tl(), scale, cropOutput);
        outputRegion = scaleRect(region, scale, outputSize);
        const cv::Size common(std::min(inCrop.width, outputRegion.width),
                              std::min(inCrop.height, outputRegion.height));
        outputRegion = cv::Rect(outputRegion.tl(), common);
        cv::Mat pasted = baseline->image.pixels.clone();
        facesFrom = cv::Rect(inCrop.tl(), common);
        facesAt = outputRegion.tl();
        modelResult->image.pixels(facesFrom).copyTo(pasted(outputRegion));
        b.image.pixels = pasted;
        b.image.metadata = input.metadata;
        b.provenance.details.insert(QStringLiteral("preview_region"),
                                    QJsonArray{region.x, region.y, region.width, region.height});
        b.provenance.details.insert(QStringLiteral("preview_margin"), m_request.margin);
        reference = input.pixels(region);
    }
    Result<Comparison> comparison =
        Comparison::build(std::move(a), std::move(b), reference, m_request.gain, outputRegion);
    if (!comparison)
        return comparison.error();
    comparison->inputFile = m_request.inputFile;
    if (modelResult->faces) {
        comparison->faces = std::move(modelResult->faces);
        comparison->facesFrom = facesFrom;
        comparison->facesAt = facesAt;
    }
    return comparison->toJobOutput();
}

} // namespace hires
