// The comparison page with a remote server in the settings, against a real
// `hires-studio serve` service started by the test on 127.0.0.1 with the real
// realesrgan-x4fast in its model folder: "LANCZOS vs Model" runs the model on
// the server (its runner does the work; side B's provenance names the server;
// the pixels are the model's, at the right size) and LANCZOS here; the region
// preview sends only the crop with its context; a wrong token fails on the
// page with the server's message and nothing crashes; Restore Faces is not
// offered while remote, and the page says so; clearing the server in the
// settings brings everything back to this computer; in the main window the
// Settings dialog switches the page.
#include "ui/pages/comparison_page.h"

#include <QAction>
#include <QLineEdit>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/compare/comparison.h"
#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "core/upscale/upscale_engine.h"
#include "tests/server/server_test_support.h"
#include "tests/ui/comparison_page_support.h"
#include "support/modal_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/main_window.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"
#include "ui/views/face_review_panel.h"
#include "ui/views/image_view.h"
#include "ui/views/view_synchronizer.h"

using namespace hires;
using namespace hires::ui;
using namespace hires::test;

namespace {

const QByteArray kToken = "compare-remote-token-0123456789";
constexpr int kTimeoutMs = 300000;

server::ServerOptions serverOptions()
{
    server::ServerOptions options = withToken(kToken);
    options.modelFolders = {dataFile("upscayl")};
    return options;
}

} // namespace

class TestComparisonPageRemote : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    std::unique_ptr<ComparisonPage> makePage(Settings& settings, JobRunner& runner,
                                             const ServerUnderTest& server, const QByteArray& token)
    {
        settings.setValue(keys::kRemoteServer,
                          QStringLiteral("http://127.0.0.1:%1").arg(server.port));
        settings.setValue(keys::kRemoteToken, QString::fromLatin1(token));
        auto page = std::make_unique<ComparisonPage>(runner, settings);
        page->setModels({fastModel()});
        UpscaleOptions options;
        options.tile = UpscaleOptions::kWholeImage;
        page->setUpscaleOptions(options);
        page->setScale(2.0);
        page->resize(1000, 640);
        page->show();
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(fastModel().file));
    }

    void modelSideRunsOnTheServer()
    {
        ServerUnderTest server(serverOptions());
        QVERIFY(server.port > 0);
        Settings settings(m_dir.filePath(QStringLiteral("ok.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, kToken);
        const QString where = QStringLiteral("127.0.0.1:%1").arg(server.port);
        QCOMPARE(page->modelLocation(), where);
        // Face review needs the faces here: not offered, and the toggle says why.
        page->setRestoreFaces(true, 1.0);
        QVERIFY(!page->restoreFacesAction()->isEnabled());
        QVERIFY(!page->faceWeightBox()->isEnabled());
        QVERIFY2(page->restoreFacesAction()->toolTip().contains(where),
                 qPrintable(page->restoreFacesAction()->toolTip()));

        QVERIFY(page->openInput(dataFile("photos/chelsea.png")));
        QSignalSpy ranOnServer(&server.runner, &JobRunner::finished);
        QSignalSpy shown(page.get(), &ComparisonPage::comparisonShown);
        page->compareAction()->trigger();
        QVERIFY2(page->statusText().contains(where), qPrintable(page->statusText()));
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, kTimeoutMs);
        QCOMPARE(ranOnServer.count(), 1); // the server's runner did the model's upscale

        const Comparison* c = page->view()->comparison();
        QVERIFY(c);
        QCOMPARE(c->b.provenance.details.value(QStringLiteral("server")).toString(), where);
        QVERIFY(!c->a.provenance.details.contains(QStringLiteral("server"))); // LANCZOS here
        QCOMPARE(c->b.provenance.used, QStringLiteral("realesrgan-x4fast"));
        QCOMPARE(c->a.image.pixels.size(), cv::Size(902, 600));
        QCOMPARE(c->b.image.pixels.size(), cv::Size(902, 600));
        // The model's pixels: what the same model makes here (threads may round differently).
        const Result<Image> input = readImageFile(dataFile("photos/chelsea.png"));
        QVERIFY(input.ok());
        const Result<UpscaleResult> local = plainModelRun(*input, 2.0);
        QVERIFY(local.ok());
        QVERIFY(cv::norm(c->b.image.pixels, local->image.pixels, cv::NORM_INF) <= 2.0);
        QVERIFY(!c->faces);
        QVERIFY(!page->faceReviewPanel()->isVisibleTo(page.get()));
        const QString status = page->statusText();
        QVERIFY2(status.contains(QStringLiteral("ran on ") + where) &&
                     status.contains(QStringLiteral("this computer only")),
                 qPrintable(status));

        // The region preview sends the crop with its context only.
        ComparisonView* view = page->view();
        view->applyPreset(ComparisonView::ZoomPreset::Quadruple);
        view->leftView()->setCentre(QPointF(2 * 240, 2 * 110)); // the cat's face, x2 output
        view->synchronizer()->syncFrom(view->leftView());
        page->previewAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, kTimeoutMs);
        QCOMPARE(ranOnServer.count(), 2);
        c = page->view()->comparison();
        QVERIFY(!c->region.empty());
        QCOMPARE(c->b.provenance.details.value(QStringLiteral("server")).toString(), where);
        QCOMPARE(c->b.image.pixels.size(), cv::Size(902, 600));

        // Settings changed: no server any more, everything runs here again.
        settings.setValue(keys::kRemoteServer, QString());
        page->reloadSettings();
        QCOMPARE(page->modelLocation(), QStringLiteral("this computer"));
        QVERIFY(page->restoreFacesAction()->isEnabled());
        QVERIFY(page->faceWeightBox()->isEnabled());
    }

    // Settings > Remote server in the main window reaches the Compare page at once.
    void settingsDialogSwitchesThePage()
    {
        Settings settings(m_dir.filePath(QStringLiteral("window.ini")));
        MainWindow window(settings);
        ComparisonPage* page = window.comparisonPage();
        QCOMPARE(page->modelLocation(), QStringLiteral("this computer"));
        QVERIFY(page->restoreFacesAction()->isEnabled());
        QAction* settingsAction = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->text() == QStringLiteral("&Settings..."))
                settingsAction = action;
        QVERIFY(settingsAction);
        hires::test::answerNextDialog<SettingsDialog>([](SettingsDialog* dialog) {
            dialog->serverEdit()->setText(QStringLiteral("http://gpu-host:7860"));
            dialog->apply();
            dialog->accept();
        });
        settingsAction->trigger();
        QCOMPARE(page->modelLocation(), QStringLiteral("gpu-host:7860"));
        QVERIFY(!page->restoreFacesAction()->isEnabled());
        hires::test::answerNextDialog<SettingsDialog>([](SettingsDialog* dialog) {
            dialog->serverEdit()->clear();
            dialog->apply();
            dialog->accept();
        });
        settingsAction->trigger();
        QCOMPARE(page->modelLocation(), QStringLiteral("this computer"));
        QVERIFY(page->restoreFacesAction()->isEnabled());
    }

    void wrongTokenFailsOnThePage()
    {
        ServerUnderTest server(serverOptions());
        Settings settings(m_dir.filePath(QStringLiteral("wrong.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, "not-the-token-at-all");
        QVERIFY(page->openInput(dataFile("photos/chelsea.png")));
        QSignalSpy ranOnServer(&server.runner, &JobRunner::jobStarted);
        QSignalSpy failed(page.get(), &ComparisonPage::failed);
        page->compareAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kTimeoutMs);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains(QStringLiteral("bearer token")), qPrintable(message));
        QVERIFY2(message.contains(page->modelLocation()), qPrintable(message));
        QCOMPARE(page->statusText(), message);
        QCOMPARE(ranOnServer.count(), 0);
        QVERIFY(!page->isBusy());
        QVERIFY(!page->view()->comparison());
        QVERIFY(page->compareAction()->isEnabled()); // the user can try again
    }
};

QTEST_MAIN(TestComparisonPageRemote)
#include "tst_comparison_page_remote.moc"
