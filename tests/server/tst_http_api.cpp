// The HTTP API's answers over real HTTP on 127.0.0.1: /health, /upscale with
// LANCZOS and with a real Real-ESRGAN model, the AUTOMATIC1111 routes in the
// shapes its clients parse, and the service's curl examples run with curl.
#include "tests/server/server_test_support.h"

#include "core/upscale/upscale_engine.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::test;

namespace {

QString upscaylDir()
{
    return QDir(qEnvironmentVariable("HIRES_TEST_DATA_DIR", QStringLiteral(HIRES_TEST_DATA_DIR)))
        .filePath(QStringLiteral("upscayl"));
}

server::ServerOptions withModels()
{
    server::ServerOptions options;
    options.modelFolders = {upscaylDir()};
    return options;
}

// Runs a shell pipeline (curl | jq) while the event loop keeps serving.
QString shell(const QString& command)
{
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    if (!finished.wait(120000))
        return QStringLiteral("<timeout>");
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestHttpApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void healthShape();
    void upscaleLanczosMatchesTheEngine();
    void a1111Lists();
    void a1111ExtrasSingleImage();
    void a1111ProgressShape();
    void realModelUpscale();
    void upscaleFieldsRefused_data();
    void upscaleFieldsRefused();
    void faceRestorationWithoutModelIsSkipped();
    void extrasFaceRestoration();
    void alphaModesReachTheModel();
    void curlExamples();
};

void TestHttpApi::healthShape()
{
    ServerUnderTest server;
    const HttpAnswer answer = server.get("/health");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject json = answer.json();
    QCOMPARE(json.value("status").toString(), QStringLiteral("ok"));
    QVERIFY(json.value("realesrgan_available").isBool());
    QCOMPARE(json.value("face_restoration_available").toBool(), false);
    QCOMPARE(json.value("device").toString(), QStringLiteral("cpu"));
    QCOMPARE(json.value("queue_length").toInt(), 0);
    QVERIFY(json.contains("checkpoint"));
}

void TestHttpApi::upscaleLanczosMatchesTheEngine()
{
    ServerUnderTest server;
    const QString png = gradientPng(20, 12);
    const HttpAnswer answer =
        server.post("/upscale", {{"image", png}, {"upscaler", "lanczos"}, {"scale", 3}});
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value("width").toInt(), 60);
    QCOMPARE(json.value("height").toInt(), 36);
    QCOMPARE(json.value("upscaler").toString(), QStringLiteral("lanczos"));
    QCOMPARE(json.value("provenance").toObject().value("used").toString(),
             QStringLiteral("lanczos"));

    // The pixels are the engine's own LANCZOS result, losslessly through PNG.
    const Image input = decodeBase64(png);
    UpscaleEngine engine;
    UpscaleRequest request;
    request.model = QStringLiteral("lanczos");
    request.options.outScale = 3;
    const Result<UpscaleResult> expected = engine.run(input, request);
    QVERIFY(expected);
    const Image got = decodeBase64(json.value("image"));
    QCOMPARE(got.width(), 60);
    QCOMPARE(cv::norm(got.pixels, expected->image.pixels, cv::NORM_INF), 0.0);

    // format: jpeg answers a JPEG.
    const HttpAnswer jpeg =
        server.post("/upscale", {{"image", png}, {"upscaler", "lanczos"}, {"format", "jpeg"}});
    QCOMPARE(jpeg.status, 200);
    QVERIFY(QByteArray::fromBase64(jpeg.json().value("image").toString().toLatin1())
                .startsWith("\xFF\xD8"));
}

void TestHttpApi::a1111Lists()
{
    ServerUnderTest server;
    const HttpAnswer upscalers = server.get("/sdapi/v1/upscalers");
    QCOMPARE(upscalers.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(upscalers.body).array();
    QVERIFY(list.size() >= 2);
    QCOMPARE(list[0].toObject().value("name").toString(), QStringLiteral("None"));
    QCOMPARE(list[1].toObject().value("name").toString(), QStringLiteral("Lanczos"));
    for (const QJsonValue& v : list)
        for (const char* key : {"name", "model_name", "model_path", "model_url", "scale"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);

    const HttpAnswer models = server.get("/sdapi/v1/sd-models");
    QCOMPARE(models.status, 200);
    QVERIFY(QJsonDocument::fromJson(models.body).isArray());
}

void TestHttpApi::a1111ExtrasSingleImage()
{
    ServerUnderTest server;
    const QString png = gradientPng(10, 8);
    const HttpAnswer answer = server.post(
        "/sdapi/v1/extra-single-image", {{"image", QStringLiteral("data:image/png;base64,") + png},
                                         {"resize_mode", 0},
                                         {"show_extras_results", true},
                                         {"gfpgan_visibility", 0},
                                         {"codeformer_visibility", 0},
                                         {"codeformer_weight", 0},
                                         {"upscaling_resize", 2},
                                         {"upscaling_crop", true},
                                         {"upscaler_1", "Lanczos"},
                                         {"upscaler_2", "None"},
                                         {"extras_upscaler_2_visibility", 0},
                                         {"upscale_first", false}});
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QVERIFY(json.value("html_info").isString());
    QVERIFY(json.value("html_info").toString().contains("lanczos"));
    const Image image = decodeBase64(json.value("image"));
    QCOMPARE(image.width(), 20);
    QCOMPARE(image.height(), 16);

    // resize_mode 1: to a size.
    const HttpAnswer sized =
        server.post("/sdapi/v1/extra-single-image", {{"image", png},
                                                     {"resize_mode", 1},
                                                     {"upscaling_resize_w", 30},
                                                     {"upscaling_resize_h", 24},
                                                     {"upscaler_1", "Lanczos"}});
    QCOMPARE(sized.status, 200);
    QCOMPARE(decodeBase64(sized.json().value("image")).width(), 30);

    // upscaler_1 "None": the image comes back as it was.
    const HttpAnswer none =
        server.post("/sdapi/v1/extra-single-image", {{"image", png}, {"upscaler_1", "None"}});
    QCOMPARE(none.status, 200);
    QCOMPARE(decodeBase64(none.json().value("image")).width(), 10);
}

void TestHttpApi::a1111ProgressShape()
{
    ServerUnderTest server;
    const HttpAnswer answer = server.get("/sdapi/v1/progress?skip_current_image=true");
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value("progress").toDouble(), 0.0);
    QVERIFY(json.value("eta_relative").isDouble());
    const QJsonObject state = json.value("state").toObject();
    for (const char* key : {"skipped", "interrupted", "job", "job_count", "job_timestamp", "job_no",
                            "sampling_step", "sampling_steps"})
        QVERIFY2(state.contains(QLatin1String(key)), key);
    QVERIFY(json.contains("current_image"));
    QVERIFY(json.contains("textinfo"));
}

void TestHttpApi::realModelUpscale()
{
    if (!QFile::exists(upscaylDir() + QStringLiteral("/realesrgan-x4fast.param")))
        QSKIP("needs the test data (fetch_test_data)");
    ServerUnderTest server(withModels());
    QCOMPARE(server.get("/health").json().value("realesrgan_available").toBool(), true);
    const QJsonArray upscalers =
        QJsonDocument::fromJson(server.get("/sdapi/v1/upscalers").body).array();
    QStringList names;
    for (const QJsonValue& v : upscalers)
        names << v.toObject().value("name").toString();
    QVERIFY2(names.contains("realesrgan-x4fast"), qPrintable(names.join(',')));

    const HttpAnswer answer = server.post(
        "/upscale",
        {{"image", gradientPng(24, 16)}, {"upscaler", "realesrgan-x4fast"}, {"scale", 4}});
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value("width").toInt(), 96);
    QCOMPARE(json.value("upscaler").toString(), QStringLiteral("realesrgan-x4fast"));
    const QJsonObject provenance = json.value("provenance").toObject();
    QCOMPARE(provenance.value("used").toString(), QStringLiteral("realesrgan-x4fast"));
    QVERIFY(provenance.value("fallbacks").toArray().isEmpty());
    // Not a LANCZOS result in disguise: the network's pixels differ from it.
    const Image got = decodeBase64(json.value("image"));
    cv::Mat lanczos;
    cv::resize(decodeBase64(gradientPng(24, 16)).pixels, lanczos, cv::Size(96, 64), 0, 0,
               cv::INTER_LANCZOS4);
    QVERIFY(cv::norm(got.pixels, lanczos, cv::NORM_L1) > 0);
}

void TestHttpApi::upscaleFieldsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("alpha unknown") << "alpha" << QJsonValue("sideways");
    QTest::newRow("alpha a number") << "alpha" << QJsonValue(1);
    QTest::newRow("weight above 1") << "face_restoration_weight" << QJsonValue(1.5);
    QTest::newRow("weight negative") << "face_restoration_weight" << QJsonValue(-0.1);
    QTest::newRow("weight text") << "face_restoration_weight" << QJsonValue("half");
    QTest::newRow("use_face_restoration text") << "use_face_restoration" << QJsonValue("yes");
}

void TestHttpApi::upscaleFieldsRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    ServerUnderTest server;
    QSignalSpy started(&server.runner, &JobRunner::jobStarted);
    const HttpAnswer answer = server.post(
        "/upscale", {{"image", gradientPng(8, 8)}, {"upscaler", "lanczos"}, {field, value}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value("field").toString(), field);
    QVERIFY2(answer.json().value("detail").toString().contains(field),
             qPrintable(answer.json().value("detail").toString()));
    QCOMPARE(started.count(), 0);
}

void TestHttpApi::faceRestorationWithoutModelIsSkipped()
{
    ServerUnderTest server; // no model folder: no GFPGAN model
    const QString png = gradientPng(16, 12);
    const HttpAnswer answer = server.post("/upscale", {{"image", png},
                                                       {"upscaler", "lanczos"},
                                                       {"alpha", "lanczos"},
                                                       {"use_face_restoration", true},
                                                       {"face_restoration_weight", 0.7}});
    QCOMPARE(answer.status, 200);
    const QJsonObject json = answer.json();
    QCOMPARE(json.value("width").toInt(), 32); // the upscale still ran
    QCOMPARE(json.value("face_restoration").toString(), QStringLiteral("skipped"));
    QVERIFY2(json.value("face_restoration_reason").toString().contains("GFPGAN"),
             qPrintable(json.value("face_restoration_reason").toString()));
    const QJsonObject provenance = json.value("provenance").toObject();
    const QJsonObject details = provenance.value("details").toObject();
    QCOMPARE(details.value("face_restoration_status").toString(), QStringLiteral("skipped"));
    QCOMPARE(details.value("face_restoration_weight").toDouble(), 0.7);
    QCOMPARE(provenance.value("fallbacks").toArray().size(), 1);

    // Not asked for: "off", and the image is the plain upscale.
    const HttpAnswer plain = server.post("/upscale", {{"image", png}, {"upscaler", "lanczos"}});
    QCOMPARE(plain.json().value("face_restoration").toString(), QStringLiteral("off"));
    QCOMPARE(plain.json().value("image"), json.value("image"));
}

void TestHttpApi::extrasFaceRestoration()
{
    ServerUnderTest server;
    const QString png = gradientPng(10, 8);
    const HttpAnswer gfpgan =
        server.post("/sdapi/v1/extra-single-image",
                    {{"image", png}, {"upscaler_1", "Lanczos"}, {"gfpgan_visibility", 0.5}});
    QCOMPARE(gfpgan.status, 200);
    QCOMPARE(decodeBase64(gfpgan.json().value("image")).width(), 20);
    QVERIFY2(gfpgan.json().value("html_info").toString().contains("GFPGAN"),
             qPrintable(gfpgan.json().value("html_info").toString()));

    // GFPGAN alone: the image at its own size.
    const HttpAnswer alone =
        server.post("/sdapi/v1/extra-single-image",
                    {{"image", png}, {"upscaler_1", "None"}, {"gfpgan_visibility", 1}});
    QCOMPARE(alone.status, 200);
    QCOMPARE(decodeBase64(alone.json().value("image")).width(), 10);

    const HttpAnswer codeformer =
        server.post("/sdapi/v1/extra-single-image",
                    {{"image", png}, {"upscaler_1", "Lanczos"}, {"codeformer_visibility", 0.5}});
    QCOMPARE(codeformer.status, 400);
    QCOMPARE(codeformer.json().value("field").toString(), QStringLiteral("codeformer_visibility"));
    const HttpAnswer tooMuch =
        server.post("/sdapi/v1/extra-single-image",
                    {{"image", png}, {"upscaler_1", "Lanczos"}, {"gfpgan_visibility", 2}});
    QCOMPARE(tooMuch.status, 400);
    QCOMPARE(tooMuch.json().value("field").toString(), QStringLiteral("gfpgan_visibility"));
}

void TestHttpApi::alphaModesReachTheModel()
{
    if (!QFile::exists(upscaylDir() + QStringLiteral("/realesrgan-x4fast.param")))
        QSKIP("needs the test data (fetch_test_data)");
    ServerUnderTest server(withModels());
    // A BGRA image: the alpha mode decides how its mask is enlarged.
    cv::Mat pixels(12, 12, CV_8UC4, cv::Scalar(40, 120, 200, 255));
    pixels(cv::Rect(0, 0, 6, 12)).setTo(cv::Scalar(40, 120, 200, 30));
    const Result<QByteArray> png = encodeImage(Image{pixels, {}, {}}, EncodeOptions{});
    QVERIFY(png);
    for (const QString& mode : {QStringLiteral("model"), QStringLiteral("lanczos")}) {
        const HttpAnswer answer =
            server.post("/upscale", {{"image", QString::fromLatin1(png->toBase64())},
                                     {"upscaler", "realesrgan-x4fast"},
                                     {"alpha", mode}});
        QCOMPARE(answer.status, 200);
        const QJsonObject details =
            answer.json().value("provenance").toObject().value("details").toObject();
        QCOMPARE(details.value("alpha").toString(), mode);
        QCOMPARE(decodeBase64(answer.json().value("image")).pixels.channels(), 4);
    }
}

void TestHttpApi::curlExamples()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("jq")).isEmpty())
        QSKIP("curl and jq are not installed");
    if (!QFile::exists(upscaylDir() + QStringLiteral("/realesrgan-x4fast.param")))
        QSKIP("needs the test data (fetch_test_data)");
    ServerUnderTest server(withModels());
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.port);
    QCOMPARE(shell(QStringLiteral("curl -s %1/health | jq .realesrgan_available").arg(base)),
             QStringLiteral("true"));

    QTemporaryDir dir;
    QFile body(dir.filePath(QStringLiteral("body.json")));
    QVERIFY(body.open(QIODevice::WriteOnly));
    body.write(QJsonDocument(
                   QJsonObject{{"image", gradientPng(16, 16)}, {"upscaler", "realesrgan-x4fast"}})
                   .toJson());
    body.close();
    QCOMPARE(shell(QStringLiteral("curl -s -X POST -H 'Content-Type: application/json' "
                                  "--data-binary @%1 %2/upscale | jq -r '.upscaler, .width'")
                       .arg(body.fileName(), base)),
             QStringLiteral("realesrgan-x4fast\n32"));
    // The same through the AUTOMATIC1111 route, as its scripts call it.
    QCOMPARE(shell(QStringLiteral("jq '{image: .image, upscaler_1: \"realesrgan-x4fast\", "
                                  "upscaling_resize: 2}' %1 | curl -s -X POST -H "
                                  "'Content-Type: application/json' --data-binary @- "
                                  "%2/sdapi/v1/extra-single-image | jq -r '.image' | base64 -d "
                                  "| head -c 4 | tail -c 3")
                       .arg(body.fileName(), base)),
             QStringLiteral("PNG"));
}

QTEST_GUILESS_MAIN(TestHttpApi)
#include "tst_http_api.moc"
