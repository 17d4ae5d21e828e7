#include "server/upscale_parsing.h"

#include "core/diffusion/generate_job.h"
#include "core/face/face_restore_step.h"
#include "core/nn/builtin_architectures.h"
#include "server/image_payload.h"
#include "server/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}

// AUTOMATIC1111's names for the models this project knows by id.
QString libraryIdFor(const QString& name)
{
    if (name == QLatin1String("R-ESRGAN 4x+"))
        return QStringLiteral("realesrgan-x4plus");
    if (name == QLatin1String("R-ESRGAN 4x+ Anime6B"))
        return QStringLiteral("realesrgan-x4plus-anime");
    return name.toLower();
}

std::optional<HttpProblem> checkOutputSize(const ParsedUpscale& parsed, const QString& field,
                                           const ServerOptions& limits)
{
    const double w = std::floor(parsed.input.width() * parsed.request.options.outScale);
    const double h = std::floor(parsed.input.height() * parsed.request.options.outScale);
    if (w * h > double(limits.maxOutputPixels))
        return HttpProblem{413,
                           tr("%1: the result would be %2x%3 pixels, over this server's limit "
                              "of %4 pixels")
                               .arg(field)
                               .arg(qint64(w))
                               .arg(qint64(h))
                               .arg(limits.maxOutputPixels),
                           field};
    return std::nullopt;
}

// Face restoration at `weight` after the upscale, with the server's GFPGAN model.
void askFaceRestoration(double weight, const ModelLibrary& models, ParsedUpscale* out)
{
    out->faceAsked = true;
    const ModelInfo* model = gfpganModel(models);
    if (!model) {
        out->faceSkipped = tr("this server has no GFPGAN model (add GFPGANv1.4.pth to one of its "
                              "--models folders)");
        return;
    }
    FaceRestoreOptions face = faceRestoreStepOptions(weight, model->path, models.folders());
    out->request.faceRestore = face;
}

} // namespace

void recordFaceRestoration(const ParsedUpscale& parsed, Provenance* provenance, QJsonObject* answer)
{
    QString status = QStringLiteral("off");
    QString reason;
    if (parsed.faceAsked) {
        reason = parsed.faceSkipped.isEmpty() ? faceRestorationOutcome(*provenance).skipReason
                                              : parsed.faceSkipped;
        status = reason.isEmpty() ? QStringLiteral("applied") : QStringLiteral("skipped");
    }
    if (!parsed.faceSkipped.isEmpty())
        provenance->addFallback(tr("face restoration"), tr("skipped"), parsed.faceSkipped);
    provenance->details.insert(QLatin1String(GenerationDetail::kFaceRestoration), status);
    answer->insert(QStringLiteral("face_restoration"), status);
    if (!reason.isEmpty()) {
        provenance->details.insert(QLatin1String(GenerationDetail::kFaceRestorationReason), reason);
        answer->insert(QStringLiteral("face_restoration_reason"), reason);
    }
    if (parsed.faceAsked)
        provenance->details.insert(QLatin1String(GenerationDetail::kFaceRestorationWeight),
                                   parsed.faceWeight);
}

const ModelInfo* gfpganModel(const ModelLibrary& models)
{
    return models.defaultFaceRestorer();
}

std::optional<UpscaleRequest> resolveUpscaler(const QString& field, const QString& name,
                                              const ModelLibrary& models, HttpProblem* problem)
{
    UpscaleRequest request;
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))) {
        *problem = {400,
                    tr("%1: name a model by its id (GET /sdapi/v1/upscalers lists them), "
                       "not by a file path")
                        .arg(field),
                    field};
        return std::nullopt;
    }
    const QString id = libraryIdFor(name);
    if (id == QLatin1String("lanczos")) {
        request.model = request.modelId = QStringLiteral("lanczos");
        return request;
    }
    const ModelInfo* info = models.findById(id);
    if (!info || info->kind != ModelKind::Upscaler) {
        *problem = {400,
                    tr("%1: no upscaler '%2' on this server (GET /sdapi/v1/upscalers lists "
                       "them)")
                        .arg(field, name.left(100)),
                    field};
        return std::nullopt;
    }
    if (!info->ok()) {
        *problem = {400, tr("%1: the model '%2' cannot be used: %3").arg(field, id, info->error),
                    field};
        return std::nullopt;
    }
    request.model = info->path;
    request.modelId = info->id;
    return request;
}

std::optional<HttpProblem> parseUpscaleBody(const QJsonObject& body, const ModelLibrary& models,
                                            const ServerOptions& limits, ParsedUpscale* out)
{
    JsonFields fields(body);
    QString image;
    const ModelInfo* fallback = models.defaultUpscaler();
    QString upscaler = fallback ? fallback->id : QStringLiteral("lanczos");
    double scale = 2.0;
    int tile = 0;
    bool allowFallback = true;
    QString format = QStringLiteral("png");
    QString alpha = alphaModeName(AlphaMode::Model);
    bool faces = false;
    double faceWeight = 0.5; // GenerationRequest's default
    fields.text(QStringLiteral("image"), &image, int(limits.maxBodyBytes));
    fields.text(QStringLiteral("upscaler"), &upscaler, 200);
    fields.number(QStringLiteral("scale"), &scale, 1.0, 16.0);
    fields.integer(QStringLiteral("tile"), &tile, -1, 4096);
    fields.boolean(QStringLiteral("allow_fallback"), &allowFallback);
    fields.text(QStringLiteral("format"), &format, 10);
    fields.text(QStringLiteral("alpha"), &alpha, 20);
    fields.boolean(QStringLiteral("use_face_restoration"), &faces);
    fields.number(QStringLiteral("face_restoration_weight"), &faceWeight, 0.0, 1.0);
    const Result<AlphaMode> alphaMode = parseAlphaMode(alpha);
    if (!alphaMode)
        fields.fail(QStringLiteral("alpha"), tr("expected \"model\" or \"lanczos\""));
    const std::optional<ImageFormat> imageFormat = imageFormatFromName(format);
    if (!imageFormat || *imageFormat == ImageFormat::Tiff)
        fields.fail(QStringLiteral("format"), tr("expected \"png\", \"jpeg\" or \"webp\""));
    if (tile > 0 && tile < 32)
        fields.fail(QStringLiteral("tile"), tr("use 0 (automatic), -1 (whole image) or 32..4096"));
    if (!fields.has(QStringLiteral("image")))
        fields.fail(QStringLiteral("image"), tr("required: the image as base64"));
    if (auto problem = fields.finish())
        return problem;

    HttpProblem problem;
    std::optional<UpscaleRequest> request =
        resolveUpscaler(QStringLiteral("upscaler"), upscaler, models, &problem);
    if (!request)
        return problem;
    out->request = *request;
    out->request.options.outScale = scale;
    out->request.options.tile = tile < 0 ? UpscaleOptions::kWholeImage : tile;
    out->request.options.allowFallback = allowFallback;
    out->request.options.maxOutputPixels = limits.maxOutputPixels;
    out->request.options.alpha = *alphaMode;
    out->faceWeight = faceWeight;
    if (faces)
        askFaceRestoration(faceWeight, models, out);
    out->format = *imageFormat;
    if (auto bad =
            decodeImagePayload(QStringLiteral("image"), image, limits.maxInputPixels, &out->input))
        return bad;
    return checkOutputSize(*out, QStringLiteral("scale"), limits);
}

std::optional<HttpProblem> parseExtrasBody(const QJsonObject& body, const ModelLibrary& models,
                                           const ServerOptions& limits, ParsedUpscale* out)
{
    JsonFields fields(body);
    QString image;
    int resizeMode = 0;
    double resize = 2.0;
    int resizeW = 512;
    int resizeH = 512;
    QString upscaler1 = QStringLiteral("None");
    QString upscaler2 = QStringLiteral("None");
    double upscaler2Visibility = 0.0;
    double gfpgan = 0.0;
    double codeformer = 0.0;
    fields.text(QStringLiteral("image"), &image, int(limits.maxBodyBytes));
    fields.integer(QStringLiteral("resize_mode"), &resizeMode, 0, 1);
    fields.number(QStringLiteral("upscaling_resize"), &resize, 1.0, 8.0);
    fields.integer(QStringLiteral("upscaling_resize_w"), &resizeW, 1, 65535);
    fields.integer(QStringLiteral("upscaling_resize_h"), &resizeH, 1, 65535);
    fields.text(QStringLiteral("upscaler_1"), &upscaler1, 200);
    fields.text(QStringLiteral("upscaler_2"), &upscaler2, 200);
    fields.number(QStringLiteral("extras_upscaler_2_visibility"), &upscaler2Visibility, 0, 1);
    fields.number(QStringLiteral("gfpgan_visibility"), &gfpgan, 0, 1);
    fields.number(QStringLiteral("codeformer_visibility"), &codeformer, 0, 1);
    for (const char* ignored :
         {"show_extras_results", "codeformer_weight", "upscaling_crop", "upscale_first"})
        fields.accept(QString::fromLatin1(ignored));
    if (codeformer > 0)
        fields.fail(QStringLiteral("codeformer_visibility"),
                    tr("CodeFormer is not available on this server; use gfpgan_visibility"));
    if (upscaler2 != QLatin1String("None") && upscaler2Visibility > 0)
        fields.fail(QStringLiteral("upscaler_2"), tr("a second upscaler is not supported"));
    if (!fields.has(QStringLiteral("image")))
        fields.fail(QStringLiteral("image"), tr("required: the image as base64"));
    if (auto problem = fields.finish())
        return problem;
    if (auto bad =
            decodeImagePayload(QStringLiteral("image"), image, limits.maxInputPixels, &out->input))
        return bad;

    out->format = ImageFormat::Png;
    // GFPGAN alone ("None" upscaler): the faces of the image at its own size.
    if (upscaler1 == QLatin1String("None") && gfpgan <= 0) {
        out->passThrough = true;
        return std::nullopt;
    }
    HttpProblem problem;
    std::optional<UpscaleRequest> request =
        resolveUpscaler(QStringLiteral("upscaler_1"),
                        upscaler1 == QLatin1String("None") ? QStringLiteral("lanczos") : upscaler1,
                        models, &problem);
    if (!request)
        return problem;
    out->request = *request;
    out->faceWeight = gfpgan;
    if (gfpgan > 0)
        askFaceRestoration(gfpgan, models, out);
    double scale = upscaler1 == QLatin1String("None") ? 1.0 : resize;
    if (resizeMode == 1 && upscaler1 != QLatin1String("None")) {
        scale = double(resizeW) / out->input.width();
        if (int(std::floor(out->input.height() * scale)) != resizeH)
            return HttpProblem{400,
                               tr("upscaling_resize_h: %1x%2 has another aspect ratio than the "
                                  "image (%3x%4); cropping is not supported")
                                   .arg(resizeW)
                                   .arg(resizeH)
                                   .arg(out->input.width())
                                   .arg(out->input.height()),
                               QStringLiteral("upscaling_resize_h")};
    }
    out->request.options.outScale = scale;
    out->request.options.maxOutputPixels = limits.maxOutputPixels;
    return checkOutputSize(*out, QStringLiteral("upscaling_resize"), limits);
}

} // namespace hires::server
