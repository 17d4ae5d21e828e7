// A server under test: a job runner and an HttpService on a fresh loopback
// port, with the model library pointed at the folders a test names.
#pragma once

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "server/http_service.h"
#include "tests/server/http_test_client.h"

#include <QTemporaryDir>

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
        return exchange(port, httpRequest("POST", path, port,
                                          QJsonDocument(body).toJson(QJsonDocument::Compact),
                                          headers));
    }

    QTemporaryDir cacheDir;
    JobRunner runner;
    std::unique_ptr<server::HttpService> service;
    quint16 port = 0;
};

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

} // namespace hires::test
