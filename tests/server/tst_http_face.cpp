// Face restoration on the server's upscale routes with a real torch.save
// GFPGAN file (random weights, written by tests/python/make_gfpgan_fixtures.py)
// in its model folder, over real HTTP on 127.0.0.1: POST /upscale with
// use_face_restoration answers "applied" and changes the face only; the
// AUTOMATIC1111 extras route does the same for gfpgan_visibility; and the
// desktop app's RemoteUpscaler sends an UpscaleJob's alpha mode and face
// restoration, as the provenance the server sends back shows.
#include "core/jobs/job_runner.h"
#include "core/remote/remote_backend.h"
#include "core/remote/remote_upscaler.h"
#include "support/python_reference.h"
#include "tests/server/server_test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::test;

namespace {

QString dataFile(const char* relative)
{
    return QDir(qEnvironmentVariable("HIRES_TEST_DATA_DIR", QStringLiteral(HIRES_TEST_DATA_DIR)))
        .filePath(QString::fromLatin1(relative));
}

// The astronaut's face in skimage's astronaut.png (512x512), and a region far from it.
const cv::Rect kFace(165, 50, 130, 150);
const cv::Rect kFar(0, 400, 512, 112);

double psnr(const cv::Mat& a, const cv::Mat& b, const cv::Rect& region)
{
    return cv::PSNR(a(region), b(region));
}

QString base64Of(const cv::Mat& pixels)
{
    const Result<QByteArray> png = encodeImage(Image{pixels, {}, {}}, EncodeOptions{});
    return png ? QString::fromLatin1(png->toBase64()) : QString();
}

} // namespace

class TestHttpFace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void upscaleRestoresTheFace();
    void extrasGfpganVisibility();
    void remoteUpscalerSendsAlphaAndFace();

private:
    QTemporaryDir m_dir;
    cv::Mat m_photo;
    std::unique_ptr<ServerUnderTest> m_server;
};

void TestHttpFace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Result<Image> photo = readImageFile(dataFile("photos/astronaut.png"));
    if (!photo || !QFile::exists(dataFile("upscayl/realesrgan-x4fast.param")))
        QSKIP("needs the test data (fetch_test_data)");
    m_photo = photo->pixels;
    QCOMPARE(m_photo.size(), cv::Size(512, 512));
    const PythonRun python =
        runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                           {QStringLiteral("checkpoint"), m_dir.path()}, {}, 600000);
    QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
    const QString models = m_dir.filePath(QStringLiteral("models"));
    QVERIFY(QDir().mkpath(models));
    QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("gfpgan_random.pth")),
                          models + QStringLiteral("/GFPGANv1.4.pth")));
    server::ServerOptions options;
    options.modelFolders = {models, dataFile("upscayl")};
    m_server = std::make_unique<ServerUnderTest>(options);
    QVERIFY(m_server->port != 0);
    QCOMPARE(m_server->get("/health").json().value("face_restoration_available").toBool(), true);
}

void TestHttpFace::upscaleRestoresTheFace()
{
    const QString png = base64Of(m_photo);
    const HttpAnswer plain =
        m_server->post("/upscale", {{"image", png}, {"upscaler", "lanczos"}, {"scale", 1}});
    const HttpAnswer faces = m_server->post("/upscale", {{"image", png},
                                                         {"upscaler", "lanczos"},
                                                         {"scale", 1},
                                                         {"use_face_restoration", true},
                                                         {"face_restoration_weight", 1.0}});
    QCOMPARE(plain.status, 200);
    QCOMPARE(faces.status, 200);
    const QJsonObject json = faces.json();
    QCOMPARE(json.value("face_restoration").toString(), QStringLiteral("applied"));
    QVERIFY(!json.contains("face_restoration_reason"));
    const QJsonObject details = json.value("provenance").toObject().value("details").toObject();
    QCOMPARE(details.value("face_restoration_status").toString(), QStringLiteral("applied"));
    QCOMPARE(details.value("face_restoration_weight").toDouble(), 1.0);
    QVERIFY(
        details.value("face_restoration").toObject().value("used").toString().contains("gfpgan"));
    const cv::Mat before = decodeBase64(plain.json().value("image")).pixels;
    const cv::Mat after = decodeBase64(json.value("image")).pixels;
    QVERIFY(psnr(after, before, kFace) < 30);                         // the face changed
    QCOMPARE(cv::norm(after(kFar), before(kFar), cv::NORM_INF), 0.0); // nothing far from it
}

void TestHttpFace::extrasGfpganVisibility()
{
    const HttpAnswer answer = m_server->post(
        "/sdapi/v1/extra-single-image",
        {{"image", base64Of(m_photo)}, {"upscaler_1", "None"}, {"gfpgan_visibility", 1}});
    QCOMPARE(answer.status, 200);
    const cv::Mat after = decodeBase64(answer.json().value("image")).pixels;
    QCOMPARE(after.size(), m_photo.size());
    QVERIFY(psnr(after, m_photo, kFace) < 30);
    QCOMPARE(cv::norm(after(kFar), m_photo(kFar), cv::NORM_INF), 0.0);
}

void TestHttpFace::remoteUpscalerSendsAlphaAndFace()
{
    // A BGRA crop around the face with a half-transparent edge: the alpha mode matters.
    cv::Mat bgra;
    cv::cvtColor(m_photo(cv::Rect(96, 0, 320, 320)), bgra, cv::COLOR_BGR2BGRA);
    bgra(cv::Rect(0, 280, 320, 40)).forEach<cv::Vec4b>([](cv::Vec4b& p, const int*) { p[3] = 90; });

    UpscaleRequest request;
    request.model = dataFile("upscayl/realesrgan-x4fast.param"); // a path here; its id is sent
    request.modelId = QStringLiteral("realesrgan-x4fast");
    request.options.outScale = 2;
    request.options.alpha = AlphaMode::Lanczos;
    FaceRestoreOptions face;
    face.weight = 0.8;
    face.modelPath = QStringLiteral("/nowhere/on/this/computer.pth"); // the server uses its own
    request.faceRestore = face;
    auto job = std::make_unique<UpscaleJob>(
        UpscaleJobInput::fromImage(Image{bgra, {}, {}}, QStringLiteral("face")), request);
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port));
    job->setUpscaler(RemoteUpscaler(url, {}));

    JobRunner runner;
    QSignalSpy finished(&runner, &JobRunner::finished);
    QSignalSpy failed(&runner, &JobRunner::failed);
    QSignalSpy ranOnServer(&m_server->runner, &JobRunner::finished);
    runner.submit(std::move(job));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() > 0; }, 300000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).value<Error>().message));
    QCOMPARE(ranOnServer.count(), 1);
    const JobOutput output = finished.at(0).at(1).value<JobOutput>();
    QCOMPARE(output.provenance.used, QStringLiteral("realesrgan-x4fast"));
    const QJsonObject& details = output.provenance.details;
    QCOMPARE(details.value("server").toString(), RemoteBackend(url, {}).where());
    QCOMPARE(details.value("alpha").toString(), QStringLiteral("lanczos"));
    QCOMPARE(details.value("face_restoration_status").toString(), QStringLiteral("applied"));
    QCOMPARE(details.value("face_restoration_weight").toDouble(), 0.8);
    const Image* result = output.image(QStringLiteral("result"));
    QVERIFY(result);
    QCOMPARE(result->pixels.size(), cv::Size(640, 640));
    QCOMPARE(result->pixels.channels(), 4);
}

QTEST_GUILESS_MAIN(TestHttpFace)
#include "tst_http_face.moc"
