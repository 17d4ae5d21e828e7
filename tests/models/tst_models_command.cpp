// `hires-studio models` run as a process: install-defaults with the real
// default models (twice), listing as a table and as JSON, a corrupt file
// listed with its error, downloads from a local HTTP server, exit codes.
#include "support/http_test_server.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

QJsonObject modelWithId(const QJsonObject& listing, const QString& id)
{
    for (const QJsonValue& v : listing.value(QStringLiteral("models")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestModelsCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;
    hires::test::HttpTestServer m_server;
    QByteArray m_file = QByteArray("a model file served over HTTP ").repeated(1000);

    // Runs the executable with XDG folders inside the temporary home; keeps
    // the event loop turning (the HTTP server lives on this thread).
    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HIRES_EXECUTABLE),
                      QStringList{QStringLiteral("models")} + arguments);
        Run result;
        if (!process.waitForStarted() ||
            !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            return result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    QString modelFolder() const
    {
        return m_home.filePath(QStringLiteral("data/HiresStudio/HiresStudio/models"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_server.isListening());
        m_server.route("/tiny.pth", {200, m_file});
    }

    void installsTheDefaultModelsTwice()
    {
        const QString upscayl = QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl");
        const Run first =
            run({QStringLiteral("install-defaults"), QStringLiteral("--from"), upscayl});
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QLatin1String("Installed")), qPrintable(first.out + first.err));
        for (const char* name : {"realesrgan-x4plus.param", "realesrgan-x4plus.bin",
                                 "realesrgan-x4fast.param", "realesrgan-x4fast.bin"})
            QVERIFY(QFileInfo(modelFolder() + QLatin1Char('/') + QLatin1String(name)).isFile());
        const Run second =
            run({QStringLiteral("install-defaults"), QStringLiteral("--from"), upscayl});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QLatin1String("already installed")), qPrintable(second.out));
    }

    void listsTheModelsAsJson()
    {
        const Run listing = run({QStringLiteral("--json")});
        QCOMPARE(listing.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(listing.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("default_upscaler")).toString(),
                 QStringLiteral("realesrgan-x4plus"));
        QCOMPARE(json.value(QStringLiteral("folders")).toArray().first().toString(), modelFolder());
        const QJsonObject plus = modelWithId(json, QStringLiteral("realesrgan-x4plus"));
        QCOMPARE(plus.value(QStringLiteral("architecture")).toString(), QStringLiteral("RRDBNet"));
        QCOMPARE(plus.value(QStringLiteral("scale")).toInt(), 4);
        QCOMPARE(plus.value(QStringLiteral("kind")).toString(), QStringLiteral("upscaler"));
        QCOMPARE(plus.value(QStringLiteral("format")).toString(), QStringLiteral("ncnn"));
        QCOMPARE(plus.value(QStringLiteral("parameter_count")).toInteger(), 16697987);
        QCOMPARE(plus.value(QStringLiteral("licence")).toString(), QStringLiteral("BSD-3-Clause"));
        QVERIFY(plus.value(QStringLiteral("error")).toString().isEmpty());
        const QJsonObject fast = modelWithId(json, QStringLiteral("realesrgan-x4fast"));
        QCOMPARE(fast.value(QStringLiteral("architecture")).toString(),
                 QStringLiteral("SRVGGNetCompact"));
        QCOMPARE(fast.value(QStringLiteral("parameter_count")).toInteger(), 1213296);
    }

    void listsAsATable()
    {
        const Run table = run({});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QLatin1String("realesrgan-x4plus *")), qPrintable(table.out));
        QVERIFY(table.out.contains(QLatin1String("SRVGGNetCompact")));
        QVERIFY(table.out.contains(QLatin1String("BSD-3-Clause")));
    }

    void listsACorruptFileWithItsError()
    {
        const QString folder = m_home.filePath(QStringLiteral("added"));
        QDir().mkpath(folder);
        QFile corrupt(folder + QStringLiteral("/broken_model.safetensors"));
        QVERIFY(corrupt.open(QIODevice::WriteOnly));
        corrupt.write(QByteArray("\x10\x00\x00\x00\x00\x00\x00\x00{\"a\": 1", 15));
        corrupt.close();
        const Run listing = run({QStringLiteral("--json"), QStringLiteral("--folder"), folder});
        QCOMPARE(listing.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(listing.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("models")).toArray().size(), 3);
        const QJsonObject broken = modelWithId(json, QStringLiteral("broken_model"));
        QVERIFY2(broken.value(QStringLiteral("error"))
                     .toString()
                     .contains(QLatin1String("broken_model")),
                 qPrintable(listing.out));
        const Run table = run({QStringLiteral("--folder"), folder});
        QVERIFY(table.out.contains(QLatin1String("error:")));
    }

    void downloadsFromAUrlWithAChecksum()
    {
        const QString to = m_home.filePath(QStringLiteral("downloads"));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(m_file, QCryptographicHash::Sha256).toHex());
        const QString url = m_server.url("/tiny.pth");
        const Run wrong = run({QStringLiteral("download"), url, QStringLiteral("--sha256"),
                               QString(64, QLatin1Char('b')), QStringLiteral("--to"), to});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QLatin1String("SHA-256")));
        QVERIFY(!QFile::exists(to + QStringLiteral("/tiny.pth")));
        const Run unverified = run({QStringLiteral("download"), url, QStringLiteral("--to"), to});
        QCOMPARE(unverified.exitCode, 2);
        QVERIFY(unverified.err.contains(QLatin1String("unverified")));
        const Run ok = run({QStringLiteral("download"), url, QStringLiteral("--sha256"), sha,
                            QStringLiteral("--to"), to});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY2(ok.out.contains(QLatin1String("verified")), qPrintable(ok.out + ok.err));
        QFile saved(to + QStringLiteral("/tiny.pth"));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), m_file);
        const int requests = m_server.requests();
        const Run again = run({QStringLiteral("download"), url, QStringLiteral("--sha256"), sha,
                               QStringLiteral("--to"), to});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QLatin1String("already installed")));
        QCOMPARE(m_server.requests(), requests); // verified on disk, not fetched again
    }

    void catalogueNamesLicences()
    {
        const Run catalogue = run({QStringLiteral("catalogue"), QStringLiteral("--json")});
        QCOMPARE(catalogue.exitCode, 0);
        bool sawCodeFormer = false;
        for (const QJsonValue& v : QJsonDocument::fromJson(catalogue.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("models"))
                                       .toArray()) {
            const QJsonObject m = v.toObject();
            if (m.value(QStringLiteral("id")).toString() == QLatin1String("codeformer")) {
                sawCodeFormer = true;
                QCOMPARE(m.value(QStringLiteral("commercial_use")).toBool(), false);
                QCOMPARE(m.value(QStringLiteral("default")).toBool(), false);
            }
        }
        QVERIFY(sawCodeFormer);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")} << 2;
        QTest::newRow("install-defaults without --from")
            << QStringList{QStringLiteral("install-defaults")} << 2;
        QTest::newRow("install-defaults from nowhere")
            << QStringList{QStringLiteral("install-defaults"), QStringLiteral("--from"),
                           QStringLiteral("/nonexistent/folder")}
            << 1;
        QTest::newRow("download without argument") << QStringList{QStringLiteral("download")} << 2;
        QTest::newRow("download of an unknown id")
            << QStringList{QStringLiteral("download"), QStringLiteral("no-such-model")} << 2;
        QTest::newRow("download of a default (not downloadable)")
            << QStringList{QStringLiteral("download"), QStringLiteral("realesrgan-x4plus")} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode != 0)
            QVERIFY(!result.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModelsCommand)
#include "tst_models_command.moc"
