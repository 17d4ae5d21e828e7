#include "ui/pages/comparison_page.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include "core/compare/comparison.h"
#include "core/compare/file_comparison_job.h"
#include "core/compare/upscale_comparison_job.h"
#include "core/face/face_restore_step.h"
#include "core/jobs/job_runner.h"
#include "core/remote/remote_upscaler.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"
#include "ui/views/face_review_panel.h"

#include <cmath>
#include <utility>

namespace hires::ui {

ComparisonPage::ComparisonPage(JobRunner& runner, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_settings(settings)
    , m_view(new ComparisonView(this))
    , m_facePanel(new FaceReviewPanel(this))
    , m_split(new QSplitter(Qt::Horizontal, this))
    , m_toolBar(new QToolBar(this))
    , m_modelBox(new QComboBox(this))
    , m_scaleBox(new QComboBox(this))
    , m_gainBox(new QComboBox(this))
    , m_faceWeightBox(new QDoubleSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("ComparisonPage"));
    setAccessibleName(tr("Comparison"));
    m_toolBar->setObjectName(QStringLiteral("comparisonToolBar"));
    m_toolBar->setAccessibleName(tr("Comparison tools"));
    createActions();
    createFaceControls();
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
    // The faces panel beside the view, shown only while a result has faces.
    m_split->setObjectName(QStringLiteral("comparisonSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    m_split->addWidget(m_facePanel);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    m_facePanel->hide();
    layout->addWidget(m_split, 1);
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

UpscaleComparisonRequest ComparisonPage::modelRequest(const ModelChoice& model) const
{
    UpscaleComparisonRequest request;
    request.inputFile = m_inputFile;
    request.input = m_input;
    request.model.model = model.file;
    request.model.modelId = model.id;
    request.model.options = m_options;
    request.model.options.outScale = scale();
    request.model.faceRestore = faceRestoreOptions();
    request.model.keepFaceSession = request.model.faceRestore.has_value();
    request.gain = m_view->differenceGain();
    return request;
}

void ComparisonPage::submitModelJob(UpscaleComparisonRequest request, const QString& what)
{
    m_facesRequested = request.model.faceRestore.has_value();
    auto job = std::make_unique<UpscaleComparisonJob>(std::move(request));
    QString text = what;
    if (isRemote()) {
        job->setUpscaler(RemoteUpscaler(QUrl(m_settings.value(keys::kRemoteServer)),
                                        m_settings.value(keys::kRemoteToken).toUtf8()));
        text += QLatin1Char(' ') +
                tr("The model runs on %1; LANCZOS runs on this computer.").arg(modelLocation());
    }
    submit(std::move(job), text);
}

void ComparisonPage::compareWithModel()
{
    const std::optional<ModelChoice> model = currentModel();
    if (m_inputFile.isEmpty() || !model)
        return;
    submitModelJob(modelRequest(*model), tr("Upscaling %1 with LANCZOS and %2...")
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
    UpscaleComparisonRequest request = modelRequest(*model);
    request.region = cv::Rect(region.x(), region.y(), region.width(), region.height());
    submitModelJob(std::move(request), tr("Previewing %1 on %2 × %3 pixels in view...")
                                           .arg(model->id)
                                           .arg(region.width())
                                           .arg(region.height()));
}

void ComparisonPage::compareFiles(const QString& fileA, const QString& fileB)
{
    m_facesRequested = false;
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
    showFaces(*comparison);
    const Provenance& b = comparison->b.provenance;
    QString done = tr("Compared %1 with %2.").arg(comparison->a.label, comparison->b.label);
    // The face step's fallbacks come last and are told apart below.
    if (b.fallbacks.size() > summarizeFaceStep(b).fallbacks.size())
        done += QLatin1Char(' ') + tr("The model could not run: see the right pane.");
    if (const QString server = b.details.value(QStringLiteral("server")).toString();
        !server.isEmpty())
        done += QLatin1Char(' ') + tr("The model ran on %1.").arg(server);
    if (const QString faces = facesStatus(*comparison); !faces.isEmpty())
        done += QLatin1Char(' ') + faces;
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
    updateFaceState();
}

} // namespace hires::ui

#include "moc_comparison_page.cpp"
