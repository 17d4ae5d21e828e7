#include "ui/views/wipe_view.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>

#include "ui/views/image_view.h"

#include <algorithm>
#include <cmath>

namespace hires::ui {

WipeView::WipeView(QWidget* parent)
    : QWidget(parent)
    , m_b(new ImageView(this))
    , m_a(new ImageView(this))
    , m_handle(new WipeHandle(this))
{
    m_a->setObjectName(QStringLiteral("wipeA"));
    m_b->setObjectName(QStringLiteral("wipeB"));
    m_a->setAccessibleName(tr("Slider comparison, left image"));
    m_b->setAccessibleName(tr("Slider comparison, right image"));
    connect(m_handle, &WipeHandle::dragged, this,
            [this](int x) { setPosition(width() > 0 ? double(x) / width() : 0.5); });
    connect(m_handle, &WipeHandle::stepped, this,
            [this](int direction) { setPosition(m_position + direction * kKeyStep); });
    relayout();
}

void WipeView::setPosition(double position)
{
    position = std::clamp(position, 0.0, 1.0);
    if (position == m_position)
        return;
    m_position = position;
    relayout();
    Q_EMIT positionChanged(m_position);
}

int WipeView::dividerX() const
{
    return int(std::lround(m_position * width()));
}

void WipeView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WipeView::relayout()
{
    m_b->setGeometry(rect());
    m_a->setGeometry(rect());
    const int x = dividerX();
    // An empty mask means "no mask" to Qt: at the far left A is hidden instead.
    m_a->setVisible(x > 0);
    if (x > 0)
        m_a->setMask(QRegion(0, 0, x, height()));
    m_handle->setGeometry(x - WipeHandle::kWidth / 2, 0, WipeHandle::kWidth, height());
    m_handle->raise();
}

WipeHandle::WipeHandle(QWidget* parent)
    : QWidget(parent)
{
    setCursor(Qt::SplitHCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_TranslucentBackground);
    setObjectName(QStringLiteral("wipeHandle"));
    setAccessibleName(tr("Comparison slider"));
    setToolTip(tr("Drag to move the divider between the left and the right image "
                  "(Left/Right arrow keys when focused)"));
}

void WipeHandle::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double middle = width() / 2.0;
    // A light line with a dark outline stays visible on any picture.
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3));
    painter.drawLine(QPointF(middle, 0), QPointF(middle, height()));
    painter.setPen(QPen(QColor(255, 255, 255), 1));
    painter.drawLine(QPointF(middle, 0), QPointF(middle, height()));
    const QRectF grip(0.5, height() / 2.0 - 18, width() - 1.0, 36);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 1));
    painter.setBrush(hasFocus() ? QColor(80, 160, 255) : QColor(240, 240, 240));
    painter.drawRoundedRect(grip, 4, 4);
}

void WipeHandle::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    event->accept();
}

void WipeHandle::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    Q_EMIT dragged(int(std::lround(mapToParent(event->position()).x())));
    event->accept();
}

void WipeHandle::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        Q_EMIT dragged(int(std::lround(mapToParent(event->position()).x())));
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void WipeHandle::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) {
        Q_EMIT stepped(event->key() == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hires::ui

#include "moc_wipe_view.cpp"
