#include "ui/pages/generate_page.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/diffusion/generate_job.h"
#include "core/diffusion/generation_parameters.h"
#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"
#include "core/jobs/job_runner.h"
#include "core/remote/remote_backend.h"
#include "core/remote/remote_generate_job.h"
#include "core/remote/remote_upscaler.h"
#include "ui/image_bridge.h"
#include "ui/pages/generate_form.h"
#include "ui/pages/missing_checkpoint_panel.h"
#include "ui/pages/prompt_edit.h"
#include "ui/pages/result_comparison.h"
#include "ui/pages/result_gallery.h"
#include "ui/pages/seed_control.h"
#include "ui/settings.h"
#include "ui/views/image_view.h"

namespace hires::ui {

namespace {

constexpr int kLatentFactor = 8; // image pixels per latent pixel

QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

GeneratePage::GeneratePage(Settings& settings, JobRunner& runner, ModelLibrary library,
                           QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_runner(runner)
    , m_library(std::move(library))
    , m_stack(new QStackedWidget(this))
    , m_missing(new MissingCheckpointPanel(this))
    , m_form(new GenerateForm(this))
    , m_scan(new QFutureWatcher<ScannedModels>(this))
{
    setObjectName(QStringLiteral("GeneratePage"));
    setAcceptDrops(true);
    m_missing->setModelFolder(m_library.userFolder());
    setModelManagerAvailable(false);

    auto* formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    // The form scrolls sideways rather than widening a small window.
    formScroll->setMinimumWidth(220);
    formScroll->resize(m_form->sizeHint().width() + 24, formScroll->height());

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(formScroll);
    splitter->addWidget(makeResultSide());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_stack->addWidget(m_missing);
    m_stack->addWidget(splitter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_form->promptEdit()->setHistory(m_settings.value(keys::kPromptHistory));
    connect(
        m_form->promptEdit(), &PromptEdit::historyChanged, this,
        [this](const QStringList& history) { m_settings.setValue(keys::kPromptHistory, history); });
    connect(m_form, &GenerateForm::generateRequested, this, &GeneratePage::generate);
    connect(m_form, &GenerateForm::cancelRequested, this, &GeneratePage::cancel);
    connect(m_missing, &MissingCheckpointPanel::openModelManagerRequested, this,
            &GeneratePage::openModelManagerRequested);
    connect(m_missing, &MissingCheckpointPanel::rescanRequested, this, &GeneratePage::rescanModels);
    connect(m_scan, &QFutureWatcher<ScannedModels>::finished, this,
            [this] { setModels(m_scan->result().models, m_scan->result().upscaler); });
    connectRunner();
    setModels({});
    reloadSettings();
}

GeneratePage::~GeneratePage()
{
    if (m_job)
        m_runner.cancel(*m_job);
    m_scan->waitForFinished();
}

QWidget* GeneratePage::makeResultSide()
{
    auto* side = new QWidget(this);
    m_view = new ImageView(side);
    m_view->setPlaceholderText(tr("Write a prompt and press Generate. Drop a PNG made by "
                                  "Hires Studio or AUTOMATIC1111 here to reuse its settings."));
    m_progress = new QProgressBar(side);
    m_progress->setTextVisible(true);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_status = new QLabel(side);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_gallery = new ResultGallery(side);
    m_compare = new QPushButton(tr("Compare..."), side);
    m_compare->setToolTip(tr("The result against the first pass upscaled with LANCZOS and with "
                             "Real-ESRGAN"));
    m_rerun = new QPushButton(tr("Re-run Second Pass"), side);
    m_useSettings = new QPushButton(tr("Use Settings"), side);
    m_useSettings->setToolTip(tr("Put this image's settings into the form"));
    m_save = new QPushButton(tr("Save..."), side);
    m_save->setToolTip(tr("Save as PNG with the generation parameters"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addWidget(m_rerun);
    actions->addWidget(m_useSettings);
    actions->addStretch(1);
    actions->addWidget(m_save);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_gallery);
    layout->addLayout(actions);

    connect(m_gallery, &ResultGallery::currentRowChanged, this, [this] {
        if (!m_job)
            showEntry(m_gallery->currentEntry());
        updateActions();
    });
    connect(m_compare, &QPushButton::clicked, this, &GeneratePage::compareSelected);
    connect(m_rerun, &QPushButton::clicked, this, &GeneratePage::rerunSecondPass);
    connect(m_save, &QPushButton::clicked, this, &GeneratePage::chooseSaveFile);
    connect(m_useSettings, &QPushButton::clicked, this, [this] {
        if (const GalleryEntry* entry = m_gallery->currentEntry())
            m_form->setRequest(entry->request);
    });
    return side;
}

void GeneratePage::connectRunner()
{
    connect(&m_runner, &JobRunner::progress, this, &GeneratePage::onProgress);
    connect(&m_runner, &JobRunner::preview, this, &GeneratePage::onPreview);
    connect(&m_runner, &JobRunner::finished, this, &GeneratePage::onFinished);
    connect(&m_runner, &JobRunner::failed, this, [this](JobId id, const Error& error) {
        if (m_job == id)
            onEnded(tr("Generation failed: %1").arg(error.message));
    });
    connect(&m_runner, &JobRunner::cancelled, this, [this](JobId id) {
        if (m_job == id)
            onEnded(tr("Cancelled."));
    });
}

void GeneratePage::rescanModels()
{
    if (m_scan->isRunning())
        return;
    m_status->setText(tr("Looking for models..."));
    ModelLibrary library = m_library;
    m_scan->setFuture(QtConcurrent::run([library]() mutable {
        library.scan();
        const ModelInfo* upscaler = library.defaultUpscaler();
        return ScannedModels{library.models(), upscaler ? upscaler->path : QString()};
    }));
}

void GeneratePage::setModels(const std::vector<ModelInfo>& models, const QString& upscalerPath)
{
    std::vector<ModelInfo> checkpoints;
    m_upscalerPath = upscalerPath;
    for (const ModelInfo& model : models)
        if (model.kind == ModelKind::DiffusionCheckpoint && model.ok())
            checkpoints.push_back(model);
    m_form->setCheckpoints(checkpoints);
    updateStack();
    if (!m_job)
        m_status->clear();
    Q_EMIT modelsChanged();
}

void GeneratePage::updateStack()
{
    // A server brings its own checkpoint: the form is usable without one here.
    m_stack->setCurrentWidget(hasCheckpoint() || isRemote() ? m_stack->widget(1)
                                                            : static_cast<QWidget*>(m_missing));
}

bool GeneratePage::isRemote() const
{
    return !m_settings.value(keys::kRemoteServer).isEmpty();
}

QString GeneratePage::workLocation() const
{
    const QString server = m_settings.value(keys::kRemoteServer);
    return server.isEmpty() ? tr("this computer") : RemoteBackend(QUrl(server), {}).where();
}

void GeneratePage::reloadSettings()
{
    m_form->setServerCheckpoint(
        isRemote() ? tr("%1 generates with its own checkpoint").arg(workLocation()) : QString());
    updateStack();
    updateActions();
}

void GeneratePage::setModelManagerAvailable(bool available)
{
    m_missing->modelManagerButton()->setVisible(available);
}

bool GeneratePage::hasCheckpoint() const
{
    return m_form->checkpointCount() > 0;
}

void GeneratePage::generate()
{
    if (m_job || (!hasCheckpoint() && !isRemote()))
        return;
    GenerationRequest request = m_form->request();
    if (isRemote())
        request.model.clear(); // a file of this computer: the server uses its own
    if (Result<void> valid = request.validate(); !valid) {
        m_status->setText(valid.error().message);
        return;
    }
    m_form->promptEdit()->remember(request.prompt);
    if (isRemote())
        submit(std::make_unique<RemoteGenerateJob>(QUrl(m_settings.value(keys::kRemoteServer)),
                                                   m_settings.value(keys::kRemoteToken).toUtf8(),
                                                   request),
               request, tr("Generating on %1").arg(workLocation()));
    else
        submit(std::make_unique<GenerateJob>(request, jobOptions()), request, tr("Generating"));
}

void GeneratePage::rerunSecondPass()
{
    const GalleryEntry* entry = m_gallery->currentEntry();
    if (m_job || !entry || !entry->output.image(QStringLiteral("first_pass")) || isRemote())
        return;
    // Everything of the first pass stays; only the second-pass settings change.
    GenerationRequest request = entry->request;
    const GenerationRequest form = m_form->request();
    request.hiresFix = true;
    request.hiresScale = form.hiresScale;
    request.denoisingStrength = form.denoisingStrength;
    request.hiresSteps = form.hiresSteps;
    request.useRealesrgan = form.useRealesrgan;
    request.latentUpscale = false;
    request.useFaceRestoration = form.useFaceRestoration;
    request.faceRestorationWeight = form.faceRestorationWeight;
    if (Result<void> valid = request.validate(); !valid) {
        m_status->setText(valid.error().message);
        return;
    }
    submit(std::make_unique<GenerateJob>(GenerateJob::secondPassOnly(
               request, *entry->output.image(QStringLiteral("first_pass")), jobOptions())),
           request, tr("Second pass"));
}

GenerateOptions GeneratePage::jobOptions() const
{
    GenerateOptions options;
    options.modelFolders = m_library.folders();
    options.device = m_settings.value(keys::kDevice);
    options.previewEvery = 1; // the preview is a cheap projection of the latent
    options.realesrganModel = m_upscalerPath;
    return options;
}

void GeneratePage::submit(std::unique_ptr<Job> job, const GenerationRequest& request,
                          const QString& what)
{
    m_jobRequest = request;
    m_job = m_runner.submit(std::move(job));
    m_form->setRunning(true);
    m_progress->setRange(0, 0); // busy until the first step reports
    m_progress->setFormat(what);
    m_status->setText(tr("%1 with seed %2...").arg(what).arg(request.seed));
    m_view->setPlaceholderText(tr("Loading the model..."));
    m_view->clear();
    updateActions();
}

void GeneratePage::cancel()
{
    if (m_job)
        m_runner.cancel(*m_job);
}

void GeneratePage::onProgress(JobId id, int done, int total, const QString& stage)
{
    if (m_job != id)
        return;
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    //: progress bar: stage, then "step 7 / 20"
    m_progress->setFormat(tr("%1: step %2 / %3").arg(stage).arg(done).arg(total));
}

void GeneratePage::onPreview(JobId id, const cv::Mat& image)
{
    if (m_job != id)
        return;
    // The preview is a projection of the latent, 1/8 of the image's size: shown
    // at the image's size, so it does not jump when the result replaces it.
    QImage shown = toQImage(image);
    shown =
        shown.scaled(shown.size() * kLatentFactor, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const bool sameSize = m_view->imageSize() == shown.size();
    const double zoom = m_view->zoom();
    const QPointF centre = m_view->centre();
    const bool fit = m_view->isFitMode() || !sameSize;
    m_view->setImage(shown);
    if (!fit) // keep the user's zoom while the same-sized preview refines
        m_view->setViewport(zoom, centre);
}

void GeneratePage::onFinished(JobId id, const JobOutput& output)
{
    if (m_job != id)
        return;
    const double seconds = output.provenance.totalSeconds();
    m_form->seedControl()->setLastSeed(m_jobRequest.seed);
    m_gallery->addEntry(GalleryEntry{m_jobRequest, output});
    const QString server = output.provenance.details.value(QStringLiteral("server")).toString();
    onEnded((server.isEmpty() ? tr("Done in %1 s.").arg(seconds, 0, 'f', 1)
                              : tr("Done on %1 in %2 s.").arg(server).arg(seconds, 0, 'f', 1)) +
            (output.provenance.fellBack() ? QLatin1Char(' ') + output.provenance.summary()
                                          : QString()));
    showEntry(m_gallery->currentEntry());
}

void GeneratePage::onEnded(const QString& message)
{
    m_job.reset();
    m_form->setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_status->setText(message);
    if (!m_gallery->currentEntry()) {
        m_view->clear();
        m_view->setPlaceholderText(message);
    }
    updateActions();
    Q_EMIT generationEnded();
}

void GeneratePage::showEntry(const GalleryEntry* entry)
{
    if (!entry)
        return;
    if (const Image* result = entry->output.image(QStringLiteral("result")))
        m_view->setImage(toQImage(result->pixels));
}

void GeneratePage::updateActions()
{
    const GalleryEntry* entry = m_gallery->currentEntry();
    const bool idle = !m_job;
    const bool hasFirstPass = entry && entry->output.image(QStringLiteral("first_pass"));
    // Without hires fix the first pass is the result: nothing to compare.
    m_compare->setEnabled(hasFirstPass && entry->request.hiresFix);
    // The server reads no image from here, and the second pass starts from one.
    m_rerun->setEnabled(idle && hasFirstPass && !isRemote());
    m_rerun->setToolTip(isRemote() ? tr("Not available while generating on %1: the server cannot "
                                        "start from a first pass kept on this computer")
                                         .arg(workLocation())
                                   : tr("Keep this first pass and run the hires fix again with "
                                        "the settings on the left"));
    m_useSettings->setEnabled(idle && entry);
    m_save->setEnabled(entry != nullptr);
}

void GeneratePage::compareSelected()
{
    const GalleryEntry* entry = m_gallery->currentEntry();
    if (!entry)
        return;
    RealEsrganSource source{m_upscalerPath, {}, {}};
    // A result made on the server is compared with the server's Real-ESRGAN as well.
    const QString server =
        entry->output.provenance.details.value(QStringLiteral("server")).toString();
    if (!server.isEmpty() && isRemote()) {
        RemoteUpscaler remote(QUrl(m_settings.value(keys::kRemoteServer)),
                              m_settings.value(keys::kRemoteToken).toUtf8());
        remote.setServerUpscaler(QString()); // its default Real-ESRGAN model
        source.remote = remote;
        source.where = workLocation();
    }
    auto* dialog = new ResultComparisonDialog(m_runner, *entry, source, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void GeneratePage::chooseSaveFile()
{
    const GalleryEntry* entry = m_gallery->currentEntry();
    if (!entry)
        return;
    const QString proposed = QDir(m_settings.folder(keys::kLastSaveFolder))
                                 .filePath(QStringLiteral("hires-%1.png").arg(entry->request.seed));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Image"), proposed, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    m_settings.setValue(keys::kLastSaveFolder, QFileInfo(path).absolutePath());
    if (std::optional<Error> error = saveSelected(path))
        QMessageBox::warning(this, tr("Save Image"), error->message);
    else
        m_status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

std::optional<Error> GeneratePage::saveSelected(const QString& path)
{
    const GalleryEntry* entry = m_gallery->currentEntry();
    const Image* result = entry ? entry->output.image(QStringLiteral("result")) : nullptr;
    if (!result)
        return makeError(ErrorCode::InvalidArgument, tr("No image is selected."));
    Image image = *result;
    // The job already wrote the text; a result from elsewhere gets it here.
    if (!image.metadata.text.count(GenerationParameters::kPngKey))
        image.metadata.text[GenerationParameters::kPngKey] =
            GenerationParameters::format(entry->request, entry->request.seed,
                                         QFileInfo(entry->request.model).completeBaseName());
    EncodeOptions options;
    options.format = ImageFormat::Png;
    if (Result<void> saved = saveImage(image, path, options); !saved)
        return saved.error();
    return std::nullopt;
}

std::optional<Error> GeneratePage::restoreSettingsFrom(const QString& path)
{
    Result<Image> image = readImageFile(path);
    if (!image)
        return image.error();
    const auto text = image->metadata.text.find(GenerationParameters::kPngKey);
    if (text == image->metadata.text.end())
        return makeError(ErrorCode::NotFound,
                         tr("%1 has no generation parameters.").arg(QFileInfo(path).fileName()));
    Result<ParsedGenerationParameters> parsed = GenerationParameters::parse(text->second);
    if (!parsed)
        return parsed.error();
    m_form->setRequest(parsed->request);
    m_status->setText(tr("Settings taken from %1.").arg(QFileInfo(path).fileName()));
    return std::nullopt;
}

bool GeneratePage::openFiles(const QStringList& paths)
{
    if (paths.size() != 1 || m_job ||
        !paths.first().endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return false;
    return !restoreSettingsFrom(paths.first()).has_value();
}

void GeneratePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_job &&
        droppedFile(event->mimeData()).endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        event->acceptProposedAction();
}

void GeneratePage::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || m_job)
        return;
    event->acceptProposedAction();
    if (std::optional<Error> error = restoreSettingsFrom(path))
        m_status->setText(error->message);
}

} // namespace hires::ui
