// The service's safety rules over real HTTP on 127.0.0.1: every malformed,
// oversized, cross-site or unauthorised request gets its status code and a
// message saying why, and the server still serves afterwards.
#include "server/request_checks.h"
#include "tests/server/server_test_support.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace hires;
using namespace hires::test;

namespace {

server::ServerOptions tightLimits()
{
    server::ServerOptions o;
    o.maxBodyBytes = 64 * 1024;
    o.maxHeaderBytes = 4 * 1024;
    o.maxInputPixels = 64 * 64;
    o.maxOutputPixels = 256 * 256;
    return o;
}

QByteArray post(quint16 port, const QByteArray& path, const QByteArray& body,
                const QByteArray& headers = {})
{
    return httpRequest("POST", path, port, body, headers);
}

} // namespace

class TestHttpSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void rejectsBadRequests_data();
    void rejectsBadRequests();
    void tokenOnEveryRoute();
    void nonLoopbackNeedsToken();
    void fullQueueAnswers429();
    void disconnectCancelsQueuedJob();
    void interruptLeavesOtherJobsAlone();
    void tooManyConnections();
};

void TestHttpSafety::rejectsBadRequests_data()
{
    QTest::addColumn<QByteArray>("raw"); // "PORT" is replaced by the server's port
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail"); // a part of the message
    QTest::addColumn<QString>("field");

    const QByteArray png = gradientPng(8, 8).toLatin1();
    const QByteArray ok = "{\"image\":\"" + png + "\",\"upscaler\":\"lanczos\"}";
    QTest::newRow("malformed JSON")
        << post(1, "/upscale", "{\"image\": ") << 400 << "not valid JSON"
        << "";
    QTest::newRow("not an object") << post(1, "/upscale", "[1,2]") << 400 << "JSON object"
                                   << "";
    QTest::newRow("wrong type") << post(1, "/upscale", "{\"image\": 5}") << 400
                                << "expected a string"
                                << "image";
    QTest::newRow("unknown field")
        << post(1, "/upscale", "{\"image\":\"" + png + "\",\"hires_fx\":true}") << 400
        << "unknown field 'hires_fx'"
        << "hires_fx";
    QTest::newRow("file path as model")
        << post(1, "/upscale", "{\"image\":\"" + png + "\",\"upscaler\":\"/etc/passwd\"}") << 400
        << "not by a file path"
        << "upscaler";
    QTest::newRow("unknown model")
        << post(1, "/upscale", "{\"image\":\"" + png + "\",\"upscaler\":\"nope\"}") << 400
        << "no upscaler 'nope'"
        << "upscaler";
    QTest::newRow("not base64") << post(1, "/upscale", "{\"image\":\"***\"}") << 400
                                << "not valid base64"
                                << "image";
    QTest::newRow("not an image") << post(1, "/upscale",
                                          "{\"image\":\"" +
                                              QByteArray("hello world, no image").toBase64() +
                                              "\"}")
                                  << 400 << ""
                                  << "image";
    QTest::newRow("too many pixels")
        << post(1, "/upscale", "{\"image\":\"" + gradientPng(100, 100).toLatin1() + "\"}") << 413
        << ""
        << "image";
    QTest::newRow("result too large") << post(1, "/upscale",
                                              "{\"image\":\"" + gradientPng(32, 32).toLatin1() +
                                                  "\",\"upscaler\":\"lanczos\",\"scale\":16}")
                                      << 413 << "over this server's limit"
                                      << "scale";
    QTest::newRow("scale out of range")
        << post(1, "/upscale", "{\"image\":\"" + png + "\",\"scale\":100}") << 400 << "outside"
        << "scale";
    QTest::newRow("deep JSON") << post(1, "/upscale", QByteArray(40, '[') + QByteArray(40, ']'))
                               << 413 << "nests deeper"
                               << "";
    QTest::newRow("body too large")
        << QByteArray("POST /upscale HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Length: "
                      "100000000\r\n\r\n")
        << 413 << "larger than the limit"
        << "";
    QTest::newRow("headers too large")
        << QByteArray("GET /health HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nX-Junk: " +
                      QByteArray(8000, 'a') + "\r\n\r\n")
        << 431 << "headers"
        << "";
    QTest::newRow("chunked body")
        << QByteArray("POST /upscale HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nTransfer-Encoding: "
                      "chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
        << 411 << "Content-Length"
        << "";
    QTest::newRow("wrong Host (DNS rebinding)")
        << QByteArray("GET /health HTTP/1.1\r\nHost: evil.example:PORT\r\n\r\n") << 403
        << "evil.example"
        << "";
    QTest::newRow("cross-site Origin")
        << post(1, "/upscale", ok, "Origin: http://evil.example\r\n") << 403 << "cross-site"
        << "";
    QTest::newRow("wrong content type")
        << QByteArray("POST /upscale HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nContent-Type: "
                      "text/plain\r\nContent-Length: 2\r\n\r\n{}")
        << 415 << "application/json"
        << "";
    QTest::newRow("unknown route") << httpRequest("GET", "/nope", 1) << 404 << "/nope"
                                   << "";
    QTest::newRow("wrong method") << httpRequest("GET", "/upscale", 1) << 405 << "POST"
                                  << "";
    // GFPGAN runs here (tst_http_api, tst_http_face); CodeFormer does not.
    QTest::newRow("A1111 CodeFormer unavailable")
        << post(1, "/sdapi/v1/extra-single-image",
                "{\"image\":\"" + png +
                    "\",\"upscaler_1\":\"Lanczos\",\"codeformer_visibility\":1}")
        << 400 << "CodeFormer"
        << "codeformer_visibility";
    QTest::newRow("upscale alpha unknown")
        << post(1, "/upscale", "{\"image\":\"" + png + "\",\"alpha\":\"sideways\"}") << 400
        << "alpha"
        << "alpha";
}

void TestHttpSafety::rejectsBadRequests()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QFETCH(QString, detail);
    QFETCH(QString, field);
    ServerUnderTest server(tightLimits());
    QVERIFY(server.port != 0);
    raw.replace("127.0.0.1:1\r\n", "127.0.0.1:PORT\r\n");
    raw.replace("PORT", QByteArray::number(server.port));
    const HttpAnswer answer = exchange(server.port, raw);
    QCOMPARE(answer.status, status);
    const QJsonObject json = answer.json();
    QVERIFY2(json.value(QStringLiteral("detail")).toString().contains(detail),
             answer.body.constData());
    QCOMPARE(json.value(QStringLiteral("field")).toString(), field);
    QVERIFY(server.runner.queueLength() == 0 && !server.runner.isBusy());

    // Still serving, and a good request still works.
    QCOMPARE(server.get("/health").status, 200);
    const HttpAnswer good =
        server.post("/upscale", {{"image", gradientPng(8, 8)}, {"upscaler", "lanczos"}});
    QCOMPARE(good.status, 200);
    QCOMPARE(good.json().value(QStringLiteral("width")).toInt(), 16);
}

void TestHttpSafety::tokenOnEveryRoute()
{
    server::ServerOptions options;
    options.token = "s3cret-token-0123456789";
    ServerUnderTest server(options);
    for (const QByteArray path : {"/health", "/sdapi/v1/upscalers", "/nope"}) {
        const HttpAnswer none = server.get(path);
        QCOMPARE(none.status, 401);
        QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
        QCOMPARE(server.get(path, "Authorization: Bearer s3cret-token-012345678\r\n").status, 401);
        QCOMPARE(server.get(path, "Authorization: Basic s3cret-token-0123456789\r\n").status, 401);
    }
    const QByteArray auth = "Authorization: Bearer s3cret-token-0123456789\r\n";
    QCOMPARE(server.get("/health", auth).status, 200);
    QCOMPARE(server.get("/nope", auth).status, 404);
    QCOMPARE(
        server.post("/upscale", {{"image", gradientPng(4, 4)}, {"upscaler", "lanczos"}}).status,
        401);
    QCOMPARE(server.post("/upscale", {{"image", gradientPng(4, 4)}, {"upscaler", "lanczos"}}, auth)
                 .status,
             200);
}

void TestHttpSafety::nonLoopbackNeedsToken()
{
    server::ServerOptions options;
    options.host = QHostAddress(QHostAddress::AnyIPv4);
    QVERIFY(!server::validateServerOptions(options));
    QVERIFY(server::validateServerOptions(options).error().message.contains("--token"));
    options.token = "short";
    QVERIFY(!server::validateServerOptions(options));
    options.token = "a-long-enough-token-1234";
    QVERIFY(server::validateServerOptions(options));
    // listen() checks too: a service cannot be started open to the network without one.
    options.token.clear();
    JobRunner runner;
    server::HttpService service(options, &runner);
    QVERIFY(!service.listen());
}

void TestHttpSafety::fullQueueAnswers429()
{
    server::ServerOptions options;
    options.maxQueuedJobs = 1;
    ServerUnderTest server(options);
    std::atomic<bool> open{false};
    QVERIFY(server.holdRunner(&open));

    // One request may wait behind the running job: send it without waiting for its answer.
    QTcpSocket waiting;
    QVERIFY(server.sendUpscale(waiting));
    QTRY_COMPARE(server.runner.queueLength(), 1);

    // The event loop is free: health answers while the runner is busy.
    const HttpAnswer health = server.get("/health");
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value("queue_length").toInt(), 2);
    QCOMPARE(health.json().value("busy").toBool(), true);

    const HttpAnswer full =
        server.post("/upscale", {{"image", gradientPng(8, 8)}, {"upscaler", "lanczos"}});
    QCOMPARE(full.status, 429);
    QVERIFY(!full.header("Retry-After").isEmpty());
    QVERIFY(full.json().value("detail").toString().contains("queue is full"));

    open = true; // the gate job ends; the waiting request runs and is answered
    QByteArray buffer;
    HttpAnswer answer;
    QTRY_VERIFY_WITH_TIMEOUT((buffer += waiting.readAll(), parseAnswer(buffer, &answer)), 60000);
    QCOMPARE(answer.status, 200);
    QCOMPARE(decodeBase64(answer.json().value("image")).width(), 16);
    QCOMPARE(server.service->pendingReplies(), 0);
}

void TestHttpSafety::disconnectCancelsQueuedJob()
{
    ServerUnderTest server;
    std::atomic<bool> open{false};
    QSignalSpy cancelled(&server.runner, &JobRunner::cancelled);
    QVERIFY(server.holdRunner(&open));
    {
        QTcpSocket client;
        QVERIFY(server.sendUpscale(client));
        QTRY_COMPARE(server.runner.queueLength(), 1);
        client.abort();
    }
    QTRY_COMPARE(cancelled.count(), 1);
    QCOMPARE(server.runner.queueLength(), 0);
    QTRY_COMPARE(server.service->pendingReplies(), 0);
    open = true;
    QCOMPARE(server.get("/health").status, 200);
}

void TestHttpSafety::interruptLeavesOtherJobsAlone()
{
    ServerUnderTest server;
    std::atomic<bool> open{false};
    QVERIFY(server.holdRunner(&open)); // the desktop app's job, not ours
    const HttpAnswer interrupt = server.post("/sdapi/v1/interrupt", {});
    QCOMPARE(interrupt.status, 200);
    QVERIFY(server.runner.isBusy());
    open = true;
    QTRY_VERIFY(!server.runner.isBusy());
}

void TestHttpSafety::tooManyConnections()
{
    server::ServerOptions options;
    options.maxConnections = 2;
    ServerUnderTest server(options);
    QTcpSocket a;
    QTcpSocket b;
    for (QTcpSocket* s : {&a, &b}) {
        s->connectToHost(QHostAddress::LocalHost, server.port);
        QVERIFY(s->waitForConnected());
    }
    QTRY_COMPARE(server.service->openConnections(), 2);
    const HttpAnswer third = server.get("/health");
    QCOMPARE(third.status, 503);
    a.abort();
    b.abort();
    QTRY_COMPARE(server.service->openConnections(), 0);
    QCOMPARE(server.get("/health").status, 200);
}

QTEST_GUILESS_MAIN(TestHttpSafety)
#include "tst_http_safety.moc"
