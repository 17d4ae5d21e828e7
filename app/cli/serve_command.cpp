#include "app/cli/serve_command.h"

#include "app/cli/console.h"
#include "core/jobs/job_runner.h"
#include "server/http_service.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace hires::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("hires::cli::ServeCommand", text);
}

// SIGINT/SIGTERM end the event loop cleanly (the runner cancels its job).
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

} // namespace

QString ServeCommand::name() const
{
    return QStringLiteral("serve");
}

QString ServeCommand::summary() const
{
    return tr("Serve the HTTP API (/generate, /upscale, /health, AUTOMATIC1111's /sdapi/v1).");
}

int ServeCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption host(QStringLiteral("host"),
                                  tr("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port (default 7860; 0: any)."),
                                  QStringLiteral("PORT"), QStringLiteral("7860"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   tr("Bearer token every request must carry."),
                                   QStringLiteral("TOKEN"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"),
                                       tr("Read the token from FILE (keeps it out of `ps`)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption models(QStringLiteral("models"),
                                    tr("Also look for models in DIR (may be repeated)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption checkpoint(
        QStringLiteral("checkpoint"),
        tr("Library id of the checkpoint /generate uses (default: the first found)."),
        QStringLiteral("ID"));
    const QCommandLineOption maxQueue(QStringLiteral("max-queue"),
                                      tr("Jobs that may wait behind the running one (default 4)."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-mb"),
                                     tr("Largest request body in MiB (default 48)."),
                                     QStringLiteral("N"), QStringLiteral("48"));
    parser.addOptions({host, port, token, tokenFile, models, checkpoint, maxQueue, maxBody});
    if (!parser.parse(QStringList{name()} + arguments)) {
        printErr(parser.errorText());
        return kExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return kExitOk;
    }

    server::ServerOptions options;
    bool ok = true;
    options.host = QHostAddress(parser.value(host));
    if (parser.value(host) == QLatin1String("localhost"))
        options.host = QHostAddress(QHostAddress::LocalHost);
    const uint portValue = parser.value(port).toUInt(&ok);
    if (options.host.isNull() || !ok || portValue > 65535) {
        printErr(tr("serve: --host takes an IP address and --port a number up to 65535"));
        return kExitUsage;
    }
    options.port = static_cast<quint16>(portValue);
    options.token = parser.value(token).toUtf8();
    if (parser.isSet(tokenFile)) {
        QFile file(parser.value(tokenFile));
        if (!file.open(QIODevice::ReadOnly)) {
            printErr(tr("serve: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return kExitUsage;
        }
        options.token = file.readAll().trimmed();
    }
    options.modelFolders = parser.values(models);
    options.checkpoint = parser.value(checkpoint).toLower();
    options.maxQueuedJobs = parser.value(maxQueue).toInt(&ok);
    const int bodyMb = parser.value(maxBody).toInt(&ok);
    options.maxBodyBytes = qint64(bodyMb) << 20;
    if (auto valid = server::validateServerOptions(options); !valid) {
        printErr(tr("serve: %1").arg(valid.error().message));
        return kExitUsage;
    }

    JobRunner runner;
    server::HttpService service(options, &runner);
    Result<quint16> bound = service.listen();
    if (!bound) {
        printErr(tr("serve: %1").arg(bound.error().message));
        return kExitFailure;
    }
    QObject::connect(&service, &server::HttpService::answered,
                     [](const QString& method, const QString& path, int status) {
                         printErr(QStringLiteral("%1 %2 %3").arg(method, path).arg(status));
                     });
    // The port line is what scripts (and the tests) wait for.
    printOut(tr("Serving on http://%1:%2 (%3 models found)")
                 .arg(options.host.protocol() == QAbstractSocket::IPv6Protocol
                          ? QLatin1Char('[') + options.host.toString() + QLatin1Char(']')
                          : options.host.toString())
                 .arg(*bound)
                 .arg(service.models().models().size()));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &service);
        QObject::connect(notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    const int code = QCoreApplication::exec();
    printErr(tr("serve: stopped"));
    return code == 0 ? kExitOk : kExitFailure;
}

} // namespace hires::cli
