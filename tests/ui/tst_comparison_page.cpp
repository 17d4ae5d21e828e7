// The comparison page end to end, on the job runner, with the real
// realesrgan-x4fast (upscayl's ncnn model) and a real photo: the region preview
// is the model's upscale of the crop in view, LANCZOS vs model of the whole
// image, two files, saving a side through Save As, shortcuts, tooltips,
// accessible names and the German catalogue. With HIRES_SCREENSHOT_DIR set,
// it also writes the screenshots of docs/screenshots.
#include "ui/pages/comparison_page.h"

#include "core/compare/comparison.h"
#include "core/compare/upscale_comparison_job.h"
#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "core/upscale/upscale_engine.h"
#include "support/modal_dialog.h"
#include "tests/ui/comparison_page_support.h"
#include "ui/language.h"
#include "ui/main_window.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_page.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"
#include "ui/views/image_view.h"
#include "ui/views/view_synchronizer.h"
#include "ui/views/wipe_view.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QComboBox>
#include <QProgressBar>
#include <QToolBar>

#include <opencv2/core.hpp>

#include <cmath>

using namespace hires;
using namespace hires::ui;
using hires::test::fastModel;

class TstComparisonPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QVERIFY(QFile::exists(fastModel().file));
    }

    void init()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_page = new ComparisonPage(m_runner, *m_settings);
        m_page->setModels({fastModel()});
        UpscaleOptions options;
        options.tile = UpscaleOptions::kWholeImage; // the same pixels as the reference run below
        m_page->setUpscaleOptions(options);
        m_page->resize(1000, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page));
    }
    void cleanup()
    {
        delete m_page;
        m_page = nullptr;
        QTRY_VERIFY(!m_runner.isBusy());
    }

    void regionPreviewIsTheCropsUpscale()
    {
        QVERIFY(m_page->openInput(test::dataFile("photos/chelsea.png")));
        ComparisonView* view = m_page->view();
        QCOMPARE(view->leftView()->imageSize(), QSize(451, 300));
        // Look closely at the cat's face: 4x on the input.
        view->applyPreset(ComparisonView::ZoomPreset::Quadruple);
        view->leftView()->setCentre(QPointF(240, 110));
        view->synchronizer()->syncFrom(view->leftView());
        const QRectF visible = view->visibleRegion();
        QVERIFY(visible.width() < 200);

        QSignalSpy shown(m_page, &ComparisonPage::comparisonShown);
        m_page->previewAction()->trigger();
        QVERIFY(m_page->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 120000);
        const Comparison* c = view->comparison();
        QVERIFY(c);
        QCOMPARE(c->a.image.pixels.size(), cv::Size(1804, 1200));
        QVERIFY(!c->region.empty());

        // The region is what was in view, in output pixels.
        const cv::Rect region(int(std::floor(visible.left())), int(std::floor(visible.top())),
                              int(std::ceil(visible.right())) - int(std::floor(visible.left())),
                              int(std::ceil(visible.bottom())) - int(std::floor(visible.top())));
        QCOMPARE(c->region, UpscaleComparisonJob::scaleRect(region, 4.0, cv::Size(1804, 1200)));
        // And its pixels are the model's upscale of that crop with its margin of context.
        const Result<Image> input = readImageFile(test::dataFile("photos/chelsea.png"));
        const cv::Rect context = UpscaleComparisonJob::contextRect(
            region, UpscaleComparisonRequest::kDefaultMargin, input->pixels.size());
        Image crop = *input;
        crop.pixels = input->pixels(context).clone();
        const Result<UpscaleResult> expected = test::plainModelRun(crop, 4.0);
        QVERIFY(expected.ok());
        const cv::Mat inCrop =
            expected->image.pixels(cv::Rect((region.x - context.x) * 4, (region.y - context.y) * 4,
                                            c->region.width, c->region.height));
        QCOMPARE(cv::norm(c->b.image.pixels(c->region), inCrop, cv::NORM_INF), 0.0);

        // The view still shows the same part of the picture (now in output pixels).
        const QRectF after = view->visibleRegion();
        QVERIFY2(
            std::abs(after.center().x() / 4 - visible.center().x()) < 1.0 &&
                std::abs(after.center().y() / 4 - visible.center().y()) < 1.0,
            qPrintable(QStringLiteral("%1,%2").arg(after.center().x()).arg(after.center().y())));
        QVERIFY(m_page->statusText().contains(QStringLiteral("realesrgan-x4fast")));
    }

    void wholeImageAndSaveEitherSide()
    {
        QVERIFY(m_page->openInput(test::dataFile("photos/chelsea.png")));
        m_page->setScale(2.0);
        QSignalSpy shown(m_page, &ComparisonPage::comparisonShown);
        QTest::keyClick(m_page, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 300000);
        const Comparison* c = m_page->view()->comparison();
        QCOMPARE(c->a.image.pixels.size(), cv::Size(902, 600));
        QCOMPARE(c->b.image.pixels.size(), cv::Size(902, 600));
        QCOMPARE(c->b.provenance.used, QStringLiteral("realesrgan-x4fast"));
        QVERIFY(c->region.empty());
        QVERIFY(c->a.fidelityDb && c->b.fidelityDb);

        const QString target = m_dir.filePath(QStringLiteral("right.png"));
        hires::test::answerNextDialog<QFileDialog>([target](QFileDialog* dialog) {
            dialog->selectFile(target);
            static_cast<QDialog*>(dialog)->accept();
        });
        QTest::keyClick(m_page, Qt::Key_S,
                        Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
        const Result<Image> saved = readImageFile(target);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(cv::norm(saved->pixels, c->b.image.pixels, cv::NORM_INF), 0.0);
    }

    void twoFiles()
    {
        QSignalSpy shown(m_page, &ComparisonPage::comparisonShown);
        m_page->compareFiles(test::dataFile("photos/motorcycle_left.png"),
                             test::dataFile("photos/motorcycle_right.png"));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
        QCOMPARE(m_page->view()->comparison()->a.label, QStringLiteral("motorcycle_left.png"));
        QSignalSpy failed(m_page, &ComparisonPage::failed);
        m_page->compareFiles(test::dataFile("photos/chelsea.png"),
                             test::dataFile("photos/truncated.jpg"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("truncated.jpg")));
        QVERIFY(m_page->view()->comparison()); // the previous comparison stays
    }

    void actionsHaveShortcutsTipsAndNames()
    {
        Settings settings(m_dir.filePath(QStringLiteral("window.ini")));
        MainWindow window(settings);
        QSet<QString> keys;
        QList<QAction*> all = window.findChildren<QAction*>();
        for (QAction* action : all) {
            for (const QKeySequence& key : action->shortcuts()) {
                if (key.isEmpty())
                    continue;
                QVERIFY2(!keys.contains(key.toString()),
                         qPrintable(QStringLiteral("shortcut used twice: ") + key.toString()));
                keys.insert(key.toString());
            }
        }
        ComparisonPage* page = window.comparisonPage();
        QVERIFY(page);
        for (QAction* action : page->pageActions()) {
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
            QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->text()));
        }
        for (QWidget* widget : page->findChildren<QWidget*>()) {
            if (qobject_cast<QComboBox*>(widget) || qobject_cast<ImageView*>(widget) ||
                qobject_cast<QProgressBar*>(widget))
                QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }

    void germanCatalogue()
    {
        installTranslators(QStringLiteral("de"));
        ComparisonPage page(m_runner, *m_settings);
        const QString compare = page.compareAction()->text();
        const QString preview = page.previewAction()->text();
        installTranslators(QStringLiteral("en"));
        QVERIFY2(compare.contains(QStringLiteral("LANCZOS")) &&
                     compare != QStringLiteral("Compare &LANCZOS vs Model"),
                 qPrintable(compare));
        QVERIFY2(preview.contains(QStringLiteral("Vorschau")), qPrintable(preview));
    }

    void screenshots()
    {
        const QString folder = qEnvironmentVariable("HIRES_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set HIRES_SCREENSHOT_DIR to write the screenshots");
        const QString model =
            qEnvironmentVariable("HIRES_SCREENSHOT_MODEL", QStringLiteral("x4fast"));
        Settings settings(m_dir.filePath(QStringLiteral("shots.ini")));
        MainWindow window(settings);
        window.resize(1400, 900);
        ComparisonPage* page = window.comparisonPage();
        // The window's model scan would replace the list: let it finish first.
        QTRY_VERIFY_WITH_TIMEOUT(!window.upscalePage()->options()->isScanning(), 60000);
        page->setModels(
            {{QStringLiteral("realesrgan-") + model,
              test::dataFile("upscayl/realesrgan-") + model + QStringLiteral(".param")}});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.viewFiles({test::dataFile("photos/chelsea.png")});
        window.compareCurrentImage();
        QSignalSpy shown(page, &ComparisonPage::comparisonShown);
        page->compareWithModel();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 600000);
        ComparisonView* view = page->view();
        // The cat's eye and whiskers at 1:1 of the x4 output.
        view->leftView()->setViewport(1.0, QPointF(4 * 268, 4 * 107));
        view->synchronizer()->syncFrom(view->leftView());
        QApplication::processEvents();
        QVERIFY(window.grab().save(folder + QStringLiteral("/compare-side-by-side.png")));
        view->setMode(ComparisonView::Mode::Slider);
        QApplication::processEvents();
        QVERIFY(window.grab().save(folder + QStringLiteral("/compare-slider.png")));
        view->setMode(ComparisonView::Mode::Difference);
        QApplication::processEvents();
        QVERIFY(window.grab().save(folder + QStringLiteral("/compare-difference.png")));
    }

private:
    QTemporaryDir m_dir;
    JobRunner m_runner;
    std::unique_ptr<Settings> m_settings;
    ComparisonPage* m_page = nullptr;
};

QTEST_MAIN(TstComparisonPage)
#include "tst_comparison_page.moc"
