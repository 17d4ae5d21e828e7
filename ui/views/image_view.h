// ImageView: a zoomable, pannable view of one image. GUI thread only.
//
// Coordinates: "source" points are in image pixels, pixel (x, y) covering
// [x, x+1) x [y, y+1); "view" points are the widget's logical coordinates.
// The whole viewport state is two numbers: zoom (device pixels per image
// pixel, 1.0 = actual pixels) and centre (the source point shown at the
// middle of the widget). A comparison view can keep two views equal with one
// small synchroniser: on viewportChanged of one, call setViewport(zoom(),
// centre()) on the other (scaled by the size ratio when the images differ);
// setViewport emits only when something changed, so the loop settles.
//
// In fit mode the zoom follows the widget size (never enlarging beyond 1:1);
// any explicit zoom or pan leaves it. Magnified images are drawn with nearest
// neighbour (pixels stay sharp and exact), reduced ones smoothly from a
// lazily built half-size pyramid. Mouse: wheel zooms keeping the point under
// the cursor in place, left drag pans, double click toggles fit and 1:1.
#pragma once

#include <QBrush>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <vector>

namespace hires::ui {

class ImageView : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kMinZoom = 1.0 / 32.0; // lower still when fit needs it
    static constexpr double kMaxZoom = 64.0;
    static constexpr double kWheelStep = 1.25; // zoom factor per wheel notch

    explicit ImageView(QWidget* parent = nullptr);
    ~ImageView() override;

    // Shows image in fit mode; a null image clears the view.
    void setImage(const QImage& image);
    void clear() { setImage(QImage()); }
    QImage image() const { return m_image; }
    bool hasImage() const { return !m_image.isNull(); }
    QSize imageSize() const { return m_image.size(); }
    // Drawn in the middle while there is no image (a hint, or why loading failed).
    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }

    double zoom() const { return m_zoom; }
    QPointF centre() const { return m_centre; }
    bool isFitMode() const { return m_fit; }
    // The zoom at which the whole image fits the widget, at most 1.
    double fitZoom() const;
    double minimumZoom() const;

    // Keeps the source point under `anchor` (view coordinates) in place.
    void setZoom(double zoom, const QPointF& anchor);
    // Zooms about the middle of the widget.
    void setZoom(double zoom);
    void setCentre(const QPointF& sourcePoint);
    void setViewport(double zoom, const QPointF& centre);
    void fitToWindow();
    void actualSize(); // 1:1 about the middle of the widget
    void zoomIn();     // next step of a ladder that contains 100 %
    void zoomOut();

    QPointF mapToSource(const QPointF& viewPoint) const;
    QPointF mapFromSource(const QPointF& sourcePoint) const;
    // The part of the image that is visible, in source coordinates.
    QRectF visibleSourceRect() const;

Q_SIGNALS:
    void zoomChanged(double zoom);
    void fitModeChanged(bool fit);
    void viewportChanged(const QRectF& sourceRect);
    // The image pixel under the cursor; (-1, -1) when the cursor is not over the image.
    void pixelHovered(const QPoint& pixel);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    double scaleFor(double zoom) const; // logical widget pixels per image pixel
    QPointF viewCentre() const;
    QPointF clampedCentre(const QPointF& centre, double zoom) const;
    double clampedZoom(double zoom) const;
    // Sets the state and emits what changed.
    void applyViewport(double zoom, const QPointF& centre, bool fit);
    void reportHover(const QPointF& viewPoint);
    bool canPan() const;
    void updateCursor();
    const QImage& pyramidLevel(int level);
    void drawImage(QPainter& painter);

    QImage m_image;
    std::vector<QImage> m_pyramid; // [0]: m_image in a fast paint format, then halves
    QString m_placeholder;
    QBrush m_checkerboard;
    double m_zoom = 1.0;
    QPointF m_centre;
    bool m_fit = true;
    QRectF m_lastVisible;
    bool m_dragging = false;
    QPointF m_dragStart;
    QPointF m_dragStartCentre;
    QPoint m_lastHover{-1, -1};
};

} // namespace hires::ui
