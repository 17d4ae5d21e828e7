// `hires-studio generate` run as a process (HIRES_EXECUTABLE) on the tiny
// checkpoints: output sizes, hires fix with Real-ESRGAN / LANCZOS, the first
// pass kept, --json, PNG "parameters", same seed, usage errors, Ctrl+C.
#include "core/diffusion/generation_parameters.h"
#include "core/diffusion/generation_request.h"
#include "core/image/image_decoder.h"
#include "generate_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace hires;
using namespace hires::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString err;
    QJsonObject json; // the last stdout line that parses as an object
};

CliRun generateCli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(HIRES_EXECUTABLE), QStringList{QStringLiteral("generate")} + args);
    CliRun r;
    if (!p.waitForFinished(600000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.err = QString::fromUtf8(p.readAllStandardError());
    for (const QString& line : QString::fromUtf8(p.readAllStandardOutput())
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonDocument doc = QJsonDocument::fromJson(line.toUtf8());
        if (doc.isObject())
            r.json = doc.object();
    }
    return r;
}

} // namespace

class TestGenerateCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<GenerateFixture> m_fixture;

    QStringList base(const QString& output, int steps = 3) const
    {
        return {
            QStringLiteral("-p"),          QStringLiteral("a castle on a hill, (masterpiece:1.2)"),
            QStringLiteral("-n"),          QStringLiteral("blurry"),
            QStringLiteral("-m"),          m_fixture->sd1(),
            QStringLiteral("--tokenizer"), m_fixture->tokenizer(),
            QStringLiteral("-W"),          QStringLiteral("64"),
            QStringLiteral("--steps"),     QString::number(steps),
            QStringLiteral("--seed"),      QStringLiteral("77"),
            QStringLiteral("-o"),          output};
    }
    QString out(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<GenerateFixture>(m_dir);
        QVERIFY2(m_fixture->error.isEmpty(), qPrintable(m_fixture->error));
    }

    void txt2imgWithMetadata()
    {
        const CliRun r =
            generateCli(base(out(QStringLiteral("a.png"))) +
                        QStringList{QStringLiteral("--json"), QStringLiteral("--sampler"),
                                    QStringLiteral("dpmpp_2m_karras")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json.value(QStringLiteral("ok")).toBool());
        QCOMPARE(r.json.value(QStringLiteral("width")).toInt(), 64);
        QCOMPARE(r.json.value(QStringLiteral("seed")).toDouble(), 77.0);
        QVERIFY(r.err.contains(QStringLiteral("first pass 3/3"))); // the progress line
        const Result<Image> image = readImageFile(out(QStringLiteral("a.png")));
        QVERIFY(image.ok());
        QCOMPARE(image->width(), 64);
        QCOMPARE(image->height(), 64);
        const Result<ParsedGenerationParameters> p =
            GenerationParameters::parse(image->metadata.text.at(GenerationParameters::kPngKey));
        QVERIFY(p.ok());
        QCOMPARE(p->request.prompt, QStringLiteral("a castle on a hill, (masterpiece:1.2)"));
        QCOMPARE(p->request.negativePrompt, QStringLiteral("blurry"));
        QCOMPARE(p->request.seed, int64_t(77));
        QCOMPARE(p->request.numInferenceSteps, 3);
        QCOMPARE(p->request.sampler, SamplerKind::DpmPP2MKarras);
        QCOMPARE(p->request.model, QStringLiteral("tiny-sd1"));
    }

    void sameSeedSameImage()
    {
        QCOMPARE(generateCli(base(out(QStringLiteral("s1.png")))).exitCode, 0);
        QCOMPARE(generateCli(base(out(QStringLiteral("s2.png")))).exitCode, 0);
        QVERIFY(sameImage(readImageFile(out(QStringLiteral("s1.png")))->pixels,
                          readImageFile(out(QStringLiteral("s2.png")))->pixels));
    }

    void hiresFix_data()
    {
        QTest::addColumn<bool>("realesrgan");
        QTest::addColumn<QString>("used");
        QTest::newRow("Real-ESRGAN") << true << "realesrgan-x4fast";
        QTest::newRow("LANCZOS") << false << "lanczos";
    }
    void hiresFix()
    {
        QFETCH(bool, realesrgan);
        QFETCH(QString, used);
        const QString model = GenerateFixture::upscayl(QStringLiteral("realesrgan-x4fast.param"));
        if (!QFileInfo::exists(model))
            QSKIP("the upscayl models are not fetched (fetch_test_data)");
        const QString file = out(QStringLiteral("hires-%1.png").arg(used));
        QStringList args = base(file, 2) + QStringList{QStringLiteral("--hires-fix"),
                                                       QStringLiteral("--denoise"),
                                                       QStringLiteral("0.5"),
                                                       QStringLiteral("--hires-steps"),
                                                       QStringLiteral("2"),
                                                       QStringLiteral("--realesrgan-model"),
                                                       model,
                                                       QStringLiteral("--save-first-pass"),
                                                       QStringLiteral("--json")};
        if (!realesrgan)
            args << QStringLiteral("--no-realesrgan");
        const CliRun r = generateCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json.value(QStringLiteral("width")).toInt(), 128);
        const QJsonObject provenance = r.json.value(QStringLiteral("provenance")).toObject();
        QCOMPARE(provenance.value(QStringLiteral("used")).toString(), used);
        QCOMPARE(readImageFile(file)->width(), 128);
        const QString first = r.json.value(QStringLiteral("first_pass")).toString();
        QCOMPARE(readImageFile(first)->width(), 64);
        QVERIFY(r.err.contains(QStringLiteral("second pass 4/4")));
        const Result<ParsedGenerationParameters> p = GenerationParameters::parse(
            readImageFile(file)->metadata.text.at(GenerationParameters::kPngKey));
        QVERIFY(p->request.hiresFix);
        QCOMPARE(p->request.denoisingStrength, 0.5);
        QCOMPARE(p->request.useRealesrgan, realesrgan);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no prompt")
            << QStringList{QStringLiteral("-m"), QStringLiteral("x")} << "-p TEXT";
        QTest::newRow("sampler") << QStringList{QStringLiteral("-p"), QStringLiteral("x"),
                                                QStringLiteral("--sampler"), QStringLiteral("plms")}
                                 << "plms";
        QTest::newRow("width") << QStringList{QStringLiteral("-p"), QStringLiteral("x"),
                                              QStringLiteral("-W"), QStringLiteral("100")}
                               << "width";
        QTest::newRow("denoise") << QStringList{QStringLiteral("-p"), QStringLiteral("x"),
                                                QStringLiteral("--hires-fix"),
                                                QStringLiteral("--denoise"), QStringLiteral("2")}
                                 << "denoising_strength";
        QTest::newRow("not a number")
            << QStringList{QStringLiteral("-p"), QStringLiteral("x"), QStringLiteral("--steps"),
                           QStringLiteral("ten")}
            << "--steps";
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CliRun r = generateCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void missingTokenizerIsAClearMessage()
    {
        QStringList args = base(out(QStringLiteral("none.png")));
        args.removeAt(args.indexOf(QStringLiteral("--tokenizer")) + 1);
        args.removeAll(QStringLiteral("--tokenizer"));
        const CliRun r = generateCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("vocab.json")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(out(QStringLiteral("none.png"))));
    }

    void interruptLeavesNoFile()
    {
        const QString file = out(QStringLiteral("interrupted.png"));
        // Enough work that Ctrl+C lands mid-run even on a fast, idle machine.
        QStringList args = base(file, GenerationRequest::kMaxSteps);
        args[args.indexOf(QStringLiteral("-W")) + 1] = QStringLiteral("128");
        QProcess p;
        p.start(QStringLiteral(HIRES_EXECUTABLE), QStringList{QStringLiteral("generate")} + args);
        QVERIFY(p.waitForStarted());
        // waitForReadyRead() waits on the read channel only: the progress is on
        // standard error, so that is the channel to wait on.
        p.setReadChannel(QProcess::StandardError);
        QByteArray err;
        // Ctrl+C once the sampler is running.
        while (!err.contains("first pass 2/") && p.state() == QProcess::Running) {
            p.waitForReadyRead(60000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("first pass 2/"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(120000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("interrupted*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGenerateCli)
#include "tst_generate_cli.moc"
