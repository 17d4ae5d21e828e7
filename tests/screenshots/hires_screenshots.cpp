// hires_screenshots OUTPUT_DIR [FACE_MODEL_DIR]: the main window's Upscale
// page with real photos queued and the real Real-ESRGAN x4fast model running —
// one image done, one in progress, the others waiting — and "Restore faces"
// on (with the GFPGAN file in FACE_MODEL_DIR when given), grabbed to
// OUTPUT_DIR/upscale.png.
// Run it through make_screenshots.sh (Xvfb). Settings and results go to a
// temporary folder; nothing of the user's is read or written.
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

#include "core/nn/builtin_architectures.h"
#include "ui/main_window.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_page.h"
#include "ui/pages/upscale_queue_model.h"
#include "ui/settings.h"

using namespace hires;
using namespace hires::ui;

namespace {

QString photo(const char* name)
{
    return QStringLiteral(HIRES_TEST_DATA_DIR "/photos/") + QLatin1String(name);
}

// Turns the event loop until `done` or the time is up.
template <typename F> bool waitFor(F done, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(50);
    }
    return true;
}

int fail(const char* what)
{
    std::fprintf(stderr, "hires_screenshots: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2)
        return fail("usage: hires_screenshots OUTPUT_DIR [FACE_MODEL_DIR]");
    QStandardPaths::setTestModeEnabled(true);
    registerBuiltinArchitectures();
    QApplication::setApplicationName(QStringLiteral("HiresStudio"));
    const QString outDir = QString::fromLocal8Bit(argv[1]);
    QTemporaryDir temp;
    Settings settings(temp.filePath(QStringLiteral("settings.ini")));
    QStringList folders{QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl")};
    if (argc > 2)
        folders << QString::fromLocal8Bit(argv[2]);
    settings.setValue(keys::kModelFolders, folders);
    const QString results = temp.filePath(QStringLiteral("results"));
    QDir().mkpath(results);
    settings.setValue(keys::kOutputFolder, results);
    settings.setValue(keys::kUpscaleModel, QStringLiteral("realesrgan-x4fast"));
    settings.setValue(keys::kUpscaleTile, 128);
    settings.setValue(keys::kUpscaleFaceRestore, true);
    settings.setValue(keys::kUpscaleFaceWeightPercent, 70);

    MainWindow window(settings);
    window.resize(1280, 780);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return fail("the window was not shown");
    UpscalePage* page = window.upscalePage();
    window.showPage(page);
    if (!waitFor([&] { return !page->options()->isScanning(); }, 60000))
        return fail("model scan did not end");
    if (page->options()->modelBox()->currentData().toString() != QLatin1String("realesrgan-x4fast"))
        return fail("realesrgan-x4fast not found; run tests/tools/fetch_test_data.sh");

    page->openFiles({photo("chelsea.png"), photo("astronaut.png"), photo("coffee.png"),
                     photo("rocket.jpg"), photo("hubble_deep_field.jpg")});
    UpscaleQueueModel* queue = page->queueModel();
    // The first done, the second at least a third of the way.
    const bool caught = waitFor(
        [&] {
            return queue->item(0).status == UpscaleQueueItem::Status::Done &&
                   queue->item(1).status == UpscaleQueueItem::Status::Running &&
                   queue->item(1).fraction() >= 0.35;
        },
        600000);
    if (!caught)
        return fail("the queue did not reach the pictured state");
    page->queueView()->selectRow(1);
    QTest::qWait(600); // a tick of the elapsed / remaining column, thumbnails painted
    const QString path = QDir(outDir).filePath(QStringLiteral("upscale.png"));
    if (!window.grab().save(path))
        return fail("cannot write the screenshot");
    std::printf("%s\n", qPrintable(path));
    page->cancelAll();
    waitFor([&] { return queue->activeCount() == 0; }, 60000);
    return 0;
}
