// ComparisonView with real events: the slider dragged with the mouse and the
// keyboard, the difference mode's pixels on two known images, the amplification,
// wheel zoom shared across modes, the per-pane lines and accessible names.
#include "ui/views/comparison_view.h"

#include "core/compare/difference_map.h"
#include "ui/image_bridge.h"
#include "ui/views/image_view.h"
#include "ui/views/view_synchronizer.h"
#include "ui/views/wipe_view.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::ui;

namespace {

// A: flat (50, 60, 70) BGR; B: the same with red +10 on the right half.
Comparison knownPair(double gain)
{
    cv::Mat a(60, 80, CV_8UC3, cv::Scalar(50, 60, 70));
    cv::Mat b = a.clone();
    b.colRange(40, 80) += cv::Scalar(0, 0, 10);
    ComparisonSide left;
    left.label = QStringLiteral("LANCZOS");
    left.image.pixels = a;
    left.provenance.used = QStringLiteral("lanczos");
    left.provenance.addTiming(QStringLiteral("resize"), 0.25);
    ComparisonSide right;
    right.label = QStringLiteral("realesrgan-x4fast");
    right.image.pixels = b;
    right.provenance.used = QStringLiteral("lanczos");
    right.provenance.device = QStringLiteral("cpu");
    right.provenance.addFallback(QStringLiteral("realesrgan-x4fast"), QStringLiteral("lanczos"),
                                 QStringLiteral("the model file is missing"));
    cv::Mat input;
    cv::resize(a, input, cv::Size(20, 15), 0, 0, cv::INTER_AREA);
    return *Comparison::build(left, right, input, gain);
}

QRgb expectedColour(int level)
{
    const cv::Mat coloured = colourMapDifference(cv::Mat(1, 1, CV_8UC1, cv::Scalar(level)));
    const cv::Vec3b bgr = coloured.at<cv::Vec3b>(0, 0);
    return qRgb(bgr[2], bgr[1], bgr[0]);
}

} // namespace

class TstComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_view = new ComparisonView;
        m_view->resize(800, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
    }
    void cleanup() { delete m_view; }

    void differenceModeShowsExpectedPixels()
    {
        m_view->setComparison(knownPair(4.0));
        m_view->setMode(ComparisonView::Mode::Difference);
        QVERIFY(m_view->differenceView()->isVisible());
        const QImage shown = m_view->differenceView()->image();
        QCOMPARE(shown.size(), QSize(80, 60));
        // Left half: no difference (inferno's black); right half: 10 x 4 = level 40.
        QCOMPARE(shown.pixel(10, 30) & 0xffffff, expectedColour(0) & 0xffffff);
        QCOMPARE(shown.pixel(70, 30) & 0xffffff, expectedColour(40) & 0xffffff);
        QVERIFY(qRed(shown.pixel(10, 30)) < 5 && qGreen(shown.pixel(10, 30)) < 5);
        QVERIFY(qGray(shown.pixel(70, 30)) > qGray(shown.pixel(10, 30)));
    }

    void amplificationRecomputes()
    {
        m_view->setComparison(knownPair(1.0));
        m_view->setMode(ComparisonView::Mode::Difference);
        QCOMPARE(m_view->differenceView()->image().pixel(70, 30) & 0xffffff,
                 expectedColour(10) & 0xffffff);
        QSignalSpy ready(m_view, &ComparisonView::differenceReady);
        m_view->setDifferenceGain(16.0);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(m_view->differenceView()->image().pixel(70, 30) & 0xffffff,
                 expectedColour(160) & 0xffffff);
        QVERIFY(m_view->infoLabel(0)->isVisible());
    }

    void sliderDragMovesTheDivider()
    {
        m_view->setComparison(knownPair(4.0));
        m_view->setMode(ComparisonView::Mode::Slider);
        WipeView* wipe = m_view->wipeView();
        QVERIFY(wipe->isVisible());
        QCOMPARE(wipe->position(), 0.5);
        QWidget* handle = static_cast<QWidget*>(wipe->handle());
        const QPoint grip(handle->width() / 2, handle->height() / 2);
        const int startX = wipe->dividerX();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip + QPoint(60, 0));
        // The handle moved with the divider: positions are relative to where it is now.
        QTest::mouseMove(handle, QPoint(handle->width() / 2 + 100, grip.y()));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip); // where the handle now is
        QCOMPARE(wipe->dividerX(), startX + 160);
        QVERIFY(std::abs(wipe->position() - double(startX + 160) / wipe->width()) < 1e-9);
        // A is clipped at the divider, B fills the rest.
        QCOMPARE(wipe->viewA()->mask().boundingRect(), QRect(0, 0, startX + 160, wipe->height()));
        QCOMPARE(handle->x() + WipeHandle::kWidth / 2, wipe->dividerX());

        handle->setFocus();
        QTest::keyClick(handle, Qt::Key_Left);
        QVERIFY(std::abs(wipe->position() -
                         (double(startX + 160) / wipe->width() - WipeView::kKeyStep)) < 1e-9);
        wipe->setPosition(0.0);
        QVERIFY(wipe->viewA()->isHidden());
        wipe->setPosition(2.0);
        QCOMPARE(wipe->position(), 1.0);
    }

    void zoomIsSharedAcrossModes()
    {
        m_view->setComparison(knownPair(4.0));
        ImageView* left = m_view->leftView();
        const QPointF at(100, 100);
        QWheelEvent event(at, left->mapToGlobal(at), QPoint(), QPoint(0, 360), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(left, &event);
        const double zoom = left->zoom();
        QCOMPARE(m_view->rightView()->zoom(), zoom);
        m_view->setMode(ComparisonView::Mode::Slider);
        QCOMPARE(m_view->wipeView()->viewA()->zoom(), zoom);
        QCOMPARE(m_view->wipeView()->viewB()->zoom(), zoom);
        m_view->setMode(ComparisonView::Mode::Difference);
        QCOMPARE(m_view->differenceView()->zoom(), zoom);
        m_view->applyPreset(ComparisonView::ZoomPreset::Quadruple);
        for (ImageView* view : m_view->synchronizer()->views())
            QCOMPARE(view->zoom(), 4.0);
        // Nearest neighbour when magnified: the on-screen pixels are exact blocks.
        const QImage grabbed = m_view->differenceView()->grab().toImage();
        QVERIFY(!grabbed.isNull());
    }

    void perPaneInformation()
    {
        m_view->setComparison(knownPair(4.0));
        const QString left = m_view->infoLabel(0)->text();
        const QString right = m_view->infoLabel(1)->text();
        QVERIFY2(left.contains(QStringLiteral("LANCZOS")), qPrintable(left));
        QVERIFY(left.contains(QStringLiteral("0.25 s")));
        QVERIFY(left.contains(QStringLiteral("sharpness")));
        QVERIFY(left.contains(QStringLiteral("fidelity")));
        QVERIFY2(right.contains(QStringLiteral("made by lanczos")), qPrintable(right));
        QVERIFY(right.contains(QStringLiteral("on cpu")));
        QVERIFY(right.contains(QStringLiteral("Fell back: realesrgan-x4fast → lanczos (the model "
                                              "file is missing)")));
        QVERIFY(!m_view->infoLabel(1)->toolTip().isEmpty());
    }

    void accessibleNames()
    {
        for (QWidget* widget :
             {static_cast<QWidget*>(m_view->leftView()), static_cast<QWidget*>(m_view->rightView()),
              static_cast<QWidget*>(m_view->differenceView()),
              static_cast<QWidget*>(m_view->wipeView()->viewA()),
              static_cast<QWidget*>(m_view->wipeView()->viewB()),
              static_cast<QWidget*>(m_view->wipeView()->handle()),
              static_cast<QWidget*>(m_view->infoLabel(0)),
              static_cast<QWidget*>(m_view->infoLabel(1))})
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY(!static_cast<QWidget*>(m_view->wipeView()->handle())->toolTip().isEmpty());
    }

    void inputBeforeComparing()
    {
        QImage input(40, 30, QImage::Format_RGB32);
        input.fill(Qt::darkGreen);
        m_view->setInput(input, QStringLiteral("in.png"));
        QCOMPARE(m_view->leftView()->imageSize(), QSize(40, 30));
        QCOMPARE(m_view->rightView()->imageSize(), QSize(40, 30));
        QVERIFY(!m_view->comparison());
        QCOMPARE(m_view->visibleRegion(), QRectF(0, 0, 40, 30));
        m_view->clear();
        QVERIFY(!m_view->hasImages());
    }

private:
    ComparisonView* m_view = nullptr;
};

QTEST_MAIN(TstComparisonView)
#include "tst_comparison_view.moc"
