#include "ui/image_document.h"

#include <QFileInfo>

#include "core/image/image_decoder.h"
#include "ui/image_bridge.h"

namespace hires::ui {

namespace {

int sampleAt(const cv::Mat& pixels, int x, int y, int channel)
{
    const int channels = pixels.channels();
    if (pixels.depth() == CV_16U)
        return pixels.ptr<ushort>(y)[x * channels + channel];
    return pixels.ptr<uchar>(y)[x * channels + channel];
}

} // namespace

Result<ImageDocument> ImageDocument::open(const QString& path)
{
    Result<Image> decoded = readImageFile(path);
    if (!decoded)
        return decoded.error();
    return fromImage(path, std::move(decoded).value());
}

Result<ImageDocument> ImageDocument::fromImage(const QString& path, Image image)
{
    ImageDocument document;
    document.m_path = QFileInfo(path).absoluteFilePath();
    document.m_image = std::move(image);
    // Zero-copy where the layouts match (8-bit gray, BGR, BGRA); 16-bit is converted.
    document.m_shown = viewAsQImage(document.m_image.pixels);
    if (document.m_shown.isNull())
        document.m_shown = toQImage(document.m_image);
    if (document.m_shown.isNull())
        return makeError(ErrorCode::UnsupportedFormat,
                         tr("%1: this pixel layout cannot be displayed").arg(document.fileName()));
    return document;
}

QString ImageDocument::fileName() const
{
    return QFileInfo(m_path).fileName();
}

QString ImageDocument::depthText() const
{
    return tr("%1-bit").arg(m_image.bitDepth());
}

QString ImageDocument::channelsText() const
{
    switch (m_image.channels()) {
    case 1:
        return tr("Gray (1 channel)");
    case 3:
        return tr("RGB (3 channels)");
    case 4:
        return tr("RGBA (4 channels)");
    default:
        return tr("%n channel(s)", nullptr, m_image.channels());
    }
}

QString ImageDocument::pixelText(const QPoint& pixel) const
{
    const cv::Mat& pixels = m_image.pixels;
    if (pixel.x() < 0 || pixel.y() < 0 || pixel.x() >= pixels.cols || pixel.y() >= pixels.rows)
        return {};
    const int x = pixel.x();
    const int y = pixel.y();
    if (pixels.channels() == 1)
        return tr("Gray %1").arg(sampleAt(pixels, x, y, 0));
    // OpenCV keeps B, G, R(, A): shown in the usual R, G, B order.
    QString text = tr("R %1  G %2  B %3")
                       .arg(sampleAt(pixels, x, y, 2))
                       .arg(sampleAt(pixels, x, y, 1))
                       .arg(sampleAt(pixels, x, y, 0));
    if (pixels.channels() == 4)
        text += tr("  A %1").arg(sampleAt(pixels, x, y, 3));
    return text;
}

} // namespace hires::ui
