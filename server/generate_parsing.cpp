#include "server/generate_parsing.h"

#include "core/diffusion/generate_job.h"
#include "server/image_payload.h"
#include "server/json_fields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}

// GenerationRequest::validate() starts its messages with the field's name.
HttpProblem requestProblem(const Error& error, const QJsonObject& known)
{
    const QString first = error.message.section(QLatin1Char(' '), 0, 0);
    return {400, error.message, known.contains(first) ? first : QString()};
}

std::optional<HttpProblem> resolveModel(const QString& field, QString* model,
                                        const ModelLibrary& models)
{
    if (model->isEmpty())
        return std::nullopt;
    const ModelInfo* info = models.findById(model->toLower());
    if (!info || info->kind != ModelKind::DiffusionCheckpoint || !info->ok())
        return HttpProblem{400,
                           tr("%1: no checkpoint '%2' on this server (GET /sdapi/v1/sd-models "
                              "lists them; models are named by id, never by path)")
                               .arg(field, model->left(100)),
                           field};
    *model = info->path;
    return std::nullopt;
}

std::optional<HttpProblem> checkSizes(const GenerationRequest& r, const ServerOptions& limits)
{
    const int side = limits.maxGenerateSide;
    for (const auto& [field, value] : {std::pair{QStringLiteral("width"), r.width},
                                       std::pair{QStringLiteral("height"), r.height}})
        if (value > side)
            return HttpProblem{
                400, tr("%1: %2 is over this server's limit of %3").arg(field).arg(value).arg(side),
                field};
    if (r.hiresFix && (r.hiresWidth() > 2 * side || r.hiresHeight() > 2 * side))
        return HttpProblem{
            400,
            tr("hires_scale: the hires target is over this server's limit of %1").arg(2 * side),
            QStringLiteral("hires_scale")};
    return std::nullopt;
}

QString encodedRole(const JobOutput& output, const QString& role)
{
    QString base64;
    if (const Image* image = output.image(role))
        encodeImagePayload(*image, ImageFormat::Png, &base64);
    return base64;
}
} // namespace

std::optional<HttpProblem> parseGenerateBody(const QJsonObject& body, const ModelLibrary& models,
                                             const ServerOptions& limits, GenerationRequest* out)
{
    const QJsonObject known = GenerationRequest{}.toJson();
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() == QLatin1String("init_image"))
            return HttpProblem{400, tr("init_image: the HTTP API does not read files"), it.key()};
        if (!known.contains(it.key()) && it.key() != QLatin1String("return_first_pass"))
            return HttpProblem{400, tr("unknown field '%1'").arg(it.key().left(100)),
                               it.key().left(100)};
    }
    if (body.contains(QLatin1String("return_first_pass")) &&
        !body.value(QLatin1String("return_first_pass")).isBool())
        return HttpProblem{400, tr("return_first_pass: expected true or false"),
                           QStringLiteral("return_first_pass")};
    QJsonObject request = body;
    request.remove(QStringLiteral("return_first_pass"));
    Result<GenerationRequest> parsed = GenerationRequest::fromJson(request);
    if (!parsed)
        return requestProblem(parsed.error(), known);
    *out = std::move(parsed).value();
    if (auto problem = resolveModel(QStringLiteral("model"), &out->model, models))
        return problem;
    return checkSizes(*out, limits);
}

std::optional<HttpProblem> parseTxt2ImgBody(const QJsonObject& body, const ModelLibrary& models,
                                            const ServerOptions& limits, GenerationRequest* out)
{
    JsonFields f(body);
    GenerationRequest& r = *out;
    qint64 seed = r.seed;
    QString sampler;
    QString hrUpscaler = QStringLiteral("R-ESRGAN 4x+");
    QString checkpoint;
    int batchSize = 1;
    int iterations = 1;
    f.text(QStringLiteral("prompt"), &r.prompt);
    f.text(QStringLiteral("negative_prompt"), &r.negativePrompt);
    f.integer(QStringLiteral("seed"), &seed, -1, GenerationRequest::kMaxSeed);
    f.integer(QStringLiteral("steps"), &r.numInferenceSteps, 1, GenerationRequest::kMaxSteps);
    f.number(QStringLiteral("cfg_scale"), &r.guidanceScale, 0, 50);
    f.integer(QStringLiteral("width"), &r.width, 64, limits.maxGenerateSide);
    f.integer(QStringLiteral("height"), &r.height, 64, limits.maxGenerateSide);
    f.text(QStringLiteral("sampler_name"), &sampler, 100);
    f.text(QStringLiteral("sampler_index"), &sampler, 100);
    f.boolean(QStringLiteral("enable_hr"), &r.hiresFix);
    f.number(QStringLiteral("hr_scale"), &r.hiresScale, 1, 4);
    f.text(QStringLiteral("hr_upscaler"), &hrUpscaler, 100);
    f.integer(QStringLiteral("hr_second_pass_steps"), &r.hiresSteps, 0,
              GenerationRequest::kMaxSteps);
    f.number(QStringLiteral("denoising_strength"), &r.denoisingStrength, 0, 1);
    f.boolean(QStringLiteral("restore_faces"), &r.useFaceRestoration);
    f.integer(QStringLiteral("batch_size"), &batchSize, 1, 1);
    f.integer(QStringLiteral("n_iter"), &iterations, 1, 1);
    f.integer(QStringLiteral("clip_skip"), &r.clipSkip, 1, 12);
    f.text(QStringLiteral("sd_model_checkpoint"), &checkpoint, 200);
    // Sent by every client with these defaults; no effect on one image made here.
    for (const char* ignored : {"styles",
                                "subseed",
                                "subseed_strength",
                                "seed_resize_from_h",
                                "seed_resize_from_w",
                                "tiling",
                                "do_not_save_samples",
                                "do_not_save_grid",
                                "eta",
                                "s_churn",
                                "s_tmax",
                                "s_tmin",
                                "s_noise",
                                "send_images",
                                "save_images",
                                "alwayson_scripts",
                                "script_args",
                                "override_settings_restore_afterwards",
                                "hr_resize_x",
                                "hr_resize_y",
                                "hr_sampler_name",
                                "hr_prompt",
                                "hr_negative_prompt",
                                "firstphase_width",
                                "firstphase_height"})
        f.accept(QString::fromLatin1(ignored));
    f.refuse(QStringLiteral("script_name"), tr("scripts are not supported"));
    f.refuse(QStringLiteral("override_settings"),
             tr("not supported; name the checkpoint with sd_model_checkpoint"));
    if (auto problem = f.finish())
        return problem;
    r.seed = seed;
    if (!sampler.isEmpty()) {
        const std::optional<SamplerKind> kind = parseSamplerKind(sampler);
        if (!kind)
            return HttpProblem{400,
                               tr("sampler_name: '%1' is not available here").arg(sampler.left(60)),
                               QStringLiteral("sampler_name")};
        r.sampler = *kind;
    }
    const QString up = hrUpscaler.toLower();
    r.latentUpscale = up.startsWith(QLatin1String("latent"));
    r.useRealesrgan = !r.latentUpscale && up != QLatin1String("lanczos");
    if (!checkpoint.isEmpty()) {
        // "name.safetensors [hash]", as /sdapi/v1/sd-models titles it -> the id "name".
        const QString title = checkpoint.section(QStringLiteral(" ["), 0, 0).trimmed();
        r.model = title.contains(QLatin1Char('/')) || title.contains(QLatin1Char('\\'))
                      ? title
                      : QFileInfo(title).completeBaseName();
        if (r.model.isEmpty())
            r.model = title; // ".." and the like: refused by the lookup below
        if (auto problem = resolveModel(QStringLiteral("sd_model_checkpoint"), &r.model, models))
            return problem;
    }
    if (Result<void> valid = r.validate(); !valid)
        return requestProblem(valid.error(), {});
    return checkSizes(r, limits);
}

QJsonObject generateAnswer(const JobOutput& output, bool withFirstPass)
{
    const Provenance& p = output.provenance;
    const Image* result = output.image(QStringLiteral("result"));
    QJsonObject timings;
    for (const auto& [stage, seconds] : p.timings)
        timings.insert(stage, seconds);
    QJsonObject answer{
        {QStringLiteral("image"), encodedRole(output, QStringLiteral("result"))},
        {QStringLiteral("width"), result ? result->width() : 0},
        {QStringLiteral("height"), result ? result->height() : 0},
        {QStringLiteral("seed"), p.details.value(QLatin1String(GenerationDetail::kSeed))},
        {QStringLiteral("upscaler"), p.used},
        {QStringLiteral("upscaler_reason"),
         p.details.value(QLatin1String(GenerationDetail::kUpscalerReason))},
        {QStringLiteral("face_restoration"),
         p.details.value(QLatin1String(GenerationDetail::kFaceRestoration))},
        {QStringLiteral("timings"), timings},
        {QStringLiteral("provenance"), p.toJson()},
    };
    if (withFirstPass)
        answer.insert(QStringLiteral("first_pass_image"),
                      encodedRole(output, QStringLiteral("first_pass")));
    return answer;
}

QJsonObject txt2ImgAnswer(const JobOutput& output, const QJsonObject& parameters)
{
    const Provenance& p = output.provenance;
    const Image* result = output.image(QStringLiteral("result"));
    const auto text = result ? result->metadata.text.find(QStringLiteral("parameters"))
                             : std::map<QString, QString>::const_iterator();
    const QString infotext =
        result && text != result->metadata.text.end() ? text->second : p.summary();
    const QJsonObject info{
        {QStringLiteral("seed"), p.details.value(QLatin1String(GenerationDetail::kSeed))},
        {QStringLiteral("all_seeds"),
         QJsonArray{p.details.value(QLatin1String(GenerationDetail::kSeed))}},
        {QStringLiteral("prompt"), parameters.value(QStringLiteral("prompt"))},
        {QStringLiteral("infotexts"), QJsonArray{infotext}},
        {QStringLiteral("provenance"), p.toJson()},
    };
    return {{QStringLiteral("images"), QJsonArray{encodedRole(output, QStringLiteral("result"))}},
            {QStringLiteral("parameters"), parameters},
            {QStringLiteral("info"),
             QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact))}};
}

} // namespace hires::server
