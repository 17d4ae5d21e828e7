// The comparison page with Restore Faces, end to end on the job runner: the
// astronaut photo (skimage), the real realesrgan-x4fast and a real GFPGAN
// .pth written by Debian's torch (small, random weights), faces found by the
// Haar detector. After "LANCZOS vs Model" the faces panel lists the face; a
// face switched off makes side B the plain model output in its region, the
// weight at 0 makes B the plain model output bit for bit, zoom and pan stay
// and the difference follows; the region preview restores the faces in view;
// without a face model or without a face the right pane says why; with the
// toggle off nothing changes. With HIRES_SCREENSHOT_DIR set, it also writes
// docs/screenshots/compare-faces.png.
#include "ui/pages/comparison_page.h"

#include "core/compare/comparison.h"
#include "core/compare/difference_map.h"
#include "core/face/face_restoration_session.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "core/upscale/upscale_engine.h"
#include "support/python_reference.h"
#include "tests/ui/comparison_page_support.h"
#include "ui/image_bridge.h"
#include "ui/main_window.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_page.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"
#include "ui/views/face_review_panel.h"
#include "ui/views/image_view.h"
#include "ui/views/view_synchronizer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>

using namespace hires;
using namespace hires::ui;
using hires::test::dataFile;
using hires::test::fastModel;

namespace {

double maxDiff(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a, b, cv::NORM_INF);
}

constexpr int kTimeoutMs = 300000;

} // namespace

class TstComparisonPageFaces : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    JobRunner m_runner;
    std::unique_ptr<Settings> m_settings;
    ComparisonPage* m_page = nullptr;
    QString m_faceModel;
    QString m_astronaut;
    cv::Mat m_plain; // the model's x2 output of the astronaut, no faces restored

    bool compare()
    {
        QSignalSpy shown(m_page, &ComparisonPage::comparisonShown);
        m_page->compareAction()->trigger();
        return QTest::qWaitFor([&] { return shown.count() == 1; }, kTimeoutMs);
    }
    const Comparison* shown() const { return m_page->view()->comparison(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(fastModel().file));
        m_astronaut = dataFile("photos/astronaut.png");
        QVERIFY(QFile::exists(m_astronaut));
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("model-files"), m_dir.path()});
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
        m_faceModel = m_dir.filePath(QStringLiteral("gfpgan_small.pth"));

        // The reference: the same model, options and scale, without faces.
        const Result<Image> input = readImageFile(m_astronaut);
        QVERIFY(input.ok());
        const Result<UpscaleResult> plain = test::plainModelRun(*input, 2.0);
        QVERIFY2(plain.ok(), test::errorText(plain).constData());
        m_plain = plain->image.pixels;
        QCOMPARE(m_plain.size(), cv::Size(1024, 1024));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_page = new ComparisonPage(m_runner, *m_settings);
        m_page->setModels({fastModel()});
        UpscaleOptions options;
        options.tile = UpscaleOptions::kWholeImage; // the same pixels as the reference
        m_page->setUpscaleOptions(options);
        m_page->setScale(2.0);
        m_page->setFaceModel(m_faceModel);
        m_page->resize(1300, 760);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
    }
    void cleanup()
    {
        delete m_page;
        m_page = nullptr;
        QTRY_VERIFY(!m_runner.isBusy());
    }

    void facesAreReviewedOnTheModelSide()
    {
        FaceReviewPanel* panel = m_page->faceReviewPanel();
        QVERIFY(!panel->isVisibleTo(m_page));
        QVERIFY(m_page->restoreFacesAction()->isEnabled());
        QVERIFY(!m_page->faceWeightBox()->isEnabled()); // until the toggle is on
        m_page->restoreFacesAction()->trigger();
        QVERIFY(m_page->restoreFacesAction()->isChecked());
        QVERIFY(m_page->faceWeightBox()->isEnabled());
        m_page->faceWeightBox()->setValue(1.0);
        QVERIFY(m_page->openInput(m_astronaut));
        QVERIFY(compare());

        const Comparison* c = shown();
        QVERIFY(c);
        QVERIFY(c->faces);
        QVERIFY(panel->isVisibleTo(m_page));
        QVERIFY(panel->faceCount() >= 1);
        QCOMPARE(c->b.image.pixels.size(), cv::Size(1024, 1024));
        // The session holds the plain model output; B has the restored faces.
        QCOMPARE(maxDiff(c->faces->original().pixels, m_plain), 0.0);
        const cv::Rect face = c->faces->region(0);
        QVERIFY(!face.empty());
        QVERIFY(maxDiff(c->b.image.pixels(face), m_plain(face)) > 0);
        QVERIFY2(m_page->statusText().contains(QStringLiteral("restored")),
                 qPrintable(m_page->statusText()));
        const QString right = m_page->view()->infoLabel(1)->text();
        QVERIFY2(right.contains(QStringLiteral("faces restored by gfpgan")), qPrintable(right));

        // Look closely at the face: zoom and pan must survive every change.
        ComparisonView* view = m_page->view();
        view->leftView()->setViewport(2.0, QPointF(face.x + face.width / 2.0, face.y + 40.0));
        view->synchronizer()->syncFrom(view->leftView());
        const double zoom = view->rightView()->zoom();
        const QPointF centre = view->rightView()->centre();

        // Face 1 off: side B is the plain model output in its region.
        QSignalSpy applied(m_page, &ComparisonPage::facesApplied);
        panel->faceCheckBox(0)->click();
        QTRY_COMPARE(applied.count(), 1);
        c = shown();
        QCOMPARE(maxDiff(c->b.image.pixels(face), m_plain(face)), 0.0);
        QCOMPARE(maxDiff(c->alignedB(face), m_plain(face)), 0.0);
        QCOMPARE(view->rightView()->zoom(), zoom);
        QCOMPARE(view->rightView()->centre(), centre);
        // The right pane and the difference show the new B.
        const cv::Mat paneB = toMat(view->rightView()->image());
        QCOMPARE(maxDiff(paneB(face), m_plain(face)), 0.0);
        const Result<cv::Mat> expected = differenceMap(c->alignedA, m_plain, c->gain);
        QVERIFY(expected.ok());
        QCOMPARE(maxDiff(toMat(view->differenceView()->image())(face), (*expected)(face)), 0.0);

        // On again, then the weight at 0: B is the plain model output bit for bit.
        panel->faceCheckBox(0)->click();
        QTRY_COMPARE(applied.count(), 2);
        QVERIFY(maxDiff(shown()->b.image.pixels(face), m_plain(face)) > 0);
        panel->weightSlider()->setValue(0);
        QTRY_COMPARE(applied.count(), 3);
        QCOMPARE(maxDiff(shown()->b.image.pixels, m_plain), 0.0);
        QCOMPARE(shown()->b.image.pixels.type(), m_plain.type());
        QCOMPARE(view->rightView()->zoom(), zoom);

        // Toggle off: the next comparison is the plain one, and no panel.
        m_page->restoreFacesAction()->trigger();
        QVERIFY(!m_page->faceWeightBox()->isEnabled());
        QVERIFY(compare());
        QVERIFY(!shown()->faces);
        QVERIFY(!panel->isVisibleTo(m_page));
        QCOMPARE(panel->faceCount(), 0);
        QCOMPARE(maxDiff(shown()->b.image.pixels, m_plain), 0.0);
        QVERIFY(!shown()->b.provenance.details.contains(QStringLiteral("face_restoration")));
        QVERIFY(!m_page->statusText().contains(QStringLiteral("face")));
    }

    void regionPreviewRestoresTheFacesInView()
    {
        m_page->setRestoreFaces(true, 1.0);
        QVERIFY(m_page->openInput(m_astronaut));
        ComparisonView* view = m_page->view();
        view->applyPreset(ComparisonView::ZoomPreset::Double);
        view->leftView()->setCentre(QPointF(230, 125)); // the astronaut's face
        view->synchronizer()->syncFrom(view->leftView());
        QSignalSpy shownSpy(m_page, &ComparisonPage::comparisonShown);
        m_page->previewAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shownSpy.count(), 1, kTimeoutMs);
        const Comparison* c = shown();
        QVERIFY(!c->region.empty());
        QVERIFY(c->faces);
        FaceReviewPanel* panel = m_page->faceReviewPanel();
        QVERIFY(panel->isVisibleTo(m_page));
        QVERIFY(panel->faceCount() >= 1);
        // B in the region is the session's image there; outside, LANCZOS.
        const cv::Rect to(c->facesAt, c->facesFrom.size());
        QCOMPARE(to, c->region);
        QCOMPARE(maxDiff(c->b.image.pixels(to), c->faces->current().pixels(c->facesFrom)), 0.0);
        const cv::Mat before = c->b.image.pixels.clone();
        QSignalSpy applied(m_page, &ComparisonPage::facesApplied);
        panel->weightSlider()->setValue(0);
        QTRY_COMPARE(applied.count(), 1);
        c = shown();
        QCOMPARE(maxDiff(c->b.image.pixels(to), c->faces->original().pixels(c->facesFrom)), 0.0);
        cv::Mat outside = before.clone();
        c->b.image.pixels(to).copyTo(outside(to));
        QCOMPARE(maxDiff(c->b.image.pixels, outside), 0.0); // nothing else changed
    }

    void missingFaceModelIsSaidInTheRightPane()
    {
        m_page->setFaceModel(m_dir.filePath(QStringLiteral("missing/GFPGANv1.4.pth")));
        m_page->setRestoreFaces(true, 0.8);
        QVERIFY(m_page->openInput(m_astronaut));
        QVERIFY(compare());
        const Comparison* c = shown();
        QCOMPARE(maxDiff(c->b.image.pixels, m_plain), 0.0); // the model ran, the faces stayed
        QCOMPARE(c->b.provenance.used, QStringLiteral("realesrgan-x4fast"));
        const QString right = m_page->view()->infoLabel(1)->text();
        QVERIFY2(right.contains(QStringLiteral("faces not restored")) &&
                     right.contains(QStringLiteral("gfpgan-v1.4")) &&
                     right.contains(QStringLiteral("GFPGANv1.4.pth")),
                 qPrintable(right));
        const QString status = m_page->statusText();
        QVERIFY2(status.contains(QStringLiteral("not restored")) &&
                     !status.contains(QStringLiteral("model could not run")),
                 qPrintable(status));
        // The faces were found: listed, but nothing to switch.
        FaceReviewPanel* panel = m_page->faceReviewPanel();
        QVERIFY(panel->faceCount() >= 1);
        QVERIFY(!panel->faceCheckBox(0)->isEnabled());
    }

    void noFaceIsSaidAndNoPanel()
    {
        const QString file = m_dir.filePath(QStringLiteral("sky.png"));
        cv::Mat sky(48, 64, CV_8UC3);
        for (int y = 0; y < sky.rows; ++y)
            sky.row(y).setTo(cv::Scalar(200, 150 + y, 90));
        QVERIFY(saveImage(Image{sky, {}, {}}, file, EncodeOptions{}).ok());
        m_page->setRestoreFaces(true, 1.0);
        QVERIFY(m_page->openInput(file));
        QVERIFY(compare());
        QVERIFY(!shown()->faces);
        QVERIFY(!m_page->faceReviewPanel()->isVisibleTo(m_page));
        QVERIFY2(m_page->statusText().contains(QStringLiteral("No face was found")),
                 qPrintable(m_page->statusText()));
        QVERIFY(m_page->view()->infoLabel(1)->text().contains(QStringLiteral("no face found")));
    }

    void screenshot()
    {
        const QString folder = qEnvironmentVariable("HIRES_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set HIRES_SCREENSHOT_DIR to write the screenshot");
        Settings settings(m_dir.filePath(QStringLiteral("shots.ini")));
        MainWindow window(settings);
        window.resize(1600, 900);
        ComparisonPage* page = window.comparisonPage();
        // The window's model scan would replace the lists: let it finish first.
        QTRY_VERIFY_WITH_TIMEOUT(!window.upscalePage()->options()->isScanning(), 60000);
        page->setModels({fastModel()});
        page->setScale(2.0);
        page->setFaceModel(m_faceModel);
        page->setRestoreFaces(true, 0.5);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewFiles({m_astronaut});
        window.compareCurrentImage();
        QSignalSpy shownSpy(page, &ComparisonPage::comparisonShown);
        page->compareWithModel();
        QTRY_COMPARE_WITH_TIMEOUT(shownSpy.count(), 1, kTimeoutMs);
        const Comparison* c = page->view()->comparison();
        QVERIFY(c && c->faces);
        QApplication::processEvents();
        QVERIFY(window.grab().save(folder + QStringLiteral("/compare-faces.png")));
    }
};

QTEST_MAIN(TstComparisonPageFaces)
#include "tst_comparison_page_faces.moc"
