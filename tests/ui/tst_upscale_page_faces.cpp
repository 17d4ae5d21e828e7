// Face restoration on the upscale page, with real events, the real JobRunner,
// the astronaut photo and a real torch.save GFPGAN file (random weights,
// written by tests/python/make_gfpgan_fixtures.py) found by the model library:
// "Restore faces" on changes the face and nothing far from it; weight 0 is
// bit-identical to the plain upscale; without a face model the result is
// still written and the queue says why faces were skipped; with a remote
// server (a real HttpService on 127.0.0.1) the server restores the faces with
// its own GFPGAN file, or says it has none; the options survive a new page.
#include "ui/pages/upscale_page.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "face/face_test_support.h"
#include "support/drop_events.h"
#include "support/python_reference.h"
#include "tests/server/server_test_support.h"
#include "ui/pages/upscale_face_options.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_queue_model.h"
#include "ui/settings.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

using namespace hires;
using namespace hires::ui;
using Status = UpscaleQueueItem::Status;

namespace {

// A band of the astronaut photo far below the face (test::astronautFace()).
const cv::Rect kFar(0, 400, 512, 112);

cv::Mat pixelsOf(const QString& path)
{
    Result<Image> image = readImageFile(path);
    return image ? image->pixels : cv::Mat();
}

// Types `text` into a spin box as a user would: select all, type, Enter.
void typeInto(QDoubleSpinBox* box, const QString& text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

} // namespace

class TestUpscalePageFaces : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_input;  // the astronaut, 512 x 512
    QString m_models; // GFPGANv1.4.pth (random weights)
    QString m_noModels;
    QString m_plain; // LANCZOS x1 without faces restored, written by the first test
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<UpscalePage> m_page;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    void makePage()
    {
        m_page = std::make_unique<UpscalePage>(*m_runner, *m_settings);
        m_page->resize(1000, 650);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->options()->isScanning(), 60000);
    }

    UpscaleFaceOptions* faces() const { return m_page->options()->faceOptions(); }

    // Drops the astronaut on the page and waits for its row; returns the row.
    int dropAndWait()
    {
        UpscaleQueueModel* model = m_page->queueModel();
        const int row = model->count();
        if (!test::dropUrlsOnto(m_page.get(), {QUrl::fromLocalFile(m_input)}))
            return -1;
        if (!QTest::qWaitFor([&] { return model->activeCount() == 0; }, 300000))
            return -1;
        return row;
    }

    QString statusOf(int row) const
    {
        UpscaleQueueModel* model = m_page->queueModel();
        return model->data(model->index(row, UpscaleQueueModel::StatusColumn), Qt::DisplayRole)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString photo = test::photoPath("astronaut.png");
        if (!QFileInfo::exists(photo))
            QSKIP("needs the test data (tests/tools/fetch_test_data.sh)");
        m_input = m_dir.filePath(QStringLiteral("astronaut.png"));
        QVERIFY(QFile::copy(photo, m_input));
        const test::PythonRun python =
            test::runPythonReference(QStringLiteral("make_gfpgan_fixtures.py"),
                                     {QStringLiteral("checkpoint"), m_dir.path()}, {}, 600000);
        QVERIFY2(python.error.isEmpty(), qPrintable(python.error));
        m_models = m_dir.filePath(QStringLiteral("models"));
        m_noModels = m_dir.filePath(QStringLiteral("no-models"));
        QVERIFY(QDir().mkpath(m_models));
        QVERIFY(QDir().mkpath(m_noModels));
        QVERIFY(QFile::rename(m_dir.filePath(QStringLiteral("gfpgan_random.pth")),
                              m_models + QStringLiteral("/GFPGANv1.4.pth")));
        QFile::remove(settingsFile());
        m_settings = std::make_unique<Settings>(settingsFile());
        m_settings->setValue(keys::kModelFolders, QStringList{m_models});
        m_settings->setValue(keys::kUpscaleModel, QStringLiteral("lanczos"));
        m_settings->setValue(keys::kUpscaleScalePercent, 100);
        m_runner = std::make_unique<JobRunner>();
    }

    void init()
    {
        const QString out =
            m_dir.filePath(QStringLiteral("out-%1").arg(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(out));
        m_settings->setValue(keys::kOutputFolder, out);
        makePage();
    }

    void cleanup() { m_page.reset(); }

    void plainUpscaleWithTheBoxOff()
    {
        QVERIFY(!faces()->enableBox()->isChecked()); // off by default
        QVERIFY(!m_page->options()->request().faceRestore);
        const int row = dropAndWait();
        QVERIFY(row >= 0);
        const UpscaleQueueItem& item = m_page->queueModel()->item(row);
        QCOMPARE(item.status, Status::Done);
        QVERIFY(item.faces.isEmpty());
        QCOMPARE(statusOf(row), QStringLiteral("Done"));
        m_plain = item.output;
        QCOMPARE(pixelsOf(m_plain).size(), cv::Size(512, 512));
    }

    void restoreFacesChangesTheFaceOnly()
    {
        QVERIFY(!m_plain.isEmpty());
        // The library found the GFPGAN file; no "add a model" line.
        QCOMPARE(faces()->modelBox()->count(), 1);
        QCOMPARE(faces()->modelBox()->currentData().toString(), QStringLiteral("gfpganv1.4"));
        QVERIFY(faces()->missingModelText().isEmpty());
        QVERIFY(!faces()->missingLabel()->isVisible());
        QVERIFY(!faces()->weightBox()->isEnabled());
        QTest::mouseClick(faces()->enableBox(), Qt::LeftButton);
        QVERIFY(faces()->enableBox()->isChecked());
        QVERIFY(faces()->weightBox()->isEnabled());
        typeInto(faces()->weightBox(), QStringLiteral("1.00"));
        QCOMPARE(faces()->weightBox()->value(), 1.0);

        const int row = dropAndWait();
        QVERIFY(row >= 0);
        const UpscaleQueueItem& item = m_page->queueModel()->item(row);
        QVERIFY2(item.status == Status::Done, qPrintable(item.message));
        QCOMPARE(item.faces, QStringLiteral("faces restored: 1"));
        QVERIFY(!item.fellBack);
        QCOMPARE(statusOf(row), QStringLiteral("Done; faces restored: 1"));
        const cv::Mat plain = pixelsOf(m_plain);
        const cv::Mat restored = pixelsOf(item.output);
        QCOMPARE(restored.size(), plain.size());
        const double facePsnr = test::psnr(restored, plain, test::astronautFace());
        QVERIFY2(facePsnr < 30, qPrintable(QString::number(facePsnr)));     // the face changed
        QCOMPARE(cv::norm(restored(kFar), plain(kFar), cv::NORM_INF), 0.0); // nothing far away
    }

    void weightZeroIsTheUpscale()
    {
        QVERIFY(!m_plain.isEmpty());
        QVERIFY(faces()->enableBox()->isChecked()); // remembered from the test before
        typeInto(faces()->weightBox(), QStringLiteral("0"));
        QCOMPARE(faces()->weightBox()->value(), 0.0);
        const int row = dropAndWait();
        QVERIFY(row >= 0);
        const UpscaleQueueItem& item = m_page->queueModel()->item(row);
        QVERIFY2(item.status == Status::Done, qPrintable(item.message));
        QVERIFY2(!item.faces.isEmpty(), "face restoration was asked for");
        QCOMPARE(cv::norm(pixelsOf(item.output), pixelsOf(m_plain), cv::NORM_INF), 0.0);
    }

    void missingModelSkipsAndSaysWhy()
    {
        QVERIFY(!m_plain.isEmpty());
        m_settings->setValue(keys::kModelFolders, QStringList{m_noModels});
        m_page->options()->reloadSettings();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->options()->isScanning(), 60000);
        QCOMPARE(faces()->modelBox()->count(), 0);
        QVERIFY(faces()->enableBox()->isEnabled()); // still usable
        const QString missing = faces()->missingModelText();
        QVERIFY2(missing.contains(QStringLiteral("GFPGANv1.4.pth")), qPrintable(missing));
        QLabel* line = faces()->missingLabel();
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(), missing);

        QTest::mouseClick(faces()->enableBox(), Qt::LeftButton); // off
        QTest::mouseClick(faces()->enableBox(), Qt::LeftButton); // on again
        QVERIFY(faces()->enableBox()->isChecked());
        typeInto(faces()->weightBox(), QStringLiteral("1"));
        const int row = dropAndWait();
        QVERIFY(row >= 0);
        const UpscaleQueueItem& item = m_page->queueModel()->item(row);
        QVERIFY2(item.status == Status::Done, qPrintable(item.message));
        QVERIFY(QFileInfo::exists(item.output));
        QVERIFY2(item.faces.startsWith(QStringLiteral("face restoration skipped: ")),
                 qPrintable(item.faces));
        QVERIFY2(item.faces.contains(QStringLiteral("GFPGANv1.4.pth")), qPrintable(item.faces));
        QVERIFY(!item.fellBack); // the upscale itself did not fall back
        QVERIFY(statusOf(row).contains(item.faces));
        // The long reason is elided in the column and whole in its tooltip.
        UpscaleQueueModel* model = m_page->queueModel();
        QVERIFY(model->data(model->index(row, UpscaleQueueModel::StatusColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(item.faces));
        QVERIFY(m_page->queueView()->columnWidth(UpscaleQueueModel::StatusColumn) <= 440);
        QVERIFY(m_page->queueView()->columnWidth(UpscaleQueueModel::NameColumn) > 150);
        QCOMPARE(cv::norm(pixelsOf(item.output), pixelsOf(m_plain), cv::NORM_INF), 0.0);
        m_settings->setValue(keys::kModelFolders, QStringList{m_models});
    }

    void remoteServerRestoresFaces()
    {
        QVERIFY(!m_plain.isEmpty());
        server::ServerOptions withFaces;
        withFaces.modelFolders = {m_models};
        test::ServerUnderTest server(withFaces);
        QVERIFY(server.port > 0);
        server::ServerOptions withoutFaces;
        withoutFaces.modelFolders = {m_noModels};
        test::ServerUnderTest bare(withoutFaces);
        QVERIFY(bare.port > 0);
        QVERIFY(faces()->enableBox()->isChecked());
        typeInto(faces()->weightBox(), QStringLiteral("1"));

        m_settings->setValue(keys::kRemoteServer,
                             QStringLiteral("http://127.0.0.1:%1").arg(server.port));
        m_page->reloadSettings();
        QSignalSpy ranOnServer(&server.runner, &JobRunner::finished);
        int row = dropAndWait();
        QVERIFY(row >= 0);
        QCOMPARE(ranOnServer.count(), 1);
        const UpscaleQueueItem& restored = m_page->queueModel()->item(row);
        QVERIFY2(restored.status == Status::Done, qPrintable(restored.message));
        QCOMPARE(restored.faces, QStringLiteral("faces restored: 1"));
        const cv::Mat plain = pixelsOf(m_plain);
        const cv::Mat remote = pixelsOf(restored.output);
        QVERIFY(test::psnr(remote, plain, test::astronautFace()) < 30);
        QCOMPARE(cv::norm(remote(kFar), plain(kFar), cv::NORM_INF), 0.0);

        m_settings->setValue(keys::kRemoteServer,
                             QStringLiteral("http://127.0.0.1:%1").arg(bare.port));
        m_page->reloadSettings();
        row = dropAndWait();
        QVERIFY(row >= 0);
        const UpscaleQueueItem& skipped = m_page->queueModel()->item(row);
        m_settings->setValue(keys::kRemoteServer, QString());
        QVERIFY2(skipped.status == Status::Done, qPrintable(skipped.message));
        QVERIFY2(skipped.faces.startsWith(QStringLiteral("face restoration skipped: ")) &&
                     skipped.faces.contains(QStringLiteral("GFPGAN")),
                 qPrintable(skipped.faces));
        QCOMPARE(cv::norm(pixelsOf(skipped.output), plain, cv::NORM_INF), 0.0);
    }

    void optionsSurviveANewPage()
    {
        QTest::mouseClick(faces()->enableBox(), Qt::LeftButton);
        QVERIFY(!faces()->enableBox()->isChecked());
        QTest::mouseClick(faces()->enableBox(), Qt::LeftButton);
        typeInto(faces()->weightBox(), QStringLiteral("0.35"));
        QCOMPARE(faces()->modelBox()->currentData().toString(), QStringLiteral("gfpganv1.4"));
        m_page.reset();
        m_settings = std::make_unique<Settings>(settingsFile()); // read from the file again
        makePage();
        QVERIFY(faces()->enableBox()->isChecked());
        QCOMPARE(faces()->weightBox()->value(), 0.35);
        QCOMPARE(faces()->modelBox()->currentData().toString(), QStringLiteral("gfpganv1.4"));
        const std::optional<FaceRestoreOptions> face = m_page->options()->request().faceRestore;
        QVERIFY(face);
        QCOMPARE(face->weight, 0.35);
        QCOMPARE(face->modelPath, m_models + QStringLiteral("/GFPGANv1.4.pth"));
        QVERIFY(face->detector.modelFolders.contains(m_models));
        // Accessible and reachable from the keyboard like the panel's other fields.
        QCOMPARE(faces()->enableBox()->accessibleName(), QStringLiteral("Restore faces"));
        QVERIFY(faces()->enableBox()->text().contains(QLatin1Char('&')));
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTest::keyClick(m_page.get(), Qt::Key_O, Qt::AltModifier); // "Rest&ore faces"
        QTRY_VERIFY(!faces()->enableBox()->isChecked()); // a button's mnemonic animates a click
        QCOMPARE(m_settings->value(keys::kUpscaleFaceRestore), false);
        QTest::keyClick(m_page.get(), Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(faces()->enableBox()->isChecked());
        QTest::keyClick(m_page.get(), Qt::Key_W, Qt::AltModifier); // "&Weight:"
        QTRY_VERIFY(faces()->weightBox()->hasFocus());
        QVERIFY(!faces()->weightBox()->toolTip().isEmpty());
        QVERIFY(!faces()->weightBox()->accessibleName().isEmpty());
        QVERIFY(!faces()->modelBox()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestUpscalePageFaces)
#include "tst_upscale_page_faces.moc"
