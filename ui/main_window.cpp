#include "ui/main_window.h"

#include "core/base/version.h"

#include <QApplication>
#include <QFileDialog>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace hires::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(QString::fromLatin1(kApplicationName));
    resize(1200, 800);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Open images"), QString(), tr("Images (*.png *.jpg *.jpeg *.webp *.tif *.tiff)"));
        if (!paths.isEmpty())
            openFiles(paths);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Hires Studio"), this, &MainWindow::showAbout);
}

void MainWindow::openFiles(const QStringList& paths)
{
    statusBar()->showMessage(tr("%n file(s) to open", nullptr, static_cast<int>(paths.size())));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hires Studio"),
                       tr("<h3>Hires Studio %1</h3><p>Image generation, neural upscaling and "
                          "A/B comparison on the desktop.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

} // namespace hires::ui
