// `hires-studio generate -p PROMPT [options]`: txt2img / img2img with
// Stable Diffusion 1.x or SDXL, optional hires fix (Real-ESRGAN, LANCZOS or
// latent upscale) and face restoration; a terminal progress line, --json
// provenance, PNG output with AUTOMATIC1111 "parameters" metadata.
#include "app/cli/command.h"
#include "app/cli/console.h"
#include "core/diffusion/generate_job.h"
#include "core/image/image_encoder.h"
#include "core/models/model_library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace hires::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("generate-cli", text);
}

std::atomic<bool> g_cancel{false};

extern "C" void onGenerateInterrupt(int)
{
    g_cancel = true;
}

struct Settings
{
    GenerationRequest request;
    GenerateOptions options;
    bool json = false;
    bool overwrite = false;
    bool saveFirstPass = false;
};

// Number options: the value parsed into `out`, or an error naming the flag.
template <typename T>
Result<void> number(const QCommandLineParser& parser, const QString& name, T& out)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const QString text = parser.value(name);
    if constexpr (std::is_floating_point_v<T>)
        out = T(text.toDouble(&ok));
    else
        out = T(text.toLongLong(&ok));
    if (!ok)
        return makeError(ErrorCode::InvalidArgument,
                         tr("--%1: '%2' is not a number").arg(name, text));
    return {};
}

Result<Settings> parse(const QStringList& arguments, QString* help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Generates an image with a Stable Diffusion 1.x or SDXL "
                                        "checkpoint, optionally with hires fix."));
    parser.addHelpOption();
    const GenerationRequest d;
    const QList<QCommandLineOption> options{
        {{"p", "prompt"}, tr("the prompt (A1111 weighting: (word:1.2), [word], BREAK)"), "TEXT"},
        {{"n", "negative"}, tr("the negative prompt"), "TEXT"},
        {{"m", "model"},
         tr("checkpoint file (.safetensors, .ckpt), diffusers folder or name in "
            "the model folders"),
         "MODEL"},
        {{"W", "width"}, tr("width, a multiple of 8 (default: SDXL 768, SD 1.5 512)"), "PX"},
        {{"H", "height"}, tr("height, a multiple of 8 (default: as width)"), "PX"},
        {"steps", tr("sampling steps (default %1)").arg(d.numInferenceSteps), "N"},
        {"cfg", tr("guidance scale (default %1)").arg(d.guidanceScale), "SCALE"},
        {"sampler", tr("euler_a, euler, dpmpp_2m, dpmpp_2m_karras or ddim (default euler_a)"),
         "NAME"},
        {"seed", tr("seed, -1 = random (default)"), "N"},
        {"clip-skip", tr("CLIP skip for SD 1.x (default 1)"), "N"},
        {{"i", "init"}, tr("img2img: the start image"), "FILE"},
        {"strength",
         tr("img2img: how much of the start image is re-noised (default %1)").arg(d.strength), "X"},
        {"hires-fix",
         tr("render at the base size, upscale, then refine (AUTOMATIC1111 hires fix)")},
        {"hires-scale", tr("hires fix: upscale factor (default %1)").arg(d.hiresScale), "X"},
        {"denoise", tr("hires fix: denoising strength (default %1)").arg(d.denoisingStrength), "X"},
        {"hires-steps", tr("hires fix: second pass steps, 0 = as --steps (default 0)"), "N"},
        {"no-realesrgan", tr("hires fix: upscale with LANCZOS instead of Real-ESRGAN")},
        {"latent-upscale", tr("hires fix: upscale the latent (A1111 \"Latent\")")},
        {"realesrgan-model",
         tr("hires fix: the Real-ESRGAN model file (default: "
            "realesrgan-x4fast from the model folders)"),
         "FILE"},
        {"face-restore", tr("restore faces with this weight (0..1)"), "WEIGHT"},
        {"tokenizer", tr("folder with the CLIP tokenizer (vocab.json + merges.txt)"), "DIR"},
        {"model-dir", tr("an extra folder with models and tokenizers (repeatable)"), "DIR"},
        {"device", tr("auto, cpu or cuda"), "DEVICE", "auto"},
        {{"o", "output"}, tr("output file (default: hires-studio-<time>.png)"), "FILE"},
        {"save-first-pass", tr("also write the first pass next to the output (-first-pass)")},
        {"overwrite", tr("replace an existing output file")},
        {"json", tr("print the result as JSON (output, seed, provenance)")},
    };
    parser.addOptions(options);
    *help = parser.helpText();
    if (!parser.parse(QStringList{QStringLiteral("generate")} + arguments))
        return makeError(ErrorCode::InvalidArgument, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return makeError(ErrorCode::InvalidArgument, {});
    if (!parser.positionalArguments().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("unexpected argument '%1' (the prompt goes after -p)")
                             .arg(parser.positionalArguments().first()));

    Settings s;
    GenerationRequest& r = s.request;
    r.prompt = parser.value(QStringLiteral("prompt"));
    if (r.prompt.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("no prompt given (-p TEXT)"));
    r.negativePrompt = parser.value(QStringLiteral("negative"));
    r.model = parser.value(QStringLiteral("model"));
    r.initImage = parser.value(QStringLiteral("init"));
    r.hiresFix = parser.isSet(QStringLiteral("hires-fix"));
    r.useRealesrgan = !parser.isSet(QStringLiteral("no-realesrgan"));
    r.latentUpscale = parser.isSet(QStringLiteral("latent-upscale"));
    r.useFaceRestoration = parser.isSet(QStringLiteral("face-restore"));
    for (const Result<void>& n :
         {number(parser, QStringLiteral("width"), r.width),
          number(parser, QStringLiteral("height"), r.height),
          number(parser, QStringLiteral("steps"), r.numInferenceSteps),
          number(parser, QStringLiteral("cfg"), r.guidanceScale),
          number(parser, QStringLiteral("seed"), r.seed),
          number(parser, QStringLiteral("clip-skip"), r.clipSkip),
          number(parser, QStringLiteral("strength"), r.strength),
          number(parser, QStringLiteral("hires-scale"), r.hiresScale),
          number(parser, QStringLiteral("denoise"), r.denoisingStrength),
          number(parser, QStringLiteral("hires-steps"), r.hiresSteps),
          number(parser, QStringLiteral("face-restore"), r.faceRestorationWeight)})
        if (!n)
            return n.error();
    if (parser.isSet(QStringLiteral("width")) && !parser.isSet(QStringLiteral("height")))
        r.height = r.width;
    if (parser.isSet(QStringLiteral("sampler"))) {
        const std::optional<SamplerKind> kind =
            parseSamplerKind(parser.value(QStringLiteral("sampler")));
        if (!kind)
            return makeError(ErrorCode::InvalidArgument,
                             tr("unknown sampler '%1' (euler_a, euler, dpmpp_2m, "
                                "dpmpp_2m_karras, ddim)")
                                 .arg(parser.value(QStringLiteral("sampler"))));
        r.sampler = *kind;
    }
    if (Result<void> valid = r.validate(); !valid)
        return valid.error();

    GenerateOptions& o = s.options;
    o.tokenizerDir = parser.value(QStringLiteral("tokenizer"));
    o.modelFolders = parser.values(QStringLiteral("model-dir"));
    o.modelFolders << ModelLibrary::defaultUserFolder();
    o.realesrganModel = parser.value(QStringLiteral("realesrgan-model"));
    o.device = parser.value(QStringLiteral("device"));
    o.outputFile = parser.value(QStringLiteral("output"));
    if (o.outputFile.isEmpty())
        o.outputFile =
            QStringLiteral("hires-studio-%1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    o.outputFile = QFileInfo(o.outputFile).absoluteFilePath();
    s.json = parser.isSet(QStringLiteral("json"));
    s.overwrite = parser.isSet(QStringLiteral("overwrite"));
    s.saveFirstPass = parser.isSet(QStringLiteral("save-first-pass"));
    return s;
}

QString firstPassPath(const QString& output)
{
    const QFileInfo info(output);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-first-pass.png"));
}

class GenerateCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override
    {
        return tr("generate an image with Stable Diffusion (txt2img, img2img, hires fix)");
    }

    int run(const QStringList& arguments) override
    {
        QString help;
        Result<Settings> settings = parse(arguments, &help);
        if (!settings) {
            if (settings.error().message.isEmpty()) {
                printOut(help);
                return kExitOk;
            }
            printErr(settings.error().message);
            printErr(tr("Try 'hires-studio generate --help'."));
            return kExitUsage;
        }
        const QString output = settings->options.outputFile;
        if (QFileInfo::exists(output) && !settings->overwrite) {
            printErr(tr("%1 exists; use --overwrite to replace it")
                         .arg(QDir::toNativeSeparators(output)));
            return kExitFailure;
        }
        std::signal(SIGINT, onGenerateInterrupt);
        GenerateJob job(settings->request, settings->options);
        JobContext context(
            1, &g_cancel, nullptr,
            [](int done, int total, const QString& stage) {
                printProgress(total > 0 ? tr("%1 %2/%3").arg(stage).arg(done).arg(total) : stage);
            },
            {});
        Result<JobOutput> result = job.run(context);
        std::signal(SIGINT, SIG_DFL);
        endProgress();
        if (!result) {
            printErr(result.error().message);
            if (settings->json)
                printOut(QString::fromUtf8(
                    QJsonDocument(QJsonObject{{"ok", false},
                                              {"error", result.error().message},
                                              {"error_code", errorCodeName(result.error().code)}})
                        .toJson(QJsonDocument::Compact)));
            return kExitFailure;
        }
        QJsonObject json{{"ok", true}, {"output", output}};
        if (settings->saveFirstPass) {
            const QString first = firstPassPath(output);
            if (Result<void> saved =
                    saveImage(*result->image(QStringLiteral("first_pass")), first, EncodeOptions{});
                !saved) {
                printErr(saved.error().message);
                return kExitFailure;
            }
            json.insert(QStringLiteral("first_pass"), first);
        }
        const Image* image = result->image(QStringLiteral("result"));
        const Provenance& p = result->provenance;
        json.insert(QStringLiteral("width"), image->width());
        json.insert(QStringLiteral("height"), image->height());
        json.insert(QStringLiteral("seed"),
                    p.details.value(QLatin1String(GenerationDetail::kSeed)));
        json.insert(QStringLiteral("provenance"), p.toJson());
        if (settings->json) {
            printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        } else {
            printOut(output);
            printErr(
                tr("seed %1; %2")
                    .arg(QString::number(qint64(
                             p.details.value(QLatin1String(GenerationDetail::kSeed)).toDouble())),
                         p.summary()));
        }
        return kExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeGenerateCommand()
{
    return std::make_unique<GenerateCommand>();
}

} // namespace hires::cli
