// ImageDocument: one opened image file: its decoded pixels and metadata (read
// through core/image, the only reader), the QImage shown for it, and the
// texts the window shows about it. GUI thread; copying shares the pixels.
#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QPoint>
#include <QString>

#include "core/base/result.h"
#include "core/image/image.h"

namespace hires::ui {

class ImageDocument
{
    Q_DECLARE_TR_FUNCTIONS(ImageDocument)
public:
    // Decodes the file; errors name the file and what is wrong.
    static Result<ImageDocument> open(const QString& path);
    // An image made in memory (a comparison side), under the path Save As
    // proposes; the file need not exist.
    static Result<ImageDocument> fromImage(const QString& path, Image image);

    QString path() const { return m_path; }
    QString fileName() const;
    const Image& image() const { return m_image; }
    const QImage& shown() const { return m_shown; }

    // "8-bit", "16-bit"
    QString depthText() const;
    // "RGB", "RGBA", "Gray", with the number of channels.
    QString channelsText() const;
    // The stored value of one pixel in the file's own depth: "R 12  G 34  B 56"
    // (RGB order, whatever the memory order), "Gray 40000", "... A 255".
    QString pixelText(const QPoint& pixel) const;

private:
    QString m_path;
    Image m_image;
    QImage m_shown;
};

} // namespace hires::ui
