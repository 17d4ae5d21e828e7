// `hires-studio upscale --face-restore WEIGHT [--face-model FILE] [--face-aligned]`
// run as a process on the astronaut photo: usage errors, a missing or corrupt
// face model (the upscale goes on, the provenance says why; --no-fallback
// fails without writing), and a real torch.save GFPGAN file (random weights)
// found in the model folder: weight 0 is bit-identical to the plain upscale,
// weight 1 changes the face and nothing far from it, --face-aligned runs the
// network on the whole upscaled crop.
#include "core/image/image_decoder.h"
#include "core/face/face_restoration_session.h"
#include "core/image/image_encoder.h"
#include "core/upscale/upscale_engine.h"
#include "face_test_support.h"
#include "support/python_reference.h"

#include <QDir>
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
    QString err;
    QJsonObject json; // the first --json line
};

Run upscale(const QStringList& arguments, const QString& modelsDir = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HIRES_MODELS_DIR"), modelsDir);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HIRES_EXECUTABLE),
                  QStringList{QStringLiteral("upscale")} + arguments);
    Run run;
    if (!process.waitForFinished(600000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.err = QString::fromUtf8(process.readAllStandardError());
    const QByteArray out = process.readAllStandardOutput();
    run.json = QJsonDocument::fromJson(out.split('\n').value(0)).object();
    return run;
}

cv::Mat pixelsOf(const QString& path)
{
    auto image = readImageFile(path);
    return image ? image->pixels : cv::Mat();
}

QJsonObject faceRecord(const Run& run)
{
    return run.json.value(QStringLiteral("provenance"))
        .toObject()
        .value(QStringLiteral("details"))
        .toObject()
        .value(QStringLiteral("face_restoration"))
        .toObject();
}

} // namespace

class TestUpscaleFaceRestore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_input;
    QString m_plain; // the LANCZOS x2 upscale without faces restored
    QString m_emptyModels;
    QString m_model; // a real torch.save GFPGAN file (random weights), once made

    QString out(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QStringList lanczos(const char* output) const
    {
        return {
            m_input,     QStringLiteral("-m"),    QStringLiteral("lanczos"), QStringLiteral("-o"),
            out(output), QStringLiteral("--json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_input = out("astronaut.png");
        QVERIFY(QFile::copy(test::photoPath("astronaut.png"), m_input));
        m_emptyModels = out("no-models");
        QVERIFY(QDir().mkpath(m_emptyModels));
        const Run plain = upscale(lanczos("plain.png"), m_emptyModels);
        QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
        m_plain = out("plain.png");
        QCOMPARE(pixelsOf(m_plain).size(), cv::Size(1024, 1024));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("weight above 1") << QStringList{"--face-restore", "1.5"};
        QTest::newRow("negative weight") << QStringList{"--face-restore", "-0.1"};
        QTest::newRow("not a number") << QStringList{"--face-restore", "much"};
        QTest::newRow("model without --face-restore") << QStringList{"--face-model", "x.pth"};
        QTest::newRow("aligned without --face-restore") << QStringList{"--face-aligned"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = upscale(lanczos("usage.png") + arguments, m_emptyModels);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(out("usage.png")));
    }

    void missingOrCorruptModelUpscalesWithoutFaces_data()
    {
        QTest::addColumn<QString>("model"); // empty: none in the model folder
        QTest::addColumn<QString>("reason");
        QTest::newRow("none in the model folder") << ""
                                                  << "GFPGANv1.4.pth";
        QTest::newRow("missing file") << "missing.pth"
                                      << "missing.pth";
        QTest::newRow("corrupt file") << "corrupt.pth"
                                      << "corrupt.pth";
    }

    void missingOrCorruptModelUpscalesWithoutFaces()
    {
        QFETCH(QString, model);
        QFETCH(QString, reason);
        QStringList arguments = lanczos("nomodel.png")
                                << QStringLiteral("--face-restore") << QStringLiteral("0.6");
        if (!model.isEmpty()) {
            const QString path = m_dir.filePath(model);
            if (model.startsWith(QLatin1String("corrupt"))) {
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(QByteArray(5000, 'x'));
            }
            arguments << QStringLiteral("--face-model") << path;
        }
        QFile::remove(out("nomodel.png"));
        const Run run = upscale(arguments, m_emptyModels);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(cv::norm(pixelsOf(out("nomodel.png")), pixelsOf(m_plain), cv::NORM_INF), 0.0);
        const QJsonObject provenance = run.json.value(QStringLiteral("provenance")).toObject();
        QCOMPARE(provenance.value(QStringLiteral("used")).toString(), QStringLiteral("lanczos"));
        const QJsonArray fallbacks = provenance.value(QStringLiteral("fallbacks")).toArray();
        QCOMPARE(fallbacks.size(), 1);
        const QJsonObject fallback = fallbacks.at(0).toObject();
        QCOMPARE(fallback.value(QStringLiteral("from")).toString(), QStringLiteral("gfpgan-v1.4"));
        QVERIFY2(fallback.value(QStringLiteral("reason")).toString().contains(reason),
                 qPrintable(fallback.value(QStringLiteral("reason")).toString()));
        // The faces were still found in the upscaled image.
        const QJsonObject face = faceRecord(run);
        QCOMPARE(face.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("faces_detected"))
                     .toInt(),
                 1);

        // --no-fallback: an error, and no output file.
        QFile::remove(out("nomodel.png"));
        const Run strict = upscale(arguments << QStringLiteral("--no-fallback"), m_emptyModels);
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(!QFile::exists(out("nomodel.png")));
    }

    void realModelFromTheModelFolder()
    {
        const QString models = out("models");
        QVERIFY(QDir().mkpath(models));
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("checkpoint"), m_dir.path()}, {}, 600000);
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
        const QString model = models + QStringLiteral("/GFPGANv1.4.pth");
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("gfpgan_random.pth")), model));
        m_model = model;
        const cv::Mat plain = pixelsOf(m_plain);

        const Run zero = upscale(
            lanczos("w0.png") << QStringLiteral("--face-restore") << QStringLiteral("0"), models);
        QVERIFY2(zero.exitCode == 0, qPrintable(zero.err));
        QCOMPARE(cv::norm(pixelsOf(out("w0.png")), plain, cv::NORM_INF), 0.0);

        const Run full = upscale(
            lanczos("w1.png") << QStringLiteral("--face-restore") << QStringLiteral("1"), models);
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        const cv::Mat restored = pixelsOf(out("w1.png"));
        const cv::Rect face(330, 100, 260, 300); // the astronaut's face, upscaled x2
        QVERIFY(test::psnr(restored, plain, face) < 30);
        const cv::Rect far(0, 760, 1024, 264);
        QCOMPARE(cv::norm(restored(far), plain(far), cv::NORM_INF), 0.0);
        const QJsonObject record = faceRecord(full);
        QCOMPARE(record.value(QStringLiteral("used")).toString(), QStringLiteral("gfpgan-v1.4"));
        QCOMPARE(
            QFileInfo(record.value(QStringLiteral("model_file")).toString()).canonicalFilePath(),
            QFileInfo(model).canonicalFilePath());
        QCOMPARE(record.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("faces_restored"))
                     .toInt(),
                 1);
        QVERIFY(full.json.value(QStringLiteral("provenance"))
                    .toObject()
                    .value(QStringLiteral("fallbacks"))
                    .toArray()
                    .isEmpty());

        // An aligned crop: 256 px upscaled to 512, then the network alone.
        const QString crop = out("crop.png");
        {
            Image image;
            image.pixels = pixelsOf(m_input)(cv::Rect(100, 0, 256, 256)).clone();
            QVERIFY(saveImage(image, crop, EncodeOptions{}).ok());
        }
        const Run aligned =
            upscale({crop, QStringLiteral("-m"), QStringLiteral("lanczos"), QStringLiteral("-o"),
                     out("aligned.png"), QStringLiteral("--json"), QStringLiteral("--face-restore"),
                     QStringLiteral("1"), QStringLiteral("--face-aligned")},
                    models);
        QVERIFY2(aligned.exitCode == 0, qPrintable(aligned.err));
        QCOMPARE(pixelsOf(out("aligned.png")).size(), cv::Size(512, 512));
        const QJsonObject alignedDetails =
            faceRecord(aligned).value(QStringLiteral("details")).toObject();
        QVERIFY(alignedDetails.value(QStringLiteral("aligned_input")).toBool());
        QCOMPARE(alignedDetails.value(QStringLiteral("faces_restored")).toInt(), 1);
    }

    // The engine the GUI and server call: the faces come back as a session
    // whose composite is the result and whose switches work without the network.
    void engineHandsBackTheFaceSession()
    {
        if (m_model.isEmpty())
            QSKIP("needs the model made by realModelFromTheModelFolder");
        auto input = readImageFile(m_input);
        QVERIFY(input.ok());
        UpscaleRequest request;
        request.model = QStringLiteral("lanczos");
        request.faceRestore = FaceRestoreOptions{};
        request.faceRestore->weight = 0.5;
        request.faceRestore->modelPath = m_model;
        request.keepFaceSession = true;
        UpscaleEngine engine;
        auto result = engine.run(input.value(), request);
        QVERIFY2(result.ok(), test::errorText(result).constData());
        QVERIFY(result->faces);
        FaceRestorationSession& faces = *result->faces;
        QCOMPARE(faces.faceCount(), 1);
        QVERIFY(faces.restorable(0));
        QCOMPARE(faces.provenance().used, QStringLiteral("gfpgan-v1.4"));
        QCOMPARE(cv::norm(faces.current().pixels, result->image.pixels, cv::NORM_INF), 0.0);
        QCOMPARE(cv::norm(faces.original().pixels, pixelsOf(m_plain), cv::NORM_INF), 0.0);
        QVERIFY(faces.setEnabled(0, false).ok());
        QCOMPARE(cv::norm(faces.current().pixels, pixelsOf(m_plain), cv::NORM_INF), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestUpscaleFaceRestore)
#include "tst_upscale_face_restore.moc"
