// `hires-studio upscale INPUT... [options]`: Real-ESRGAN (or LANCZOS) on
// files and folders, with a progress line, --json provenance and exit codes.
#include "app/cli/command.h"
#include "app/cli/console.h"
#include "app/cli/upscale_model_argument.h"
#include "app/cli/upscale_targets.h"
#include "core/face/face_restore_step.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/upscale/upscale_engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
    return QCoreApplication::translate("upscale-cli", text);
}

std::atomic<bool> g_cancel{false};

extern "C" void onInterrupt(int)
{
    g_cancel = true;
}

struct Settings
{
    UpscaleRequest request;
    OutputRule output;
    bool json = false;
    QStringList inputs;
    UpscaleModelArgument model;
    UpscaleModelArgument faceModel; // with --face-restore
};

// Parses the command line; an Error is a usage error (exit code 2).
Result<Settings> parse(const QStringList& arguments, QString* help)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Upscales images with a Real-ESRGAN model, falling back to LANCZOS when the model "
           "cannot run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("image files or folders"),
                                 QStringLiteral("INPUT..."));
    const QCommandLineOption out({"o", "output"}, tr("output file (one input) or folder"),
                                 "FILE|DIR");
    const QCommandLineOption model({"m", "model"},
                                   tr("model id, model file (.pth, .safetensors, .param) or "
                                      "'lanczos' (default: %1)")
                                       .arg(kDefaultUpscaleModel),
                                   "MODEL", kDefaultUpscaleModel);
    const QCommandLineOption scale({"s", "scale"}, tr("output scale (default 2)"), "SCALE", "2");
    const QCommandLineOption tile({"t", "tile"}, tr("tile size in pixels, 0 = automatic"), "TILE",
                                  "0");
    const QCommandLineOption device("device", tr("auto, cpu or cuda"), "DEVICE", "auto");
    const QCommandLineOption format("format", tr("png, jpg, webp or tif (default: the input's)"),
                                    "FORMAT");
    const QCommandLineOption alpha("alpha", tr("alpha channel by 'model' or 'lanczos'"), "MODE",
                                   "model");
    const QCommandLineOption threads("threads", tr("CPU threads, 0 = all cores"), "N", "0");
    const QCommandLineOption precision("precision", tr("auto, fp32, fp16 (CUDA) or bf16"), "P",
                                       "auto");
    const QCommandLineOption noFallback("no-fallback",
                                        tr("fail instead of falling back to LANCZOS"));
    const QCommandLineOption overwrite("overwrite", tr("replace an existing -o FILE"));
    const QCommandLineOption json("json",
                                  tr("print one JSON object per input (output, provenance)"));
    const QCommandLineOption faceRestore(
        "face-restore",
        tr("restore faces after upscaling: blend of original (0) and restored (1) faces"),
        "WEIGHT");
    const QCommandLineOption faceModel(
        "face-model",
        tr("GFPGAN v1.4 weights for --face-restore (default: %1 in the model folders)")
            .arg(kDefaultFaceModel),
        "FILE");
    const QCommandLineOption faceAligned(
        "face-aligned",
        tr("with --face-restore: the input is an aligned face (the network alone, no "
           "detection or paste-back)"));
    parser.addOptions({out, model, scale, tile, device, format, alpha, threads, precision,
                       noFallback, overwrite, json, faceRestore, faceModel, faceAligned});
    *help = parser.helpText();
    if (!parser.parse(QStringList{QStringLiteral("upscale")} + arguments))
        return makeError(ErrorCode::InvalidArgument, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        return makeError(ErrorCode::InvalidArgument, {});

    Settings s;
    s.inputs = parser.positionalArguments();
    if (s.inputs.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("no input given"));
    UpscaleOptions& o = s.request.options;
    bool ok = false;
    o.outScale = parser.value(scale).toDouble(&ok);
    if (!ok || !(o.outScale > 0) || o.outScale > 64)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("invalid scale '%1' (a number above 0, at most 64)").arg(parser.value(scale)));
    o.tile = parser.value(tile).toInt(&ok);
    if (!ok || o.tile < 0 || (o.tile > 0 && o.tile < 32))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("invalid tile '%1' (0 = automatic, or at least 32)").arg(parser.value(tile)));
    o.cpuThreads = parser.value(threads).toInt(&ok);
    if (!ok || o.cpuThreads < 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("invalid thread count '%1'").arg(parser.value(threads)));
    Result<DevicePreference> dev = parseDevicePreference(parser.value(device));
    Result<AlphaMode> alphaMode = parseAlphaMode(parser.value(alpha));
    Result<Precision> prec = parsePrecision(parser.value(precision));
    for (const Error* e : {dev ? nullptr : &dev.error(), alphaMode ? nullptr : &alphaMode.error(),
                           prec ? nullptr : &prec.error()}) {
        if (e)
            return *e;
    }
    o.device = *dev;
    o.alpha = *alphaMode;
    o.precision = *prec;
    o.allowFallback = !parser.isSet(noFallback);
    if (parser.isSet(format)) {
        s.output.format = imageFormatFromName(parser.value(format));
        if (!s.output.format)
            return makeError(
                ErrorCode::InvalidArgument,
                tr("unknown format '%1' (png, jpg, webp, tif)").arg(parser.value(format)));
    }
    s.output.outputArgument = parser.value(out);
    s.output.overwrite = parser.isSet(overwrite);
    s.json = parser.isSet(json);
    s.model = resolveUpscaleModel(parser.value(model));
    s.request.model = s.model.model;
    s.request.modelId = s.model.modelId;
    if (!parser.isSet(faceRestore)) {
        if (parser.isSet(faceModel) || parser.isSet(faceAligned))
            return makeError(ErrorCode::InvalidArgument,
                             tr("--face-model and --face-aligned need --face-restore WEIGHT"));
        return s;
    }
    const double weight = parser.value(faceRestore).toDouble(&ok);
    if (!ok || !(weight >= 0.0 && weight <= 1.0))
        return makeError(ErrorCode::InvalidArgument,
                         tr("invalid face restoration weight '%1' (a number from 0 to 1)")
                             .arg(parser.value(faceRestore)));
    // Looked up like an upscaling model id: GFPGANv1.4.pth in the model folders.
    const QString defaultFace = QString::fromLatin1(kDefaultFaceModel);
    s.faceModel =
        resolveUpscaleModel(parser.isSet(faceModel) ? parser.value(faceModel) : defaultFace);
    const QStringList folders = s.faceModel.searched.isEmpty()
                                    ? resolveUpscaleModel(defaultFace).searched
                                    : s.faceModel.searched;
    QString modelPath = s.faceModel.model;
    if (!s.faceModel.found && !s.faceModel.searched.isEmpty())
        modelPath = QDir(folders.first()).filePath(s.faceModel.modelId + ".pth");
    // YuNet's ONNX file is looked for next to the model, then where the models are.
    FaceRestoreOptions face = faceRestoreStepOptions(weight, modelPath, folders, o.device);
    face.alignedInput = parser.isSet(faceAligned);
    s.request.faceRestore = face;
    return s;
}

QJsonObject failure(const QString& input, const Error& error)
{
    return {{"input", input},
            {"ok", false},
            {"error", error.message},
            {"error_code", errorCodeName(error.code)}};
}

class UpscaleCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("upscale"); }
    QString summary() const override
    {
        return tr("upscale images with Real-ESRGAN or LANCZOS (files and folders)");
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
            printErr(tr("Try 'hires-studio upscale --help'."));
            return kExitUsage;
        }
        Result<QStringList> inputs = expandInputs(settings->inputs);
        if (!inputs) {
            printErr(inputs.error().message);
            return kExitFailure;
        }
        if (Result<void> rule = checkOutputRule(settings->output, int(inputs->size())); !rule) {
            printErr(rule.error().message);
            return kExitUsage;
        }
        if (!settings->model.found && !settings->model.searched.isEmpty())
            printErr(tr("model '%1' not found (looked in: %2); give a model file with -m")
                         .arg(settings->model.modelId,
                              settings->model.searched.join(QLatin1String(", "))));
        const UpscaleModelArgument& face = settings->faceModel;
        if (settings->request.faceRestore && !face.found)
            printErr(tr("face model '%1' not found (looked in: %2); faces will not be restored; "
                        "give a GFPGAN v1.4 file with --face-model")
                         .arg(face.modelId, face.searched.isEmpty()
                                                ? face.model
                                                : face.searched.join(QLatin1String(", "))));
        std::signal(SIGINT, onInterrupt);
        UpscaleEngine engine;
        int failed = 0;
        for (int i = 0; i < inputs->size(); ++i) {
            const QString& input = inputs->at(i);
            Result<QJsonObject> done =
                upscaleOne(engine, *settings, input, i, int(inputs->size()), *inputs);
            endProgress();
            if (!done) {
                ++failed;
                printErr(QStringLiteral("%1: %2").arg(input, done.error().message));
                if (settings->json)
                    printOut(QString::fromUtf8(QJsonDocument(failure(input, done.error()))
                                                   .toJson(QJsonDocument::Compact)));
                if (done.error().code == ErrorCode::Cancelled)
                    break;
                continue;
            }
            if (settings->json)
                printOut(QString::fromUtf8(QJsonDocument(*done).toJson(QJsonDocument::Compact)));
        }
        std::signal(SIGINT, SIG_DFL);
        const int total = int(inputs->size());
        printErr(failed ? tr("upscaled %1 of %2 images, %3 failed")
                              .arg(total - failed)
                              .arg(total)
                              .arg(failed)
                        : tr("upscaled %1 of %2 images").arg(total).arg(total));
        return failed ? kExitFailure : kExitOk;
    }

private:
    Result<QJsonObject> upscaleOne(UpscaleEngine& engine, const Settings& s, const QString& input,
                                   int index, int count, const QStringList& inputs)
    {
        Result<Image> image = readImageFile(input);
        if (!image)
            return image.error();
        const QString name = QFileInfo(input).fileName();
        auto progress = [&](int done, int total, const QString& stage) {
            printProgress(tr("[%1/%2] %3: %4 %5/%6")
                              .arg(index + 1)
                              .arg(count)
                              .arg(name, stage)
                              .arg(done)
                              .arg(total));
        };
        Result<UpscaleResult> result = engine.run(*image, s.request, progress, &g_cancel);
        if (!result)
            return result.error();
        const Provenance& p = result->provenance;
        if (p.fellBack() && !s.json)
            printErr(tr("%1: %2").arg(name, p.summary()));
        EncodeOptions encode;
        encode.format = outputFormat(s.output, result->image);
        Result<QString> path =
            outputPath(s.output, input, p.used, s.request.options.outScale, encode.format, inputs);
        if (!path)
            return path.error();
        if (Result<void> saved = saveImage(result->image, *path, encode, inputs); !saved)
            return saved.error();
        if (!s.json)
            printOut(*path);
        return QJsonObject{{"input", input},
                           {"output", *path},
                           {"ok", true},
                           {"width", result->image.width()},
                           {"height", result->image.height()},
                           {"provenance", p.toJson()}};
    }
};

} // namespace

std::unique_ptr<Command> makeUpscaleCommand()
{
    return std::make_unique<UpscaleCommand>();
}

} // namespace hires::cli
