// RemoteBackend against a server started by the test: an upscale runs there
// and comes back as the same JobOutput a local job gives (image + provenance),
// a wrong token is a clear failure, cancel() makes the server cancel the job.
#include "core/remote/remote_backend.h"
#include "core/remote/remote_upscaler.h"
#include "tests/server/server_test_support.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace hires;
using namespace hires::test;

namespace {

const QByteArray kToken = "remote-token-0123456789";

QUrl urlOf(const ServerUnderTest& server)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port));
}

RemoteUpscale lanczos(double scale)
{
    RemoteUpscale options;
    options.upscaler = QStringLiteral("lanczos");
    options.scale = scale;
    return options;
}
} // namespace

class TestRemoteBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void upscaleRunsOnTheServer();
    void wrongTokenFails();
    void cancelCancelsOnTheServer();
    void faceRestorationAndAlphaAreSent();
};

void TestRemoteBackend::upscaleRunsOnTheServer()
{
    ServerUnderTest server(withToken(kToken));
    RemoteBackend backend(urlOf(server), kToken);
    QCOMPARE(backend.where(), QStringLiteral("127.0.0.1:%1").arg(server.port));

    QSignalSpy health(&backend, &RemoteBackend::health);
    backend.checkHealth();
    QVERIFY(health.wait(30000));
    QCOMPARE(health.at(0).at(1).value<QJsonObject>().value("status").toString(),
             QStringLiteral("ok"));

    QSignalSpy finished(&backend, &RemoteBackend::finished);
    QSignalSpy failed(&backend, &RemoteBackend::failed);
    QSignalSpy ranOnServer(&server.runner, &JobRunner::finished);
    const Image input = decodeBase64(gradientPng(12, 10));
    const JobId id = backend.upscale(input, lanczos(3.0));
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ranOnServer.count(), 1); // the server's runner did the work
    QCOMPARE(finished.at(0).at(0).value<JobId>(), id);
    const JobOutput output = finished.at(0).at(1).value<JobOutput>();
    const Image* result = output.image(QStringLiteral("result"));
    QVERIFY(result);
    QCOMPARE(result->width(), 36);
    QCOMPARE(result->height(), 30);
    QCOMPARE(output.provenance.used, QStringLiteral("lanczos"));
    QCOMPARE(output.provenance.details.value("server").toString(), backend.where());
    QCOMPARE(backend.pending(), 0);
}

void TestRemoteBackend::wrongTokenFails()
{
    ServerUnderTest server(withToken(kToken));
    RemoteBackend backend(urlOf(server), "not-the-token-at-all");
    QSignalSpy failed(&backend, &RemoteBackend::failed);
    backend.upscale(decodeBase64(gradientPng(4, 4)), lanczos(2.0));
    QVERIFY(failed.wait(30000));
    const Error error = failed.at(0).at(1).value<Error>();
    QVERIFY2(error.message.contains("bearer token"), qPrintable(error.message));
    QVERIFY(error.message.startsWith(backend.where()));
    QCOMPARE(server.runner.isBusy(), false);
}

void TestRemoteBackend::cancelCancelsOnTheServer()
{
    ServerUnderTest server(withToken(kToken));
    std::atomic<bool> open{false};
    QVERIFY(server.holdRunner(&open));

    RemoteBackend backend(urlOf(server), kToken);
    QSignalSpy failed(&backend, &RemoteBackend::failed);
    QSignalSpy cancelledOnServer(&server.runner, &JobRunner::cancelled);
    const JobId id = backend.upscale(decodeBase64(gradientPng(8, 8)), lanczos(2.0));
    QTRY_COMPARE(server.runner.queueLength(), 1); // waiting on the server behind the gate
    backend.cancel(id);
    QCOMPARE(failed.count(), 1); // at once: the request is dropped on this side
    QCOMPARE(failed.at(0).at(1).value<Error>().code, ErrorCode::Cancelled);
    QTRY_COMPARE(cancelledOnServer.count(), 1);
    QCOMPARE(server.runner.queueLength(), 0);
    open = true;
}

void TestRemoteBackend::faceRestorationAndAlphaAreSent()
{
    ServerUnderTest server(withToken(kToken)); // no GFPGAN model there
    RemoteBackend backend(urlOf(server), kToken);
    QSignalSpy finished(&backend, &RemoteBackend::finished);
    RemoteUpscale options = lanczos(2.0);
    options.alpha = AlphaMode::Lanczos;
    options.faceRestorationWeight = 0.6;
    backend.upscale(decodeBase64(gradientPng(8, 8)), options);
    QVERIFY(finished.wait(60000));
    const QJsonObject details = finished.at(0).at(1).value<JobOutput>().provenance.details;
    QCOMPARE(details.value("face_restoration_status").toString(), QStringLiteral("skipped"));
    QVERIFY(details.value("face_restoration_reason").toString().contains("GFPGAN"));
    QCOMPARE(details.value("face_restoration_weight").toDouble(), 0.6);

    // RemoteUpscaler maps an UpscaleJob's request to those fields.
    UpscaleRequest request;
    request.model = QStringLiteral("lanczos");
    request.options.outScale = 3;
    request.options.alpha = AlphaMode::Lanczos;
    FaceRestoreOptions face;
    face.weight = 0.25;
    request.faceRestore = face;
    auto job = std::make_unique<UpscaleJob>(
        UpscaleJobInput::fromImage(decodeBase64(gradientPng(6, 4)), QStringLiteral("tiny")),
        request);
    job->setUpscaler(RemoteUpscaler(urlOf(server), kToken));
    JobRunner runner;
    QSignalSpy done(&runner, &JobRunner::finished);
    runner.submit(std::move(job));
    QVERIFY(done.wait(60000));
    const JobOutput output = done.at(0).at(1).value<JobOutput>();
    QCOMPARE(output.image(QStringLiteral("result"))->width(), 18);
    QCOMPARE(output.provenance.details.value("face_restoration_weight").toDouble(), 0.25);
    QCOMPARE(output.provenance.details.value("server").toString(), backend.where());
    // The alpha mode is checked where it shows, with a real model (tst_http_face).

    // Out of range: refused, and the message names the field.
    QSignalSpy failed(&backend, &RemoteBackend::failed);
    options.faceRestorationWeight = 1.5;
    backend.upscale(decodeBase64(gradientPng(8, 8)), options);
    QVERIFY(failed.wait(60000));
    QVERIFY2(failed.at(0).at(1).value<Error>().message.contains("face_restoration_weight"),
             qPrintable(failed.at(0).at(1).value<Error>().message));
}

QTEST_GUILESS_MAIN(TestRemoteBackend)
#include "tst_remote_backend.moc"
