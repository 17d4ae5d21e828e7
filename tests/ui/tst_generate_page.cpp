// The Generate page driven with real events, offscreen, on a tiny
// random-weight Stable Diffusion checkpoint: Generate -> progress and live
// preview -> a result in the gallery; the toggles reach the request; Cancel
// mid-step leaves nothing; a saved PNG's `parameters` dropped back restores
// the form; without a checkpoint the page says what to get.
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "core/diffusion/generation_parameters.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "ui/pages/generate_form.h"
#include "ui/pages/generate_page.h"
#include "ui/pages/missing_checkpoint_panel.h"
#include "ui/pages/prompt_edit.h"
#include "ui/pages/result_comparison.h"
#include "ui/pages/result_gallery.h"
#include "ui/pages/seed_control.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"
#include "ui/views/image_view.h"
#include "support/python_reference.h"
#include "generate/generate_fixture.h"

using namespace hires;
using namespace hires::ui;

namespace {

// Drags the file onto the widget the way a file manager does.
bool dropFile(QWidget* target, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = target->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

void click(QAbstractButton* button)
{
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// The tiny model's own size (an 8 x 8 latent) and a few steps keep a whole
// generation at a fraction of a second of CPU.
constexpr int kTinySide = 64;

void tinySettings(GenerateForm& form)
{
    form.widthBox()->setValue(kTinySide);
    form.heightBox()->setValue(kTinySide);
    form.stepsBox()->setValue(4);
    form.hiresStepsBox()->setValue(3);
    form.samplerBox()->setCurrentIndex(form.samplerBox()->findText(QStringLiteral("Euler")));
    form.seedControl()->setMode(SeedControl::Mode::Random);
}

} // namespace

class TestGeneratePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_fixtureDir;
    QString m_modelFolder;
    std::unique_ptr<Settings> m_settings;

    ModelLibrary library(const QString& folder) const
    {
        return ModelLibrary({}, folder, m_dir.filePath(QStringLiteral("model-info.json")));
    }

    // A page on the model folder, scanned.
    std::unique_ptr<GeneratePage> makePage(JobRunner& runner, const QString& folder)
    {
        auto page = std::make_unique<GeneratePage>(*m_settings, runner, library(folder));
        page->resize(1100, 760);
        page->show();
        QSignalSpy scanned(page.get(), &GeneratePage::modelsChanged);
        page->rescanModels();
        if (!scanned.wait(60000))
            return nullptr;
        return page;
    }

    // A scanned page with the tiny settings and a typed prompt, hires fix on or off.
    std::unique_ptr<GeneratePage> readyPage(JobRunner& runner, const QString& prompt, bool hiresFix)
    {
        auto page = makePage(runner, m_modelFolder);
        if (!page)
            return nullptr;
        tinySettings(*page->form());
        QTest::keyClicks(page->form()->promptEdit(), prompt);
        if (hiresFix)
            QTest::mouseClick(page->form()->hiresFixBox(), Qt::LeftButton);
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_modelFolder = m_dir.filePath(QStringLiteral("models"));
        // The pipeline's tiny SD 1.x checkpoint with its vocabulary beside it,
        // as a user would put a checkpoint and its tokenizer/ folder.
        const hires::test::GenerateFixture fixture(m_fixtureDir);
        QVERIFY2(fixture.error.isEmpty(), qPrintable(fixture.error));
        const QString tokenizer = QDir(m_modelFolder).filePath(QStringLiteral("tokenizer"));
        QVERIFY(QDir().mkpath(tokenizer));
        QVERIFY(QFile::copy(fixture.sd1(),
                            QDir(m_modelFolder).filePath(QStringLiteral("tiny-sd1.safetensors"))));
        for (const QFileInfo& file : QDir(fixture.tokenizer()).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(file.filePath(), QDir(tokenizer).filePath(file.fileName())));
        // The real (small) Real-ESRGAN model, so hires fix and the comparison run it.
        for (const char* suffix : {".param", ".bin"}) {
            const QString name = QStringLiteral("realesrgan-x4fast") + QLatin1String(suffix);
            QVERIFY(QFile::copy(QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/") + name,
                                QDir(m_modelFolder).filePath(name)));
        }
    }

    void withoutCheckpointThePageSaysWhatToGet()
    {
        JobRunner runner;
        const QString empty = m_dir.filePath(QStringLiteral("no-models"));
        auto page = makePage(runner, empty);
        QVERIFY(page);
        QVERIFY(!page->hasCheckpoint());
        QVERIFY(page->missingPanel()->isVisible());
        QVERIFY(!page->form()->isVisible());
        const QString text = page->missingPanel()->text();
        QVERIFY2(text.contains(QStringLiteral("v1-5-pruned-emaonly.safetensors")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("sd_xl_base_1.0.safetensors")));
        QVERIFY(text.contains(QDir::toNativeSeparators(empty)));
        QVERIFY(!page->missingPanel()->modelManagerButton()->isVisible()); // nothing to open
        page->setModelManagerAvailable(true);
        QSignalSpy manager(page.get(), &GeneratePage::openModelManagerRequested);
        click(page->missingPanel()->modelManagerButton());
        QCOMPARE(manager.count(), 1);
        page->generate(); // nothing to generate with: no job
        QVERIFY(!page->isRunning());
        QCOMPARE(runner.isBusy(), false);

        // The user puts a checkpoint there and presses "Look Again": the form appears.
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(QFile::copy(QDir(m_modelFolder).filePath(QStringLiteral("tiny-sd1.safetensors")),
                            QDir(empty).filePath(QStringLiteral("tiny-sd1.safetensors"))));
        click(page->missingPanel()->rescanButton());
        QTRY_VERIFY_WITH_TIMEOUT(page->hasCheckpoint(), 60000);
        QVERIFY(page->form()->isVisible());
        QVERIFY(!page->missingPanel()->isVisible());
        QVERIFY(page->form()->generateButton()->isEnabled());
    }

    void togglesReachTheRequest()
    {
        GenerateForm form;
        form.show();
        QTest::keyClicks(form.promptEdit(), QStringLiteral("a lighthouse"));
        QTest::keyClicks(form.negativeEdit(), QStringLiteral("fog"));
        QVERIFY(!form.hiresScaleBox()->isEnabled());
        QVERIFY(!form.realEsrganBox()->isEnabled());
        QVERIFY(!form.faceWeightSlider()->isEnabled());
        QTest::mouseClick(form.hiresFixBox(), Qt::LeftButton);
        QVERIFY(form.hiresScaleBox()->isEnabled());
        QVERIFY(form.realEsrganBox()->isEnabled());
        QTest::mouseClick(form.realEsrganBox(), Qt::LeftButton); // default on -> off
        QTest::mouseClick(form.faceRestoreBox(), Qt::LeftButton);
        QVERIFY(form.faceWeightSlider()->isEnabled());
        form.faceWeightSlider()->setFocus();
        QTest::keyClick(form.faceWeightSlider(), Qt::Key_Home);
        for (int i = 0; i < 8; ++i)
            QTest::keyClick(form.faceWeightSlider(), Qt::Key_Right); // 8 hundredths
        auto typeInto = [](QAbstractSpinBox* box, const QString& text) {
            box->setFocus();
            QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(box, text);
            QTest::keyClick(box, Qt::Key_Enter);
        };
        typeInto(form.stepsBox(), QStringLiteral("12"));
        typeInto(form.widthBox(), QStringLiteral("640"));
        typeInto(form.hiresScaleBox(), QStringLiteral("1.5"));
        typeInto(form.denoisingBox(), QStringLiteral("0.45"));
        typeInto(form.hiresStepsBox(), QStringLiteral("7"));
        form.samplerBox()->setCurrentIndex(form.samplerBox()->findText(QStringLiteral("DDIM")));
        form.seedControl()->setFixedSeed(4242);

        const GenerationRequest request = form.request();
        QCOMPARE(request.prompt, QStringLiteral("a lighthouse"));
        QCOMPARE(request.negativePrompt, QStringLiteral("fog"));
        QCOMPARE(request.hiresFix, true);
        QCOMPARE(request.useRealesrgan, false);
        QCOMPARE(request.useFaceRestoration, true);
        QCOMPARE(request.faceRestorationWeight, 0.08);
        QCOMPARE(request.numInferenceSteps, 12);
        QCOMPARE(request.width, 640);
        QCOMPARE(request.height, 512); // SD 1.x default
        QCOMPARE(request.hiresScale, 1.5);
        QCOMPARE(request.denoisingStrength, 0.45);
        QCOMPARE(request.hiresSteps, 7);
        QCOMPARE(request.sampler, SamplerKind::Ddim);
        QCOMPARE(request.seed, 4242);
        QVERIFY2(request.validate().ok(), hires::test::errorText(request.validate()).constData());

        // Turning hires fix off again: the request says so.
        QTest::mouseClick(form.hiresFixBox(), Qt::LeftButton);
        QCOMPARE(form.request().hiresFix, false);
        // And the form takes a request back field by field.
        GenerateForm other;
        other.setRequest(request);
        const GenerationRequest back = other.request();
        QCOMPARE(back.toJson(), request.toJson());
    }

    void generateShowsProgressPreviewAndAddsTheResult()
    {
        JobRunner runner;
        auto page = makePage(runner, m_modelFolder);
        QVERIFY(page);
        QVERIFY(page->hasCheckpoint());
        GenerateForm* form = page->form();
        QCOMPARE(form->widthBox()->value(), 512); // SD 1.x defaults: 512 -> x2
        QCOMPARE(form->hiresScaleBox()->value(), 2.0);
        tinySettings(*form);
        QTest::keyClicks(form->promptEdit(), QStringLiteral("a small red boat"));
        QTest::mouseClick(form->hiresFixBox(), Qt::LeftButton);

        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy previews(&runner, &JobRunner::preview);
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        click(form->generateButton());
        QVERIFY(page->isRunning());
        QVERIFY(!form->generateButton()->isEnabled());
        QVERIFY(form->cancelButton()->isEnabled());
        QVERIFY(!form->hiresFixBox()->isEnabled()); // settings are locked while it runs

        // The step counter and the live preview while it runs.
        QTRY_VERIFY_WITH_TIMEOUT(!previews.isEmpty(), 120000);
        QTRY_VERIFY(page->view()->hasImage() || !page->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(page->progressBar()->format().contains(QStringLiteral("step")) ||
                                     !page->isRunning(),
                                 120000);
        QVERIFY(ended.wait(300000) || ended.count() == 1);
        QVERIFY2(page->gallery()->entryCount() == 1, qPrintable(page->statusLabel()->text()));
        QVERIFY(!progress.isEmpty());
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(1).toInt(), last.at(2).toInt()); // the bar reached its end

        const GalleryEntry* entry = page->gallery()->entry(0);
        QVERIFY(entry);
        const Image* result = entry->output.image(QStringLiteral("result"));
        const Image* firstPass = entry->output.image(QStringLiteral("first_pass"));
        QVERIFY(result && firstPass);
        QCOMPARE(firstPass->width(), kTinySide);
        QCOMPARE(result->width(), kTinySide * 2); // hires fix x2
        QCOMPARE(result->height(), kTinySide * 2);
        QCOMPARE(page->view()->imageSize(), QSize(kTinySide * 2, kTinySide * 2));
        QCOMPARE(entry->request.prompt, QStringLiteral("a small red boat"));
        // The gallery entry keeps the concrete seed; "reuse last" gives it back.
        form->seedControl()->setMode(SeedControl::Mode::ReuseLast);
        QCOMPARE(form->request().seed, entry->request.seed);
        QCOMPARE(form->promptEdit()->history().value(0), QStringLiteral("a small red boat"));
        QCOMPARE(m_settings->value(keys::kPromptHistory).value(0),
                 QStringLiteral("a small red boat"));
        QVERIFY(form->generateButton()->isEnabled());
        QVERIFY(!form->cancelButton()->isEnabled());

        // The comparison view: the result against the first pass + LANCZOS, then
        // the first-pass A/B once Real-ESRGAN is there (reused from hires fix).
        QVERIFY(page->compareButton()->isEnabled());
        click(page->compareButton());
        auto* dialog = page->findChild<ResultComparisonDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        const Comparison* shown = dialog->view()->comparison();
        QVERIFY(shown);
        QCOMPARE(shown->a.image.width(), kTinySide * 2);
        QVERIFY(shown->b.label.contains(QStringLiteral("LANCZOS")));
        QCOMPARE(shown->b.image.width(), kTinySide * 2);
        QVERIFY(shown->meanDifference > 0); // the second pass changed the picture
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasRealEsrgan(), 120000);
        QSignalSpy changed(dialog, &ResultComparisonDialog::comparisonShown);
        dialog->pairingBox()->setCurrentIndex(2);
        QCOMPARE(changed.count(), 1);
        shown = dialog->view()->comparison();
        QVERIFY(shown->a.label.contains(QStringLiteral("LANCZOS")));
        QVERIFY(shown->b.label.contains(QStringLiteral("realesrgan"), Qt::CaseInsensitive));
        QCOMPARE(shown->b.image.width(), kTinySide * 2);
        dialog->close();

        // Save with parameters; a fresh page restores every field from the file.
        const QString saved = m_dir.filePath(QStringLiteral("boat.png"));
        const std::optional<Error> error = page->saveSelected(saved);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        Result<Image> file = readImageFile(saved);
        QVERIFY(file.ok());
        QVERIFY(file->metadata.text.count(GenerationParameters::kPngKey));
        QVERIFY(file->metadata.text.at(GenerationParameters::kPngKey)
                    .startsWith(QStringLiteral("a small red boat")));

        auto fresh = makePage(runner, m_modelFolder);
        QVERIFY(fresh);
        QVERIFY(fresh->form()->promptEdit()->text().isEmpty());
        QVERIFY(dropFile(fresh.get(), saved));
        const GenerationRequest restored = fresh->form()->request();
        QCOMPARE(restored.prompt, entry->request.prompt);
        QCOMPARE(restored.negativePrompt, entry->request.negativePrompt);
        QCOMPARE(restored.seed, entry->request.seed);
        QCOMPARE(restored.numInferenceSteps, entry->request.numInferenceSteps);
        QCOMPARE(restored.width, entry->request.width);
        QCOMPARE(restored.hiresFix, true);
        QCOMPARE(restored.hiresScale, entry->request.hiresScale);
        QCOMPARE(restored.denoisingStrength, entry->request.denoisingStrength);
        QCOMPARE(restored.sampler, entry->request.sampler);
        QCOMPARE(fresh->form()->seedControl()->mode(), SeedControl::Mode::Fixed);

        // A PNG without parameters changes nothing and says why.
        Image plain = *result;
        plain.metadata.text.clear();
        QVERIFY(saveImage(plain, m_dir.filePath(QStringLiteral("plain.png")), {}).ok());
        fresh->form()->promptEdit()->setText(QStringLiteral("keep me"));
        QVERIFY(dropFile(fresh.get(), m_dir.filePath(QStringLiteral("plain.png"))));
        QCOMPARE(fresh->form()->promptEdit()->text(), QStringLiteral("keep me"));
        QVERIFY(fresh->statusLabel()->text().contains(QStringLiteral("no generation parameters")));
    }

    void rerunSecondPassKeepsTheFirstPass()
    {
        JobRunner runner;
        auto page = readyPage(runner, QStringLiteral("a green hill"), true);
        QVERIFY(page);
        GenerateForm* form = page->form();
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        click(form->generateButton());
        QVERIFY(ended.wait(300000));
        QCOMPARE(page->gallery()->entryCount(), 1);
        const GalleryEntry first = *page->gallery()->entry(0);

        // Other second-pass settings: a smaller scale, another strength.
        form->hiresScaleBox()->setValue(1.5);
        form->denoisingBox()->setValue(0.3);
        QVERIFY(page->rerunButton()->isEnabled());
        click(page->rerunButton());
        QVERIFY(ended.wait(300000));
        QVERIFY2(page->gallery()->entryCount() == 2, qPrintable(page->statusLabel()->text()));
        const GalleryEntry* second = page->gallery()->entry(0);
        const int side = GenerationRequest::hiresSide(kTinySide, 1.5);
        QCOMPARE(second->output.image(QStringLiteral("result"))->width(), side);
        QCOMPARE(second->request.denoisingStrength, 0.3);
        QCOMPARE(second->request.seed, first.request.seed);
        QCOMPARE(second->request.prompt, first.request.prompt);
        // The same first pass pixels: only the second pass ran again.
        const cv::Mat a = first.output.image(QStringLiteral("first_pass"))->pixels;
        const cv::Mat b = second->output.image(QStringLiteral("first_pass"))->pixels;
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
    }

    void cancelMidStepLeavesNothing()
    {
        JobRunner runner;
        auto page = readyPage(runner, QStringLiteral("never finished"), true);
        QVERIFY(page);
        GenerateForm* form = page->form();
        form->stepsBox()->setValue(150); // long enough to be cancelled in the middle
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        // Cancel from the first sampling step's report, with a real click.
        bool clicked = false;
        connect(&runner, &JobRunner::progress, this, [&](JobId, int done, int, const QString&) {
            if (done >= 1 && !clicked) {
                clicked = true;
                QTest::mouseClick(form->cancelButton(), Qt::LeftButton);
            }
        });
        click(form->generateButton());
        QVERIFY(ended.wait(300000));
        QVERIFY(clicked);
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(page->gallery()->entryCount(), 0);
        QVERIFY(!page->view()->hasImage()); // the half-made preview is gone
        QVERIFY(page->statusLabel()->text().contains(QStringLiteral("Cancelled")));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot), before);
        QVERIFY(form->generateButton()->isEnabled());
        QCOMPARE(page->progressBar()->value(), 0);
    }

    // With HIRES_SCREENSHOT_DIR set (under Xvfb): docs/screenshots/generate*.png.
    // A busy 2-core machine needs QTEST_FUNCTION_TIMEOUT above the default 5 minutes.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("HIRES_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set HIRES_SCREENSHOT_DIR to write the screenshots");
        JobRunner runner;
        auto page = makePage(runner, m_modelFolder);
        QVERIFY(page);
        page->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        GenerateForm* form = page->form();
        form->widthBox()->setValue(192);
        form->heightBox()->setValue(192);
        form->stepsBox()->setValue(24);
        form->hiresStepsBox()->setValue(8);
        form->seedControl()->setFixedSeed(1234);
        QTest::mouseClick(form->hiresFixBox(), Qt::LeftButton);
        QTest::mouseClick(form->faceRestoreBox(), Qt::LeftButton);
        form->promptEdit()->setText(
            QStringLiteral("a lighthouse on a cliff at sunset, dramatic clouds, oil painting"));
        form->negativeEdit()->setPlainText(QStringLiteral("blurry, low quality"));
        bool grabbed = false;
        connect(&runner, &JobRunner::progress, this,
                [&](JobId, int done, int total, const QString&) {
                    if (!grabbed && done >= total / 3 && page->view()->hasImage()) {
                        grabbed = true;
                        QApplication::processEvents();
                        page->grab().save(folder + QStringLiteral("/generate-progress.png"));
                    }
                });
        QSignalSpy ended(page.get(), &GeneratePage::generationEnded);
        click(form->generateButton());
        QVERIFY(ended.wait(600000));
        QVERIFY(grabbed);
        QVERIFY(page->gallery()->entryCount() == 1);
        click(page->compareButton());
        auto* dialog = page->findChild<ResultComparisonDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasRealEsrgan(), 600000);
        dialog->setPairing(ResultComparisonDialog::Pairing::LanczosVsRealEsrgan);
        dialog->resize(1400, 900);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->view()->applyPreset(ComparisonView::ZoomPreset::Double);
        QApplication::processEvents();
        QVERIFY(dialog->grab().save(folder + QStringLiteral("/generate-first-pass-ab.png")));
        dialog->close();
        QVERIFY(page->grab().save(folder + QStringLiteral("/generate-result.png")));
    }
};

QTEST_MAIN(TestGeneratePage)
#include "tst_generate_page.moc"
