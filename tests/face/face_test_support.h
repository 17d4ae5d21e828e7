// Test support for tests/face: real photographs from the test data, PSNR,
// and images built from them (faces pasted, rotated, scaled).
#pragma once

#include "core/face/face_detection.h"
#include "core/face/face_enhancer.h"
#include "core/face/face_restorer.h"
#include "core/image/image_decoder.h"

#include <QFile>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace hires::test {

inline QString photoPath(const char* name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + QString::fromLatin1(name);
}

inline cv::Mat readPhoto(const char* name)
{
    auto image = readImageFile(photoPath(name));
    return image ? image->pixels : cv::Mat();
}

// PSNR of a against b over `region` (all channels), in dB for 8-bit (peak 255) or 16-bit.
inline double psnr(const cv::Mat& a, const cv::Mat& b, const cv::Rect& region)
{
    const double peak = a.depth() == CV_16U ? 65535.0 : 255.0;
    cv::Mat fa, fb;
    a(region).convertTo(fa, CV_64F);
    b(region).convertTo(fb, CV_64F);
    cv::Mat d = fa - fb;
    const double mse = cv::mean(d.mul(d))[0];
    return mse == 0 ? 999.0 : 10.0 * std::log10(peak * peak / mse);
}

// The astronaut's face region in skimage's astronaut.png (512x512).
inline cv::Rect astronautFace()
{
    return {165, 50, 130, 150};
}

// The process's peak resident memory so far (VmHWM), in bytes; 0 if unknown.
inline qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// `image` turned by `degrees` about its centre on a canvas that holds it whole.
inline cv::Mat rotated(const cv::Mat& image, double degrees)
{
    cv::Size canvas;
    const cv::Matx23d m = rotationOnCanvas(image.size(), degrees, &canvas);
    cv::Mat out;
    cv::warpAffine(image, out, m, canvas, cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    return out;
}

// An Image around `pixels`, with a metadata entry that must survive.
inline Image imageOf(const cv::Mat& pixels)
{
    Image image;
    image.pixels = pixels;
    image.sourceFormat = ImageFormat::Png;
    image.metadata.text[QStringLiteral("parameters")] = QStringLiteral("kept");
    return image;
}

// Restoration options with the download-free Haar detector.
inline FaceRestoreOptions haarOptions(double weight)
{
    FaceRestoreOptions options;
    options.weight = weight;
    options.detector.choice = FaceDetectorChoice::Haar;
    return options;
}

// A deterministic stand-in network that visibly changes the face: the
// colour-inverted crop. Counts its calls.
class InvertingEnhancer final : public FaceEnhancer
{
public:
    QString name() const override { return QStringLiteral("invert"); }
    QString describe() const override { return QStringLiteral("1 - x"); }
    QString device() const override { return QStringLiteral("cpu"); }
    int faceSize() const override { return 512; }
    Result<cv::Mat> enhance(const cv::Mat& face) override
    {
        ++calls;
        cv::Mat out = cv::Scalar::all(1.0) - face;
        return out;
    }
    int calls = 0;
};

} // namespace hires::test
