// Test support: the image cases written by tests/python/make_upscale_references.py
// (raw uint8/uint16 pixels in OpenCV layout plus case.json), and PSNR.
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <opencv2/core.hpp>

#include <cmath>
#include <cstring>
#include <limits>

namespace hires::test {

struct ImageCase
{
    QJsonObject meta;
    cv::Mat input;
    cv::Mat expected;
};

inline cv::Mat readRawPixels(const QString& path, int rows, int cols, int channels, int depth)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    cv::Mat m(rows, cols, CV_MAKETYPE(depth == 16 ? CV_16U : CV_8U, channels));
    if (size_t(bytes.size()) != m.total() * m.elemSize())
        return {};
    std::memcpy(m.data, bytes.constData(), size_t(bytes.size()));
    return m;
}

inline ImageCase readImageCase(const QString& dir)
{
    ImageCase c;
    QFile f(dir + QStringLiteral("/case.json"));
    if (!f.open(QIODevice::ReadOnly))
        return c;
    c.meta = QJsonDocument::fromJson(f.readAll()).object();
    const int channels = c.meta.value(QStringLiteral("channels")).toInt();
    const int depth = c.meta.value(QStringLiteral("depth")).toInt();
    c.input = readRawPixels(dir + QStringLiteral("/input.raw"),
                            c.meta.value(QStringLiteral("height")).toInt(),
                            c.meta.value(QStringLiteral("width")).toInt(), channels, depth);
    // With alpha "none" the reference returns the colour only.
    const int outChannels =
        c.meta.value(QStringLiteral("alpha")).toString() == QLatin1String("none") ? 3 : channels;
    c.expected = readRawPixels(
        dir + QStringLiteral("/output.raw"), c.meta.value(QStringLiteral("out_height")).toInt(),
        c.meta.value(QStringLiteral("out_width")).toInt(), outChannels, depth);
    return c;
}

// PSNR in dB over all channels, with the peak of the depth; +inf when identical.
inline double psnr(const cv::Mat& a, const cv::Mat& b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return -1;
    cv::Mat fa, fb;
    a.convertTo(fa, CV_64F);
    b.convertTo(fb, CV_64F);
    const double peak = a.depth() == CV_16U ? 65535.0 : 255.0;
    const cv::Mat diff = cv::Mat(fa - fb).reshape(1);
    const double mse = cv::sum(diff.mul(diff))[0] / double(diff.total());
    if (mse == 0)
        return std::numeric_limits<double>::infinity();
    return 10.0 * std::log10(peak * peak / mse);
}

} // namespace hires::test
