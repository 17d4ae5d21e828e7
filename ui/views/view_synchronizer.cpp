#include "ui/views/view_synchronizer.h"

#include "ui/views/image_view.h"

namespace hires::ui {

ViewSynchronizer::ViewSynchronizer(QObject* parent)
    : QObject(parent)
{}

void ViewSynchronizer::addView(ImageView* view)
{
    if (!view || m_views.contains(view))
        return;
    m_views.append(view);
    // Both: a small image zoomed inside its pane changes its zoom but not its visible rect.
    connect(view, &ImageView::viewportChanged, this, [this, view] { onViewportChanged(view); });
    connect(view, &ImageView::zoomChanged, this, [this, view] { onViewportChanged(view); });
    connect(view, &QObject::destroyed, this,
            [this] { m_views.removeIf([](const QPointer<ImageView>& v) { return v.isNull(); }); });
    if (ImageView* lead = leader(); lead && lead != view)
        syncFrom(lead);
}

void ViewSynchronizer::removeView(ImageView* view)
{
    m_views.removeAll(view);
    if (view)
        disconnect(view, nullptr, this, nullptr);
}

QList<ImageView*> ViewSynchronizer::views() const
{
    QList<ImageView*> list;
    for (const QPointer<ImageView>& view : m_views)
        if (view)
            list.append(view);
    return list;
}

ImageView* ViewSynchronizer::leader() const
{
    if (m_leader && m_leader->isVisible() && m_views.contains(m_leader))
        return m_leader;
    for (const QPointer<ImageView>& view : m_views)
        if (view && view->isVisible() && view->hasImage())
            return view;
    for (const QPointer<ImageView>& view : m_views)
        if (view && view->hasImage())
            return view;
    return nullptr;
}

void ViewSynchronizer::fitAll()
{
    if (ImageView* lead = leader()) {
        lead->fitToWindow();
        syncFrom(lead);
    }
}

void ViewSynchronizer::setZoomAll(double zoom)
{
    if (ImageView* lead = leader()) {
        lead->setZoom(zoom);
        syncFrom(lead);
    }
}

QPointF ViewSynchronizer::mapBetween(const ImageView* from, const ImageView* to,
                                     const QPointF& point)
{
    const QSize a = from->imageSize();
    const QSize b = to->imageSize();
    if (a.isEmpty() || b.isEmpty())
        return point;
    return QPointF(point.x() * b.width() / a.width(), point.y() * b.height() / a.height());
}

void ViewSynchronizer::syncFrom(ImageView* source)
{
    if (!source || !source->hasImage() || m_syncing)
        return;
    m_syncing = true;
    for (const QPointer<ImageView>& view : m_views) {
        if (!view || view == source || !view->hasImage())
            continue;
        // The same on-screen size: a k-times larger image needs 1/k the zoom.
        const double ratio = double(view->imageSize().width()) / source->imageSize().width();
        if (source->isFitMode() && view->size() == source->size() &&
            view->imageSize() == source->imageSize())
            view->fitToWindow();
        else
            view->setViewport(source->zoom() / ratio, mapBetween(source, view, source->centre()));
    }
    m_syncing = false;
}

void ViewSynchronizer::onViewportChanged(ImageView* source)
{
    // A hidden view changes when it is resized on being shown: it follows, it does not lead.
    if (m_syncing || !source->isVisible())
        return;
    m_leader = source;
    syncFrom(source);
}

} // namespace hires::ui
