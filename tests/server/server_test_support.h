// A server under test: a job runner and an HttpService on a fresh loopback
// port, with the model library pointed at the folders a test names.
#pragma once

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "server/http_service.h"
#include "tests/server/http_test_client.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

#include <memory>
#include <opencv2/core.hpp>

namespace hires::test {

struct ServerUnderTest
{
    explicit ServerUnderTest(server::ServerOptions options = {})
    {
        options.port = 0;
        if (options.modelCacheFile.isEmpty())
            options.modelCacheFile = cacheDir.filePath(QStringLiteral("model-info.json"));
        service = std::make_unique<server::HttpService>(options, &runner);
        const Result<quint16> bound = service->listen();
        port = bound ? *bound : 0;
    }

    HttpAnswer get(const QByteArray& path, const QByteArray& headers = {}) const
    {
        return exchange(port, httpRequest("GET", path, port, QByteArray(), headers));
    }
    HttpAnswer post(const QByteArray& path, const QJsonObject& body,
                    const QByteArray& headers = {}) const
    {
        return exchange(port,
                        httpRequest("POST", path, port,
                                    QJsonDocument(body).toJson(QJsonDocument::Compact), headers));
    }

    // Keeps the runner busy with a job of "someone else" (the desktop app)
    // until `open` is set; true once it runs.
    bool holdRunner(std::atomic<bool>* open);
    // Sends an 8x8 LANCZOS upscale on `client` without waiting for the answer.
    bool sendUpscale(QTcpSocket& client) const;

    QTemporaryDir cacheDir;
    JobRunner runner;
    std::unique_ptr<server::HttpService> service;
    quint16 port = 0;
};

// A job that spins until the test opens the gate (or the runner cancels it).
class GateJob : public Job
{
public:
    explicit GateJob(std::atomic<bool>* open)
        : m_open(open)
    {}
    QString kind() const override { return QStringLiteral("test"); }
    QString title() const override { return QStringLiteral("gate"); }
    Result<JobOutput> run(JobContext& context) override
    {
        while (!m_open->load() && !context.cancelled())
            QThread::yieldCurrentThread();
        return JobOutput{};
    }

private:
    std::atomic<bool>* m_open;
};

// Server options that ask every request for `token` as a bearer token.
inline server::ServerOptions withToken(const QByteArray& token)
{
    server::ServerOptions options;
    options.token = token;
    return options;
}

// A w x h BGR gradient as base64 PNG.
inline QString gradientPng(int w, int h)
{
    cv::Mat pixels(h, w, CV_8UC3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            pixels.at<cv::Vec3b>(y, x) = cv::Vec3b(uchar(x * 255 / std::max(1, w - 1)),
                                                   uchar(y * 255 / std::max(1, h - 1)), 128);
    const Result<QByteArray> png = encodeImage(Image{pixels, {}, {}}, EncodeOptions{});
    return png ? QString::fromLatin1(png->toBase64()) : QString();
}

inline Image decodeBase64(const QJsonValue& value)
{
    const Result<Image> image = decodeImage(QByteArray::fromBase64(value.toString().toLatin1()));
    return image ? *image : Image{};
}

inline bool ServerUnderTest::holdRunner(std::atomic<bool>* open)
{
    QSignalSpy started(&runner, &JobRunner::jobStarted);
    runner.submit(std::make_unique<GateJob>(open));
    return started.wait();
}

inline bool ServerUnderTest::sendUpscale(QTcpSocket& client) const
{
    client.connectToHost(QHostAddress::LocalHost, port);
    if (!client.waitForConnected())
        return false;
    client.write(httpRequest(
        "POST", "/upscale", port,
        QJsonDocument(QJsonObject{{"image", gradientPng(8, 8)}, {"upscaler", "lanczos"}})
            .toJson()));
    return true;
}

} // namespace hires::test
