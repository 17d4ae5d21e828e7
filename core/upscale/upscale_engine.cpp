#include "core/upscale/upscale_engine.h"

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
