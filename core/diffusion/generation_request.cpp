#include "core/diffusion/generation_request.h"

#include "core/diffusion/diffusion_tr_p.h"

#include <QJsonValue>

#include <cmath>

namespace hires {

namespace {

constexpr int kMinSide = 64;

Error fieldError(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

Result<void> checkSide(const char* field, int value, int maxSide)
{
    if (value == 0)
        return {};
    if (value < kMinSide || value > maxSide || value % 8 != 0)
        return fieldError(DiffusionTr::tr("%1 must be a multiple of 8 between %2 and %3, got %4")
                              .arg(QLatin1String(field))
                              .arg(kMinSide)
                              .arg(maxSide)
                              .arg(value));
    return {};
}

Result<void> checkRange(const char* field, double value, double low, double high)
{
    if (!std::isfinite(value) || value < low || value > high)
        return fieldError(DiffusionTr::tr("%1 must be between %2 and %3, got %4")
                              .arg(QLatin1String(field))
                              .arg(low)
                              .arg(high)
                              .arg(value));
    return {};
}

// JSON readers: a missing key keeps the default; a wrong type names the key.
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject& json)
        : m_json(json)
    {}

    bool text(const char* key, QString& out)
    {
        return read(key, [&](const QJsonValue& v) {
            if (v.isNull()) {
                out.clear();
                return true;
            }
            if (!v.isString())
                return false;
            out = v.toString();
            return true;
        });
    }
    bool flag(const char* key, bool& out)
    {
        return read(key, [&](const QJsonValue& v) {
            if (!v.isBool())
                return false;
            out = v.toBool();
            return true;
        });
    }
    bool number(const char* key, double& out)
    {
        return read(key, [&](const QJsonValue& v) {
            if (!v.isDouble())
                return false;
            out = v.toDouble();
            return true;
        });
    }
    template <typename Int> bool integer(const char* key, Int& out)
    {
        return read(key, [&](const QJsonValue& v) {
            const double d = v.toDouble();
            if (!v.isDouble() || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
                return false;
            if (d < double(std::numeric_limits<Int>::min()) ||
                d > double(std::numeric_limits<Int>::max()))
                return false;
            out = static_cast<Int>(d);
            return true;
        });
    }
    const std::optional<Error>& error() const { return m_error; }

private:
    template <typename Fn> bool read(const char* key, Fn parse)
    {
        const QString name = QLatin1String(key);
        if (m_error || !m_json.contains(name))
            return true;
        if (parse(m_json.value(name)))
            return true;
        m_error = fieldError(DiffusionTr::tr("%1 has the wrong type or value: %2")
                                 .arg(name, describe(m_json.value(name))));
        return false;
    }
    static QString describe(const QJsonValue& v)
    {
        switch (v.type()) {
        case QJsonValue::String:
            return QStringLiteral("\"%1\"").arg(v.toString().left(40));
        case QJsonValue::Double:
            return QString::number(v.toDouble());
        case QJsonValue::Bool:
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        default:
            return QStringLiteral("null");
        }
    }

    const QJsonObject& m_json;
    std::optional<Error> m_error;
};

} // namespace

QString hiresUpscalerId(HiresUpscaler upscaler)
{
    switch (upscaler) {
    case HiresUpscaler::RealEsrgan:
        return QStringLiteral("realesrgan");
    case HiresUpscaler::Lanczos:
        return QStringLiteral("lanczos");
    case HiresUpscaler::Latent:
        return QStringLiteral("latent");
    }
    return {};
}

std::optional<HiresUpscaler> parseHiresUpscaler(QStringView id)
{
    for (HiresUpscaler u :
         {HiresUpscaler::RealEsrgan, HiresUpscaler::Lanczos, HiresUpscaler::Latent})
        if (id.trimmed().compare(hiresUpscalerId(u), Qt::CaseInsensitive) == 0)
            return u;
    return std::nullopt;
}

GenerationDefaults generationDefaults(SdModelKind kind)
{
    GenerationDefaults d;
    if (kind == SdModelKind::SdxlBase) {
        d.width = d.height = 768;
        d.hiresWidth = d.hiresHeight = 1536;
    }
    return d;
}

HiresUpscaler GenerationRequest::hiresUpscaler() const
{
    if (latentUpscale)
        return HiresUpscaler::Latent;
    return useRealesrgan ? HiresUpscaler::RealEsrgan : HiresUpscaler::Lanczos;
}

GenerationRequest GenerationRequest::withModelDefaults(SdModelKind kind) const
{
    GenerationRequest r = *this;
    const GenerationDefaults d = generationDefaults(kind);
    if (r.width == 0)
        r.width = d.width;
    if (r.height == 0)
        r.height = d.height;
    return r;
}

int GenerationRequest::hiresSide(int side, double scale)
{
    // A1111: int(w * hr_scale); the latent needs a multiple of 8.
    const int target = static_cast<int>(side * scale);
    return target / 8 * 8;
}

Result<void> GenerationRequest::validate() const
{
    if (seed != kRandomSeed && (seed < 0 || seed > kMaxSeed))
        return fieldError(DiffusionTr::tr("seed must be -1 (random) or between 0 and %1, got %2")
                              .arg(kMaxSeed)
                              .arg(seed));
    if (numInferenceSteps < 1 || numInferenceSteps > kMaxSteps)
        return fieldError(DiffusionTr::tr("num_inference_steps must be between 1 and %1, got %2")
                              .arg(kMaxSteps)
                              .arg(numInferenceSteps));
    for (const Result<void>& r :
         {checkRange("guidance_scale", guidanceScale, 0.0, 50.0),
          checkSide("width", width, kMaxSide), checkSide("height", height, kMaxSide)})
        if (!r)
            return r;
    if (clipSkip < 1 || clipSkip > 12)
        return fieldError(
            DiffusionTr::tr("clip_skip must be between 1 and 12, got %1").arg(clipSkip));
    if (hiresFix) {
        for (const Result<void>& r :
             {checkRange("hires_scale", hiresScale, 1.0, 4.0),
              checkRange("denoising_strength", denoisingStrength, 0.01, 1.0)})
            if (!r)
                return r;
        if (hiresSteps < 0 || hiresSteps > kMaxSteps)
            return fieldError(DiffusionTr::tr("hires_steps must be between 0 and %1, got %2")
                                  .arg(kMaxSteps)
                                  .arg(hiresSteps));
        if ((width && hiresWidth() > kMaxHiresSide) || (height && hiresHeight() > kMaxHiresSide))
            return fieldError(
                DiffusionTr::tr("hires_scale %1 makes the image larger than %2 pixels")
                    .arg(hiresScale)
                    .arg(kMaxHiresSide));
    }
    if (useFaceRestoration) {
        const Result<void> r =
            checkRange("face_restoration_weight", faceRestorationWeight, 0.0, 1.0);
        if (!r)
            return r;
    }
    if (isImg2Img()) {
        const Result<void> r = checkRange("strength", strength, 0.01, 1.0);
        if (!r)
            return r;
    }
    return {};
}

QJsonObject GenerationRequest::toJson() const
{
    QJsonObject json{
        {QStringLiteral("prompt"), prompt},
        {QStringLiteral("negative_prompt"), negativePrompt},
        {QStringLiteral("seed"), double(seed)},
        {QStringLiteral("num_inference_steps"), numInferenceSteps},
        {QStringLiteral("guidance_scale"), guidanceScale},
        {QStringLiteral("width"), width},
        {QStringLiteral("height"), height},
        {QStringLiteral("sampler"), samplerKindId(sampler)},
        {QStringLiteral("clip_skip"), clipSkip},
        {QStringLiteral("hires_fix"), hiresFix},
        {QStringLiteral("use_realesrgan"), useRealesrgan},
        {QStringLiteral("hires_upscaler"), hiresUpscalerId(hiresUpscaler())},
        {QStringLiteral("hires_scale"), hiresScale},
        {QStringLiteral("denoising_strength"), denoisingStrength},
        {QStringLiteral("hires_steps"), hiresSteps},
        {QStringLiteral("use_face_restoration"), useFaceRestoration},
        {QStringLiteral("face_restoration_weight"), faceRestorationWeight},
        {QStringLiteral("model"), model},
    };
    if (isImg2Img()) {
        json.insert(QStringLiteral("init_image"), initImage);
        json.insert(QStringLiteral("strength"), strength);
    }
    return json;
}

Result<GenerationRequest> GenerationRequest::fromJson(const QJsonObject& json)
{
    GenerationRequest r;
    JsonFields f(json);
    QString sampler, upscaler;
    f.text("prompt", r.prompt);
    f.text("negative_prompt", r.negativePrompt);
    f.integer("seed", r.seed);
    f.integer("num_inference_steps", r.numInferenceSteps);
    f.number("guidance_scale", r.guidanceScale);
    f.integer("width", r.width);
    f.integer("height", r.height);
    f.text("sampler", sampler);
    f.integer("clip_skip", r.clipSkip);
    f.flag("hires_fix", r.hiresFix);
    f.flag("use_realesrgan", r.useRealesrgan);
    f.text("hires_upscaler", upscaler);
    f.number("hires_scale", r.hiresScale);
    f.number("denoising_strength", r.denoisingStrength);
    f.integer("hires_steps", r.hiresSteps);
    f.flag("use_face_restoration", r.useFaceRestoration);
    f.number("face_restoration_weight", r.faceRestorationWeight);
    f.text("model", r.model);
    f.text("init_image", r.initImage);
    f.number("strength", r.strength);
    if (f.error())
        return *f.error();
    if (!sampler.isEmpty()) {
        const std::optional<SamplerKind> kind = parseSamplerKind(sampler);
        if (!kind)
            return fieldError(DiffusionTr::tr("sampler \"%1\" is unknown; use euler_a, euler, "
                                              "dpmpp_2m, dpmpp_2m_karras or ddim")
                                  .arg(sampler.left(40)));
        r.sampler = *kind;
    }
    if (!upscaler.isEmpty()) {
        const std::optional<HiresUpscaler> u = parseHiresUpscaler(upscaler);
        if (!u)
            return fieldError(
                DiffusionTr::tr(
                    "hires_upscaler \"%1\" is unknown; use realesrgan, lanczos or latent")
                    .arg(upscaler.left(40)));
        r.latentUpscale = *u == HiresUpscaler::Latent;
        if (*u != HiresUpscaler::Latent)
            r.useRealesrgan = *u == HiresUpscaler::RealEsrgan;
    }
    if (Result<void> valid = r.validate(); !valid)
        return valid.error();
    return r;
}

} // namespace hires
