#include "core/upscale/upscale_job.h"

#include "core/image/image_decoder.h"
#include "core/image/output_naming.h"
#include "core/jobs/model_cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace hires {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::UpscaleJob", text);
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, tr("cancelled"));
}

} // namespace

UpscaleJobInput UpscaleJobInput::fromFile(const QString& path)
{
    UpscaleJobInput input;
    input.path = path;
    return input;
}

UpscaleJobInput UpscaleJobInput::fromImage(Image image, const QString& name)
{
    UpscaleJobInput input;
    input.image = std::move(image);
    input.name = name;
    return input;
}

UpscaleJob::UpscaleJob(UpscaleJobInput input, UpscaleRequest request, UpscaleSave save)
    : m_input(std::move(input))
    , m_request(std::move(request))
    , m_save(std::move(save))
{}

QString UpscaleJob::title() const
{
    if (!m_input.name.isEmpty())
        return m_input.name;
    if (!m_input.path.isEmpty())
        return QFileInfo(m_input.path).fileName();
    return QStringLiteral("image");
}

ImageFormat UpscaleJob::outputFormat(const std::optional<ImageFormat>& requested,
                                     const Image& result)
{
    if (requested)
        return *requested;
    ImageFormat format = result.sourceFormat.value_or(ImageFormat::Png);
    if ((result.hasAlpha() && !formatSupportsAlpha(format)) ||
        (result.bitDepth() == 16 && !formatSupports16Bit(format)))
        format = ImageFormat::Png;
    return format;
}

QString UpscaleJob::engineCacheKey(const UpscaleRequest& request)
{
    return QStringLiteral("upscale-engine:") + request.model;
}

Result<Image> UpscaleJob::loadInput() const
{
    if (m_input.image) {
        if (m_input.image->pixels.empty())
            return makeError(ErrorCode::InvalidArgument, tr("%1: the image is empty").arg(title()));
        return *m_input.image;
    }
    if (m_input.path.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("no input image given"));
    return readImageFile(m_input.path);
}

Result<UpscaleResult> UpscaleJob::upscale(const Image& image, const UpscaleRequest& request,
                                          JobContext& context)
{
    const UpscaleProgress progress = [&context](int done, int total, const QString& stage) {
        context.progress(done, total, stage);
    };
    if (m_upscaler)
        return m_upscaler(image, request, context);
    const std::atomic<bool>* cancel = context.cancelFlag();
    // LANCZOS keeps no state; a test opener must not leave its engine in the cache.
    if (request.isLanczos() || m_opener || !context.models()) {
        UpscaleEngine engine = m_opener ? UpscaleEngine(m_opener) : UpscaleEngine();
        return engine.run(image, request, progress, cancel);
    }
    const QString key = engineCacheKey(request);
    Result<std::shared_ptr<UpscaleEngine>> engine =
        context.models()->getOrLoad<UpscaleEngine>(key, [] {
            return Result<std::shared_ptr<UpscaleEngine>>(std::make_shared<UpscaleEngine>());
        });
    if (!engine)
        return engine.error();
    Result<UpscaleResult> result = (*engine)->run(image, request, progress, cancel);
    if (!(*engine)->loadedModel())
        context.models()->remove(key); // not openable now: the next job tries again
    return result;
}

Result<QString> UpscaleJob::saveResult(const Image& result, const Provenance& provenance) const
{
    EncodeOptions encode;
    encode.format = outputFormat(m_save.format, result);
    encode.quality = m_save.quality;
    encode.lossless = m_save.webpLossless;
    const QString namingInput = m_input.path.isEmpty() ? title() : m_input.path;
    if (m_save.folder.isEmpty() && m_input.path.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            tr("%1: no output folder given for an image that has no file").arg(title()));
    const QString path = defaultOutputPath(namingInput, provenance.used, m_request.options.outScale,
                                           encode.format, m_save.folder);
    QStringList protectedPaths;
    if (!m_input.path.isEmpty())
        protectedPaths << QFileInfo(m_input.path).absoluteFilePath();
    if (Result<void> saved = saveImage(result, path, encode, protectedPaths); !saved)
        return saved.error();
    return path;
}

Result<JobOutput> UpscaleJob::run(JobContext& context)
{
    if (context.cancelled())
        return cancelledError();
    QElapsedTimer timer;
    timer.start();
    Result<Image> image = loadInput();
    if (!image)
        return image.error();
    const double readSeconds = timer.nsecsElapsed() / 1e9;

    UpscaleRequest request = m_request;
    if (!m_keepRequestDevice) {
        request.options.device = context.settings().device;
        request.options.cpuThreads = context.settings().cpuThreads;
    }
    Result<UpscaleResult> result = upscale(*image, request, context);
    if (!result)
        return result.error();
    if (context.cancelled()) // after the last tile: still nothing written
        return cancelledError();

    JobOutput output;
    output.provenance = std::move(result->provenance);
    if (!m_input.image)
        output.provenance.timings.insert(output.provenance.timings.begin(),
                                         {QStringLiteral("read"), readSeconds});
    if (m_save.enabled) {
        timer.restart();
        Result<QString> saved = saveResult(result->image, output.provenance);
        if (!saved)
            return saved.error();
        output.savedFiles << *saved;
        output.provenance.addTiming(QStringLiteral("save"), timer.nsecsElapsed() / 1e9);
    }
    output.images.push_back({QStringLiteral("result"), std::move(result->image)});
    output.faces = std::move(result->faces);
    return output;
}

} // namespace hires
