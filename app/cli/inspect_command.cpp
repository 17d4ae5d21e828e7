#include "app/cli/inspect_command.h"

#include <map>
#include <optional>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/console.h"
#include "core/base/version.h"
#include "core/nn/ncnn_graph.h"
#include "core/nn/network_spec.h"
#include "core/weights/architecture_registry.h"
#include "core/weights/mapped_file.h"
#include "core/weights/model_file.h"

namespace hires::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::cli::InspectCommand", text);
}

// What `inspect` reports, gathered once for both outputs.
struct Report
{
    QString path;
    ModelFormat format = ModelFormat::Unknown;
    StateDict dict;
    std::optional<NcnnModel> ncnn;
    std::optional<ArchitectureMatch> architecture;                         // any registered detector
    Result<NetworkSpec> upscaler = makeError(ErrorCode::Unsupported, QString()); // details when an upscaler
    std::map<QString, int> dtypeCounts;
};

Result<Report> inspectFile(const QString& path)
{
    Report report;
    report.path = path;
    {
        Result<std::shared_ptr<const MappedFile>> file = MappedFile::open(path);
        if (!file)
            return file.error();
        report.format = ModelFile::detectFormat(file.value()->data(), file.value()->size());
    }
    if (report.format == ModelFormat::NcnnParam ||
        (report.format == ModelFormat::Unknown && !ModelFile::ncnnParamPathFor(path).isEmpty())) {
        Result<NcnnModel> model = ModelFile::loadNcnnModel(path);
        if (!model)
            return model.error();
        report.format = ModelFormat::NcnnParam;
        report.dict = model->toStateDict();
        report.ncnn = std::move(model.value());
    } else {
        Result<StateDict> dict = ModelFile::loadStateDict(path);
        if (!dict)
            return dict.error();
        report.dict = std::move(dict.value());
    }
    for (const std::string& name : report.dict.names())
        ++report.dtypeCounts[dtypeName(report.dict.at(name).dtype)];
    report.architecture = ArchitectureRegistry::detect(report.dict);
    report.upscaler = detectUpscaleNetwork(report.dict);
    // The graph decides an ncnn model's scale (an x4 network followed by a resize is x2).
    if (report.ncnn && report.architecture) {
        if (Result<NcnnGraph> graph = NcnnGraph::analyse(*report.ncnn, path); graph)
            report.architecture->scale = graph->scale();
    }
    return report;
}

QString shapeText(const std::vector<int64_t>& shape)
{
    QStringList dims;
    for (int64_t d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QJsonObject toJson(const Report& report, bool withTensors)
{
    QJsonObject json;
    json[QStringLiteral("file")] = report.path;
    json[QStringLiteral("format")] = report.dict.format;
    json[QStringLiteral("format_name")] = ModelFile::formatName(report.format);
    json[QStringLiteral("wrapper_key")] = report.dict.wrapperKey;
    json[QStringLiteral("stripped_prefix")] = report.dict.strippedPrefix;
    json[QStringLiteral("skipped_entries")] = report.dict.skippedEntries;
    json[QStringLiteral("tensor_count")] = static_cast<qint64>(report.dict.size());
    json[QStringLiteral("parameter_count")] = static_cast<qint64>(report.dict.parameterCount());
    QJsonObject dtypes;
    for (const auto& [name, count] : report.dtypeCounts)
        dtypes[name] = count;
    json[QStringLiteral("dtypes")] = dtypes;
    QJsonObject metadata;
    for (const auto& [key, value] : report.dict.metadata)
        metadata[key] = value;
    json[QStringLiteral("metadata")] = metadata;
    // Filled only when a detector from core/nn recognises the weights;
    // otherwise null and why the upscaler detection refused them.
    json[QStringLiteral("architecture")] =
        report.architecture ? QJsonValue(report.architecture->name) : QJsonValue(QJsonValue::Null);
    json[QStringLiteral("scale")] = report.architecture && report.architecture->scale > 0
                                        ? QJsonValue(report.architecture->scale)
                                        : QJsonValue(QJsonValue::Null);
    if (report.upscaler) {
        json[QStringLiteral("architecture_details")] = report.upscaler->describe();
        json[QStringLiteral("key_layout")] = report.upscaler->keyLayout;
    } else if (!report.architecture) {
        json[QStringLiteral("architecture_error")] = report.upscaler.error().message;
    }
    if (report.ncnn) {
        QJsonObject types;
        for (const auto& [type, count] : report.ncnn->layerTypeCounts())
            types[QString::fromStdString(type)] = count;
        QJsonObject ncnn;
        ncnn[QStringLiteral("layer_count")] = static_cast<qint64>(report.ncnn->layers().size());
        ncnn[QStringLiteral("blob_count")] = static_cast<qint64>(report.ncnn->blobNames().size());
        ncnn[QStringLiteral("layer_types")] = types;
        json[QStringLiteral("ncnn")] = ncnn;
    }
    if (withTensors) {
        QJsonArray tensors;
        for (const std::string& name : report.dict.names()) {
            const TensorRef& t = report.dict.at(name);
            QJsonArray shape;
            for (int64_t d : t.shape)
                shape.append(static_cast<qint64>(d));
            tensors.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(name)},
                                       {QStringLiteral("dtype"), dtypeName(t.dtype)},
                                       {QStringLiteral("shape"), shape}});
        }
        json[QStringLiteral("tensors")] = tensors;
    }
    return json;
}

QString architectureText(const Report& report)
{
    if (report.upscaler)
        return report.upscaler->describe();
    if (!report.architecture)
        return tr("not recognised (%1)").arg(report.upscaler.error().message);
    if (report.architecture->scale > 0)
        return QStringLiteral("%1 x%2").arg(report.architecture->name).arg(report.architecture->scale);
    return report.architecture->name;
}

void printText(const Report& report, bool withTensors)
{
    QLocale grouping(QLocale::C);
    grouping.setNumberOptions({});
    auto line = [](const QString& label, const QString& value) {
        printOut(QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value));
    };
    line(tr("File"), report.path);
    line(tr("Format"), ModelFile::formatName(report.format));
    line(tr("Wrapper key"),
         report.dict.wrapperKey.isEmpty() ? tr("(none)") : report.dict.wrapperKey);
    if (!report.dict.strippedPrefix.isEmpty())
        line(tr("Stripped prefix"), report.dict.strippedPrefix);
    line(tr("Tensors"), grouping.toString(static_cast<qlonglong>(report.dict.size())));
    line(tr("Parameters"), grouping.toString(static_cast<qlonglong>(report.dict.parameterCount())));
    QStringList dtypes;
    for (const auto& [name, count] : report.dtypeCounts)
        dtypes << QStringLiteral("%1 x %2").arg(name).arg(count);
    line(tr("Dtypes"), dtypes.join(QStringLiteral(", ")));
    if (report.dict.skippedEntries > 0)
        line(tr("Skipped entries"), QString::number(report.dict.skippedEntries));
    line(tr("Architecture"), architectureText(report));
    if (report.ncnn) {
        QStringList types;
        for (const auto& [type, count] : report.ncnn->layerTypeCounts())
            types << QStringLiteral("%1 x %2").arg(QString::fromStdString(type)).arg(count);
        line(tr("Layers"), QString::number(report.ncnn->layers().size()));
        line(tr("Layer types"), types.join(QStringLiteral(", ")));
    }
    for (const auto& [key, value] : report.dict.metadata)
        line(tr("Metadata"), QStringLiteral("%1 = %2").arg(key, value.left(200)));
    if (withTensors) {
        for (const std::string& name : report.dict.names()) {
            const TensorRef& t = report.dict.at(name);
            printOut(
                QStringLiteral("  %1  %2 %3")
                    .arg(QString::fromStdString(name), dtypeName(t.dtype), shapeText(t.shape)));
        }
    }
}

} // namespace

QString InspectCommand::name() const
{
    return QStringLiteral("inspect");
}

QString InspectCommand::summary() const
{
    return tr("show what a model file (.safetensors, .pth, .ckpt, ncnn .param/.bin) holds");
}

int InspectCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of text."));
    const QCommandLineOption tensors(QStringLiteral("tensors"),
                                     tr("List every tensor with its dtype and shape."));
    parser.addOption(json);
    parser.addOption(tensors);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The model file."));
    if (!parser.parse(QStringList{QStringLiteral("inspect")} + arguments)) {
        printErr(parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the running binary; users type "hires-studio inspect".
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(),
                     QString::fromLatin1(kExecutableName) + QStringLiteral(" inspect"));
        printOut(help.trimmed());
        return kExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("inspect needs exactly one FILE. Try 'inspect --help'."));
        return kExitUsage;
    }
    Result<Report> report = inspectFile(parser.positionalArguments().front());
    if (!report) {
        printErr(report.error().message);
        return kExitFailure;
    }
    if (parser.isSet(json))
        printOut(QString::fromUtf8(QJsonDocument(toJson(report.value(), parser.isSet(tensors)))
                                       .toJson(QJsonDocument::Indented))
                     .trimmed());
    else
        printText(report.value(), parser.isSet(tensors));
    return kExitOk;
}

} // namespace hires::cli
