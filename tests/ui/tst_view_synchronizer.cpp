// ViewSynchronizer with real events: wheel zoom at the cursor in one pane
// moves the other, drag pan, presets, images of different sizes (pixel-locked
// by their ratio), hidden views following without leading.
#include "ui/views/image_view.h"
#include "ui/views/view_synchronizer.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace hires::ui;

namespace {

QImage pattern(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x * y) % 256));
    return image;
}

void wheel(QWidget* widget, const QPointF& at, int notches)
{
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

bool near(const QPointF& a, const QPointF& b, double tolerance = 1e-6)
{
    return std::abs(a.x() - b.x()) < tolerance && std::abs(a.y() - b.y()) < tolerance;
}

} // namespace

class TstViewSynchronizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_window = new QWidget;
        auto* layout = new QHBoxLayout(m_window);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        m_a = new ImageView;
        m_b = new ImageView;
        layout->addWidget(m_a);
        layout->addWidget(m_b);
        m_window->resize(640, 240);
        m_sync = new ViewSynchronizer(m_window);
        m_sync->addView(m_a);
        m_sync->addView(m_b);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
    void cleanup() { delete m_window; }

    void wheelZoomInOnePaneMovesTheOther()
    {
        m_a->setImage(pattern(800, 600));
        m_b->setImage(pattern(800, 600));
        QCOMPARE(m_a->size(), m_b->size());
        const QPointF cursor(200, 60);
        const QPointF underCursor = m_a->mapToSource(cursor);
        wheel(m_a, cursor, 3);
        QVERIFY(m_a->zoom() > m_a->fitZoom());
        // Zoomed at the cursor: the same image point stays under it.
        QVERIFY(near(m_a->mapToSource(cursor), underCursor, 1e-3));
        QCOMPARE(m_b->zoom(), m_a->zoom());
        QVERIFY(near(m_b->centre(), m_a->centre()));
        // The other pane shows the same source point at the same place in it.
        QVERIFY(near(m_b->mapToSource(cursor), underCursor, 1e-3));

        wheel(m_b, QPointF(50, 200), -1); // back out, from the other pane
        QCOMPARE(m_a->zoom(), m_b->zoom());
        QVERIFY(near(m_a->centre(), m_b->centre()));
    }

    void dragPanMovesBoth()
    {
        m_a->setImage(pattern(800, 600));
        m_b->setImage(pattern(800, 600));
        m_sync->setZoomAll(2.0);
        const QPointF before = m_b->centre();
        QTest::mousePress(m_a, Qt::LeftButton, {}, QPoint(150, 120));
        QTest::mouseMove(m_a, QPoint(110, 100));
        QTest::mouseMove(m_a, QPoint(90, 90));
        QTest::mouseRelease(m_a, Qt::LeftButton, {}, QPoint(90, 90));
        // 60 and 30 widget pixels at zoom 2 are 30 and 15 image pixels.
        const double scale = 2.0 / m_a->devicePixelRatioF();
        QVERIFY(near(m_b->centre(), before + QPointF(60, 30) / scale, 1e-6));
        QVERIFY(near(m_a->centre(), m_b->centre()));
    }

    void differentSizesArePixelLocked()
    {
        m_a->setImage(pattern(200, 150)); // the input
        m_b->setImage(pattern(800, 600)); // its x4 upscale
        m_sync->fitAll();
        const QPointF cursor(120, 100);
        wheel(m_b, cursor, 4);
        QVERIFY(std::abs(m_a->zoom() - 4.0 * m_b->zoom()) < 1e-9);
        // The same point of the picture under the same place of each pane.
        const QPointF inB = m_b->mapToSource(cursor);
        const QPointF inA = m_a->mapToSource(cursor);
        QVERIFY2(near(inA * 4.0, inB, 1e-3), qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                                                            .arg(inA.x() * 4)
                                                            .arg(inA.y() * 4)
                                                            .arg(inB.x())
                                                            .arg(inB.y())));
        QCOMPARE(ViewSynchronizer::mapBetween(m_a, m_b, QPointF(10, 20)), QPointF(40, 80));
    }

    void presets_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::newRow("1:1") << 1.0;
        QTest::newRow("2x") << 2.0;
        QTest::newRow("4x") << 4.0;
    }
    void presets()
    {
        QFETCH(double, zoom);
        m_a->setImage(pattern(400, 300));
        m_b->setImage(pattern(800, 600));
        wheel(m_b, QPointF(10, 10), 1); // the right pane leads
        QCOMPARE(m_sync->leader(), m_b);
        m_sync->setZoomAll(zoom);
        QCOMPARE(m_b->zoom(), zoom);
        QCOMPARE(m_a->zoom(), zoom * 2.0);
        m_sync->fitAll();
        QVERIFY(m_b->isFitMode());
        QVERIFY(std::abs(m_a->zoom() - 2.0 * m_b->zoom()) < 1e-9);
    }

    void hiddenViewFollowsButDoesNotLead()
    {
        auto* hidden = new ImageView(m_window); // never shown
        hidden->resize(320, 240);
        m_sync->addView(hidden);
        hidden->setImage(pattern(800, 600));
        m_a->setImage(pattern(800, 600));
        m_b->setImage(pattern(800, 600));
        wheel(m_a, QPointF(100, 100), 2);
        QCOMPARE(hidden->zoom(), m_a->zoom());
        const double zoom = m_a->zoom();
        hidden->setViewport(zoom * 3, QPointF(10, 10));
        QCOMPARE(m_a->zoom(), zoom);
        QCOMPARE(m_sync->views().size(), 3);
        delete hidden;
        QCOMPARE(m_sync->views().size(), 2);
    }

private:
    QWidget* m_window = nullptr;
    ImageView* m_a = nullptr;
    ImageView* m_b = nullptr;
    ViewSynchronizer* m_sync = nullptr;
};

QTEST_MAIN(TstViewSynchronizer)
#include "tst_view_synchronizer.moc"
