// /generate and /sdapi/v1/txt2img over real HTTP with tiny random-weight
// Stable Diffusion checkpoints (written by tests/python/make_generate_fixtures.py
// with the real torch): the service's curl examples — hires fix with and
// without Real-ESRGAN, "best quality" with face restoration — and the
// AUTOMATIC1111 answer shape; the desktop app's RemoteGenerateJob and
// RemoteBackend on it (result with its parameters text, first pass,
// provenance, live previews from /sdapi/v1/progress, cancel).
#include "core/diffusion/generation_parameters.h"
#include "core/remote/remote_backend.h"
#include "core/remote/remote_generate_job.h"
#include "generate/generate_fixture.h"
#include "tests/server/server_test_support.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace hires;
using namespace hires::test;

class TestHttpGenerate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void healthNamesTheCheckpoint();
    void hiresFixWithRealEsrgan();
    void hiresFixWithoutRealEsrgan();
    void bestQualityWithFaceRestoration();
    void sameSeedSameImage();
    void a1111Txt2Img();
    void curlExample();
    void remoteGenerateJob();
    void remoteImg2ImgFailsClearly();
    void remotePreviewsAndCancel();

private:
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port)); }

    QJsonObject baseRequest() const
    {
        return {{"prompt", "a lighthouse at dusk"},
                {"seed", 42},
                {"num_inference_steps", 2},
                {"width", 64},
                {"height", 64}};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<GenerateFixture> m_fixture;
    std::unique_ptr<ServerUnderTest> m_server;
};

void TestHttpGenerate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_fixture = std::make_unique<GenerateFixture>(m_dir);
    QVERIFY2(m_fixture->error.isEmpty(), qPrintable(m_fixture->error));
    if (!QFile::exists(GenerateFixture::upscayl(QStringLiteral("realesrgan-x4fast.param"))))
        QSKIP("needs the test data (fetch_test_data)");
    server::ServerOptions options;
    options.modelFolders = {m_dir.path(), GenerateFixture::upscayl(QString())};
    options.checkpoint = QStringLiteral("tiny-sd1");
    m_server = std::make_unique<ServerUnderTest>(options);
    QVERIFY(m_server->port != 0);
}

void TestHttpGenerate::healthNamesTheCheckpoint()
{
    const QJsonObject health = m_server->get("/health").json();
    QCOMPARE(health.value("checkpoint").toString(), QStringLiteral("tiny-sd1"));
    QCOMPARE(health.value("generation_available").toBool(), true);
    QCOMPARE(health.value("realesrgan_available").toBool(), true);
    const QJsonArray models =
        QJsonDocument::fromJson(m_server->get("/sdapi/v1/sd-models").body).array();
    QStringList names;
    for (const QJsonValue& m : models)
        names << m.toObject().value("model_name").toString();
    QVERIFY2(names.contains("tiny-sd1"), qPrintable(names.join(',')));
}

void TestHttpGenerate::hiresFixWithRealEsrgan()
{
    QJsonObject body = baseRequest();
    body.insert("hires_fix", true);
    body.insert("use_realesrgan", true);
    body.insert("return_first_pass", true);
    const HttpAnswer answer = m_server->post("/generate", body);
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value("width").toInt(), 128);
    QCOMPARE(json.value("height").toInt(), 128);
    QCOMPARE(json.value("seed").toInteger(), 42);
    QVERIFY2(json.value("upscaler").toString().startsWith("realesrgan"),
             qPrintable(json.value("upscaler").toString()));
    QCOMPARE(decodeBase64(json.value("image")).width(), 128);
    QCOMPARE(decodeBase64(json.value("first_pass_image")).width(), 64);
    QVERIFY(json.value("timings").toObject().size() > 0);
    QCOMPARE(json.value("provenance").toObject().value("task").toString(),
             QStringLiteral("generate"));
}

void TestHttpGenerate::hiresFixWithoutRealEsrgan()
{
    QJsonObject body = baseRequest();
    body.insert("hires_fix", true);
    body.insert("use_realesrgan", false);
    const HttpAnswer answer = m_server->post("/generate", body);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value("upscaler").toString(), QStringLiteral("lanczos"));
    QCOMPARE(answer.json().value("width").toInt(), 128);
    QVERIFY(!answer.json().contains("first_pass_image"));
}

void TestHttpGenerate::bestQualityWithFaceRestoration()
{
    QJsonObject body = baseRequest();
    body.insert("hires_fix", true);
    body.insert("use_realesrgan", true);
    body.insert("use_face_restoration", true);
    body.insert("face_restoration_weight", 0.5);
    const HttpAnswer answer = m_server->post("/generate", body);
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    // The answer says what really happened to the faces, whichever it was.
    const QString faces = json.value("face_restoration").toString();
    QVERIFY2(faces == "applied" || faces == "skipped", qPrintable(faces));
    const QJsonObject details = json.value("provenance").toObject().value("details").toObject();
    if (faces == "skipped")
        QVERIFY(!details.value("face_restoration_reason").toString().isEmpty());
}

void TestHttpGenerate::sameSeedSameImage()
{
    const HttpAnswer a = m_server->post("/generate", baseRequest());
    const HttpAnswer b = m_server->post("/generate", baseRequest());
    QJsonObject other = baseRequest();
    other.insert("seed", 43);
    const HttpAnswer c = m_server->post("/generate", other);
    QCOMPARE(a.status, 200);
    QCOMPARE(a.json().value("image"), b.json().value("image"));
    QVERIFY(a.json().value("image") != c.json().value("image"));
}

void TestHttpGenerate::a1111Txt2Img()
{
    const HttpAnswer answer = m_server->post("/sdapi/v1/txt2img", {{"prompt", "a lighthouse"},
                                                                   {"negative_prompt", ""},
                                                                   {"seed", 7},
                                                                   {"steps", 2},
                                                                   {"cfg_scale", 7},
                                                                   {"width", 64},
                                                                   {"height", 64},
                                                                   {"sampler_name", "Euler a"},
                                                                   {"enable_hr", true},
                                                                   {"hr_scale", 2},
                                                                   {"hr_upscaler", "Lanczos"},
                                                                   {"hr_second_pass_steps", 2},
                                                                   {"denoising_strength", 0.5},
                                                                   {"batch_size", 1},
                                                                   {"n_iter", 1},
                                                                   {"restore_faces", false},
                                                                   {"send_images", true},
                                                                   {"save_images", false}});
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    const QJsonArray images = json.value("images").toArray();
    QCOMPARE(images.size(), 1);
    QCOMPARE(decodeBase64(images[0]).width(), 128);
    QVERIFY(json.value("parameters").isObject());
    const QJsonObject info =
        QJsonDocument::fromJson(json.value("info").toString().toUtf8()).object();
    QCOMPARE(info.value("seed").toInteger(), 7);
    QVERIFY(info.value("infotexts").toArray().at(0).toString().contains("Seed: 7"));
}

void TestHttpGenerate::curlExample()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty())
        QSKIP("curl and jq are not installed");
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"),
                   QStringLiteral("curl -s -X POST http://127.0.0.1:%1/generate -H "
                                  "'Content-Type: application/json' -d '{\"prompt\": \"a "
                                  "lighthouse\", \"hires_fix\": true, \"use_realesrgan\": false, "
                                  "\"seed\": 5, \"num_inference_steps\": 2, \"width\": 64, "
                                  "\"height\": 64}' | jq -r '.seed, .width, .upscaler'")
                       .arg(m_server->port)});
    QVERIFY(finished.wait(300000));
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
             QStringLiteral("5\n128\nlanczos"));
}

void TestHttpGenerate::remoteGenerateJob()
{
    GenerationRequest request;
    request.prompt = QStringLiteral("a lighthouse at dusk");
    request.seed = 42;
    request.numInferenceSteps = 2;
    request.width = request.height = 64;
    request.hiresFix = true;
    request.useRealesrgan = false;
    request.hiresSteps = 2;
    // A checkpoint file of this computer: not sent, the server uses its own.
    request.model = m_fixture->sd1();
    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    QSignalSpy failed(&runner, &JobRunner::failed);
    QSignalSpy progress(&runner, &JobRunner::progress);
    QSignalSpy ranOnServer(&m_server->runner, &JobRunner::finished);
    runner.submit(std::make_unique<RemoteGenerateJob>(url(), QByteArray(), request));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 300000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).value<Error>().message));
    QCOMPARE(ranOnServer.count(), 1);
    const JobOutput output = finished.at(0).at(1).value<JobOutput>();
    const Image* result = output.image(QStringLiteral("result"));
    const Image* firstPass = output.image(QStringLiteral("first_pass"));
    QVERIFY(result && firstPass);
    QCOMPARE(result->width(), 128);
    QCOMPARE(firstPass->width(), 64);
    const auto text = result->metadata.text.find(GenerationParameters::kPngKey);
    QVERIFY(text != result->metadata.text.end());
    QVERIFY2(text->second.contains(QStringLiteral("Seed: 42")), qPrintable(text->second));
    QCOMPARE(output.provenance.task, QStringLiteral("generate"));
    QCOMPARE(output.provenance.details.value("server").toString(),
             RemoteBackend(url(), {}).where());
    QCOMPARE(output.provenance.details.value("seed").toInteger(), 42);
    // The same seed here and there: the same image as /generate answers.
    const HttpAnswer direct = m_server->post("/generate", QJsonObject{{"prompt", request.prompt},
                                                                      {"seed", 42},
                                                                      {"num_inference_steps", 2},
                                                                      {"width", 64},
                                                                      {"height", 64},
                                                                      {"hires_fix", true},
                                                                      {"use_realesrgan", false},
                                                                      {"hires_steps", 2}});
    QCOMPARE(
        cv::norm(decodeBase64(direct.json().value("image")).pixels, result->pixels, cv::NORM_INF),
        0.0);
}

void TestHttpGenerate::remoteImg2ImgFailsClearly()
{
    RemoteBackend backend(url(), {});
    QSignalSpy failed(&backend, &RemoteBackend::failed);
    QSignalSpy started(&m_server->runner, &JobRunner::jobStarted);
    GenerationRequest request;
    request.prompt = QStringLiteral("from a photo");
    request.initImage = QStringLiteral("/home/someone/photo.png");
    backend.generate(request);
    QCOMPARE(failed.count(), 0); // answered later, as every call
    QVERIFY(failed.wait(10000));
    const Error error = failed.at(0).at(1).value<Error>();
    QCOMPARE(error.code, ErrorCode::InvalidArgument);
    QVERIFY2(error.message.contains(QStringLiteral("img2img")), qPrintable(error.message));
    QCOMPARE(started.count(), 0);
}

void TestHttpGenerate::remotePreviewsAndCancel()
{
    // Long enough that it is still running when the first preview is polled.
    GenerationRequest request;
    request.prompt = QStringLiteral("a lighthouse");
    request.seed = 3;
    request.numInferenceSteps = GenerationRequest::kMaxSteps;
    request.width = request.height = 64;
    RemoteBackend backend(url(), {});
    QSignalSpy preview(&backend, &RemoteBackend::preview);
    QSignalSpy progress(&backend, &RemoteBackend::progress);
    QSignalSpy failed(&backend, &RemoteBackend::failed);
    QSignalSpy cancelledOnServer(&m_server->runner, &JobRunner::cancelled);
    const JobId id = backend.generate(request);
    QVERIFY(preview.wait(120000));
    const cv::Mat image = preview.at(0).at(1).value<cv::Mat>();
    QCOMPARE(image.size(), cv::Size(8, 8)); // the latent's size: 64 / 8
    QCOMPARE(image.type(), CV_8UC3);
    QVERIFY(progress.count() > 0);
    QCOMPARE(progress.last().at(2).toInt(), GenerationRequest::kMaxSteps);
    backend.cancel(id);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::Cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(cancelledOnServer.count(), 1, 60000);
    // Nothing running: no image in the progress answer.
    QTRY_VERIFY(m_server->get("/sdapi/v1/progress").json().value("current_image").isNull());
}

QTEST_GUILESS_MAIN(TestHttpGenerate)
#include "tst_http_generate.moc"
