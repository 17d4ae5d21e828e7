// /generate and /sdapi/v1/txt2img over real HTTP with tiny random-weight
// Stable Diffusion checkpoints (written by tests/python/make_generate_fixtures.py
// with the real torch): the service's curl examples — hires fix with and
// without Real-ESRGAN, "best quality" with face restoration — and the
// AUTOMATIC1111 answer shape.
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

private:
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

QTEST_GUILESS_MAIN(TestHttpGenerate)
#include "tst_http_generate.moc"
