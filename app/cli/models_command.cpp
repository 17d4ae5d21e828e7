#include "app/cli/models_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "app/cli/console.h"
#include "core/models/default_models.h"
#include "core/models/model_catalogue.h"
#include "core/models/model_downloader.h"
#include "core/models/model_library.h"

namespace hires::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::cli::ModelsCommand", text);
}

void printJson(const QJsonObject& json)
{
    printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1);
}

// Prints rows as left-aligned columns.
void printTable(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (int i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        printOut(line);
    }
}

// Parses "models <sub> ..." options; prints help or errors. Returns -1 to go on.
int parse(QCommandLineParser& parser, const QString& usage, const QStringList& arguments)
{
    parser.setApplicationDescription(usage);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("models")} + arguments)) {
        printErr(parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return kExitOk;
    }
    return -1;
}

int list(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    const QCommandLineOption folder(
        QStringLiteral("folder"), tr("Also look in DIR (may be repeated)."), QStringLiteral("DIR"));
    parser.addOptions({json, folder});
    if (int done = parse(parser, tr("List the models in the model folders."), arguments); done >= 0)
        return done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("Unknown argument '%1'. Try 'models --help'.")
                     .arg(parser.positionalArguments().front()));
        return kExitUsage;
    }
    ModelLibrary library(parser.values(folder));
    library.scan();
    if (!library.cacheError().isEmpty())
        printErr(library.cacheError());
    const ModelInfo* preferred = library.defaultUpscaler();
    if (parser.isSet(json)) {
        QJsonArray models;
        for (const ModelInfo& model : library.models())
            models.append(model.toJson());
        printJson({{QStringLiteral("folders"), QJsonArray::fromStringList(library.folders())},
                   {QStringLiteral("default_upscaler"),
                    preferred ? QJsonValue(preferred->id) : QJsonValue(QJsonValue::Null)},
                   {QStringLiteral("models"), models}});
        return kExitOk;
    }
    if (library.models().empty()) {
        printOut(tr("No models in %1.").arg(library.folders().join(QStringLiteral(", "))));
        return kExitOk;
    }
    QList<QStringList> rows{{tr("ID"), tr("KIND"), tr("ARCHITECTURE"), tr("SCALE"), tr("FORMAT"),
                             tr("SIZE"), tr("LICENCE / ERROR")}};
    for (const ModelInfo& model : library.models()) {
        const QString id = &model == preferred ? model.id + QStringLiteral(" *") : model.id;
        rows << QStringList{
            id,
            modelKindName(model.kind),
            model.architecture.isEmpty() ? QStringLiteral("-") : model.architecture,
            model.scale > 0 ? QStringLiteral("x%1").arg(model.scale) : QStringLiteral("-"),
            model.format.isEmpty() ? QStringLiteral("-") : model.format,
            sizeText(model.fileSize),
            model.ok() ? (model.licence.isEmpty() ? QStringLiteral("-") : model.licence)
                       : tr("error: %1").arg(model.error)};
    }
    printTable(rows);
    if (preferred)
        printOut(tr("* default upscaler"));
    return kExitOk;
}

int installDefaults(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The folder with realesrgan-x4plus/x4fast .param and .bin."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The model folder (default: the user's model folder)."),
                                QStringLiteral("DIR"), ModelLibrary::defaultUserFolder());
    parser.addOptions({from, to});
    if (int done = parse(parser, tr("Install the default upscaling models."), arguments); done >= 0)
        return done;
    if (!parser.isSet(from) || !parser.positionalArguments().isEmpty()) {
        printErr(tr("install-defaults needs --from DIR. Try 'models install-defaults --help'."));
        return kExitUsage;
    }
    Result<DefaultModelsReport> report =
        DefaultModels::install(parser.value(from), parser.value(to));
    if (!report) {
        printErr(report.error().message);
        return kExitFailure;
    }
    if (report->installed.isEmpty())
        printOut(tr("The default models are already installed in %1.").arg(report->folder));
    else
        printOut(tr("Installed %1 into %2.")
                     .arg(report->installed.join(QStringLiteral(", ")), report->folder));
    return kExitOk;
}

QString fileSha256(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

int download(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption sha256(QStringLiteral("sha256"), tr("The expected SHA-256."),
                                    QStringLiteral("HEX"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("The model folder (default: the user's model folder)."),
                                QStringLiteral("DIR"), ModelLibrary::defaultUserFolder());
    const QCommandLineOption unverified(
        QStringLiteral("allow-unverified"),
        tr("Install the file even though no SHA-256 is known to check it against."));
    parser.addOptions({sha256, to, unverified});
    parser.addPositionalArgument(QStringLiteral("ID|URL"),
                                 tr("A model id from 'models catalogue', or an http(s) URL."));
    if (int done = parse(parser, tr("Download a model, verifying its SHA-256."), arguments);
        done >= 0)
        return done;
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("download needs exactly one ID or URL. Try 'models download --help'."));
        return kExitUsage;
    }
    const QString what = parser.positionalArguments().front();
    DownloadRequest request;
    request.acceptUnverified = parser.isSet(unverified);
    QString fileName;
    if (const KnownModel* known = ModelCatalogue::find(what); known && !known->url.isEmpty()) {
        request.url = QUrl(known->url);
        request.sha256 = known->sha256;
        if (known->size > 0)
            request.maxBytes = known->size;
        fileName = known->fileName;
    } else if (what.startsWith(QLatin1String("http://")) ||
               what.startsWith(QLatin1String("https://"))) {
        request.url = QUrl(what);
        fileName = request.url.fileName();
    } else {
        printErr(
            tr("'%1' is neither a downloadable model of 'models catalogue' nor a URL.").arg(what));
        return kExitUsage;
    }
    if (parser.isSet(sha256))
        request.sha256 = parser.value(sha256);
    if (fileName.isEmpty() || fileName.startsWith(QLatin1Char('.'))) {
        printErr(tr("%1: the URL does not end in a file name.").arg(what));
        return kExitUsage;
    }
    request.destination = QDir(parser.value(to)).absoluteFilePath(fileName);
    if (!request.sha256.isEmpty() && QFileInfo(request.destination).isFile() &&
        fileSha256(request.destination).compare(request.sha256, Qt::CaseInsensitive) == 0) {
        printOut(tr("%1 is already installed and verified.").arg(request.destination));
        return kExitOk;
    }
    ModelDownloader downloader;
    QEventLoop loop;
    int exitCode = kExitFailure;
    int lastPercent = -1;
    QObject::connect(&downloader, &ModelDownloader::progress, &loop, [&](qint64 got, qint64 total) {
        const int percent = total > 0 ? static_cast<int>(got * 100 / total) : -1;
        if (percent != lastPercent || total <= 0) {
            lastPercent = percent;
            printProgress(total > 0 ? tr("%1: %2 of %3 (%4%)")
                                          .arg(fileName, sizeText(got), sizeText(total))
                                          .arg(percent)
                                    : tr("%1: %2").arg(fileName, sizeText(got)));
        }
    });
    QObject::connect(
        &downloader, &ModelDownloader::succeeded, &loop,
        [&](const QString& path, const QString& digest) {
            printOut(tr("Saved %1 (SHA-256 %2%3).")
                         .arg(path, digest,
                              request.sha256.isEmpty() ? tr(", not verified") : tr(", verified")));
            exitCode = kExitOk;
            loop.quit();
        });
    QObject::connect(&downloader, &ModelDownloader::failed, &loop, [&](const QString& message) {
        printErr(message);
        exitCode =
            downloader.lastError().code == ErrorCode::InvalidArgument ? kExitUsage : kExitFailure;
        loop.quit();
    });
    downloader.start(request);
    loop.exec();
    return exitCode;
}

int catalogue(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON instead of a table."));
    parser.addOption(json);
    if (int done = parse(parser, tr("List the models Hires Studio knows by name."), arguments);
        done >= 0)
        return done;
    QJsonArray entries;
    QList<QStringList> rows{{tr("ID"), tr("KIND"), tr("ARCHITECTURE"), tr("SCALE"), tr("SIZE"),
                             tr("LICENCE"), tr("SOURCE")}};
    for (const KnownModel& m : ModelCatalogue::all()) {
        entries.append(QJsonObject{{QStringLiteral("id"), m.id},
                                   {QStringLiteral("name"), m.name},
                                   {QStringLiteral("file_name"), m.fileName},
                                   {QStringLiteral("url"), m.url},
                                   {QStringLiteral("sha256"), m.sha256},
                                   {QStringLiteral("size"), m.size},
                                   {QStringLiteral("architecture"), m.architecture},
                                   {QStringLiteral("scale"), m.scale},
                                   {QStringLiteral("kind"), modelKindKey(m.kind)},
                                   {QStringLiteral("licence"), m.licence},
                                   {QStringLiteral("commercial_use"), m.commercialUse},
                                   {QStringLiteral("default"), m.isDefault},
                                   {QStringLiteral("source"), m.source}});
        rows << QStringList{m.id,
                            modelKindName(m.kind),
                            m.architecture,
                            QStringLiteral("x%1").arg(m.scale),
                            m.size > 0 ? sizeText(m.size) : QStringLiteral("-"),
                            m.licence,
                            m.url.isEmpty() ? m.source : m.url};
    }
    if (parser.isSet(json))
        printJson({{QStringLiteral("models"), entries}});
    else
        printTable(rows);
    return kExitOk;
}

} // namespace

QString ModelsCommand::name() const
{
    return QStringLiteral("models");
}

QString ModelsCommand::summary() const
{
    return tr("list, install and download models (models --help)");
}

int ModelsCommand::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("install-defaults"))
        return installDefaults(arguments.mid(1));
    if (sub == QLatin1String("download"))
        return download(arguments.mid(1));
    if (sub == QLatin1String("catalogue"))
        return catalogue(arguments.mid(1));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        printOut(tr("Usage: models [--json] [--folder DIR]...\n"
                    "       models install-defaults --from DIR [--to DIR]\n"
                    "       models download ID|URL [--sha256 HEX] [--to DIR] [--allow-unverified]\n"
                    "       models catalogue [--json]\n"
                    "Each sub-command takes --help."));
        return kExitOk;
    }
    return list(arguments);
}

} // namespace hires::cli
