// ImageStatusBar: the window's status bar with permanent fields for the open
// image (file, size, depth, channels), the zoom and the pixel under the
// cursor; temporary messages (errors, "Saved ...") show on the left as usual.
#pragma once

#include <QPoint>
#include <QStatusBar>

class QLabel;

namespace hires::ui {

class ImageDocument;

class ImageStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ImageStatusBar(QWidget* parent = nullptr);

    // nullptr clears the image fields.
    void showDocument(const ImageDocument* document);
    void showZoom(double zoom);
    // pixel (-1, -1): the cursor is not over the image.
    void showPixel(const QPoint& pixel);

    // The permanent fields' texts, for tests and accessibility.
    QString fileText() const;
    QString sizeText() const;
    QString formatText() const;
    QString zoomText() const;
    QString pixelText() const;

private:
    QLabel* addField();

    const ImageDocument* m_document = nullptr;
    QLabel* m_file = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_format = nullptr;
    QLabel* m_zoom = nullptr;
    QLabel* m_pixel = nullptr;
};

} // namespace hires::ui
