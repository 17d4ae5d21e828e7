// The main window: menus, the image view, the status bar, opening files
// (File > Open, Open Recent, drag and drop, command line) and Save As.
// Lives on the GUI thread. Errors are shown without blocking (a window-modal
// message box plus the status bar), so nothing here waits on the user except
// the dialogs the user asked for.
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include "ui/file_queue.h"
#include "ui/image_document.h"

#include <memory>
#include <optional>

class QAction;
class QMessageBox;
class QTabWidget;

namespace hires {
class JobRunner;
}

namespace hires::ui {

class ComparisonPage;
class ImageStatusBar;
class ImageView;
class RecentFilesMenu;
class Settings;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings must outlive the window.
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens image files and folders (their images, in natural order): the
    // readable ones become the queue and the first is shown; the others are
    // reported in one message. Unreadable files leave the current image.
    void openFiles(const QStringList& paths);

    void saveAs();
    void closeImage();
    void showNext();
    void showPrevious();
    void showAbout();

    const ImageDocument* document() const { return m_document ? &*m_document : nullptr; }
    const FileQueue& queue() const { return m_queue; }
    ImageView* imageView() const { return m_view; }
    ImageStatusBar* imageStatusBar() const { return m_status; }
    ComparisonPage* comparisonPage() const { return m_comparePage; }
    // Shows the comparison page with the open image as its input.
    void compareCurrentImage();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void chooseFiles();
    // Decodes and shows the queue's current file; false (and shown) on error.
    bool showCurrent();
    void showError(const QString& text);
    void updateState();
    QString emptyHint() const;

    Settings& m_settings;
    ImageView* m_view = nullptr;
    ImageStatusBar* m_status = nullptr;
    RecentFilesMenu* m_recent = nullptr;
    FileQueue m_queue;
    std::optional<ImageDocument> m_document;
    QPointer<QMessageBox> m_errorBox;
    // Pages (the comparison page's hook: one tab and one menu).
    std::unique_ptr<JobRunner> m_runner;
    QTabWidget* m_pages = nullptr;
    ComparisonPage* m_comparePage = nullptr;
    QAction* m_compareImageAction = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_saveAsAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualSizeAction = nullptr;
    QAction* m_previousAction = nullptr;
    QAction* m_nextAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace hires::ui
