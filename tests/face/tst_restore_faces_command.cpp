// `hires-studio restore-faces` run as a process (QProcess on the built
// executable) on the astronaut photo: usage errors, the missing-model policy,
// --json provenance, protected inputs, an unreadable input among good ones,
// and a real torch.save GFPGAN file (random weights) end to end, with
// --weight 0 bit-identical and --face-aligned.
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "face_test_support.h"
#include "support/python_reference.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hires;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(HIRES_EXECUTABLE),
                  QStringList{QStringLiteral("restore-faces")} + arguments);
    Run run;
    if (!process.waitForFinished(600000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

cv::Mat pixelsOf(const QString& path)
{
    auto image = readImageFile(path);
    return image ? image->pixels : cv::Mat();
}

} // namespace

class TestRestoreFacesCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_input;
    cv::Mat m_original;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = m_dir.filePath(QStringLiteral("astronaut.png"));
        QVERIFY(QFile::copy(test::photoPath("astronaut.png"), m_input));
        m_original = pixelsOf(m_input);
        QVERIFY(!m_original.empty());
    }

    void helpAndUsage()
    {
        const Run help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("hires-studio restore-faces")));
        QVERIFY(help.out.contains(QStringLiteral("--face-model")));
        QVERIFY(help.out.contains(QStringLiteral("--face-aligned")));
        QCOMPARE(runCli({}).exitCode, 2);
        const Run weight = runCli({m_input, QStringLiteral("--weight"), QStringLiteral("1.2")});
        QCOMPARE(weight.exitCode, 2);
        QVERIFY(weight.err.contains(QStringLiteral("--weight")));
        QCOMPARE(runCli({m_input, QStringLiteral("--detector"), QStringLiteral("mtcnn")}).exitCode,
                 2);

        QProcess top;
        top.start(QStringLiteral(HIRES_EXECUTABLE), {QStringLiteral("--help")});
        QVERIFY(top.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(top.readAllStandardOutput())
                    .contains(QStringLiteral("restore-faces")));
    }

    void withoutModelTheImageIsWrittenUnchanged()
    {
        const QString output = m_dir.filePath(QStringLiteral("no_model.png"));
        const Run run = runCli({m_input, QStringLiteral("-o"), output, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("not restored")), qPrintable(run.err));
        QCOMPARE(cv::norm(pixelsOf(output), m_original, cv::NORM_INF), 0.0);
        const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject provenance =
            results.at(0).toObject().value(QStringLiteral("provenance")).toObject();
        QCOMPARE(provenance.value(QStringLiteral("task")).toString(),
                 QStringLiteral("face-restore"));
        QCOMPARE(provenance.value(QStringLiteral("used")).toString(), QStringLiteral("none"));
        const QJsonObject details = provenance.value(QStringLiteral("details")).toObject();
        QCOMPARE(details.value(QStringLiteral("faces_detected")).toInt(), 1);
        QCOMPARE(details.value(QStringLiteral("detector")).toString(), QStringLiteral("haar"));
    }

    void inputsAreProtectedAndBadInputsReported()
    {
        const Run overwrite = runCli({m_input, QStringLiteral("-o"), m_input});
        QCOMPARE(overwrite.exitCode, 1);
        QCOMPARE(cv::norm(pixelsOf(m_input), m_original, cv::NORM_INF), 0.0);

        const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an image");
        file.close();
        const QString folder = m_dir.filePath(QStringLiteral("several"));
        const Run run = runCli({broken, m_input, QStringLiteral("-o"), folder});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("broken.png")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/astronaut_faces_1x.png")));
    }

    void realModelFileEndToEnd()
    {
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("checkpoint"), m_dir.path()}, {}, 600000);
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
        const QString model = m_dir.filePath(QStringLiteral("gfpgan_random.pth"));

        const QString zero = m_dir.filePath(QStringLiteral("weight0.png"));
        const Run runZero =
            runCli({m_input, QStringLiteral("--face-model"), model, QStringLiteral("--weight"),
                    QStringLiteral("0"), QStringLiteral("-o"), zero});
        QVERIFY2(runZero.exitCode == 0, qPrintable(runZero.err));
        QCOMPARE(cv::norm(pixelsOf(zero), m_original, cv::NORM_INF), 0.0);

        const QString full = m_dir.filePath(QStringLiteral("weight1.png"));
        const Run runFull = runCli({m_input, QStringLiteral("--face-model"), model,
                                    QStringLiteral("-o"), full, QStringLiteral("--json")});
        QVERIFY2(runFull.exitCode == 0, qPrintable(runFull.err));
        const cv::Mat restored = pixelsOf(full);
        QVERIFY(test::psnr(restored, m_original, test::astronautFace()) < 30); // the face changed
        // Far from the face nothing changed.
        QCOMPARE(cv::norm(restored(cv::Rect(0, 350, 512, 162)),
                          m_original(cv::Rect(0, 350, 512, 162)), cv::NORM_INF),
                 0.0);
        const QJsonObject provenance = QJsonDocument::fromJson(runFull.out.toUtf8())
                                           .array()
                                           .at(0)
                                           .toObject()
                                           .value(QStringLiteral("provenance"))
                                           .toObject();
        QCOMPARE(provenance.value(QStringLiteral("used")).toString(),
                 QStringLiteral("gfpgan-v1.4"));
        QCOMPARE(provenance.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("model_unused_tensors"))
                     .toInt(),
                 16);

        const QString crop = m_dir.filePath(QStringLiteral("aligned_in.png"));
        {
            cv::Mat face;
            cv::resize(m_original(cv::Rect(120, 20, 220, 220)), face, cv::Size(512, 512));
            Image image;
            image.pixels = face;
            QVERIFY(saveImage(image, crop, EncodeOptions{}).ok());
        }
        const QString alignedOut = m_dir.filePath(QStringLiteral("aligned_out.png"));
        const Run aligned =
            runCli({crop, QStringLiteral("--face-aligned"), QStringLiteral("--face-model"), model,
                    QStringLiteral("-o"), alignedOut});
        QVERIFY2(aligned.exitCode == 0, qPrintable(aligned.err));
        QVERIFY(aligned.out.contains(QStringLiteral("1 restored")));
        QCOMPARE(pixelsOf(alignedOut).size(), cv::Size(512, 512));
    }
};

QTEST_GUILESS_MAIN(TestRestoreFacesCommand)
#include "tst_restore_faces_command.moc"
