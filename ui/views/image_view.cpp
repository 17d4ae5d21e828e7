#include "ui/views/image_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace hires::ui {

namespace {

// Zoom in/out steps; 1.0 is on the ladder so the keyboard always reaches 1:1.
constexpr std::array kZoomLadder{1.0 / 32, 1.0 / 24, 1.0 / 16, 1.0 / 12, 1.0 / 8, 1.0 / 6,
                                 1.0 / 4,  1.0 / 3,  1.0 / 2,  2.0 / 3,  1.0,     1.5,
                                 2.0,      3.0,      4.0,      6.0,      8.0,     12.0,
                                 16.0,     24.0,     32.0,     48.0,     64.0};
constexpr double kLadderTolerance = 1e-6;
const QColor kBackground(48, 48, 48);

QBrush makeCheckerboard()
{
    constexpr int kCell = 8;
    QImage tile(2 * kCell, 2 * kCell, QImage::Format_RGB32);
    tile.fill(QColor(204, 204, 204));
    QPainter painter(&tile);
    painter.fillRect(0, 0, kCell, kCell, QColor(153, 153, 153));
    painter.fillRect(kCell, kCell, kCell, kCell, QColor(153, 153, 153));
    return QBrush(tile);
}

} // namespace

ImageView::ImageView(QWidget* parent)
    : QWidget(parent)
    , m_checkerboard(makeCheckerboard())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(64, 64);
}

ImageView::~ImageView() = default;

void ImageView::setImage(const QImage& image)
{
    m_image = image;
    m_pyramid.clear();
    if (!image.isNull()) {
        // Premultiplied ARGB32 / RGB32 are what the raster engine draws fastest.
        m_pyramid.push_back(image.convertToFormat(
            image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32));
    }
    m_lastHover = QPoint(-1, -1);
    applyViewport(fitZoom(), QPointF(image.width() / 2.0, image.height() / 2.0), true);
    update();
}

void ImageView::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    if (!hasImage())
        update();
}

double ImageView::scaleFor(double zoom) const
{
    return zoom / devicePixelRatioF();
}

QPointF ImageView::viewCentre() const
{
    return QPointF(width() / 2.0, height() / 2.0);
}

double ImageView::fitZoom() const
{
    if (!hasImage() || width() <= 0 || height() <= 0)
        return 1.0;
    const double fit =
        std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
    return std::min(1.0, fit * devicePixelRatioF());
}

double ImageView::minimumZoom() const
{
    return std::min(kMinZoom, fitZoom());
}

double ImageView::clampedZoom(double zoom) const
{
    return std::clamp(zoom, minimumZoom(), kMaxZoom);
}

QPointF ImageView::clampedCentre(const QPointF& centre, double zoom) const
{
    const double scale = scaleFor(zoom);
    // An axis narrower than the widget is centred; a wider one may not show
    // empty space beyond its edges.
    auto clampAxis = [scale](double value, double extent, double viewExtent) {
        if (extent * scale <= viewExtent)
            return extent / 2.0;
        const double half = viewExtent / (2.0 * scale);
        return std::clamp(value, half, extent - half);
    };
    return QPointF(clampAxis(centre.x(), m_image.width(), width()),
                   clampAxis(centre.y(), m_image.height(), height()));
}

void ImageView::applyViewport(double zoom, const QPointF& centre, bool fit)
{
    const double oldZoom = m_zoom;
    const bool oldFit = m_fit;
    m_fit = fit;
    m_zoom = hasImage() ? clampedZoom(zoom) : 1.0;
    m_centre = hasImage() ? clampedCentre(centre, m_zoom) : QPointF();
    updateCursor();
    update();
    if (m_zoom != oldZoom)
        Q_EMIT zoomChanged(m_zoom);
    if (m_fit != oldFit)
        Q_EMIT fitModeChanged(m_fit);
    const QRectF visible = visibleSourceRect();
    if (visible != m_lastVisible) {
        m_lastVisible = visible;
        Q_EMIT viewportChanged(visible);
    }
}

void ImageView::setZoom(double zoom, const QPointF& anchor)
{
    if (!hasImage())
        return;
    const double target = clampedZoom(zoom);
    const QPointF anchored = mapToSource(anchor);
    applyViewport(target, anchored - (anchor - viewCentre()) / scaleFor(target), false);
}

void ImageView::setZoom(double zoom)
{
    setZoom(zoom, viewCentre());
}

void ImageView::setCentre(const QPointF& sourcePoint)
{
    applyViewport(m_zoom, sourcePoint, false);
}

void ImageView::setViewport(double zoom, const QPointF& centre)
{
    applyViewport(zoom, centre, false);
}

void ImageView::fitToWindow()
{
    applyViewport(fitZoom(), QPointF(m_image.width() / 2.0, m_image.height() / 2.0), true);
}

void ImageView::actualSize()
{
    setZoom(1.0);
}

void ImageView::zoomIn()
{
    const auto next = std::find_if(kZoomLadder.begin(), kZoomLadder.end(), [this](double step) {
        return step > m_zoom * (1.0 + kLadderTolerance);
    });
    setZoom(next != kZoomLadder.end() ? *next : kMaxZoom);
}

void ImageView::zoomOut()
{
    const auto previous =
        std::find_if(kZoomLadder.rbegin(), kZoomLadder.rend(),
                     [this](double step) { return step < m_zoom * (1.0 - kLadderTolerance); });
    setZoom(previous != kZoomLadder.rend() ? *previous : minimumZoom());
}

QPointF ImageView::mapToSource(const QPointF& viewPoint) const
{
    return m_centre + (viewPoint - viewCentre()) / scaleFor(m_zoom);
}

QPointF ImageView::mapFromSource(const QPointF& sourcePoint) const
{
    return (sourcePoint - m_centre) * scaleFor(m_zoom) + viewCentre();
}

QRectF ImageView::visibleSourceRect() const
{
    if (!hasImage())
        return {};
    const QRectF view(mapToSource(QPointF(0, 0)), mapToSource(QPointF(width(), height())));
    return view.intersected(QRectF(QPointF(0, 0), QSizeF(m_image.size())));
}

bool ImageView::canPan() const
{
    const double scale = scaleFor(m_zoom);
    return hasImage() && (m_image.width() * scale > width() || m_image.height() * scale > height());
}

void ImageView::updateCursor()
{
    if (m_dragging)
        setCursor(Qt::ClosedHandCursor);
    else if (canPan())
        setCursor(Qt::OpenHandCursor);
    else
        unsetCursor();
}

void ImageView::reportHover(const QPointF& viewPoint)
{
    QPoint pixel(-1, -1);
    if (hasImage()) {
        const QPointF source = mapToSource(viewPoint);
        const QPoint floored(int(std::floor(source.x())), int(std::floor(source.y())));
        if (m_image.rect().contains(floored))
            pixel = floored;
    }
    if (pixel != m_lastHover) {
        m_lastHover = pixel;
        Q_EMIT pixelHovered(pixel);
    }
}

const QImage& ImageView::pyramidLevel(int level)
{
    while (int(m_pyramid.size()) <= level) {
        const QImage& previous = m_pyramid.back();
        if (previous.width() == 1 && previous.height() == 1)
            return previous;
        // Averaging 2x2 blocks at each level keeps reductions free of aliasing.
        m_pyramid.push_back(previous.scaled(std::max(1, (previous.width() + 1) / 2),
                                            std::max(1, (previous.height() + 1) / 2),
                                            Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    }
    return m_pyramid[size_t(level)];
}

void ImageView::drawImage(QPainter& painter)
{
    const QRectF visible = visibleSourceRect();
    if (visible.isEmpty())
        return;
    if (m_image.hasAlphaChannel())
        painter.fillRect(
            QRectF(mapFromSource(visible.topLeft()), mapFromSource(visible.bottomRight())),
            m_checkerboard);
    if (m_zoom >= 1.0) {
        // Whole source pixels, so that each one becomes an exact block.
        const QRect pixels(
            QPoint(int(std::floor(visible.left())), int(std::floor(visible.top()))),
            QPoint(int(std::ceil(visible.right())) - 1, int(std::ceil(visible.bottom())) - 1));
        const QRectF target(mapFromSource(pixels.topLeft()),
                            mapFromSource(QPointF(pixels.right() + 1, pixels.bottom() + 1)));
        painter.drawImage(target, m_pyramid.front(), pixels);
        return;
    }
    // The smallest level still at least as large as the drawn size: bilinear
    // filtering then never reduces by more than 2x.
    const int wanted = int(std::floor(std::log2(1.0 / m_zoom)));
    const QImage& level = pyramidLevel(std::max(0, wanted));
    const double sx = double(level.width()) / m_image.width();
    const double sy = double(level.height()) / m_image.height();
    const QRectF source(visible.left() * sx, visible.top() * sy, visible.width() * sx,
                        visible.height() * sy);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(
        QRectF(mapFromSource(visible.topLeft()), mapFromSource(visible.bottomRight())), level,
        source);
}

void ImageView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), kBackground);
    if (hasImage()) {
        drawImage(painter);
        return;
    }
    if (!m_placeholder.isEmpty()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
    }
}

void ImageView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (m_fit)
        applyViewport(fitZoom(), QPointF(m_image.width() / 2.0, m_image.height() / 2.0), true);
    else
        applyViewport(m_zoom, m_centre, false);
}

void ImageView::wheelEvent(QWheelEvent* event)
{
    const int delta = event->angleDelta().y();
    if (!hasImage() || delta == 0) {
        event->ignore();
        return;
    }
    setZoom(m_zoom * std::pow(kWheelStep, delta / 120.0), event->position());
    reportHover(event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !hasImage()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragStart = event->position();
    m_dragStartCentre = m_centre;
    updateCursor();
    event->accept();
}

void ImageView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging) {
        // Relative to the press, not the previous move: no drift over long drags.
        const QPointF moved = event->position() - m_dragStart;
        applyViewport(m_zoom, m_dragStartCentre - moved / scaleFor(m_zoom), false);
    }
    reportHover(event->position());
}

void ImageView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        updateCursor();
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void ImageView::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !hasImage())
        return;
    if (m_fit)
        setZoom(1.0, event->position());
    else
        fitToWindow();
}

void ImageView::keyPressEvent(QKeyEvent* event)
{
    // Arrow keys pan by an eighth of the widget.
    const QPointF step(width() / 8.0, height() / 8.0);
    QPointF moved;
    switch (event->key()) {
    case Qt::Key_Left:
        moved = QPointF(-step.x(), 0);
        break;
    case Qt::Key_Right:
        moved = QPointF(step.x(), 0);
        break;
    case Qt::Key_Up:
        moved = QPointF(0, -step.y());
        break;
    case Qt::Key_Down:
        moved = QPointF(0, step.y());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (canPan())
        setCentre(m_centre + moved / scaleFor(m_zoom));
    event->accept();
}

void ImageView::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    if (m_lastHover != QPoint(-1, -1)) {
        m_lastHover = QPoint(-1, -1);
        Q_EMIT pixelHovered(m_lastHover);
    }
}

} // namespace hires::ui

#include "moc_image_view.cpp"
