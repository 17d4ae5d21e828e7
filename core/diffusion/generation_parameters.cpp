#include "core/diffusion/generation_parameters.h"

#include "core/diffusion/diffusion_tr_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>

namespace hires {

namespace {

const QString kNegativePrefix = QStringLiteral("Negative prompt:");

// A1111's quote(): plain unless it holds a comma, colon or newline; then JSON.
QString quote(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char(':')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('"')))
        return text;
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString unquote(const QString& text)
{
    if (text.size() < 2 || !text.startsWith(QLatin1Char('"')) || !text.endsWith(QLatin1Char('"')))
        return text;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString()
               ? doc.array().at(0).toString()
               : text;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

QString upscalerLabel(HiresUpscaler upscaler)
{
    switch (upscaler) {
    case HiresUpscaler::RealEsrgan:
        return QStringLiteral("R-ESRGAN 4x+");
    case HiresUpscaler::Lanczos:
        return QStringLiteral("Lanczos");
    case HiresUpscaler::Latent:
        return QStringLiteral("Latent");
    }
    return {};
}

// A1111's re_param: key: value-or-"quoted", separated by commas.
const QRegularExpression& paramPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$))"));
    return re;
}

std::vector<std::pair<QString, QString>> splitSettings(const QString& line)
{
    std::vector<std::pair<QString, QString>> pairs;
    auto it = paramPattern().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        pairs.emplace_back(m.captured(1).trimmed(), unquote(m.captured(2).trimmed()));
    }
    return pairs;
}

bool toInt(const QString& text, int& out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (ok)
        out = v;
    return ok;
}

bool toDouble(const QString& text, double& out)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (ok)
        out = v;
    return ok;
}

} // namespace

QString GenerationParameters::format(const GenerationRequest& request, int64_t seed,
                                     const QString& modelName)
{
    QStringList parts;
    auto add = [&](const QString& key, const QString& value) {
        parts << key + QStringLiteral(": ") + quote(value);
    };
    add(QStringLiteral("Steps"), QString::number(request.numInferenceSteps));
    add(QStringLiteral("Sampler"), samplerA1111Label(request.sampler));
    add(QStringLiteral("CFG scale"), number(request.guidanceScale));
    add(QStringLiteral("Seed"), QString::number(seed));
    add(QStringLiteral("Size"), QStringLiteral("%1x%2").arg(request.width).arg(request.height));
    if (!modelName.isEmpty())
        add(QStringLiteral("Model"), modelName);
    if (request.clipSkip > 1)
        add(QStringLiteral("Clip skip"), QString::number(request.clipSkip));
    if (request.isImg2Img()) {
        add(QStringLiteral("Init image"), request.initImage);
        add(QStringLiteral("Denoising strength"), number(request.strength));
    }
    if (request.hiresFix) {
        add(request.isImg2Img() ? QStringLiteral("Hires denoising strength")
                                : QStringLiteral("Denoising strength"),
            number(request.denoisingStrength));
        add(QStringLiteral("Hires upscale"), number(request.hiresScale));
        if (request.hiresSteps > 0)
            add(QStringLiteral("Hires steps"), QString::number(request.hiresSteps));
        add(QStringLiteral("Hires upscaler"), upscalerLabel(request.hiresUpscaler()));
    }
    if (request.useFaceRestoration) {
        add(QStringLiteral("Face restoration"), QStringLiteral("GFPGAN"));
        add(QStringLiteral("Face restoration weight"), number(request.faceRestorationWeight));
    }

    QString text = request.prompt;
    if (!request.negativePrompt.isEmpty())
        text += QLatin1Char('\n') + kNegativePrefix + QLatin1Char(' ') + request.negativePrompt;
    return text + QLatin1Char('\n') + parts.join(QStringLiteral(", "));
}

Result<ParsedGenerationParameters> GenerationParameters::parse(const QString& text)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    // The settings are the last line when it reads as three or more key: value pairs.
    std::vector<std::pair<QString, QString>> settings;
    if (!lines.isEmpty()) {
        settings = splitSettings(lines.last());
        if (settings.size() >= 3)
            lines.removeLast();
        else
            settings.clear();
    }
    if (settings.empty())
        return makeError(ErrorCode::CorruptData,
                         DiffusionTr::tr("The parameters text has no settings line "
                                         "(\"Steps: ..., Sampler: ..., Seed: ...\")"));

    ParsedGenerationParameters out;
    GenerationRequest& r = out.request;
    QStringList prompt, negative;
    bool inNegative = false;
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(kNegativePrefix)) {
            inNegative = true;
            negative << line.trimmed().mid(kNegativePrefix.size()).trimmed();
        } else {
            (inNegative ? negative : prompt) << line;
        }
    }
    r.prompt = prompt.join(QLatin1Char('\n')).trimmed();
    r.negativePrompt = negative.join(QLatin1Char('\n')).trimmed();

    bool karras = false, hires = false;
    std::optional<double> denoise, hiresDenoise;
    std::optional<SamplerKind> sampler;
    for (const auto& [key, value] : settings) {
        bool used = true;
        if (key == QLatin1String("Steps"))
            used = toInt(value, r.numInferenceSteps);
        else if (key == QLatin1String("Sampler"))
            used = (sampler = parseSamplerKind(value)).has_value();
        else if (key == QLatin1String("Schedule type"))
            karras = value.trimmed().compare(QLatin1String("Karras"), Qt::CaseInsensitive) == 0;
        else if (key == QLatin1String("CFG scale"))
            used = toDouble(value, r.guidanceScale);
        else if (key == QLatin1String("Seed")) {
            bool ok = false;
            const qint64 s = value.trimmed().toLongLong(&ok);
            used = ok;
            if (ok)
                r.seed = s;
        } else if (key == QLatin1String("Size")) {
            const QStringList wh = value.split(QLatin1Char('x'));
            used = wh.size() == 2 && toInt(wh[0], r.width) && toInt(wh[1], r.height);
        } else if (key == QLatin1String("Model"))
            r.model = value;
        else if (key == QLatin1String("Clip skip"))
            used = toInt(value, r.clipSkip);
        else if (key == QLatin1String("Init image"))
            r.initImage = value;
        else if (key == QLatin1String("Denoising strength"))
            used = toDouble(value, denoise.emplace());
        else if (key == QLatin1String("Hires denoising strength"))
            used = toDouble(value, hiresDenoise.emplace());
        else if (key == QLatin1String("Hires upscale"))
            used = hires = toDouble(value, r.hiresScale);
        else if (key == QLatin1String("Hires steps"))
            used = toInt(value, r.hiresSteps);
        else if (key == QLatin1String("Hires upscaler")) {
            hires = true;
            const QString v = value.trimmed().toLower();
            r.latentUpscale = v.startsWith(QLatin1String("latent"));
            r.useRealesrgan = v.contains(QLatin1String("esrgan"));
        } else if (key == QLatin1String("Face restoration"))
            r.useFaceRestoration = true;
        else if (key == QLatin1String("Face restoration weight") ||
                 key == QLatin1String("CodeFormer weight"))
            used = toDouble(value, r.faceRestorationWeight);
        else
            used = false;
        if (!used)
            out.otherKeys[key] = value;
    }
    if (sampler)
        r.sampler =
            (karras && *sampler == SamplerKind::DpmPP2M) ? SamplerKind::DpmPP2MKarras : *sampler;
    r.hiresFix = hires;
    if (r.isImg2Img()) {
        if (denoise)
            r.strength = *denoise;
        if (hiresDenoise)
            r.denoisingStrength = *hiresDenoise;
    } else if (denoise) {
        r.denoisingStrength = *denoise;
    }
    return out;
}

} // namespace hires
