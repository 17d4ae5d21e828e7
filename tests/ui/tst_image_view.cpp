#include "ui/views/image_view.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <cmath>

using namespace hires::ui;

namespace {

// Every pixel has its own colour: red/green hold x and y modulo 256, blue the
// high bits, so a screenshot tells which source pixel was drawn where.
QImage coordinateImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            row[x] = qRgb(x & 255, y & 255, ((x >> 8) << 4) | (y >> 8));
    }
    return image;
}

QPoint decode(QRgb colour)
{
    return QPoint(qRed(colour) + 256 * (qBlue(colour) >> 4),
                  qGreen(colour) + 256 * (qBlue(colour) & 15));
}

QImage checkerImage(int size)
{
    QImage image(size, size, QImage::Format_Grayscale8);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            image.scanLine(y)[x] = ((x + y) & 1) ? 255 : 0;
    return image;
}

void sendWheel(QWidget* widget, const QPointF& pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void sendMouse(QWidget* widget, QEvent::Type type, const QPointF& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

void drag(QWidget* widget, const QPointF& from, const QPointF& to)
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, (from + to) / 2, Qt::NoButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
}

QRgb shownAt(ImageView& view, const QPoint& pos)
{
    return view.grab().toImage().pixel(pos);
}

double distance(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

} // namespace

class TestImageView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ImageView> m_view;

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<ImageView>();
        m_view->resize(400, 300);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }
    void cleanup() { m_view.reset(); }

    void fitPersistsAcrossResizes()
    {
        QSignalSpy zoomSpy(m_view.get(), &ImageView::zoomChanged);
        m_view->setImage(coordinateImage(1000, 500));
        QVERIFY(m_view->isFitMode());
        QCOMPARE(m_view->zoom(), 0.4); // 400 / 1000 limits
        QCOMPARE(m_view->visibleSourceRect(), QRectF(0, 0, 1000, 500));
        QCOMPARE(zoomSpy.last().at(0).toDouble(), 0.4);

        m_view->resize(800, 600);
        QCOMPARE(m_view->zoom(), 0.8);
        QVERIFY(m_view->isFitMode());
        // Fit never enlarges beyond actual pixels.
        m_view->resize(1500, 900);
        QCOMPARE(m_view->zoom(), 1.0);
        m_view->setImage(coordinateImage(100, 50));
        QCOMPARE(m_view->zoom(), 1.0);
    }

    void actualSizeShowsSourcePixels()
    {
        m_view->setImage(coordinateImage(1000, 500));
        QSignalSpy fitSpy(m_view.get(), &ImageView::fitModeChanged);
        m_view->actualSize();
        QCOMPARE(m_view->zoom(), 1.0);
        QVERIFY(!m_view->isFitMode());
        QCOMPARE(fitSpy.size(), 1);
        QCOMPARE(fitSpy.first().at(0).toBool(), false);
        // 1:1 about the middle: the widget centre shows the image centre, and
        // neighbouring screen pixels show neighbouring source pixels.
        const QImage shot = m_view->grab().toImage();
        QCOMPARE(decode(shot.pixel(200, 150)), QPoint(500, 250));
        QCOMPARE(decode(shot.pixel(201, 150)), QPoint(501, 250));
        QCOMPARE(decode(shot.pixel(0, 0)), QPoint(300, 100));
        QCOMPARE(m_view->visibleSourceRect(), QRectF(300, 100, 400, 300));

        m_view->fitToWindow();
        QVERIFY(m_view->isFitMode());
        QCOMPARE(m_view->zoom(), 0.4);
    }

    void wheelKeepsPixelUnderCursor_data()
    {
        QTest::addColumn<QPoint>("cursor");
        QTest::addColumn<QList<int>>("notches");
        QTest::newRow("centre, in") << QPoint(200, 150) << QList<int>{120, 120, 120};
        QTest::newRow("top left, in") << QPoint(13, 7) << QList<int>{120, 240, 120};
        QTest::newRow("bottom right, in") << QPoint(390, 290) << QList<int>{360};
        QTest::newRow("in then out") << QPoint(77, 211) << QList<int>{480, -120, -240};
        QTest::newRow("out below 1:1") << QPoint(300, 40) << QList<int>{-120, -120, -120};
        QTest::newRow("touchpad fraction") << QPoint(123, 45) << QList<int>{15, 30, 45, -10};
    }
    void wheelKeepsPixelUnderCursor()
    {
        QFETCH(QPoint, cursor);
        QFETCH(QList<int>, notches);
        m_view->setImage(coordinateImage(2048, 2048));
        m_view->actualSize();
        const QPointF anchored = m_view->mapToSource(cursor);
        const QPoint pixel = decode(shownAt(*m_view, cursor));
        QCOMPARE(QPointF(pixel), anchored); // at 1:1 the mapping and the drawing agree

        double expectedZoom = 1.0;
        for (int delta : notches) {
            QSignalSpy spy(m_view.get(), &ImageView::viewportChanged);
            sendWheel(m_view.get(), cursor, delta);
            expectedZoom *= std::pow(ImageView::kWheelStep, delta / 120.0);
            QVERIFY(qAbs(m_view->zoom() - expectedZoom) < 1e-9);
            QVERIFY(!m_view->isFitMode());
            QCOMPARE(spy.size(), 1);
            QVERIFY2(distance(m_view->mapToSource(cursor), anchored) < 0.5,
                     qPrintable(QStringLiteral("moved to %1,%2")
                                    .arg(m_view->mapToSource(cursor).x())
                                    .arg(m_view->mapToSource(cursor).y())));
            if (m_view->zoom() >= 1.0) // reduced views blend pixels
                QCOMPARE(decode(shownAt(*m_view, cursor)), pixel);
        }
    }

    void dragPansByTheDraggedAmount()
    {
        m_view->setImage(coordinateImage(2048, 2048));
        m_view->setZoom(2.0);
        const QPoint from(100, 100);
        const QPoint to(163, 141);
        const QPointF grabbed = m_view->mapToSource(from);
        const QPoint pixel = decode(shownAt(*m_view, from));
        const QPointF centreBefore = m_view->centre();
        QSignalSpy spy(m_view.get(), &ImageView::viewportChanged);

        drag(m_view.get(), from, to);

        QCOMPARE(spy.size(), 2); // one per move
        QVERIFY(distance(m_view->mapToSource(to), grabbed) < 1e-9);
        QCOMPARE(decode(shownAt(*m_view, to)), pixel); // the content followed the mouse
        QVERIFY(distance(m_view->centre(), centreBefore - QPointF(63, 41) / 2.0) < 1e-9);
        QCOMPARE(m_view->zoom(), 2.0);
    }

    void dragStopsAtImageEdges()
    {
        m_view->setImage(coordinateImage(1000, 1000));
        m_view->actualSize();
        drag(m_view.get(), QPoint(10, 10), QPoint(390, 290)); // far towards the top left
        drag(m_view.get(), QPoint(10, 10), QPoint(390, 290));
        QCOMPARE(m_view->centre(), QPointF(200, 150));
        QCOMPARE(decode(shownAt(*m_view, QPoint(0, 0))), QPoint(0, 0));
        // No panning when the image fits.
        m_view->fitToWindow();
        drag(m_view.get(), QPoint(100, 100), QPoint(300, 200));
        QCOMPARE(m_view->centre(), QPointF(500, 500));
    }

    void nearestWhenMagnifiedSmoothWhenReduced()
    {
        m_view->setImage(checkerImage(512));
        QVERIFY(m_view->zoom() < 1.0);
        QImage shot = m_view->grab().toImage();
        for (int x = 190; x < 210; ++x) {
            const int gray = qGray(shot.pixel(x, 150));
            QVERIFY2(gray > 80 && gray < 175, qPrintable(QString::number(gray)));
        }

        m_view->setZoom(3.0);
        shot = m_view->grab().toImage();
        for (int x = 100; x < 130; ++x) {
            const int gray = qGray(shot.pixel(x, 150));
            QVERIFY2(gray == 0 || gray == 255, qPrintable(QString::number(gray)));
        }
        // Each source pixel is a 3x3 block: a row has runs of exactly 3.
        const QPoint first(m_view->mapFromSource(QPointF(256, 256)).toPoint());
        const QRgb colour = shot.pixel(first);
        QCOMPARE(shot.pixel(first + QPoint(2, 2)), colour);
        QVERIFY(shot.pixel(first + QPoint(3, 0)) != colour);
        QVERIFY(shot.pixel(first - QPoint(1, 0)) != colour);
    }

    void zoomLadder()
    {
        m_view->setImage(coordinateImage(1000, 1000)); // fit: 0.3
        m_view->zoomIn();
        QCOMPARE(m_view->zoom(), 1.0 / 3.0);
        m_view->actualSize();
        m_view->zoomIn();
        QCOMPARE(m_view->zoom(), 1.5);
        m_view->zoomIn();
        QCOMPARE(m_view->zoom(), 2.0);
        m_view->zoomOut();
        m_view->zoomOut();
        QCOMPARE(m_view->zoom(), 1.0);
        m_view->zoomOut();
        QCOMPARE(m_view->zoom(), 2.0 / 3.0);
        m_view->setZoom(1e6);
        QCOMPARE(m_view->zoom(), ImageView::kMaxZoom);
        m_view->setZoom(1e-6);
        QCOMPARE(m_view->zoom(), ImageView::kMinZoom);
        // A huge image can still be fitted below the usual minimum.
        m_view->setImage(QImage(20000, 10, QImage::Format_Grayscale8));
        QCOMPARE(m_view->zoom(), 0.02);
        QCOMPARE(m_view->minimumZoom(), 0.02);
    }

    void hoverReportsPixel()
    {
        m_view->setImage(coordinateImage(100, 50)); // centred at 1:1: x 150..249, y 125..174
        QSignalSpy spy(m_view.get(), &ImageView::pixelHovered);
        sendMouse(m_view.get(), QEvent::MouseMove, QPoint(160, 130), Qt::NoButton, Qt::NoButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.last().at(0).toPoint(), QPoint(10, 5));
        QCOMPARE(decode(shownAt(*m_view, QPoint(160, 130))), QPoint(10, 5));
        sendMouse(m_view.get(), QEvent::MouseMove, QPoint(160, 130), Qt::NoButton, Qt::NoButton);
        QCOMPARE(spy.size(), 1); // same pixel: no repeat
        sendMouse(m_view.get(), QEvent::MouseMove, QPoint(5, 5), Qt::NoButton, Qt::NoButton);
        QCOMPARE(spy.last().at(0).toPoint(), QPoint(-1, -1));
        sendMouse(m_view.get(), QEvent::MouseMove, QPoint(249, 174), Qt::NoButton, Qt::NoButton);
        QCOMPARE(spy.last().at(0).toPoint(), QPoint(99, 49));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(m_view.get(), &leave);
        QCOMPARE(spy.last().at(0).toPoint(), QPoint(-1, -1));
    }

    void doubleClickTogglesFitAndActualSize()
    {
        m_view->setImage(coordinateImage(2048, 2048));
        const QPoint at(120, 80);
        const QPointF under = m_view->mapToSource(at);
        sendMouse(m_view.get(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
        QCOMPARE(m_view->zoom(), 1.0);
        QVERIFY(distance(m_view->mapToSource(at), under) < 0.5);
        sendMouse(m_view.get(), QEvent::MouseButtonDblClick, at, Qt::LeftButton, Qt::LeftButton);
        QVERIFY(m_view->isFitMode());
    }

    void arrowKeysPan()
    {
        m_view->setImage(coordinateImage(2048, 2048));
        m_view->actualSize();
        const QPointF before = m_view->centre();
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QCOMPARE(m_view->centre(), before + QPointF(50, 0));
        QTest::keyClick(m_view.get(), Qt::Key_Up);
        QCOMPARE(m_view->centre(), before + QPointF(50, -37.5));
    }

    void transparencyOverCheckerboard()
    {
        QImage transparent(300, 200, QImage::Format_ARGB32);
        transparent.fill(Qt::transparent);
        m_view->setImage(transparent);
        const QImage shot = m_view->grab().toImage();
        const int inside = qGray(shot.pixel(200, 150));
        QVERIFY2(inside == 153 || inside == 204, qPrintable(QString::number(inside)));
        QCOMPARE(qGray(shot.pixel(5, 5)), qGray(qRgb(48, 48, 48))); // outside: background
    }

    void emptyViewShowsPlaceholder()
    {
        m_view->setImage(coordinateImage(64, 64));
        m_view->clear();
        QVERIFY(!m_view->hasImage());
        auto differentPixels = [this] {
            const QImage shot = m_view->grab().toImage();
            int count = 0;
            for (int y = 0; y < shot.height(); ++y)
                for (int x = 0; x < shot.width(); ++x)
                    count += shot.pixel(x, y) != shot.pixel(0, 0);
            return count;
        };
        QCOMPARE(differentPixels(), 0);
        m_view->setPlaceholderText(QStringLiteral("Drop images here"));
        QVERIFY(differentPixels() > 50);
        // Events on an empty view do nothing (and do not crash).
        sendWheel(m_view.get(), QPoint(10, 10), 120);
        drag(m_view.get(), QPoint(10, 10), QPoint(50, 50));
        QCOMPARE(m_view->zoom(), 1.0);
    }

    void twoViewsCanBeSynchronised()
    {
        // What a comparison view's synchroniser does, with nothing but the public API.
        ImageView other;
        other.resize(400, 300);
        other.show();
        m_view->setImage(coordinateImage(2048, 2048));
        other.setImage(coordinateImage(2048, 2048));
        auto follow = [](ImageView* from, ImageView* to) {
            QObject::connect(from, &ImageView::viewportChanged, to,
                             [from, to] { to->setViewport(from->zoom(), from->centre()); });
        };
        follow(m_view.get(), &other);
        follow(&other, m_view.get());
        sendWheel(m_view.get(), QPoint(50, 60), 240);
        QCOMPARE(other.zoom(), m_view->zoom());
        QCOMPARE(other.centre(), m_view->centre());
        drag(&other, QPoint(200, 200), QPoint(150, 120));
        QCOMPARE(m_view->centre(), other.centre());
        QCOMPARE(decode(shownAt(*m_view, QPoint(33, 44))), decode(shownAt(other, QPoint(33, 44))));
    }
};

QTEST_MAIN(TestImageView)
#include "tst_image_view.moc"
