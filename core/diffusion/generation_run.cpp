#include "core/diffusion/generation_run_p.h"

#include "core/diffusion/diffusion_tr_p.h"
#include "core/diffusion/face_restoration_step_p.h"
#include "core/diffusion/generation_parameters.h"
#include "core/diffusion/hires_upscale_step_p.h"
#include "core/diffusion/latent_noise_p.h"
#include "core/diffusion/sampler_p.h"
#include "core/diffusion/sd_model_p.h"
#include "core/image/bgr8.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/compute_device.h"
#include "core/jobs/model_cache.h"
#include "core/upscale/lanczos_upscaler.h"
#include "core/upscale/upscale_engine.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <opencv2/imgproc.hpp>

namespace hires {

namespace {

namespace D = GenerationDetail;

template <typename T>
Result<std::shared_ptr<T>> cached(ModelCache* cache, const QString& key,
                                  const std::function<Result<std::shared_ptr<T>>()>& load)
{
    return cache ? cache->getOrLoad<T>(key, load) : load();
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, DiffusionTr::tr("The generation was cancelled"));
}

} // namespace

GenerationRun::GenerationRun(const GenerationRequest& request, const GenerateOptions& options,
                             const std::optional<Image>& firstPass, JobContext& context)
    : m_request(request)
    , m_options(options)
    , m_firstPass(firstPass)
    , m_context(context)
{
    m_stageTimer.start();
}

GenerationRun::~GenerationRun() = default;

Result<QString> GenerationRun::resolveModelPath(const QString& model, const QStringList& folders)
{
    if (model.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("No model given: choose a Stable Diffusion checkpoint "
                                         "(.safetensors / .ckpt) or diffusers folder"));
    if (QFileInfo::exists(model))
        return QFileInfo(model).absoluteFilePath();
    QStringList looked;
    for (const QString& folder : folders) {
        for (const QString& suffix :
             {QString(), QStringLiteral(".safetensors"), QStringLiteral(".ckpt")}) {
            const QString path = QDir(folder).filePath(model + suffix);
            if (QFileInfo::exists(path))
                return QFileInfo(path).absoluteFilePath();
        }
        looked << QDir::toNativeSeparators(folder);
    }
    return makeError(ErrorCode::NotFound,
                     DiffusionTr::tr("No checkpoint \"%1\": not a file or folder, and not in the "
                                     "model folders (%2)")
                         .arg(model, looked.join(QStringLiteral(", "))));
}

Result<void> GenerationRun::checkCancelled() const
{
    if (m_context.cancelled())
        return cancelledError();
    return {};
}

void GenerationRun::stage(const QString& name)
{
    m_context.progress(m_stepsDone, m_totalSteps, name);
}

void GenerationRun::timed(const QString& name)
{
    m_provenance.addTiming(name, m_stageTimer.nsecsElapsed() / 1e9);
    m_stageTimer.restart();
}

Result<void> GenerationRun::prepare()
{
    if (Result<void> valid = m_request.validate(); !valid)
        return valid;
    if (m_firstPass && !m_request.hiresFix)
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("Re-running the second pass needs hires_fix on"));
    if (m_firstPass && m_request.seed == GenerationRequest::kRandomSeed)
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("Re-running the second pass needs the first run's seed"));
    Result<GenerationSchedule> schedule = GenerationSchedule::plan(m_request);
    if (!schedule)
        return schedule.error();
    m_schedule = std::move(*schedule);
    m_totalSteps = (m_firstPass ? 0 : m_schedule->firstPassSteps()) + m_schedule->secondPassSteps();
    stage(DiffusionTr::tr("loading model"));

    Result<DevicePreference> preference = parseDevicePreference(m_options.device);
    if (!preference)
        return preference.error();
    if (*preference == DevicePreference::Auto) // the runner's choice (GUI settings) applies
        preference = m_context.settings().device;
    Result<ComputeDevice> device = resolveDevice(*preference);
    if (!device)
        return device.error();
    Result<QString> path = resolveModelPath(m_request.model, m_options.modelFolders);
    if (!path)
        return path.error();
    Result<TokenizerLocation> tokenizer =
        TokenizerLocator::locate(*path, m_options.tokenizerDir, m_options.modelFolders);
    if (!tokenizer)
        return tokenizer.error();
    const at::Device torchDevice =
        device->cuda ? at::Device(at::kCUDA, int8_t(device->index)) : at::Device(at::kCPU);
    const bool half = device->cuda; // fp16 only on CUDA; the VAE stays fp32 regardless
    const QString key =
        QStringLiteral("sd:%1:%2:%3:%4")
            .arg(*path, device->name, half ? QStringLiteral("fp16") : QStringLiteral("fp32"),
                 tokenizer->path);
    Result<std::shared_ptr<SdModel>> model = cached<SdModel>(m_context.models(), key, [&] {
        return SdModel::load(*path, *tokenizer, torchDevice, half);
    });
    if (!model)
        return model.error();
    m_model = *model;
    timed(QStringLiteral("load"));

    const SdModelInfo& info = m_model->info();
    if (m_request.isImg2Img() && !m_firstPass) {
        if (Result<void> loaded = loadInitImage(); !loaded)
            return loaded;
    }
    m_request = m_request.withModelDefaults(info.kind);
    if (m_firstPass) {
        m_request.width = m_firstPass->width();
        m_request.height = m_firstPass->height();
    }
    const int64_t factor = m_model->latentFactor();
    if (m_request.width % factor != 0 || m_request.height % factor != 0)
        return makeError(ErrorCode::InvalidArgument,
                         DiffusionTr::tr("width and height must be multiples of %1 for this model, "
                                         "got %2x%3")
                             .arg(factor)
                             .arg(m_request.width)
                             .arg(m_request.height));
    if (Result<void> valid = m_request.validate(); !valid)
        return valid;
    m_seed = m_request.seed == GenerationRequest::kRandomSeed
                 ? QRandomGenerator::global()->bounded(quint64(1) << 32)
                 : uint64_t(m_request.seed);

    m_provenance.task = QStringLiteral("generate");
    m_provenance.modelId = QFileInfo(*path).completeBaseName();
    m_provenance.modelFile = *path;
    m_provenance.architecture = info.displayName();
    m_provenance.device = device->name;
    m_provenance.precision = half ? QStringLiteral("fp16") : QStringLiteral("fp32");
    m_provenance.details.insert(QLatin1String(D::kModelKind), info.displayName());
    m_provenance.details.insert(QLatin1String(D::kTokenizer), tokenizer->path);
    m_provenance.details.insert(QLatin1String(D::kTokenizerSource),
                                tokenizerSourceId(tokenizer->source));
    return {};
}

Result<at::Tensor> GenerationRun::samplePass(const SamplingPlan& plan, const at::Tensor& init,
                                             int64_t height, int64_t width, const QString& name)
{
    const int64_t f = m_model->latentFactor();
    const std::vector<int64_t> shape{1, m_model->latentChannels(), height / f, width / f};
    // Fresh generators from the seed for each pass (A1111 draws the hires
    // noise anew from the same seeds); the ancestral steps continue them.
    LatentNoise noise({m_seed});
    const at::Tensor start =
        noise.next(shape, at::TensorOptions().dtype(at::kFloat).device(m_model->device()));
    const Denoiser denoiser =
        makeGuidedDenoiser(makeDenoiser(m_model->pairNetwork(*m_conditioning, height, width),
                                        m_model->info().prediction, NoiseSchedule::scaledLinear()),
                           m_request.guidanceScale);
    m_passSteps = 0;
    SamplerHooks hooks;
    hooks.cancel = m_context.cancelFlag();
    const SdModelKind kind = m_model->info().kind;
    hooks.onStep = [&](const SamplerStep& step) {
        ++m_passSteps;
        ++m_stepsDone;
        m_context.progress(m_stepsDone, m_totalSteps, name);
        if (m_options.previewEvery > 0 && (step.index + 1) % m_options.previewEvery == 0 &&
            step.index + 1 < step.total)
            m_context.preview(latentPreview(step.denoised, kind));
    };
    stage(name);
    Result<at::Tensor> latent = Sampler::sample(plan, denoiser, start, init, &noise, hooks);
    timed(name);
    return latent;
}

Result<void> GenerationRun::loadInitImage()
{
    Result<Image> image = readImageFile(m_request.initImage);
    if (!image)
        return image.error();
    m_initPixels = toBgr8(image->pixels);
    // No size given: the init image's, down to a multiple of 8 (A1111 needs one).
    auto side = [](int requested, int actual) {
        return requested != 0 ? requested
                              : std::clamp(actual / 8 * 8, 64, GenerationRequest::kMaxSide);
    };
    m_request.width = side(m_request.width, m_initPixels.cols);
    m_request.height = side(m_request.height, m_initPixels.rows);
    return {};
}

Result<at::Tensor> GenerationRun::hiresLatent(const at::Tensor& firstLatent,
                                              const cv::Mat& firstImage, JobOutput& output)
{
    const cv::Size target(m_request.hiresWidth(), m_request.hiresHeight());
    const int64_t f = m_model->latentFactor();
    const HiresUpscaler upscaler = m_request.hiresUpscaler();
    namespace D = GenerationDetail;
    if (upscaler == HiresUpscaler::Latent) {
        stage(DiffusionTr::tr("upscaling"));
        // A re-run has only the decoded first pass: encode it again.
        const at::Tensor latent =
            firstLatent.defined() ? firstLatent : m_model->encodeImage(firstImage, m_seed);
        m_provenance.requested = m_provenance.used = QStringLiteral("latent");
        m_provenance.details.insert(QLatin1String(D::kUpscalerReason),
                                    DiffusionTr::tr("latent upscale requested"));
        // A1111: F.interpolate(mode="bilinear", antialias=False), no decode / encode.
        const at::Tensor up = at::upsample_bilinear2d(latent, {target.height / f, target.width / f},
                                                      /*align_corners=*/false);
        timed(QStringLiteral("upscale"));
        return up;
    }

    stage(DiffusionTr::tr("upscaling"));
    std::shared_ptr<UpscaleEngine> engine;
    Result<std::shared_ptr<UpscaleEngine>> cachedEngine =
        cached<UpscaleEngine>(m_context.models(), QStringLiteral("generate:upscale-engine"), [] {
            return Result<std::shared_ptr<UpscaleEngine>>(std::make_shared<UpscaleEngine>());
        });
    engine = *cachedEngine;
    const QString modelFile = upscaler == HiresUpscaler::RealEsrgan
                                  ? HiresUpscaleStep::findRealesrganModel(m_options.realesrganModel,
                                                                          m_options.modelFolders)
                                  : QString();
    Image first;
    first.pixels = firstImage;
    Result<HiresUpscaleOutcome> up = HiresUpscaleStep::run(*engine, first, target, upscaler,
                                                           modelFile, {}, m_context.cancelFlag());
    if (!up)
        return up.error();
    m_provenance.requested = up->requested;
    m_provenance.used = up->used;
    for (const FallbackEvent& e : up->details.fallbacks)
        m_provenance.fallbacks.push_back(e);
    m_provenance.details.insert(QLatin1String(D::kUpscalerReason), up->reason);
    if (up->used != QLatin1String("lanczos")) {
        m_provenance.tileSize = up->details.tileSize;
        m_provenance.details.insert(QStringLiteral("upscaler_file"), modelFile);
    }
    output.images.push_back({QStringLiteral("upscaled"), up->image});
    timed(QStringLiteral("upscale"));
    if (Result<void> c = checkCancelled(); !c)
        return c.error();

    stage(DiffusionTr::tr("encoding image"));
    const at::Tensor latent = m_model->encodeImage(up->image.pixels, m_seed);
    timed(QStringLiteral("encode image"));
    return latent;
}

Result<void> GenerationRun::restoreFaces(JobOutput& output, Image& result)
{
    namespace D = GenerationDetail;
    if (!m_request.useFaceRestoration) {
        m_provenance.details.insert(QLatin1String(D::kFaceRestoration), QStringLiteral("off"));
        return {};
    }
    stage(DiffusionTr::tr("face restoration"));
    Result<FaceStepOutcome> step =
        FaceRestorationStep::run(result, m_request.faceRestorationWeight, m_options,
                                 m_context.models(), m_provenance, m_context);
    if (!step)
        return step.error();
    m_provenance.details.insert(QLatin1String(D::kFaceRestorationWeight),
                                m_request.faceRestorationWeight);
    m_provenance.details.insert(QLatin1String(D::kFaceRestoration),
                                step->applied ? QStringLiteral("applied")
                                              : QStringLiteral("skipped"));
    if (step->applied) {
        Image before;
        before.pixels = result.pixels.clone();
        output.images.push_back({QStringLiteral("before_face_restoration"), before});
        result.pixels = toBgr8(step->image.pixels);
    } else {
        m_provenance.details.insert(QLatin1String(D::kFaceRestorationReason), step->reason);
    }
    timed(QStringLiteral("face restoration"));
    return {};
}

Result<JobOutput> GenerationRun::execute()
{
    namespace D = GenerationDetail;
    if (Result<void> ready = prepare(); !ready)
        return ready.error();
    c10::InferenceMode inferenceMode;
    JobOutput output;

    stage(DiffusionTr::tr("encoding prompt"));
    Result<GuidanceConditioning> conditioning =
        m_model->encodePrompts(m_request.prompt, m_request.negativePrompt, m_request.clipSkip);
    if (!conditioning)
        return conditioning.error();
    m_conditioning = std::make_unique<GuidanceConditioning>(std::move(*conditioning));
    timed(QStringLiteral("encode prompt"));
    if (Result<void> c = checkCancelled(); !c)
        return c.error();

    at::Tensor firstLatent;
    cv::Mat firstImage;
    if (m_firstPass) {
        firstImage = toBgr8(m_firstPass->pixels);
        m_provenance.details.insert(QLatin1String(D::kSecondPassOnly), true);
    } else {
        at::Tensor init;
        if (m_request.isImg2Img()) {
            stage(DiffusionTr::tr("encoding image"));
            cv::Mat start = m_initPixels;
            if (start.cols != m_request.width ||
                start.rows != m_request.height) // A1111 "Just resize"
                start = LanczosUpscaler::resize(start, cv::Size(m_request.width, m_request.height));
            init = m_model->encodeImage(start, m_seed);
            timed(QStringLiteral("encode image"));
        }
        Result<at::Tensor> latent = samplePass(m_schedule->firstPass, init, m_request.height,
                                               m_request.width, DiffusionTr::tr("first pass"));
        if (!latent)
            return latent.error();
        m_provenance.details.insert(QLatin1String(D::kFirstPassSteps), m_passSteps);
        firstLatent = *latent;
        stage(DiffusionTr::tr("decoding"));
        firstImage = m_model->decodeLatent(firstLatent);
        timed(QStringLiteral("decode"));
    }
    Image first;
    first.pixels = firstImage;
    output.images.push_back({QStringLiteral("first_pass"), first});

    Image result; // its own pixels: a consumer may edit "result" without touching "first_pass"
    result.pixels = firstImage.clone();
    if (m_request.hiresFix) {
        if (Result<void> c = checkCancelled(); !c)
            return c.error();
        Result<at::Tensor> latent = hiresLatent(firstLatent, firstImage, output);
        if (!latent)
            return latent.error();
        Result<at::Tensor> second =
            samplePass(*m_schedule->secondPass, *latent, m_request.hiresHeight(),
                       m_request.hiresWidth(), DiffusionTr::tr("second pass"));
        if (!second)
            return second.error();
        m_provenance.details.insert(QLatin1String(D::kSecondPassSteps), m_passSteps);
        stage(DiffusionTr::tr("decoding"));
        result.pixels = m_model->decodeLatent(*second);
        timed(QStringLiteral("decode"));
    } else {
        m_provenance.details.insert(QLatin1String(D::kSecondPassSteps), 0);
    }
    if (Result<void> c = checkCancelled(); !c)
        return c.error();
    if (Result<void> faces = restoreFaces(output, result); !faces)
        return faces.error();

    GenerationRequest recorded = m_request;
    recorded.seed = int64_t(m_seed);
    m_provenance.details.insert(QLatin1String(D::kSeed), double(m_seed));
    m_provenance.details.insert(QLatin1String(D::kRequest), recorded.toJson());
    result.metadata.text[GenerationParameters::kPngKey] =
        GenerationParameters::format(recorded, int64_t(m_seed), m_provenance.modelId);
    output.images.insert(output.images.begin(), {QStringLiteral("result"), result});

    if (Result<void> c = checkCancelled(); !c)
        return c.error();
    if (!m_options.outputFile.isEmpty()) {
        stage(DiffusionTr::tr("saving"));
        EncodeOptions encode;
        const std::optional<ImageFormat> format =
            imageFormatFromName(QFileInfo(m_options.outputFile).suffix());
        encode.format = format.value_or(ImageFormat::Png);
        const QStringList inputs =
            m_request.isImg2Img() ? QStringList{m_request.initImage} : QStringList{};
        if (Result<void> saved = saveImage(result, m_options.outputFile, encode, inputs); !saved)
            return saved.error();
        output.savedFiles << QFileInfo(m_options.outputFile).absoluteFilePath();
        timed(QStringLiteral("save"));
    }
    m_context.progress(m_totalSteps, m_totalSteps, DiffusionTr::tr("done"));
    output.provenance = m_provenance;
    return output;
}

} // namespace hires
