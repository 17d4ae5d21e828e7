// HttpService's routes that run jobs: /upscale and extras (UpscaleJob),
// /generate and txt2img (GenerateJob). Kept apart from the plumbing in
// http_service.cpp (admission, answers, job bookkeeping).
#include "server/http_service.h"

#include "core/diffusion/generate_job.h"
#include "core/upscale/upscale_job.h"
#include "server/a1111_shapes.h"
#include "server/generate_parsing.h"
#include "server/image_payload.h"
#include "server/upscale_parsing.h"

#include <QCoreApplication>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}
} // namespace

const ModelInfo* HttpService::defaultCheckpoint() const
{
    for (const ModelInfo& info : m_models.models())
        if (info.ok() && info.kind == ModelKind::DiffusionCheckpoint &&
            (m_options.checkpoint.isEmpty() || info.id == m_options.checkpoint))
            return &info;
    return nullptr;
}

void HttpService::handleGenerate(const QHttpServerRequest& request, const HttpReplyPtr& reply,
                                 bool a1111)
{
    QJsonObject body;
    if (auto problem = readJson(request, &body))
        return sendProblem(reply, *problem);
    GenerationRequest generation;
    const auto problem = a1111 ? parseTxt2ImgBody(body, m_models, m_options, &generation)
                               : parseGenerateBody(body, m_models, m_options, &generation);
    if (problem)
        return sendProblem(reply, *problem);
    if (generation.model.isEmpty()) {
        const ModelInfo* checkpoint = defaultCheckpoint();
        if (!checkpoint)
            return sendProblem(reply, {503,
                                       tr("no Stable Diffusion checkpoint on this server "
                                          "(add one to a --models folder)"),
                                       {}});
        generation.model = checkpoint->path;
    }
    // Face restoration asked for but not possible is not refused: the job
    // records "skipped" and why, and the answer says so.
    GenerateOptions options;
    options.modelFolders = m_models.folders();
    if (const ModelInfo* upscaler = m_models.defaultUpscaler())
        options.realesrganModel = upscaler->path;
    // Every step: a cheap projection, kept for /sdapi/v1/progress's current_image.
    options.previewEvery = 1;
    const bool firstPass = body.value(QStringLiteral("return_first_pass")).toBool();
    const QJsonObject parameters = generation.toJson();
    submit(reply, std::make_unique<GenerateJob>(generation, options),
           [a1111, firstPass, parameters](const JobOutput& output) {
               return a1111 ? txt2ImgAnswer(output, parameters) : generateAnswer(output, firstPass);
           });
}

void HttpService::handleUpscale(const QHttpServerRequest& request, const HttpReplyPtr& reply,
                                bool a1111)
{
    QJsonObject body;
    if (auto problem = readJson(request, &body))
        return sendProblem(reply, *problem);
    ParsedUpscale parsed;
    const auto problem = a1111 ? parseExtrasBody(body, m_models, m_options, &parsed)
                               : parseUpscaleBody(body, m_models, m_options, &parsed);
    if (problem)
        return sendProblem(reply, *problem);
    if (parsed.passThrough) {
        QString base64;
        if (auto bad = encodeImagePayload(parsed.input, ImageFormat::Png, &base64))
            return sendProblem(reply, *bad);
        return send(reply, 200, a1111ExtrasAnswer(base64, QString()));
    }
    const ImageFormat format = parsed.format;
    UpscaleRequest upscale = parsed.request;
    Image input = std::move(parsed.input);
    parsed.input = {};
    // In memory only: no UpscaleSave, so the job never writes a file.
    submit(reply,
           std::make_unique<UpscaleJob>(
               UpscaleJobInput::fromImage(std::move(input), QStringLiteral("upload")), upscale),
           [a1111, format, parsed](const JobOutput& output) {
               const Image* image = output.image(QStringLiteral("result"));
               QString base64;
               if (!image || encodeImagePayload(*image, format, &base64))
                   return HttpProblem{500, tr("the result could not be encoded"), {}}.toJson();
               Provenance provenance = output.provenance;
               QJsonObject answer;
               recordFaceRestoration(parsed, &provenance, &answer);
               if (a1111)
                   return a1111ExtrasAnswer(base64, provenance.summary());
               answer.insert(QStringLiteral("image"), base64);
               answer.insert(QStringLiteral("width"), image->width());
               answer.insert(QStringLiteral("height"), image->height());
               answer.insert(QStringLiteral("format"), imageFormatExtension(format));
               answer.insert(QStringLiteral("upscaler"), provenance.used);
               answer.insert(QStringLiteral("provenance"), provenance.toJson());
               return answer;
           });
}

} // namespace hires::server
