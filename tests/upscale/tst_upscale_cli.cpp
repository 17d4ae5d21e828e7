// `hires-studio upscale` run as a process (HIRES_EXECUTABLE): exit codes,
// --json provenance, output naming, never overwriting, folders of inputs,
// failures among good inputs, and the LANCZOS fallback for a missing model.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> json; // one per stdout line that parses as an object
};

Run hires(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(HIRES_EXECUTABLE), QStringList{QStringLiteral("upscale")} + args);
    Run r;
    if (!p.waitForFinished(600000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            r.json << doc.object();
    }
    return r;
}

QString writePng(const QString& path, int width, int height, int type = CV_8UC3)
{
    cv::Mat m(height, width, type);
    cv::randu(m, cv::Scalar::all(0), cv::Scalar::all(255));
    cv::imwrite(path.toStdString(), m);
    return path;
}

QByteArray sha(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

cv::Size sizeOf(const QString& path)
{
    return cv::imread(path.toStdString(), cv::IMREAD_UNCHANGED).size();
}

} // namespace

class TestUpscaleCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void help()
    {
        const Run r = hires({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char* option :
             {"--output", "--model", "--scale", "--tile", "--device", "--format", "--json"})
            QVERIFY2(r.out.contains(QLatin1String(option)), option);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString in = writePng(m_dir.filePath("usage.png"), 8, 8);
        const QString in2 = writePng(m_dir.filePath("usage2.png"), 8, 8);
        QTest::newRow("no input") << QStringList{};
        QTest::newRow("bad scale") << QStringList{in, "-s", "zero"};
        QTest::newRow("negative scale") << QStringList{in, "-s", "-2"};
        QTest::newRow("tile below 32") << QStringList{in, "-t", "8"};
        QTest::newRow("bad device") << QStringList{in, "--device", "tpu"};
        QTest::newRow("bad format") << QStringList{in, "--format", "bmp"};
        QTest::newRow("-o FILE with two inputs")
            << QStringList{in, in2, "-o", m_dir.filePath("x.png")};
        QTest::newRow("unknown option") << QStringList{in, "--frobnicate"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = hires(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void lanczosWithJsonAndNaming()
    {
        const QString in = writePng(m_dir.filePath("photo.png"), 30, 20);
        const QByteArray before = sha(in);
        const Run first = hires({in, "-m", "lanczos", "-s", "2.5", "--json"});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.json.size(), 1);
        const QJsonObject j = first.json.first();
        QCOMPARE(j.value("ok").toBool(), true);
        QCOMPARE(j.value("output").toString(), m_dir.filePath("photo_lanczos_2.5x.png"));
        QCOMPARE(sizeOf(j.value("output").toString()), cv::Size(75, 50));
        const QJsonObject p = j.value("provenance").toObject();
        QCOMPARE(p.value("used").toString(), QStringLiteral("lanczos"));
        QCOMPARE(p.value("fell_back").toBool(), false);
        // Never an existing file: the second run gets _2, the input is untouched.
        const Run second = hires({in, "-m", "lanczos", "-s", "2.5", "--json"});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.json.first().value("output").toString(),
                 m_dir.filePath("photo_lanczos_2.5x_2.png"));
        QCOMPARE(sha(in), before);
    }

    void explicitOutputFileAndOverwrite()
    {
        const QString in = writePng(m_dir.filePath("single.png"), 10, 10);
        const QString out = m_dir.filePath("chosen.jpg");
        QCOMPARE(hires({in, "-m", "lanczos", "-o", out}).exitCode, 0);
        QCOMPARE(sizeOf(out), cv::Size(20, 20));
        QVERIFY(QFile(out).open(QIODevice::ReadOnly));
        QCOMPARE(hires({in, "-m", "lanczos", "-o", out}).exitCode, 1); // exists
        QCOMPARE(hires({in, "-m", "lanczos", "-s", "3", "-o", out, "--overwrite"}).exitCode, 0);
        QCOMPARE(sizeOf(out), cv::Size(30, 30));
        // An input is never the output, not even with --overwrite.
        const QByteArray before = sha(in);
        QCOMPARE(hires({in, "-m", "lanczos", "-o", in, "--overwrite"}).exitCode, 1);
        QCOMPARE(sha(in), before);
    }

    void folderOfInputs()
    {
        const QString folder = m_dir.filePath("album");
        QVERIFY(QDir().mkpath(folder));
        writePng(folder + "/a.png", 12, 8);
        writePng(folder + "/b.png", 6, 6, CV_8UC4);
        QFile fake(folder + "/fake.png"); // a .png that is not an image: skipped by content
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("not an image at all");
        fake.close();
        QFile notes(folder + "/notes.txt");
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("hello");
        notes.close();
        const QString outDir = m_dir.filePath("album-out/");
        const Run r = hires({folder, "-m", "lanczos", "-o", outDir, "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.size(), 2);
        QCOMPARE(sizeOf(outDir + "a_lanczos_2x.png"), cv::Size(24, 16));
        const cv::Mat alpha =
            cv::imread((outDir + "b_lanczos_2x.png").toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(alpha.channels(), 4); // alpha kept
        QCOMPARE(QDir(outDir).entryList(QDir::Files).size(), 2);
        QVERIFY(r.err.contains(QLatin1String("2 of 2")));
    }

    void failedInputAmongGoodOnes()
    {
        const QString good = writePng(m_dir.filePath("good.png"), 8, 8);
        const QString bad = m_dir.filePath("broken.png");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QFile src(good);
        QVERIFY(src.open(QIODevice::ReadOnly));
        f.write(src.read(40)); // a PNG cut short
        f.close();
        const Run r = hires({bad, good, "-m", "lanczos", "--json"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.size(), 2);
        QCOMPARE(r.json[0].value("ok").toBool(), false);
        QVERIFY(r.json[0].value("error").toString().contains(QLatin1String("broken.png")));
        QCOMPARE(r.json[1].value("ok").toBool(), true);
        QVERIFY(r.err.contains(QLatin1String("1 of 2")));
        QVERIFY(!QFile::exists(m_dir.filePath("broken_lanczos_2x.png"))); // no partial output
    }

    void missingModelFallsBackToLanczos()
    {
        const QString in = writePng(m_dir.filePath("fallback.png"), 16, 12);
        const QString model = m_dir.filePath("no-such-model.pth");
        const Run r = hires({in, "-m", model, "--json"});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject j = r.json.value(0);
        QCOMPARE(j.value("output").toString(), m_dir.filePath("fallback_lanczos_2x.png"));
        const QJsonObject p = j.value("provenance").toObject();
        QCOMPARE(p.value("requested").toString(), QStringLiteral("no-such-model"));
        QCOMPARE(p.value("used").toString(), QStringLiteral("lanczos"));
        QCOMPARE(p.value("fell_back").toBool(), true);
        QVERIFY(p.value("fallbacks")
                    .toArray()
                    .first()
                    .toObject()
                    .value("reason")
                    .toString()
                    .contains(model));
        // With fallback off the same request fails.
        QCOMPARE(hires({in, "-m", model, "--no-fallback"}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestUpscaleCli)
#include "tst_upscale_cli.moc"
