// `hires-studio serve` as a user runs it: it prints the address it serves on,
// answers curl, refuses to listen beyond loopback without a token, and stops
// cleanly on SIGTERM.
#include "tests/server/http_test_client.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hires::test;

class TestServeCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesUntilTerminated();
    void refusesOpenAddressWithoutToken();
    void tokenFromFile();
};

namespace {
// Starts `serve` and returns the port from its "Serving on" line, 0 on failure.
quint16 startServe(QProcess& process, const QStringList& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    static QTemporaryDir home;
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral(HIRES_EXECUTABLE),
        QStringList{QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0")} +
            extra);
    QByteArray out;
    const QRegularExpression line(QStringLiteral("Serving on http://127\\.0\\.0\\.1:(\\d+)"));
    for (int i = 0; i < 600 && process.state() != QProcess::NotRunning; ++i) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(out));
        if (match.hasMatch())
            return static_cast<quint16>(match.captured(1).toUInt());
    }
    return 0;
}
} // namespace

void TestServeCommand::servesUntilTerminated()
{
    QProcess process;
    const quint16 port = startServe(process, {});
    QVERIFY2(port != 0, process.readAllStandardError().constData());
    const HttpAnswer health = exchange(port, httpRequest("GET", "/health", port));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value("status").toString(), QStringLiteral("ok"));
    ::kill(static_cast<pid_t>(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().contains("GET /health 200"));
}

void TestServeCommand::refusesOpenAddressWithoutToken()
{
    QProcess process;
    process.start(QStringLiteral(HIRES_EXECUTABLE),
                  {QStringLiteral("serve"), QStringLiteral("--host"), QStringLiteral("0.0.0.0"),
                   QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("--token"));
}

void TestServeCommand::tokenFromFile()
{
    QTemporaryDir dir;
    QFile token(dir.filePath(QStringLiteral("token")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("file-token-0123456789\n");
    token.close();
    QProcess process;
    const quint16 port = startServe(process, {QStringLiteral("--token-file"), token.fileName()});
    QVERIFY(port != 0);
    QCOMPARE(exchange(port, httpRequest("GET", "/health", port)).status, 401);
    QCOMPARE(exchange(port, httpRequest("GET", "/health", port, QByteArray(),
                                        "Authorization: Bearer file-token-0123456789\r\n"))
                 .status,
             200);
    process.terminate();
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServeCommand)
#include "tst_serve_command.moc"
