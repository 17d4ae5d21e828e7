#include "ui/pages/comparison_page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QToolBar>
#include <QVBoxLayout>

#include "core/compare/comparison.h"
#include "core/compare/file_comparison_job.h"
#include "core/compare/upscale_comparison_job.h"
#include "core/image/output_naming.h"
#include "core/jobs/job_runner.h"
#include "ui/file_queue.h"
#include "ui/image_document.h"
#include "ui/save_as_controller.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"

#include <cmath>
#include <utility>

namespace hires::ui {

namespace {

constexpr double kScales[] = {2.0, 3.0, 4.0};
constexpr double kGains[] = {1.0, 2.0, 4.0, 8.0, 16.0};

QAction* makeAction(QWidget* owner, const QString& text, const QKeySequence& key,
                    const QString& tip)
{
    auto* action = new QAction(text, owner);
    action->setShortcut(key);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    owner->addAction(action);
    return action;
}

} // namespace

ComparisonPage::ComparisonPage(JobRunner& runner, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_settings(settings)
    , m_view(new ComparisonView(this))
    , m_toolBar(new QToolBar(this))
    , m_modelBox(new QComboBox(this))
    , m_scaleBox(new QComboBox(this))
    , m_gainBox(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ComparisonPage"));
    setAccessibleName(tr("Comparison"));
    m_toolBar->setObjectName(QStringLiteral("comparisonToolBar"));
    m_toolBar->setAccessibleName(tr("Comparison tools"));
    createActions();
    createToolBar();

    m_progress->setAccessibleName(tr("Comparison progress"));
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_status->setAccessibleName(tr("Comparison status"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(statusRow);

    connect(&m_runner, &JobRunner::finished, this, &ComparisonPage::onFinished);
    connect(&m_runner, &JobRunner::failed, this, &ComparisonPage::onFailed);
    connect(&m_runner, &JobRunner::cancelled, this, &ComparisonPage::onCancelled);
    connect(&m_runner, &JobRunner::progress, this, &ComparisonPage::onProgress);
    connect(m_view, &ComparisonView::modeChanged, this, [this](ComparisonView::Mode mode) {
        // The mode may change from elsewhere (a test, a menu): the buttons follow.
        QAction* checked = mode == ComparisonView::Mode::Slider       ? m_sliderAction
                           : mode == ComparisonView::Mode::Difference ? m_differenceAction
                                                                      : m_sideBySideAction;
        checked->setChecked(true);
        updateState();
    });
    m_status->setText(tr("Open an image to compare LANCZOS with a model, or compare two files."));
    updateState();
}

// No cancel here: in the main window the runner is destroyed before its pages (and
// cancels everything itself); a job that outlives the page ends unheard.
ComparisonPage::~ComparisonPage() = default;

void ComparisonPage::createActions()
{
    m_openAction = makeAction(this, tr("&Open Image to Compare..."),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
                              tr("Choose the image whose upscales are compared"));
    m_compareAction = makeAction(this, tr("Compare &LANCZOS vs Model"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                                 tr("Upscale the whole image with LANCZOS and with the chosen "
                                    "model to the same size, and compare them"));
    m_previewAction = makeAction(this, tr("&Preview Visible Region"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                 tr("Run the model only on the part in view (plus a margin), "
                                    "LANCZOS elsewhere: a quick look before the whole image"));
    m_compareFilesAction = makeAction(this, tr("Compare &Two Files..."),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                      tr("Choose two image files and compare them"));
    m_cancelAction = makeAction(this, tr("&Cancel Comparison"), QKeySequence(Qt::Key_Escape),
                                tr("Stop the running comparison"));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    m_sideBySideAction =
        makeAction(this, tr("&Side by Side"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1),
                   tr("Show the two images next to each other"));
    m_sliderAction = makeAction(this, tr("S&lider"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2),
                                tr("Show the left image left of a divider you drag, the right "
                                   "image right of it"));
    m_differenceAction =
        makeAction(this, tr("&Difference"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3),
                   tr("Show where the images differ: |A − B| amplified and colour-mapped"));
    auto* modes = new QActionGroup(this);
    for (QAction* action : {m_sideBySideAction, m_sliderAction, m_differenceAction}) {
        action->setCheckable(true);
        modes->addAction(action);
    }
    m_sideBySideAction->setChecked(true);

    m_fitAction = makeAction(this, tr("&Fit"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0),
                             tr("Fit the images to the panes"));
    m_actualAction = makeAction(this, tr("1:1"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1),
                                tr("Actual pixels"));
    m_doubleAction = makeAction(this, tr("2×"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2),
                                tr("Two screen pixels per image pixel"));
    m_quadrupleAction = makeAction(this, tr("4×"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_4),
                                   tr("Four screen pixels per image pixel"));
    m_saveLeftAction =
        makeAction(this, tr("Save &Left As..."), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                   tr("Save the left image to a file"));
    // Short texts for the toolbar; the menus keep the full ones.
    m_openAction->setIconText(tr("Open"));
    m_compareAction->setIconText(tr("LANCZOS vs Model"));
    m_previewAction->setIconText(tr("Preview Region"));
    m_compareFilesAction->setIconText(tr("Two Files"));
    m_cancelAction->setIconText(tr("Cancel"));
    m_sideBySideAction->setIconText(tr("Side by Side"));
    m_sliderAction->setIconText(tr("Slider"));
    m_differenceAction->setIconText(tr("Difference"));
    m_fitAction->setIconText(tr("Fit"));
    m_saveRightAction = makeAction(this, tr("Save &Right As..."),
                                   QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_S),
                                   tr("Save the right image to a file"));
    m_saveLeftAction->setIconText(tr("Save Left"));
    m_saveRightAction->setIconText(tr("Save Right"));

    connect(m_openAction, &QAction::triggered, this, &ComparisonPage::chooseInput);
    connect(m_compareAction, &QAction::triggered, this, &ComparisonPage::compareWithModel);
    connect(m_previewAction, &QAction::triggered, this, &ComparisonPage::previewVisibleRegion);
    connect(m_compareFilesAction, &QAction::triggered, this, &ComparisonPage::chooseFiles);
    connect(m_cancelAction, &QAction::triggered, this, &ComparisonPage::cancel);
    using Mode = ComparisonView::Mode;
    for (auto [action, mode] : {std::pair{m_sideBySideAction, Mode::SideBySide},
                                {m_sliderAction, Mode::Slider},
                                {m_differenceAction, Mode::Difference}})
        connect(action, &QAction::triggered, this, [this, mode] { m_view->setMode(mode); });
    using Preset = ComparisonView::ZoomPreset;
    for (auto [action, preset] : {std::pair{m_fitAction, Preset::Fit},
                                  {m_actualAction, Preset::Actual},
                                  {m_doubleAction, Preset::Double},
                                  {m_quadrupleAction, Preset::Quadruple}})
        connect(action, &QAction::triggered, this, [this, preset] { m_view->applyPreset(preset); });
    connect(m_saveLeftAction, &QAction::triggered, this, [this] { saveSide(0); });
    connect(m_saveRightAction, &QAction::triggered, this, [this] { saveSide(1); });
}

void ComparisonPage::createToolBar()
{
    m_modelBox->setAccessibleName(tr("Model"));
    m_modelBox->setToolTip(tr("The model compared with LANCZOS"));
    m_modelBox->setMinimumContentsLength(14);
    m_scaleBox->setAccessibleName(tr("Output scale"));
    m_scaleBox->setToolTip(tr("Both sides are upscaled to this many times the input size"));
    for (double scale : kScales)
        m_scaleBox->addItem(tr("×%1").arg(scale), scale);
    m_scaleBox->setCurrentIndex(2);
    m_gainBox->setAccessibleName(tr("Difference amplification"));
    m_gainBox->setToolTip(tr("How strongly differences are amplified in the difference view"));
    for (double gain : kGains)
        m_gainBox->addItem(tr("|A − B| ×%1").arg(gain), gain);
    m_gainBox->setCurrentIndex(2);
    connect(m_gainBox, &QComboBox::currentIndexChanged, this,
            [this] { m_view->setDifferenceGain(m_gainBox->currentData().toDouble()); });

    m_toolBar->addAction(m_openAction);
    m_toolBar->addWidget(m_modelBox);
    m_toolBar->addWidget(m_scaleBox);
    m_toolBar->addAction(m_compareAction);
    m_toolBar->addAction(m_previewAction);
    m_toolBar->addAction(m_compareFilesAction);
    m_toolBar->addAction(m_cancelAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_sideBySideAction);
    m_toolBar->addAction(m_sliderAction);
    m_toolBar->addAction(m_differenceAction);
    m_toolBar->addWidget(m_gainBox);
    m_toolBar->addSeparator();
    for (QAction* action : {m_fitAction, m_actualAction, m_doubleAction, m_quadrupleAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_saveLeftAction);
    m_toolBar->addAction(m_saveRightAction);
}

QList<QAction*> ComparisonPage::pageActions() const
{
    return {m_openAction,     m_compareAction,    m_previewAction, m_compareFilesAction,
            m_cancelAction,   m_sideBySideAction, m_sliderAction,  m_differenceAction,
            m_fitAction,      m_actualAction,     m_doubleAction,  m_quadrupleAction,
            m_saveLeftAction, m_saveRightAction};
}

bool ComparisonPage::openFiles(const QStringList& paths)
{
    if (paths.size() == 1 && QFileInfo(paths.front()).isFile())
        return openInput(paths.front());
    if (paths.size() == 2) {
        compareFiles(paths.at(0), paths.at(1));
        return true;
    }
    return false;
}

void ComparisonPage::setModels(const QList<ModelChoice>& models)
{
    // A rescan keeps the user's choice when the model is still there.
    const QString current = m_modelBox->currentText();
    m_models = models;
    m_modelBox->clear();
    for (const ModelChoice& model : models)
        m_modelBox->addItem(model.id, model.file);
    if (const int index = m_modelBox->findText(current); index >= 0)
        m_modelBox->setCurrentIndex(index);
    updateState();
}

void ComparisonPage::setCurrentModel(int index)
{
    m_modelBox->setCurrentIndex(index);
}

void ComparisonPage::setScale(double scale)
{
    const int index = m_scaleBox->findData(scale);
    if (index >= 0)
        m_scaleBox->setCurrentIndex(index);
}

double ComparisonPage::scale() const
{
    return m_scaleBox->currentData().toDouble();
}

std::optional<ModelChoice> ComparisonPage::currentModel() const
{
    const int index = m_modelBox->currentIndex();
    if (index < 0 || index >= m_models.size())
        return std::nullopt;
    return m_models.at(index);
}

void ComparisonPage::setStatusLineVisible(bool visible)
{
    m_status->setVisible(visible);
}

QString ComparisonPage::statusText() const
{
    return m_status->text();
}

bool ComparisonPage::openInput(const QString& path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImageDocument> opened = ImageDocument::open(path);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_status->setText(opened.error().message);
        Q_EMIT failed(opened.error().message);
        return false;
    }
    m_inputFile = opened->path();
    m_input = opened->image();
    m_view->setInput(opened->shown(), opened->fileName());
    m_status->setText(tr("%1: choose a model and compare, or zoom in and preview the region in "
                         "view.")
                          .arg(opened->fileName()));
    updateState();
    return true;
}

void ComparisonPage::chooseInput()
{
    const QString filter =
        tr("Images (%1)").arg(FileQueue::imageNamePatterns().join(QLatin1Char(' ')));
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Image to Compare"), m_settings.folder(keys::kLastOpenFolder), filter);
    if (!path.isEmpty())
        openInput(path);
}

void ComparisonPage::chooseFiles()
{
    const QString filter =
        tr("Images (%1)").arg(FileQueue::imageNamePatterns().join(QLatin1Char(' ')));
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Choose Two Images to Compare"), m_settings.folder(keys::kLastOpenFolder), filter);
    if (paths.size() == 2)
        compareFiles(paths.at(0), paths.at(1));
    else if (!paths.isEmpty())
        Q_EMIT failed(
            tr("Choose exactly two images to compare (%n chosen).", nullptr, int(paths.size())));
}

void ComparisonPage::submit(std::unique_ptr<Job> job, const QString& what)
{
    if (m_job)
        m_runner.cancel(*m_job);
    m_job = m_runner.submit(std::move(job));
    m_status->setText(what);
    m_progress->setRange(0, 0);
    m_progress->show();
    updateState();
    Q_EMIT statusMessage(what);
}

void ComparisonPage::compareWithModel()
{
    const std::optional<ModelChoice> model = currentModel();
    if (m_inputFile.isEmpty() || !model)
        return;
    UpscaleComparisonRequest request;
    request.inputFile = m_inputFile;
    request.input = m_input;
    request.model.model = model->file;
    request.model.modelId = model->id;
    request.model.options = m_options;
    request.model.options.outScale = scale();
    request.gain = m_view->differenceGain();
    submit(std::make_unique<UpscaleComparisonJob>(std::move(request)),
           tr("Upscaling %1 with LANCZOS and %2...")
               .arg(QFileInfo(m_inputFile).fileName(), model->id));
}

QRect ComparisonPage::visibleInputRegion() const
{
    const QRectF visible = m_view->visibleRegion();
    const QSize shown = m_view->leftImageSize();
    if (visible.isEmpty() || shown.isEmpty() || m_input.pixels.empty())
        return {};
    const double sx = double(m_input.width()) / shown.width();
    const double sy = double(m_input.height()) / shown.height();
    const QRect region(
        QPoint(int(std::floor(visible.left() * sx)), int(std::floor(visible.top() * sy))),
        QPoint(int(std::ceil(visible.right() * sx)) - 1,
               int(std::ceil(visible.bottom() * sy)) - 1));
    const QRect clipped = region.intersected(QRect(0, 0, m_input.width(), m_input.height()));
    if (clipped.size() == QSize(m_input.width(), m_input.height()))
        return {};
    return clipped;
}

void ComparisonPage::previewVisibleRegion()
{
    const std::optional<ModelChoice> model = currentModel();
    if (m_inputFile.isEmpty() || !model)
        return;
    const QRect region = visibleInputRegion();
    if (region.isEmpty()) {
        compareWithModel(); // everything is in view: the preview is the whole comparison
        return;
    }
    UpscaleComparisonRequest request;
    request.inputFile = m_inputFile;
    request.input = m_input;
    request.model.model = model->file;
    request.model.modelId = model->id;
    request.model.options = m_options;
    request.model.options.outScale = scale();
    request.region = cv::Rect(region.x(), region.y(), region.width(), region.height());
    request.gain = m_view->differenceGain();
    submit(std::make_unique<UpscaleComparisonJob>(std::move(request)),
           tr("Previewing %1 on %2 × %3 pixels in view...")
               .arg(model->id)
               .arg(region.width())
               .arg(region.height()));
}

void ComparisonPage::compareFiles(const QString& fileA, const QString& fileB)
{
    submit(std::make_unique<FileComparisonJob>(fileA, fileB, m_view->differenceGain()),
           tr("Comparing %1 with %2...")
               .arg(QFileInfo(fileA).fileName(), QFileInfo(fileB).fileName()));
}

void ComparisonPage::cancel()
{
    if (m_job)
        m_runner.cancel(*m_job);
}

void ComparisonPage::onProgress(JobId id, int done, int total, const QString& /*stage*/)
{
    if (!m_job || id != *m_job)
        return;
    m_progress->setRange(0, std::max(1, total));
    m_progress->setValue(done);
}

void ComparisonPage::onFinished(JobId id, const JobOutput& output)
{
    if (!m_job || id != *m_job)
        return;
    jobEnded();
    Result<Comparison> comparison = Comparison::fromJobOutput(output);
    if (!comparison) {
        showFailure(comparison.error().message);
        return;
    }
    m_view->setComparison(*comparison);
    QString done = tr("Compared %1 with %2.").arg(comparison->a.label, comparison->b.label);
    if (comparison->b.provenance.fellBack())
        done += QLatin1Char(' ') + tr("The model could not run: see the right pane.");
    m_status->setText(done);
    updateState();
    Q_EMIT statusMessage(done);
    Q_EMIT comparisonShown();
}

void ComparisonPage::onFailed(JobId id, const Error& error)
{
    if (!m_job || id != *m_job)
        return; // another page's job
    jobEnded();
    showFailure(error.message);
}

void ComparisonPage::showFailure(const QString& message)
{
    const QString text = tr("The comparison failed: %1").arg(message);
    m_status->setText(text);
    updateState();
    Q_EMIT failed(text);
}

void ComparisonPage::onCancelled(JobId id)
{
    if (!m_job || id != *m_job)
        return;
    jobEnded();
    m_status->setText(tr("The comparison was cancelled."));
    updateState();
}

void ComparisonPage::jobEnded()
{
    m_job.reset();
    m_progress->hide();
}

void ComparisonPage::saveSide(int side)
{
    const Comparison* comparison = m_view->comparison();
    if (!comparison)
        return;
    const ComparisonSide& chosen = side == 0 ? comparison->a : comparison->b;
    QString path = chosen.file;
    if (path.isEmpty()) {
        QString method = chosen.provenance.used.isEmpty() ? chosen.label : chosen.provenance.used;
        if (!comparison->region.empty())
            method += QStringLiteral("-preview");
        path = defaultOutputPath(m_inputFile, method, scale(), ImageFormat::Png);
    }
    Result<ImageDocument> document = ImageDocument::fromImage(path, chosen.image);
    if (!document) {
        Q_EMIT failed(document.error().message);
        return;
    }
    SaveAsController saver(this, m_settings);
    const Result<QString> saved = saver.saveAs(*document);
    if (saved) {
        m_settings.addRecentFile(*saved);
        m_status->setText(tr("Saved %1").arg(QFileInfo(*saved).fileName()));
        Q_EMIT statusMessage(m_status->text());
    } else if (saved.error().code != ErrorCode::Cancelled) {
        Q_EMIT failed(saved.error().message);
    }
}

void ComparisonPage::updateState()
{
    const bool busy = m_job.has_value();
    const bool canCompare = !m_inputFile.isEmpty() && !m_models.isEmpty();
    m_compareAction->setEnabled(canCompare);
    m_previewAction->setEnabled(canCompare);
    m_cancelAction->setEnabled(busy);
    const bool shown = m_view->comparison() != nullptr;
    m_saveLeftAction->setEnabled(shown);
    m_saveRightAction->setEnabled(shown);
    m_gainBox->setEnabled(m_view->mode() == ComparisonView::Mode::Difference);
    m_modelBox->setEnabled(!m_models.isEmpty());
    if (m_models.isEmpty())
        m_modelBox->setToolTip(tr("No model found: add one in the model manager"));
}

} // namespace hires::ui

#include "moc_comparison_page.cpp"
