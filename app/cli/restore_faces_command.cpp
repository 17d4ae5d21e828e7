#include "app/cli/restore_faces_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "app/cli/console.h"
#include "core/base/version.h"
#include "core/face/face_restorer.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/image/output_naming.h"
#include "core/jobs/job.h"

namespace hires::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::cli::RestoreFacesCommand", text);
}

struct Settings
{
    QStringList inputs;
    QString output; // a file for one input, a folder for several; empty: next to each input
    std::optional<ImageFormat> format;
    FaceRestoreOptions options;
    bool json = false;
};

// Parses the command line; an error is a usage message.
Result<Settings> parse(QCommandLineParser& parser, const QStringList& arguments, bool* help)
{
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Output file (one INPUT) or folder (several)."),
                                    QStringLiteral("PATH"));
    const QCommandLineOption weight(QStringLiteral("weight"),
                                    tr("Blend of original (0) and restored (1) faces; default 1."),
                                    QStringLiteral("W"), QStringLiteral("1"));
    const QCommandLineOption model(QStringLiteral("face-model"),
                                   tr("GFPGAN v1.4 weights (GFPGANv1.4.pth)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption aligned(QStringLiteral("face-aligned"),
                                     tr("Inputs are aligned 512x512 faces: run the network "
                                        "alone (no detection, no paste-back)."));
    const QCommandLineOption detector(QStringLiteral("detector"),
                                      tr("Face detector: auto, yunet or haar; default auto."),
                                      QStringLiteral("NAME"), QStringLiteral("auto"));
    const QCommandLineOption modelDir(
        QStringLiteral("model-dir"),
        tr("Folder searched for face_detection_yunet*.onnx (repeatable)."), QStringLiteral("DIR"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: png, jpg, webp or tif; default: the "
                                       "input's."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the results and their provenance as JSON."));
    parser.setApplicationDescription(tr("Restore the faces of photos with GFPGAN v1.4."));
    parser.addHelpOption();
    parser.addOptions({output, weight, model, aligned, detector, modelDir, format, json});
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("Images to restore."),
                                 QStringLiteral("INPUT..."));
    if (!parser.parse(QStringList{QStringLiteral("restore-faces")} + arguments))
        return makeError(ErrorCode::InvalidArgument, parser.errorText());
    *help = parser.isSet(QStringLiteral("help"));
    if (*help)
        return Settings{};

    Settings s;
    s.inputs = parser.positionalArguments();
    if (s.inputs.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("restore-faces needs at least one INPUT. Try 'restore-faces --help'."));
    s.output = parser.value(output);
    bool ok = false;
    s.options.weight = parser.value(weight).toDouble(&ok);
    if (!ok || !(s.options.weight >= 0.0 && s.options.weight <= 1.0))
        return makeError(
            ErrorCode::InvalidArgument,
            tr("--weight must be a number from 0 to 1, not '%1'.").arg(parser.value(weight)));
    s.options.modelPath = parser.value(model);
    s.options.alignedInput = parser.isSet(aligned);
    auto choice = parseFaceDetectorChoice(parser.value(detector));
    if (!choice)
        return choice.error();
    s.options.detector.choice = choice.value();
    s.options.detector.modelFolders = parser.values(modelDir);
    if (parser.isSet(format)) {
        s.format = imageFormatFromName(parser.value(format));
        if (!s.format)
            return makeError(ErrorCode::InvalidArgument,
                             tr("unknown output format '%1'.").arg(parser.value(format)));
    }
    s.json = parser.isSet(json);
    return s;
}

QString outputPathFor(const Settings& s, const QString& input, ImageFormat format)
{
    const QString method = QStringLiteral("faces");
    if (s.output.isEmpty())
        return defaultOutputPath(input, method, 1.0, format);
    if (s.inputs.size() == 1 && !QFileInfo(s.output).isDir())
        return s.output;
    return defaultOutputPath(input, method, 1.0, format, s.output);
}

} // namespace

QString RestoreFacesCommand::name() const
{
    return QStringLiteral("restore-faces");
}

QString RestoreFacesCommand::summary() const
{
    return tr("restore the faces in photos (GFPGAN v1.4) with a weight from 0 to 1");
}

int RestoreFacesCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    bool help = false;
    Result<Settings> settings = parse(parser, arguments, &help);
    if (!settings) {
        printErr(settings.error().message);
        return kExitUsage;
    }
    if (help) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(),
                     QString::fromLatin1(kExecutableName) + QStringLiteral(" restore-faces"));
        printOut(text.trimmed());
        return kExitOk;
    }
    const Settings& s = settings.value();
    if (s.inputs.size() > 1 && !s.output.isEmpty() && QFileInfo(s.output).exists() &&
        !QFileInfo(s.output).isDir()) {
        printErr(tr("-o must be a folder when there are several inputs: %1").arg(s.output));
        return kExitUsage;
    }
    if (s.inputs.size() > 1 && !s.output.isEmpty() && !QDir().mkpath(s.output)) {
        printErr(tr("cannot create the output folder %1").arg(s.output));
        return kExitFailure;
    }

    FaceRestorer restorer(s.options);
    QStringList protectedPaths;
    for (const QString& input : s.inputs)
        protectedPaths << QFileInfo(input).absoluteFilePath();
    QJsonArray results;
    bool failed = false;
    bool warnedModel = false;
    for (const QString& input : s.inputs) {
        auto fail = [&](const QString& message) {
            printErr(message);
            results.append(
                QJsonObject{{QStringLiteral("input"), input}, {QStringLiteral("error"), message}});
            failed = true;
        };
        Result<Image> image = readImageFile(input);
        if (!image) {
            fail(image.error().message);
            continue;
        }
        JobContext context(
            0, nullptr, nullptr,
            [&](int done, int total, const QString& stage) {
                if (!s.json)
                    printProgress(QStringLiteral("%1: %2 (%3/%4)")
                                      .arg(QFileInfo(input).fileName(), stage)
                                      .arg(done)
                                      .arg(total));
            },
            nullptr);
        Result<FaceRestoreResult> restored = restorer.restore(image.value(), &context);
        endProgress();
        if (!restored) {
            fail(QStringLiteral("%1: %2").arg(input, restored.error().message));
            continue;
        }
        const Provenance& provenance = restored->provenance;
        if (!warnedModel && provenance.fellBack()) {
            warnedModel = true;
            printErr(
                tr("warning: faces are not restored: %1").arg(provenance.fallbacks.front().reason));
        }
        const ImageFormat format =
            s.format.value_or(image->sourceFormat.value_or(ImageFormat::Png));
        const QString outputPath = outputPathFor(s, input, format);
        EncodeOptions encode;
        encode.format = format;
        if (auto saved = saveImage(restored->image, outputPath, encode, protectedPaths); !saved) {
            fail(saved.error().message);
            continue;
        }
        const int detected = provenance.details.value(QStringLiteral("faces_detected")).toInt();
        const int done = provenance.details.value(QStringLiteral("faces_restored")).toInt();
        results.append(QJsonObject{{QStringLiteral("input"), input},
                                   {QStringLiteral("output"), outputPath},
                                   {QStringLiteral("provenance"), provenance.toJson()}});
        if (!s.json)
            printOut(tr("%1 -> %2: %3 face(s) detected, %4 restored (%5)")
                         .arg(input, outputPath)
                         .arg(detected)
                         .arg(done)
                         .arg(provenance.summary()));
    }
    if (s.json)
        printOut(
            QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Indented)).trimmed());
    return failed ? kExitFailure : kExitOk;
}

} // namespace hires::cli
