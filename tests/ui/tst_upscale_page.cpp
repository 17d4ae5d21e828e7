// The upscale page with real events, real photos, the real JobRunner and the
// real Real-ESRGAN x4fast model: a drop of several files, a folder, a
// non-image and a missing file; a neural job that keeps the GUI thread live
// and is cancelled from the Cancel button without leaving a file; retry;
// paste; the neural / LANCZOS indicator.
#include "ui/pages/upscale_page.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "ui/image_bridge.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_queue_model.h"
#include "ui/settings.h"

using namespace hires;
using namespace hires::ui;
using Status = UpscaleQueueItem::Status;

namespace {

QString photo(const char* name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + QLatin1String(name);
}

// Drags the URLs onto the widget the way a file manager does.
bool dropOnto(QWidget* widget, const QStringList& paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime.setUrls(urls);
    const QPoint at = widget->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &drop);
    return drop.isAccepted();
}

void selectData(QComboBox* box, const QVariant& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace

class TestUpscalePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<UpscalePage> m_page;
    QString m_out;

    QString crop(const char* source, cv::Rect rect, const QString& path)
    {
        Result<Image> image = readImageFile(photo(source));
        if (!image)
            qFatal("%s", qPrintable(image.error().message));
        image->pixels = image->pixels(rect).clone();
        if (!saveImage(*image, path, EncodeOptions{}))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QStringList outputs() const
    {
        return QDir(m_out).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    bool allEnded() const { return m_page->queueModel()->activeCount() == 0; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(
                     QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl/realesrgan-x4fast.param")),
                 "run tests/tools/fetch_test_data.sh");
    }

    void init()
    {
        m_out = m_dir.filePath(QStringLiteral("out-%1").arg(QTest::currentTestFunction()));
        QDir().mkpath(m_out);
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings->setValue(keys::kModelFolders,
                             QStringList{QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl")});
        m_settings->setValue(keys::kOutputFolder, m_out);
        m_runner = std::make_unique<JobRunner>();
        m_page = std::make_unique<UpscalePage>(*m_runner, *m_settings);
        m_page->resize(900, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->options()->isScanning(), 60000);
    }

    void cleanup()
    {
        m_page.reset();
        m_runner.reset();
        m_settings.reset();
    }

    void indicatorSaysNeuralIsAvailable()
    {
        UpscaleOptionsPanel* options = m_page->options();
        // The library's default: x4plus is there, so it is chosen.
        QCOMPARE(options->modelBox()->currentData().toString(),
                 QStringLiteral("realesrgan-x4plus"));
        QVERIFY(options->neuralAvailable());
        auto* indicator = options->findChild<QLabel*>(QStringLiteral("upscaleIndicator"));
        QVERIFY(indicator->text().contains(QStringLiteral("Neural upscaling available")));
        QVERIFY(indicator->text().contains(QStringLiteral("realesrgan-x4plus")));
        selectData(options->modelBox(), QStringLiteral("lanczos"));
        QVERIFY(!options->neuralAvailable());
        QVERIFY(indicator->text().contains(QStringLiteral("LANCZOS")));
        QCOMPARE(m_settings->value(keys::kUpscaleModel), QStringLiteral("lanczos"));
    }

    void indicatorExplainsAFallbackWithoutModels()
    {
        m_settings->setValue(keys::kModelFolders, QStringList{m_out}); // an empty folder
        UpscalePage page(*m_runner, *m_settings);
        QTRY_VERIFY_WITH_TIMEOUT(!page.options()->isScanning(), 60000);
        QVERIFY(!page.options()->neuralAvailable());
        const QString text = page.options()->availabilityText();
        QVERIFY2(
            text.startsWith(QStringLiteral("Falling back to LANCZOS because no upscaling model")),
            qPrintable(text));
        QVERIFY(text.contains(m_out));
    }

    void dropFilesFolderNonImageAndMissingFile()
    {
        selectData(m_page->options()->modelBox(), QStringLiteral("lanczos"));
        const QString folder = m_dir.filePath(QStringLiteral("folder"));
        QDir().mkpath(folder);
        crop("coffee.png", cv::Rect(0, 0, 80, 60), folder + QStringLiteral("/a.png"));
        crop("rocket.jpg", cv::Rect(0, 0, 60, 80), folder + QStringLiteral("/b.png"));
        QFile notes(folder + QStringLiteral("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not an image");
        notes.close();
        const QString fake = m_dir.filePath(QStringLiteral("fake.png"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is text with an image's name, not an image");
        f.close();
        const QString missing = m_dir.filePath(QStringLiteral("gone.png"));
        const QString one = crop("astronaut.png", cv::Rect(100, 100, 50, 40),
                                 m_dir.filePath(QStringLiteral("one.png")));
        const QString two = crop("chelsea.png", cv::Rect(10, 10, 40, 50),
                                 m_dir.filePath(QStringLiteral("two.png")));

        QVERIFY(dropOnto(m_page.get(), {one, two, folder, fake, missing}));
        UpscaleQueueModel* model = m_page->queueModel();
        QCOMPARE(model->count(), 4); // one, two, a, b
        QCOMPARE(model->item(0).name, QStringLiteral("one.png"));
        QCOMPARE(model->item(2).name, QStringLiteral("a.png"));
        QCOMPARE(model->item(0).size, QSize(50, 40));
        const QString problems = m_page->lastProblems();
        QVERIFY2(problems.contains(QStringLiteral("fake.png")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("gone.png")), qPrintable(problems));
        QVERIFY(!problems.contains(QStringLiteral("notes.txt"))); // skipped inside a folder

        QTRY_VERIFY_WITH_TIMEOUT(allEnded(), 60000);
        for (int row = 0; row < model->count(); ++row)
            QCOMPARE(model->item(row).status, Status::Done);
        QCOMPARE(outputs(), QStringList({"a_lanczos_2x.png", "b_lanczos_2x.png",
                                         "one_lanczos_2x.png", "two_lanczos_2x.png"}));
        Result<ImageInfo> info = probeImageFile(m_out + QStringLiteral("/one_lanczos_2x.png"));
        QVERIFY(info);
        QCOMPARE(info->width, 100);
        QCOMPARE(m_page->overallProgress()->value(), 1000);
        QTRY_VERIFY(!model->item(0).thumbnail.isNull());
        QCOMPARE(
            model->data(model->index(0, UpscaleQueueModel::SizeColumn), Qt::DisplayRole).toString(),
            QStringLiteral("50 × 40"));
    }

    void neuralJobKeepsTheGuiLiveAndCancelLeavesNoFile()
    {
        selectData(m_page->options()->modelBox(), QStringLiteral("realesrgan-x4fast"));
        m_page->options()->scaleBox()->setValue(4);
        selectData(m_page->options()->findChild<QComboBox*>(QStringLiteral("upscaleTile")), 128);
        m_page->openFiles({photo("astronaut.png")});
        UpscaleQueueModel* model = m_page->queueModel();
        QCOMPARE(model->count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(0).status, Status::Running, 60000);

        // While the network computes on the worker, the GUI thread's timer keeps
        // firing; after ten ticks it presses Cancel like a user would.
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 10 && model->item(0).status == Status::Running) {
                m_page->queueView()->selectRow(0);
                QTest::mouseClick(m_page->cancelButton(), Qt::LeftButton);
            }
        });
        timer.start(10);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(0).status, Status::Cancelled, 120000);
        QVERIFY(ticks >= 10);
        QCOMPARE(outputs(), QStringList{}); // no result, no temporary file

        // Retry with LANCZOS finishes the same row.
        selectData(m_page->options()->modelBox(), QStringLiteral("lanczos"));
        QVERIFY(m_page->retryButton()->isEnabled());
        QTest::mouseClick(m_page->retryButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->item(0).status, Status::Done, 60000);
        QCOMPARE(outputs(), QStringList{QStringLiteral("astronaut_lanczos_4x.png")});
    }

    void neuralJobFinishesWithTheModel()
    {
        selectData(m_page->options()->modelBox(), QStringLiteral("realesrgan-x4fast"));
        m_page->options()->scaleBox()->setValue(4);
        const QString face = crop("astronaut.png", cv::Rect(180, 60, 64, 48),
                                  m_dir.filePath(QStringLiteral("face.png")));
        m_page->openFiles({face});
        UpscaleQueueModel* model = m_page->queueModel();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(), 120000);
        QCOMPARE(model->item(0).status, Status::Done);
        QVERIFY(!model->item(0).fellBack);
        QVERIFY(model->item(0).message.startsWith(QStringLiteral("realesrgan-x4fast")));
        QCOMPARE(outputs(), QStringList{QStringLiteral("face_realesrgan-x4fast_4x.png")});
        QVERIFY(model->elapsedSeconds(0) > 0);
    }

    void pastedImageIsUpscaledIntoTheOutputFolder()
    {
        selectData(m_page->options()->modelBox(), QStringLiteral("lanczos"));
        QMimeData mime;
        QImage image(30, 20, QImage::Format_RGB32);
        image.fill(QColor(200, 100, 50));
        mime.setImageData(image);
        QVERIFY(m_page->paste(&mime));
        UpscaleQueueModel* model = m_page->queueModel();
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(), 60000);
        QCOMPARE(model->item(0).status, Status::Done);
        const QStringList written = outputs();
        QCOMPARE(written.size(), 1);
        QVERIFY(written.at(0).startsWith(QStringLiteral("pasted-")));
        Result<Image> back = readImageFile(m_out + QLatin1Char('/') + written.at(0));
        QVERIFY(back);
        QCOMPARE(back->width(), 60);
        QMimeData empty;
        QVERIFY(!m_page->paste(&empty));
    }

    void cancelAllStopsEveryRow()
    {
        selectData(m_page->options()->modelBox(), QStringLiteral("realesrgan-x4fast"));
        selectData(m_page->options()->findChild<QComboBox*>(QStringLiteral("upscaleTile")), 128);
        m_page->openFiles({photo("astronaut.png"), photo("coffee.png"), photo("chelsea.png")});
        UpscaleQueueModel* model = m_page->queueModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->item(0).status, Status::Running, 60000);
        QVERIFY(m_page->cancelAllButton()->isEnabled());
        QTest::mouseClick(m_page->cancelAllButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(allEnded(), 120000);
        for (int row = 0; row < model->count(); ++row)
            QCOMPARE(model->item(row).status, Status::Cancelled);
        QCOMPARE(outputs(), QStringList{});
    }
};

QTEST_MAIN(TestUpscalePage)
#include "tst_upscale_page.moc"
