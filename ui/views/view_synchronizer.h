// ViewSynchronizer: keeps the zoom and pan of several ImageViews locked to
// the same source coordinates. GUI thread only.
//
// Whenever a visible view's viewport changes (wheel zoom at the cursor, drag
// pan, keyboard, a preset, a resize), every other view gets the same place:
// images of different sizes (an input next to its x4 upscale) are mapped by
// the ratio of their sizes, so both panes show the same part of the picture
// at the same size on screen, each view drawing its own pixels (nearest
// neighbour when magnified, see ImageView). Hidden views follow too, so a
// mode switch shows the same place. The synchroniser owns no view; a view
// destroyed is dropped.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QPointF>

namespace hires::ui {

class ImageView;

class ViewSynchronizer : public QObject
{
    Q_OBJECT
public:
    explicit ViewSynchronizer(QObject* parent = nullptr);

    void addView(ImageView* view);
    void removeView(ImageView* view);
    QList<ImageView*> views() const;

    // The visible view that changed last (presets act on it), or the first visible one.
    ImageView* leader() const;

    // Presets, applied to the leader about its middle and spread to the others.
    void fitAll();
    void setZoomAll(double zoom); // 1.0 = the leader's image at actual pixels
    // Makes every other view show what `source` shows.
    void syncFrom(ImageView* source);

    // Where `point` of `from`'s image lies in `to`'s image (the ratio of their sizes).
    static QPointF mapBetween(const ImageView* from, const ImageView* to, const QPointF& point);

private:
    void onViewportChanged(ImageView* source);

    QList<QPointer<ImageView>> m_views;
    QPointer<ImageView> m_leader;
    bool m_syncing = false;
};

} // namespace hires::ui
