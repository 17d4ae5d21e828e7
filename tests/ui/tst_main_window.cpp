#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtEndian>

#include "core/image/image_decoder.h"
#include "ui/file_queue.h"
#include "ui/image_document.h"
#include "ui/image_status_bar.h"
#include "ui/pages/upscale_page.h"
#include "ui/pages/upscale_queue_model.h"
#include "ui/recent_files_menu.h"
#include "ui/settings.h"
#include "ui/views/image_view.h"

using namespace hires;
using namespace hires::ui;

namespace {

QString photo(const char* name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + QLatin1String(name);
}

QMimeData* urlsMime(const QList<QUrl>& urls)
{
    auto* mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

QList<QUrl> fileUrls(const QStringList& paths)
{
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    return urls;
}

// Drags the URLs onto the window the way a file manager does: enter, then
// drop. Returns whether the window accepted the drag.
bool dropOnto(QWidget* window, const QList<QUrl>& urls)
{
    std::unique_ptr<QMimeData> mime(urlsMime(urls));
    const QPoint at = window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    return drop.isAccepted();
}

// The error box the window shows without blocking, if one is open.
QMessageBox* visibleErrorBox(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>())
        if (box->isVisible())
            return box;
    return nullptr;
}

void closeErrorBox(QWidget* window)
{
    if (QMessageBox* box = visibleErrorBox(window))
        box->close();
}

QAction* menuAction(QMainWindow& window, const QString& menuText, const QString& actionText)
{
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->text() != menuText || !menu->menu())
            continue;
        for (QAction* action : menu->menu()->actions())
            if (action->text() == actionText)
                return action;
    }
    return nullptr;
}

quint32 crc32(const QByteArray& bytes)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// The PNG at path with the middle of its first IDAT chunk's data inverted
// and the chunk's CRC recomputed.
QByteArray damagedPng(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray png = file.readAll();
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const auto length = qsizetype(qFromBigEndian<quint32>(png.constData() + pos));
        if (png.mid(pos + 4, 4) == "IDAT") {
            for (qsizetype i = length / 4; i < length * 3 / 4; ++i)
                png[pos + 8 + i] = char(png[pos + 8 + i] ^ 0x5a);
            qToBigEndian(crc32(png.mid(pos + 4, 4 + length)), png.data() + pos + 8 + length);
            return png;
        }
        pos += 12 + length;
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    QString temp(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile file(temp(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the model library's cache goes there
    }

    void init()
    {
        QFile::remove(temp(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<Settings>(temp(QStringLiteral("settings.ini")));
        m_window = std::make_unique<MainWindow>(*m_settings);
        m_window->showPage(m_window->viewerPage()); // these tests are about the viewer
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
    }

    void opensAPhoto()
    {
        m_window->openFiles({photo("astronaut.png")});
        const ImageDocument* document = m_window->document();
        QVERIFY(document);
        QCOMPARE(document->path(), photo("astronaut.png"));
        QCOMPARE(m_window->imageView()->imageSize(), QSize(512, 512));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("astronaut.png")));
        ImageStatusBar* status = m_window->imageStatusBar();
        QCOMPARE(status->fileText(), QStringLiteral("astronaut.png"));
        QCOMPARE(status->sizeText(), QStringLiteral("512 × 512 px"));
        QCOMPARE(status->formatText(), QStringLiteral("8-bit, RGB (3 channels)"));
        QCOMPARE(status->zoomText(), QStringLiteral("100 %")); // fits without reduction
        QCOMPARE(m_settings->recentFiles().value(0), photo("astronaut.png"));
        QVERIFY(!visibleErrorBox(m_window.get()));
    }

    void statusShowsGrayAndSixteenBit()
    {
        m_window->openFiles({photo("chessboard_GRAY_U16.tif")});
        QVERIFY(m_window->document());
        QCOMPARE(m_window->imageStatusBar()->formatText(),
                 QStringLiteral("16-bit, Gray (1 channel)"));
        m_window->openFiles({photo("camera.png")});
        QCOMPARE(m_window->imageStatusBar()->formatText(),
                 QStringLiteral("8-bit, Gray (1 channel)"));
    }

    void hoverShowsPixelValue()
    {
        m_window->openFiles({photo("astronaut.png")});
        ImageView* view = m_window->imageView();
        const QPoint at = view->rect().center() + QPoint(37, -21);
        QMouseEvent move(QEvent::MouseMove, at, view->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                         Qt::NoModifier);
        QApplication::sendEvent(view, &move);
        const QPointF source = view->mapToSource(at);
        const QPoint pixel(int(source.x()), int(source.y()));
        const Result<Image> decoded = readImageFile(photo("astronaut.png"));
        QVERIFY(decoded);
        const cv::Vec3b bgr = decoded->pixels.at<cv::Vec3b>(pixel.y(), pixel.x());
        QCOMPARE(m_window->imageStatusBar()->pixelText(),
                 QStringLiteral("(%1, %2)  R %3  G %4  B %5")
                     .arg(pixel.x())
                     .arg(pixel.y())
                     .arg(bgr[2])
                     .arg(bgr[1])
                     .arg(bgr[0]));
    }

    void zoomActionsAndStatus()
    {
        m_window->openFiles({photo("hubble_deep_field.jpg")});
        ImageView* view = m_window->imageView();
        QVERIFY(view->isFitMode());
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(view->zoom(), 1.0);
        QCOMPARE(m_window->imageStatusBar()->zoomText(), QStringLiteral("100 %"));
        QTest::keySequence(m_window.get(), QKeySequence::ZoomIn);
        QCOMPARE(view->zoom(), 1.5);
        QCOMPARE(m_window->imageStatusBar()->zoomText(), QStringLiteral("150 %"));
        QTest::keySequence(m_window.get(), QKeySequence::ZoomOut);
        QTest::keySequence(m_window.get(), QKeySequence::ZoomOut);
        QCOMPARE(view->zoom(), 2.0 / 3.0);
        QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_0));
        QVERIFY(view->isFitMode());
        QVERIFY(menuAction(*m_window, QStringLiteral("&View"), QStringLiteral("&Fit to Window"))
                    ->isChecked());
    }

    void dropOneFile()
    {
        QVERIFY(dropOnto(m_window.get(), fileUrls({photo("chelsea.png")})));
        QVERIFY(m_window->document());
        QCOMPARE(m_window->document()->fileName(), QStringLiteral("chelsea.png"));
        QCOMPARE(m_window->queue().count(), 1);
    }

    void dropSeveralFilesAndStepThrough()
    {
        const QStringList files{photo("chelsea.png"), photo("coffee.png"), photo("rocket.jpg")};
        QVERIFY(dropOnto(m_window.get(), fileUrls(files)));
        QCOMPARE(m_window->document()->path(), files[0]);
        QCOMPARE(m_window->queue().files(), files);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("(1 of 3)")));

        QTest::keyClick(m_window.get(), Qt::Key_PageDown);
        QCOMPARE(m_window->document()->path(), files[1]);
        m_window->showNext();
        QCOMPARE(m_window->document()->path(), files[2]);
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("(3 of 3)")));
        QVERIFY(!menuAction(*m_window, QStringLiteral("&View"), QStringLiteral("&Next Image"))
                     ->isEnabled());
        m_window->showNext(); // at the end: stays
        QCOMPARE(m_window->document()->path(), files[2]);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp);
        QCOMPARE(m_window->document()->path(), files[1]);
        QCOMPARE(m_window->imageView()->imageSize(), QSize(600, 400) /* coffee */);
    }

    void dropNonImageKeepsCurrentImage()
    {
        m_window->openFiles({photo("astronaut.png")});
        const QString text =
            writeFile(QStringLiteral("notes.txt"), "just some words, not pixels\n");
        QVERIFY(dropOnto(m_window.get(), fileUrls({text})));
        QMessageBox* box = visibleErrorBox(m_window.get());
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("notes.txt")), qPrintable(box->text()));
        QCOMPARE(m_window->document()->fileName(), QStringLiteral("astronaut.png"));
        QCOMPARE(m_window->queue().count(), 1);
        closeErrorBox(m_window.get());
    }

    void dropRefusedFormat()
    {
        // A real GIF: an image, but not a format we read.
        QVERIFY(dropOnto(m_window.get(), fileUrls({photo("no_time_for_that_tiny.gif")})));
        QMessageBox* box = visibleErrorBox(m_window.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("no_time_for_that_tiny.gif")));
        QVERIFY(!m_window->document());
        closeErrorBox(m_window.get());
    }

    void dropMissingFile()
    {
        const QString missing = temp(QStringLiteral("gone.png"));
        QVERIFY(dropOnto(m_window.get(), fileUrls({missing})));
        QMessageBox* box = visibleErrorBox(m_window.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("gone.png")));
        QVERIFY(!m_window->document());
        QVERIFY(m_window->queue().isEmpty());
        closeErrorBox(m_window.get());
    }

    void dropMixedKeepsTheReadableOnes()
    {
        const QString text = writeFile(QStringLiteral("readme.txt"), "text");
        QVERIFY(
            dropOnto(m_window.get(), fileUrls({text, photo("coffee.png"), photo("rocket.jpg")})));
        QCOMPARE(m_window->queue().files(),
                 (QStringList{photo("coffee.png"), photo("rocket.jpg")}));
        QCOMPARE(m_window->document()->fileName(), QStringLiteral("coffee.png"));
        QVERIFY(visibleErrorBox(m_window.get())->text().contains(QStringLiteral("readme.txt")));
        closeErrorBox(m_window.get());
    }

    void dropRefusesRemoteUrls()
    {
        QVERIFY(!dropOnto(m_window.get(), {QUrl(QStringLiteral("https://example.org/cat.png"))}));
        std::unique_ptr<QMimeData> text(new QMimeData);
        text->setText(QStringLiteral("/tmp/cat.png"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, text.get(), Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY(!m_window->document());
    }

    void truncatedFileKeepsCurrentImage()
    {
        QFile source(photo("astronaut.png"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        // A real PNG cut short: refused from its structure before any decoding.
        const QString truncated = writeFile(QStringLiteral("truncated.png"), source.read(3000));
        m_window->openFiles({photo("chelsea.png")});
        m_window->openFiles({truncated});
        QCOMPARE(m_window->document()->fileName(), QStringLiteral("chelsea.png"));
        QMessageBox* box = visibleErrorBox(m_window.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("truncated.png")));
        closeErrorBox(m_window.get());
    }

    void damagedPixelsAreAnErrorNotACrash()
    {
        // Every chunk well formed (CRCs right), the compressed pixels scrambled:
        // only decoding finds out.
        const QString damaged =
            writeFile(QStringLiteral("damaged.png"), damagedPng(photo("astronaut.png")));
        m_window->openFiles({damaged, photo("chelsea.png")});
        QCOMPARE(m_window->queue().count(), 2);
        QVERIFY(!m_window->document());
        QVERIFY(!m_window->imageView()->hasImage());
        QMessageBox* box = visibleErrorBox(m_window.get());
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("damaged.png")));
        QCOMPARE(m_window->imageView()->placeholderText(), box->text());
        QCOMPARE(m_window->imageStatusBar()->fileText(), QString());
        closeErrorBox(m_window.get());
        // Still usable: the next file of the queue opens.
        m_window->showNext();
        QCOMPARE(m_window->document()->fileName(), QStringLiteral("chelsea.png"));
    }

    void recentFilesMenuOpensAndPersists()
    {
        m_window->openFiles({photo("coffee.png")});
        m_window->openFiles({photo("chelsea.png")});
        auto* recent = m_window->findChild<RecentFilesMenu*>();
        QVERIFY(recent);
        recent->rebuild();
        const QList<QAction*> entries = recent->actions();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries[0]->text(), QStringLiteral("&1 chelsea.png"));
        QCOMPARE(entries[1]->text(), QStringLiteral("&2 coffee.png"));
        entries[1]->trigger();
        QCOMPARE(m_window->document()->fileName(), QStringLiteral("coffee.png"));

        // Another run of the program sees the same list.
        m_settings->sync();
        const Settings reread(temp(QStringLiteral("settings.ini")));
        QCOMPARE(reread.recentFiles().mid(0, 2),
                 (QStringList{photo("coffee.png"), photo("chelsea.png")}));
    }

    void missingRecentFileIsReportedAndForgotten()
    {
        const QString gone = temp(QStringLiteral("moved_away.png"));
        QFile::remove(gone);
        QVERIFY(QFile::copy(photo("coffee.png"), gone));
        m_window->openFiles({gone});
        QVERIFY(QFile::remove(gone));
        auto* recent = m_window->findChild<RecentFilesMenu*>();
        recent->rebuild();
        QCOMPARE(recent->actions().first()->text(), QStringLiteral("&1 moved_away.png"));
        recent->actions().first()->trigger();
        QVERIFY(visibleErrorBox(m_window.get()));
        QVERIFY(visibleErrorBox(m_window.get())->text().contains(QStringLiteral("moved_away.png")));
        QVERIFY(!m_settings->recentFiles().contains(gone));
        closeErrorBox(m_window.get());
    }

    void closeImageEmptiesTheWindow()
    {
        m_window->openFiles({photo("coffee.png"), photo("chelsea.png")});
        QTest::keySequence(m_window.get(), QKeySequence::Close);
        QVERIFY(!m_window->document());
        QVERIFY(m_window->queue().isEmpty());
        QVERIFY(!m_window->imageView()->hasImage());
        QCOMPARE(m_window->imageStatusBar()->fileText(), QString());
        QVERIFY(!menuAction(*m_window, QStringLiteral("&File"), QStringLiteral("&Save As..."))
                     ->isEnabled());
    }

    void geometryIsRestored()
    {
        m_window->resize(777, 555);
        m_window->close();
        MainWindow again(*m_settings);
        QCOMPARE(again.size(), QSize(777, 555));
    }

    void pagesRouteOpenedFilesAndSwitchWithAltDigits()
    {
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("pageNavigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->count(), 2);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Upscale"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("View"));
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(m_window->currentPage(), m_window->upscalePage());
        QCOMPARE(navigation->currentRow(), 0);

        // On the upscale page an opened file joins the queue; the viewer stays empty.
        m_window->openFiles({photo("chelsea.png")});
        QCOMPARE(m_window->upscalePage()->queueModel()->count(), 1);
        QVERIFY(!m_window->document());
        m_window->upscalePage()->cancelAll();

        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(m_window->currentPage(), m_window->viewerPage());
        m_window->openFiles({photo("coffee.png")});
        QVERIFY(m_window->document());
        QCOMPARE(m_window->upscalePage()->queueModel()->count(), 1);

        // Opening in the viewer from any page brings the viewer forward.
        m_window->showPage(m_window->upscalePage());
        m_window->viewFiles({photo("chelsea.png")});
        QCOMPARE(m_window->currentPage(), m_window->viewerPage());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
