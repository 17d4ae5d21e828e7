// The Generate page with a remote server in the settings, against a real
// `hires-studio serve` service started by the test on 127.0.0.1 with the
// tiny random-weight checkpoint: Generate runs on the server's runner and the
// result (with its first pass, parameters and the server in its provenance)
// lands in the gallery; the comparison's Real-ESRGAN side is made on the
// server; Re-run Second Pass is disabled and says why; Cancel cancels the
// server's job and leaves no file; a wrong token is a clear failure; a
// settings change switches between this computer and the server.
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/diffusion/generation_parameters.h"
#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "generate/generate_fixture.h"
#include "tests/server/server_test_support.h"
#include "ui/pages/generate_form.h"
#include "ui/pages/generate_page.h"
#include "ui/pages/missing_checkpoint_panel.h"
#include "ui/pages/prompt_edit.h"
#include "ui/pages/result_comparison.h"
#include "ui/pages/result_gallery.h"
#include "ui/pages/seed_control.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"

using namespace hires;
using namespace hires::ui;
using namespace hires::test;

namespace {

const QByteArray kToken = "generate-remote-token-0123456789";
constexpr int kTinySide = 64; // the tiny model's own size: an 8 x 8 latent

void click(QAbstractButton* button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestGeneratePageRemote : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_fixtureDir;
    std::unique_ptr<GenerateFixture> m_fixture;
    server::ServerOptions m_options;

    // A page without any checkpoint of its own, whose settings name `server`.
    std::unique_ptr<GeneratePage> makePage(Settings& settings, JobRunner& runner,
                                           const ServerUnderTest& server, const QByteArray& token)
    {
        settings.setValue(keys::kRemoteServer,
                          QStringLiteral("http://127.0.0.1:%1").arg(server.port));
        settings.setValue(keys::kRemoteToken, QString::fromLatin1(token));
        settings.sync(); // on disk now: the folder's listing is compared later
        auto page = std::make_unique<GeneratePage>(
            settings, runner,
            ModelLibrary({}, m_dir.filePath(QStringLiteral("no-models")),
                         m_dir.filePath(QStringLiteral("model-info.json"))));
        page->resize(1100, 760);
        page->show();
        GenerateForm* form = page->form();
        form->widthBox()->setValue(kTinySide);
        form->heightBox()->setValue(kTinySide);
        form->stepsBox()->setValue(3);
        form->hiresStepsBox()->setValue(2);
        form->seedControl()->setMode(SeedControl::Mode::Random);
        return page;
    }

    QStringList filesHere() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_fixture = std::make_unique<GenerateFixture>(m_fixtureDir);
        QVERIFY2(m_fixture->error.isEmpty(), qPrintable(m_fixture->error));
        m_options = withToken(kToken);
        // The server's checkpoint, and its Real-ESRGAN model when the test data is there.
        m_options.modelFolders = {m_fixtureDir.path(), GenerateFixture::upscayl(QString())};
        m_options.checkpoint = QStringLiteral("tiny-sd1");
    }

    void generatesOnTheServer()
    {
        ServerUnderTest server(m_options);
        QVERIFY(server.port != 0);
        Settings settings(m_dir.filePath(QStringLiteral("ok.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, kToken);
        const QString where = QStringLiteral("127.0.0.1:%1").arg(server.port);
        QCOMPARE(page->workLocation(), where);
        // No checkpoint here, yet the form is there: the server brings its own.
        QVERIFY(!page->hasCheckpoint());
        QVERIFY(page->form()->isVisible());
        QVERIFY(!page->missingPanel()->isVisible());
        QVERIFY(!page->form()->checkpointBox()->isEnabled());
        QVERIFY(page->form()->checkpointBox()->toolTip().contains(where));

        QTest::keyClicks(page->form()->promptEdit(), QStringLiteral("a small red boat"));
        QTest::mouseClick(page->form()->hiresFixBox(), Qt::LeftButton);
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        QSignalSpy ranOnServer(&server.runner, &JobRunner::finished);
        QSignalSpy progress(&runner, &JobRunner::progress);
        click(page->form()->generateButton());
        QVERIFY(page->isRunning());
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("on ") + where),
                 qPrintable(page->statusLabel()->text()));
        QVERIFY(page->form()->cancelButton()->isEnabled());
        QVERIFY(ended.wait(300000));
        QVERIFY2(page->gallery()->entryCount() == 1, qPrintable(page->statusLabel()->text()));
        QCOMPARE(ranOnServer.count(), 1);
        QVERIFY(!progress.isEmpty()); // the server's steps reached this side's bar
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("Done on ") + where),
                 qPrintable(page->statusLabel()->text()));

        const GalleryEntry* entry = page->gallery()->entry(0);
        const Image* result = entry->output.image(QStringLiteral("result"));
        const Image* firstPass = entry->output.image(QStringLiteral("first_pass"));
        QVERIFY(result && firstPass);
        QCOMPARE(result->width(), kTinySide * 2);
        QCOMPARE(firstPass->width(), kTinySide);
        QCOMPARE(entry->output.provenance.details.value(QStringLiteral("server")).toString(),
                 where);
        QCOMPARE(entry->output.provenance.details.value(QStringLiteral("seed")).toInteger(),
                 entry->request.seed);

        // Re-run Second Pass cannot work there: disabled, and it says why.
        QVERIFY(!page->rerunButton()->isEnabled());
        QVERIFY2(page->rerunButton()->toolTip().contains(where),
                 qPrintable(page->rerunButton()->toolTip()));

        // The comparison: its Real-ESRGAN side is the server's upscale of the first pass.
        click(page->compareButton());
        auto* dialog = page->findChild<ResultComparisonDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasRealEsrgan(), 120000);
        QCOMPARE(ranOnServer.count(), 2);
        const QString upscaler = ranOnServer.at(1).at(1).value<JobOutput>().provenance.used;
        dialog->setPairing(ResultComparisonDialog::Pairing::LanczosVsRealEsrgan);
        const Comparison* shown = dialog->view()->comparison();
        QVERIFY(shown);
        QVERIFY2(shown->b.label.contains(upscaler), qPrintable(shown->b.label));
        QCOMPARE(shown->b.image.width(), kTinySide * 2);
        dialog->close();

        // Save: the PNG carries the parameters the server wrote.
        const QString saved = m_dir.filePath(QStringLiteral("boat.png"));
        const std::optional<Error> error = page->saveSelected(saved);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const Result<Image> file = readImageFile(saved);
        QVERIFY(file);
        QVERIFY(file->metadata.text.at(GenerationParameters::kPngKey)
                    .startsWith(QStringLiteral("a small red boat")));
        QFile::remove(saved);
    }

    void cancelCancelsOnTheServer()
    {
        ServerUnderTest server(m_options);
        std::atomic<bool> open{false};
        QVERIFY(server.holdRunner(&open));
        Settings settings(m_dir.filePath(QStringLiteral("cancel.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, kToken);
        const QStringList before = filesHere();
        QTest::keyClicks(page->form()->promptEdit(), QStringLiteral("never finished"));
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        QSignalSpy cancelledOnServer(&server.runner, &JobRunner::cancelled);
        click(page->form()->generateButton());
        QTRY_COMPARE_WITH_TIMEOUT(server.runner.queueLength(), 1, 30000); // behind the gate
        click(page->form()->cancelButton());
        QVERIFY(ended.wait(30000));
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("Cancelled")),
                 qPrintable(page->statusLabel()->text()));
        QTRY_COMPARE(cancelledOnServer.count(), 1);
        QCOMPARE(server.runner.queueLength(), 0);
        open = true;
        QCOMPARE(page->gallery()->entryCount(), 0);
        QCOMPARE(filesHere(), before);
        QVERIFY(page->form()->generateButton()->isEnabled());
    }

    void wrongTokenIsAClearFailure()
    {
        ServerUnderTest server(m_options);
        Settings settings(m_dir.filePath(QStringLiteral("wrong.ini")));
        JobRunner runner;
        auto page = makePage(settings, runner, server, "not-the-token-at-all");
        QTest::keyClicks(page->form()->promptEdit(), QStringLiteral("refused"));
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        QSignalSpy startedOnServer(&server.runner, &JobRunner::jobStarted);
        click(page->form()->generateButton());
        QVERIFY(ended.wait(30000));
        const QString status = page->statusLabel()->text();
        QVERIFY2(status.contains(QStringLiteral("Generation failed")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("bearer token")), qPrintable(status));
        QVERIFY2(status.contains(page->workLocation()), qPrintable(status));
        QCOMPARE(startedOnServer.count(), 0);
        QCOMPARE(page->gallery()->entryCount(), 0);
    }

    void settingsSwitchBetweenHereAndTheServer()
    {
        Settings settings(m_dir.filePath(QStringLiteral("switch.ini")));
        JobRunner runner;
        GeneratePage page(settings, runner,
                          ModelLibrary({}, m_dir.filePath(QStringLiteral("no-models")),
                                       m_dir.filePath(QStringLiteral("model-info.json"))));
        page.show();
        QCOMPARE(page.workLocation(), QStringLiteral("this computer"));
        QVERIFY(page.missingPanel()->isVisible()); // no checkpoint here, no server
        page.generate();
        QVERIFY(!page.isRunning());

        settings.setValue(keys::kRemoteServer, QStringLiteral("http://gpu-host:7860"));
        page.reloadSettings();
        QCOMPARE(page.workLocation(), QStringLiteral("gpu-host:7860"));
        QVERIFY(page.form()->isVisible());
        QVERIFY(page.form()->generateButton()->isEnabled());
        QVERIFY(page.rerunButton()->toolTip().contains(QStringLiteral("gpu-host:7860")));

        settings.setValue(keys::kRemoteServer, QString());
        page.reloadSettings();
        QVERIFY(page.missingPanel()->isVisible());
        QVERIFY(!page.rerunButton()->toolTip().contains(QStringLiteral("gpu-host")));
    }
};

QTEST_MAIN(TestGeneratePageRemote)
#include "tst_generate_page_remote.moc"
