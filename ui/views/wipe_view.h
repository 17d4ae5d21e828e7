// WipeView: the slider (wipe) comparison. Two ImageViews lie exactly on top
// of each other; the first ("A") is shown left of a vertical divider, the
// second ("B") right of it, and the divider is dragged with the mouse (or
// moved with the arrow keys when its handle has focus). GUI thread only.
//
// Both views keep their full behaviour (wheel zoom, drag pan, pixel hover):
// the top one is clipped with a widget mask, so events on the right reach the
// bottom one. Keeping their viewports equal is the ViewSynchronizer's job;
// the WipeView only positions, clips and draws the divider.
#pragma once

#include <QWidget>

namespace hires::ui {

class ImageView;
class WipeHandle;

class WipeView : public QWidget
{
    Q_OBJECT
public:
    static constexpr double kKeyStep = 0.02; // share of the width per arrow key

    explicit WipeView(QWidget* parent = nullptr);

    ImageView* viewA() const { return m_a; }
    ImageView* viewB() const { return m_b; }
    WipeHandle* handle() const { return m_handle; }

    // 0: all B, 1: all A.
    double position() const { return m_position; }
    void setPosition(double position);
    // The divider's x in this widget's coordinates.
    int dividerX() const;

Q_SIGNALS:
    void positionChanged(double position);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    ImageView* m_b; // below, whole widget
    ImageView* m_a; // above, masked to the left of the divider
    WipeHandle* m_handle;
    double m_position = 0.5;
};

// The divider's grip: a narrow strip that follows the mouse while pressed.
class WipeHandle : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kWidth = 14;

    explicit WipeHandle(QWidget* parent = nullptr);

Q_SIGNALS:
    // x in the parent's coordinates.
    void dragged(int x);
    void stepped(int direction); // -1 left, +1 right

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool m_dragging = false;
};

} // namespace hires::ui
