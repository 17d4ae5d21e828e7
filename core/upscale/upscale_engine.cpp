#include "core/upscale/upscale_engine.h"

#include "core/face/face_restoration_session.h"
#include "core/face/face_restore_step.h"
#include "core/jobs/job.h"
#include "core/upscale/lanczos_upscaler.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace hires {

bool UpscaleRequest::isLanczos() const
{
    return model.isEmpty() || model.compare(QLatin1String("lanczos"), Qt::CaseInsensitive) == 0;
}

QString UpscaleRequest::methodId() const
{
    if (isLanczos())
        return QStringLiteral("lanczos");
    return modelId.isEmpty() ? QFileInfo(model).completeBaseName() : modelId;
}

UpscaleEngine::UpscaleEngine()
    : UpscaleEngine(&NeuralUpscaler::open)
{}

UpscaleEngine::UpscaleEngine(ModelOpener opener)
    : m_opener(std::move(opener))
{}

UpscaleEngine::~UpscaleEngine() = default;

Result<UpscaleResult> UpscaleEngine::run(const Image& input, const UpscaleRequest& request,
                                         const UpscaleProgress& progress,
                                         const std::atomic<bool>* cancel)
{
    Result<UpscaleResult> upscaled = upscale(input, request, progress, cancel);
    if (!upscaled || !request.faceRestore)
        return upscaled;
    return restoreFaces(std::move(*upscaled), request, progress, cancel);
}

Result<UpscaleResult> UpscaleEngine::restoreFaces(UpscaleResult upscaled,
                                                  const UpscaleRequest& request,
                                                  const UpscaleProgress& progress,
                                                  const std::atomic<bool>* cancel)
{
    if (m_faces)
        m_faces->setOptions(*request.faceRestore);
    else
        m_faces = std::make_unique<FaceRestorer>(*request.faceRestore);
    const JobContext context(0, cancel, nullptr, progress, {});
    const size_t fallbacksBefore = upscaled.provenance.fallbacks.size();
    Result<FaceRestoreStepOutput> step =
        applyFaceRestoration(*m_faces, upscaled.image, upscaled.provenance, &context);
    if (!step)
        return step.error(); // cancelled
    if (!request.options.allowFallback && upscaled.provenance.fallbacks.size() > fallbacksBefore)
        return makeError(QFileInfo::exists(request.faceRestore->modelPath) ? ErrorCode::CorruptData
                                                                           : ErrorCode::NotFound,
                         upscaled.provenance.fallbacks.back().reason);
    if (request.keepFaceSession && !request.faceRestore->alignedInput && !step->faces.empty()) {
        Result<FaceRestorationSession> session = FaceRestorationSession::fromRecords(
            upscaled.image, std::move(step->faces), request.faceRestore->weight,
            Provenance::fromJson(
                upscaled.provenance.details.value(QStringLiteral("face_restoration")).toObject()));
        if (session)
            upscaled.faces = std::make_shared<FaceRestorationSession>(std::move(session.value()));
    }
    upscaled.image = std::move(step->image);
    return upscaled;
}

Result<UpscaleResult> UpscaleEngine::upscale(const Image& input, const UpscaleRequest& request,
                                             const UpscaleProgress& progress,
                                             const std::atomic<bool>* cancel)
{
    LanczosUpscaler lanczos;
    if (request.isLanczos())
        return lanczos.upscale(input, request.options, progress, cancel);

    double loadSeconds = 0;
    if (request.model != m_modelFile) {
        QElapsedTimer timer;
        timer.start();
        m_model.reset();
        m_modelError.reset();
        m_modelFile = request.model;
        Result<std::unique_ptr<NeuralUpscaler>> opened =
            m_opener(request.model, request.methodId());
        if (opened)
            m_model = std::move(*opened);
        else
            m_modelError = opened.error();
        loadSeconds = timer.nsecsElapsed() / 1e9;
    }
    if (!m_model) {
        if (!request.options.allowFallback)
            return *m_modelError;
        Result<UpscaleResult> result = lanczos.upscale(input, request.options, progress, cancel);
        if (!result)
            return result;
        Provenance& p = result->provenance;
        p.requested = request.methodId();
        p.modelFile = request.model;
        p.addFallback(request.methodId(), p.used, m_modelError->message);
        if (loadSeconds > 0)
            p.timings.insert(p.timings.begin(), {QStringLiteral("load"), loadSeconds});
        return result;
    }
    Result<UpscaleResult> result = m_model->upscale(input, request.options, progress, cancel);
    if (result && loadSeconds > 0)
        result->provenance.timings.insert(result->provenance.timings.begin(),
                                          {QStringLiteral("load"), loadSeconds});
    return result;
}

} // namespace hires
