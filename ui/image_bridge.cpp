#include "ui/image_bridge.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/image/image.h"

namespace hires::ui {

namespace {

constexpr bool kLittleEndian = Q_BYTE_ORDER == Q_LITTLE_ENDIAN;

// ARGB32 keeps a pixel as the 32-bit word 0xAARRGGBB: bytes B,G,R,A in memory
// on little-endian machines (OpenCV's BGRA), A,R,G,B on big-endian ones.
constexpr int kBgraArgbSwap[] = {0, 3, 1, 2, 2, 1, 3, 0};

QImage::Format qtFormatFor(int matType)
{
    switch (matType) {
    case CV_8UC1:
        return QImage::Format_Grayscale8;
    case CV_16UC1:
        return QImage::Format_Grayscale16;
    case CV_8UC3:
        return QImage::Format_RGB888;
    case CV_8UC4:
        return QImage::Format_ARGB32;
    case CV_16UC3:
        return QImage::Format_RGBX64;
    case CV_16UC4:
        return QImage::Format_RGBA64;
    default:
        return QImage::Format_Invalid;
    }
}

// A Mat header over the QImage's pixels (no copy); `type` must match the layout.
cv::Mat wrap(QImage& image, int type)
{
    return cv::Mat(image.height(), image.width(), type, image.bits(),
                   static_cast<size_t>(image.bytesPerLine()));
}

cv::Mat wrapConst(const QImage& image, int type)
{
    return cv::Mat(image.height(), image.width(), type, const_cast<uchar*>(image.constBits()),
                   static_cast<size_t>(image.bytesPerLine()));
}

void swapBgraArgb(const cv::Mat& from, cv::Mat& to)
{
    cv::mixChannels(&from, 1, &to, 1, kBgraArgbSwap, 4);
}

// Brings any QImage format to one that toMat() handles directly.
QImage normalised(const QImage& image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
    case QImage::Format_RGB888:
    case QImage::Format_BGR888:
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
        return image;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Indexed8:
        // A palette of grays stays one channel; the colour table decides.
        if (image.allGray() && !image.hasAlphaChannel())
            return image.convertToFormat(QImage::Format_Grayscale8);
        break;
    default:
        break;
    }
    const QPixelFormat pixel = image.pixelFormat();
    const bool deep = pixel.redSize() > 8 || pixel.greenSize() > 8 || pixel.blueSize() > 8 ||
                      pixel.typeInterpretation() == QPixelFormat::FloatingPoint;
    const bool alpha = image.hasAlphaChannel();
    if (deep)
        return image.convertToFormat(alpha ? QImage::Format_RGBA64 : QImage::Format_RGBX64);
    return image.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB888);
}

} // namespace

QImage toQImage(const cv::Mat& mat)
{
    const QImage::Format format = qtFormatFor(mat.type());
    if (mat.empty() || mat.dims != 2 || format == QImage::Format_Invalid)
        return {};
    QImage image(mat.cols, mat.rows, format);
    if (image.isNull()) // allocation failed
        return {};
    switch (mat.type()) {
    case CV_8UC1:
    case CV_16UC1: {
        cv::Mat target = wrap(image, mat.type());
        mat.copyTo(target);
        break;
    }
    case CV_8UC3: {
        cv::Mat target = wrap(image, CV_8UC3);
        cv::cvtColor(mat, target, cv::COLOR_BGR2RGB);
        break;
    }
    case CV_8UC4: {
        cv::Mat target = wrap(image, CV_8UC4);
        if constexpr (kLittleEndian)
            mat.copyTo(target);
        else
            swapBgraArgb(mat, target);
        break;
    }
    case CV_16UC3: {
        // cvtColor fills the added fourth channel with the depth's maximum (65535).
        cv::Mat target = wrap(image, CV_16UC4);
        cv::cvtColor(mat, target, cv::COLOR_BGR2RGBA);
        break;
    }
    case CV_16UC4: {
        cv::Mat target = wrap(image, CV_16UC4);
        cv::cvtColor(mat, target, cv::COLOR_BGRA2RGBA);
        break;
    }
    default:
        return {};
    }
    return image;
}

QImage toQImage(const hires::Image& image)
{
    return toQImage(image.pixels);
}

cv::Mat toMat(const QImage& source)
{
    if (source.isNull())
        return {};
    const QImage image = normalised(source);
    cv::Mat out;
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        out = wrapConst(image, CV_8UC1).clone();
        break;
    case QImage::Format_Grayscale16:
        out = wrapConst(image, CV_16UC1).clone();
        break;
    case QImage::Format_BGR888:
        out = wrapConst(image, CV_8UC3).clone();
        break;
    case QImage::Format_RGB888:
        cv::cvtColor(wrapConst(image, CV_8UC3), out, cv::COLOR_RGB2BGR);
        break;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32: {
        cv::Mat bgra;
        if constexpr (kLittleEndian) {
            bgra = wrapConst(image, CV_8UC4);
        } else {
            bgra.create(image.height(), image.width(), CV_8UC4);
            swapBgraArgb(wrapConst(image, CV_8UC4), bgra);
        }
        if (image.format() == QImage::Format_RGB32)
            cv::cvtColor(bgra, out, cv::COLOR_BGRA2BGR);
        else
            out = bgra.clone();
        break;
    }
    case QImage::Format_RGBX64:
        cv::cvtColor(wrapConst(image, CV_16UC4), out, cv::COLOR_RGBA2BGR);
        break;
    case QImage::Format_RGBA64:
        cv::cvtColor(wrapConst(image, CV_16UC4), out, cv::COLOR_RGBA2BGRA);
        break;
    default:
        break;
    }
    return out;
}

QImage viewAsQImage(const cv::Mat& mat)
{
    QImage::Format format = QImage::Format_Invalid;
    switch (mat.type()) {
    case CV_8UC1:
        format = QImage::Format_Grayscale8;
        break;
    case CV_16UC1:
        format = QImage::Format_Grayscale16;
        break;
    case CV_8UC3:
        format = QImage::Format_BGR888;
        break;
    case CV_8UC4:
        format = kLittleEndian ? QImage::Format_ARGB32 : QImage::Format_Invalid;
        break;
    default:
        break;
    }
    if (mat.empty() || mat.dims != 2 || format == QImage::Format_Invalid)
        return {};
    // The heap copy of the header holds a reference on the Mat's buffer; Qt
    // calls the cleanup function when the last QImage sharing it goes away.
    auto* keepAlive = new cv::Mat(mat);
    return QImage(
        static_cast<const uchar*>(mat.data), mat.cols, mat.rows,
        static_cast<qsizetype>(mat.step[0]), format,
        [](void* held) { delete static_cast<cv::Mat*>(held); }, keepAlive);
}

} // namespace hires::ui
