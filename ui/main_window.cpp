#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QUrl>

#include "core/base/version.h"
#include "core/image/image_decoder.h"
#include "core/models/model_library.h"
#include "core/nn/builtin_architectures.h"
#include "ui/dialogs/about_dialog.h"
#include "ui/dialogs/model_manager_dialog.h"
#include "ui/dialogs/settings_dialog.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/save_as_controller.h"
#include "ui/image_status_bar.h"
#include "ui/pages/comparison_page.h"
#include "ui/pages/generate_page.h"
#include "ui/language_menu.h"
#include "ui/pages/page.h"
#include "ui/pages/upscale_page.h"
#include "ui/recent_files_menu.h"
#include "ui/settings.h"
#include "ui/views/image_view.h"

namespace hires::ui {

namespace {

constexpr int kStatusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(Settings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_view(new ImageView(this))
    , m_status(new ImageStatusBar(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setStatusBar(m_status);
    m_view->setPlaceholderText(emptyHint());
    applyProcessingSettings();

    auto* central = new QWidget(this);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("pageNavigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(120);
    m_navigation->setSpacing(2);
    m_pages = new QStackedWidget(central);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        m_navigation->setCurrentRow(index);
        updateState();
    });

    createActions();
    // Pages, in navigation order; each is one line here.
    m_generatePage = new GeneratePage(m_settings, m_runner,
                                      ModelLibrary(m_settings.value(keys::kModelFolders)), this);
    addPage(m_generatePage, tr("Generate"), tr("Generate images from a prompt, with hires fix"));
    m_generatePage->setModelManagerAvailable(true);
    connect(m_generatePage, &GeneratePage::openModelManagerRequested, this,
            &MainWindow::showModelManager);
    m_generatePage->rescanModels();
    m_upscalePage = new UpscalePage(m_runner, m_settings, this);
    addPage(m_upscalePage, tr("Upscale"), tr("Upscale images and folders, dropped or pasted"));
    // Where upscaling and generation run (this computer or the remote server), always in view.
    auto* location = new QLabel(m_upscalePage->locationLabel()->text(), m_status);
    location->setObjectName(QStringLiteral("workLocation"));
    m_status->addPermanentWidget(location);
    connect(m_upscalePage, &UpscalePage::workLocationChanged, location, &QLabel::setText);
    m_comparePage = new ComparisonPage(m_runner, m_settings, this);
    m_comparePage->setStatusLineVisible(false); // its messages go to the status bar
    addPage(m_comparePage, tr("Compare"), tr("LANCZOS against a model, or any two images"));
    // The upscale page scans the model folders; the comparison offers the same
    // upscalers, and restores faces with the library's GFPGAN file (v1.4 first).
    connect(m_upscalePage->options(), &UpscaleOptionsPanel::modelsScanned, this, [this] {
        QList<ModelChoice> choices;
        QString faceModel;
        for (const ModelInfo& model : m_upscalePage->options()->models()) {
            if (model.ok() && model.kind == ModelKind::Upscaler)
                choices.append({model.id, model.path});
            if (model.ok() && model.architecture == kGfpganArchitecture &&
                (faceModel.isEmpty() || model.id == QLatin1String("gfpganv1.4")))
                faceModel = model.path;
        }
        m_comparePage->setModels(choices);
        m_comparePage->setFaceModel(faceModel,
                                    ModelLibrary(m_settings.value(keys::kModelFolders)).folders());
    });
    connect(m_comparePage, &ComparisonPage::failed, this, &MainWindow::showError);
    addPage(m_view, tr("View"), tr("Look at one image: zoom, pan, Save As"));
    createMenus();
    connect(m_view, &ImageView::zoomChanged, m_status, &ImageStatusBar::showZoom);
    connect(m_view, &ImageView::pixelHovered, m_status, &ImageStatusBar::showPixel);
    connect(m_view, &ImageView::fitModeChanged, m_fitAction, &QAction::setChecked);

    resize(1200, 800);
    restoreGeometry(m_settings.value(keys::kWindowGeometry));
    restoreState(m_settings.value(keys::kWindowState));
    updateState();
}

MainWindow::~MainWindow()
{
    // Pages cancel their jobs on the runner: they go before the runner does.
    while (QWidget* page = m_pages->widget(0)) {
        m_pages->removeWidget(page);
        delete page;
    }
}

QString MainWindow::emptyHint() const
{
    return tr("Open an image with File > Open (Ctrl+O), or drop image files here.");
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_openAction = make(tr("&Open..."), {QKeySequence::Open}, &MainWindow::chooseFiles);
    m_saveAsAction = make(tr("&Save As..."), {QKeySequence::SaveAs}, &MainWindow::saveAs);
    m_closeAction = make(tr("&Close"), {QKeySequence::Close}, &MainWindow::closeImage);
    m_quitAction = make(tr("&Quit"), {QKeySequence::Quit}, &QWidget::close);
    m_quitAction->setMenuRole(QAction::QuitRole);
    // Ctrl+= as well: on many layouts "+" needs Shift.
    m_zoomInAction =
        make(tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)},
             [this] { m_view->zoomIn(); });
    m_zoomOutAction = make(tr("Zoom &Out"), {QKeySequence::ZoomOut}, [this] { m_view->zoomOut(); });
    m_fitAction = make(tr("&Fit to Window"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                       [this] { m_view->fitToWindow(); });
    m_fitAction->setCheckable(true);
    m_actualSizeAction = make(tr("&Actual Size (1:1)"), {QKeySequence(Qt::CTRL | Qt::Key_1)},
                              [this] { m_view->actualSize(); });
    m_previousAction =
        make(tr("&Previous Image"), {QKeySequence(Qt::Key_PageUp)}, &MainWindow::showPrevious);
    m_nextAction = make(tr("&Next Image"), {QKeySequence(Qt::Key_PageDown)}, &MainWindow::showNext);
    m_aboutAction = make(tr("&About Hires Studio"), {}, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_compareImageAction =
        make(tr("Compare &This Image"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
             &MainWindow::compareCurrentImage);
    m_compareImageAction->setStatusTip(
        tr("Open the viewed image in the Compare page to compare LANCZOS with a model"));
    m_pasteAction = make(tr("&Paste"), {QKeySequence::Paste}, &MainWindow::paste);
    m_settingsAction = make(tr("&Settings..."),
                            {QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)},
                            &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Model folders, processing, output and language"));
    m_modelsAction = make(tr("&Models..."), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M)},
                          &MainWindow::showModelManager);
    m_modelsAction->setStatusTip(tr("See, add, download and remove models"));
    m_pasteAction->setStatusTip(tr("Add the image or files on the clipboard to the current page"));
    m_openAction->setStatusTip(tr("Open images or add them to the current page"));
    m_saveAsAction->setStatusTip(tr("Save the image shown under another name or format"));
}

int MainWindow::addPage(QWidget* page, const QString& title, const QString& toolTip)
{
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_navigation);
    item->setToolTip(toolTip);
    item->setData(Qt::AccessibleTextRole, title);
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);
    if (page->metaObject()->indexOfSignal("statusMessage(QString)") >= 0)
        connect(page, SIGNAL(statusMessage(QString)), this, SLOT(showPageMessage(QString)));
    // Alt+1, Alt+2, ...: Ctrl+digits are the viewer's zoom keys.
    auto* action = new QAction(title, this);
    if (index < 9)
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
    action->setStatusTip(toolTip);
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    m_pageActions << action;
    if (index == 0)
        m_navigation->setCurrentRow(0);
    return index;
}

void MainWindow::compareCurrentImage()
{
    if (m_document && m_comparePage->openInput(m_document->path()))
        showPage(m_comparePage);
}

void MainWindow::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
}

QWidget* MainWindow::currentPage() const
{
    return m_pages->currentWidget();
}

QWidget* MainWindow::viewerPage() const
{
    return m_view;
}

void MainWindow::showPageMessage(const QString& text)
{
    m_status->showMessage(text, kStatusMessageMs);
}

void MainWindow::applyProcessingSettings()
{
    const Result<DevicePreference> device = parseDevicePreference(m_settings.value(keys::kDevice));
    m_runner.setDevice(device ? *device : DevicePreference::Auto);
    m_runner.setCpuThreads(m_settings.value(keys::kCpuThreads));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    const QString defaultModel = m_settings.value(keys::kDefaultUpscaleModel);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_settings.value(keys::kDefaultUpscaleModel) != defaultModel) // a new default is used now
        m_settings.setValue(keys::kUpscaleModel, m_settings.value(keys::kDefaultUpscaleModel));
    applyProcessingSettings();
    m_upscalePage->options()->reloadSettings();
    m_upscalePage->reloadSettings();
    m_generatePage->reloadSettings();
    m_comparePage->reloadSettings();
    m_status->showMessage(tr("Settings saved"), kStatusMessageMs);
}

void MainWindow::showModelManager()
{
    ModelManagerDialog dialog(m_settings, ModelLibrary::defaultUserFolder(), this);
    connect(&dialog, &ModelManagerDialog::modelsChanged, m_upscalePage->options(),
            &UpscaleOptionsPanel::rescanModels);
    connect(&dialog, &ModelManagerDialog::modelsChanged, m_generatePage,
            &GeneratePage::rescanModels);
    dialog.exec();
}

void MainWindow::paste()
{
    if (auto* page = dynamic_cast<Page*>(currentPage());
        page && page->paste(QApplication::clipboard()->mimeData()))
        return;
    const QStringList files = FileQueue::localFiles(QApplication::clipboard()->mimeData());
    if (!files.isEmpty())
        openFiles(files);
    else
        m_status->showMessage(tr("The clipboard holds no image or file"), kStatusMessageMs);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recent = new RecentFilesMenu(m_settings, file);
    connect(m_recent, &RecentFilesMenu::fileChosen, this, [this](const QString& path) {
        if (!QFileInfo::exists(path)) // moved or deleted since: say so once, then forget it
            m_settings.removeRecentFile(path);
        openFiles({path});
    });
    file->addMenu(m_recent);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_pasteAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_zoomInAction);
    view->addAction(m_zoomOutAction);
    view->addAction(m_fitAction);
    view->addAction(m_actualSizeAction);
    view->addSeparator();
    view->addAction(m_previousAction);
    view->addAction(m_nextAction);
    view->addSeparator();
    view->addActions(m_pageActions);
    view->addSeparator();
    auto* language = new LanguageMenu(m_settings, view);
    connect(language, &LanguageMenu::languageChosen, this, [this] {
        m_status->showMessage(tr("Hires Studio shows the new language from its next start."),
                              kStatusMessageMs);
    });
    view->addMenu(language);

    QMenu* compare = menuBar()->addMenu(tr("&Compare"));
    compare->addAction(m_compareImageAction);
    compare->addSeparator();
    compare->addActions(m_comparePage->pageActions());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_modelsAction);
    tools->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::chooseFiles()
{
    const QString filter =
        tr("Images (%1)").arg(FileQueue::imageNamePatterns().join(QLatin1Char(' '))) +
        QStringLiteral(";;") + tr("All files (*)");
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Images"), m_settings.folder(keys::kLastOpenFolder), filter);
    if (!paths.isEmpty())
        openFiles(paths);
}

void MainWindow::openFiles(const QStringList& paths)
{
    if (auto* page = dynamic_cast<Page*>(currentPage()); page && page->openFiles(paths))
        return;
    viewFiles(paths);
}

void MainWindow::viewFiles(const QStringList& paths)
{
    QStringList readable;
    QStringList problems;
    for (const QString& path : FileQueue::expandFolders(paths)) {
        // The header alone says whether it is an image we read: cheap, and a
        // wrong file in a drop does not replace what is on screen.
        const Result<ImageInfo> probed = probeImageFile(path);
        if (probed)
            readable << path;
        else
            problems << probed.error().message;
    }
    if (paths.isEmpty() || (readable.isEmpty() && problems.isEmpty()))
        problems << tr("No image files found in: %1").arg(paths.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        showError(problems.join(QLatin1Char('\n')));
    if (readable.isEmpty())
        return;
    m_queue.setFiles(readable);
    showPage(m_view);
    showCurrent();
}

bool MainWindow::showCurrent()
{
    const QString path = m_queue.current();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImageDocument> opened = ImageDocument::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_document.reset();
        m_view->clear();
        m_view->setPlaceholderText(opened.error().message);
        updateState();
        showError(opened.error().message);
        return false;
    }
    m_document = std::move(opened).value();
    m_view->setImage(m_document->shown());
    m_settings.addRecentFile(m_document->path());
    m_settings.setValue(keys::kLastOpenFolder, QFileInfo(m_document->path()).absolutePath());
    updateState();
    m_status->showMessage(tr("Opened %1").arg(m_document->fileName()), kStatusMessageMs);
    return true;
}

void MainWindow::showNext()
{
    if (m_queue.hasNext()) {
        m_queue.next();
        showCurrent();
    }
}

void MainWindow::showPrevious()
{
    if (m_queue.hasPrevious()) {
        m_queue.previous();
        showCurrent();
    }
}

void MainWindow::saveAs()
{
    if (!m_document)
        return;
    SaveAsController saver(this, m_settings);
    const Result<QString> saved = saver.saveAs(*m_document);
    if (saved) {
        m_settings.addRecentFile(*saved);
        m_status->showMessage(tr("Saved %1").arg(QFileInfo(*saved).fileName()), kStatusMessageMs);
    } else if (saved.error().code != ErrorCode::Cancelled) {
        showError(saved.error().message);
    }
}

void MainWindow::closeImage()
{
    m_queue.clear();
    m_document.reset();
    m_view->clear();
    m_view->setPlaceholderText(emptyHint());
    updateState();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showError(const QString& text)
{
    m_status->showMessage(text.section(QLatin1Char('\n'), 0, 0), kStatusMessageMs);
    // One window-modal box that does not block the caller; a newer error
    // replaces the text of one still open.
    if (!m_errorBox) {
        m_errorBox = new QMessageBox(QMessageBox::Warning, tr("Hires Studio"), QString(),
                                     QMessageBox::Ok, this);
        m_errorBox->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_errorBox->setText(text);
    m_errorBox->open();
}

void MainWindow::updateState()
{
    const bool open = m_document.has_value();
    for (QAction* action : {m_saveAsAction, m_zoomInAction, m_zoomOutAction, m_fitAction,
                            m_actualSizeAction, m_compareImageAction})
        action->setEnabled(open);
    m_closeAction->setEnabled(open || !m_queue.isEmpty());
    m_previousAction->setEnabled(m_queue.hasPrevious());
    m_nextAction->setEnabled(m_queue.hasNext());
    m_fitAction->setChecked(m_view->isFitMode());

    m_status->showDocument(document());
    if (open)
        m_status->showZoom(m_view->zoom());
    QString title = m_queue.isEmpty() ? QString::fromLatin1(kApplicationName)
                                      : QFileInfo(m_queue.current()).fileName();
    if (m_queue.count() > 1)
        title = tr("%1 (%2 of %3)").arg(title).arg(m_queue.currentIndex() + 1).arg(m_queue.count());
    setWindowTitle(title);
    setWindowFilePath(m_queue.current());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    // Only files on this machine: a URL from a browser is not ours to fetch.
    if (!FileQueue::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = FileQueue::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(files);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setValue(keys::kWindowGeometry, saveGeometry());
    m_settings.setValue(keys::kWindowState, saveState());
    QMainWindow::closeEvent(event);
}

} // namespace hires::ui

#include "moc_main_window.cpp"
