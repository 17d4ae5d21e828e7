// The main window: a left navigation of pages (Generate, Upscale, Compare,
// View) over a stack, menus, the status bar, opening files (File > Open, Open
// Recent, drag and drop, paste, command line) and Save As. Files go to the
// current page when it is a Page that takes them (ui/pages/page.h), else to
// the View page (the image viewer). The window owns the one JobRunner all
// pages share (jobRunner()), with the device and thread settings applied.
// Lives on the GUI thread. Errors are shown without blocking (a window-modal
// message box plus the status bar), so nothing here waits on the user except
// the dialogs the user asked for.
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include "core/jobs/job_runner.h"
#include "ui/file_queue.h"
#include "ui/image_document.h"

#include <optional>

class QAction;
class QListWidget;
class QMessageBox;
class QStackedWidget;

namespace hires::ui {

class ImageStatusBar;
class ImageView;
class RecentFilesMenu;
class Settings;
class UpscalePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // settings must outlive the window.
    explicit MainWindow(Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Files opened, dropped or named on the command line: to the current page
    // when it takes them (e.g. the upscale queue), else to viewFiles().
    void openFiles(const QStringList& paths);
    // The viewer: image files and folders (their images, in natural order):
    // the readable ones become the queue, the View page comes to the front
    // and the first is shown; the others are reported in one message.
    // Unreadable files leave the current image.
    void viewFiles(const QStringList& paths);

    void saveAs();
    void closeImage();
    void showNext();
    void showPrevious();
    void showAbout();
    void paste();

    // PAGES — the integration point. A page is any QWidget; addPage() puts it
    // in the navigation (in call order, shortcut Alt+<position>) and the stack.
    // If it also inherits hires::ui::Page it receives opened/dropped files and
    // pastes while shown; if it has a signal statusMessage(QString), that text
    // goes to the status bar. Pages are added in the constructor, one line each.
    int addPage(QWidget* page, const QString& title, const QString& toolTip = {});
    void showPage(QWidget* page);
    QWidget* currentPage() const;
    QWidget* viewerPage() const;
    UpscalePage* upscalePage() const { return m_upscalePage; }
    JobRunner& jobRunner() { return m_runner; }
    // Reads the device and CPU thread settings into the runner (after Settings changed).
    void applyProcessingSettings();

    const ImageDocument* document() const { return m_document ? &*m_document : nullptr; }
    const FileQueue& queue() const { return m_queue; }
    ImageView* imageView() const { return m_view; }
    ImageStatusBar* imageStatusBar() const { return m_status; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private Q_SLOTS:
    void showPageMessage(const QString& text);

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
    JobRunner m_runner;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    UpscalePage* m_upscalePage = nullptr;
    QList<QAction*> m_pageActions;
    ImageView* m_view = nullptr;
    ImageStatusBar* m_status = nullptr;
    RecentFilesMenu* m_recent = nullptr;
    FileQueue m_queue;
    std::optional<ImageDocument> m_document;
    QPointer<QMessageBox> m_errorBox;

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
    QAction* m_pasteAction = nullptr;
};

} // namespace hires::ui
