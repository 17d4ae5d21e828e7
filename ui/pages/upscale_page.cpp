#include "ui/pages/upscale_page.h"

#include <QApplication>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgproc.hpp>

#include <algorithm>

#include "core/image/image_decoder.h"
#include "core/jobs/job_runner.h"
#include "core/remote/remote_backend.h"
#include "core/remote/remote_upscaler.h"
#include "ui/file_queue.h"
#include "ui/image_bridge.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/pages/upscale_queue_model.h"
#include "ui/settings.h"

namespace hires::ui {

namespace {

constexpr int kThumbnailSide = 48;
using Status = UpscaleQueueItem::Status;

// Draws the progress column as a progress bar.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 6, -2, -6);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(UpscaleQueueModel::kFractionRole).toDouble() * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
};

// Sizes the status column to its texts, up to kMaxStatusWidth: a longer one
// (a face restoration reason) is elided and its tooltip has it whole.
class StatusDelegate : public QStyledItemDelegate
{
public:
    static constexpr int kMaxStatusWidth = 420;
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(std::min(size.width(), kMaxStatusWidth));
        return size;
    }
};

QImage thumbnailOf(const Image& image)
{
    const double scale =
        double(kThumbnailSide) / std::max(1, std::max(image.width(), image.height()));
    cv::Mat small;
    cv::resize(
        image.pixels, small,
        cv::Size(std::max(1, int(image.width() * scale)), std::max(1, int(image.height() * scale))),
        0, 0, cv::INTER_AREA);
    return toQImage(small);
}

} // namespace

UpscalePage::UpscalePage(JobRunner& runner, Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_runner(runner)
    , m_settings(settings)
    , m_options(new UpscaleOptionsPanel(settings, this))
    , m_model(new UpscaleQueueModel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("UpscalePage"));
    setAcceptDrops(true);
    buildLayout();
    connectRunner();
    reloadSettings();
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, [this] {
        for (int row = 0; row < m_model->count(); ++row)
            if (m_model->item(row).status == Status::Running)
                Q_EMIT m_model->dataChanged(m_model->index(row, UpscaleQueueModel::TimeColumn),
                                            m_model->index(row, UpscaleQueueModel::TimeColumn));
    });
    updateState();
}

void UpscalePage::buildLayout()
{
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("upscaleQueue"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(UpscaleQueueModel::ProgressColumn,
                                     new ProgressDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_view->verticalHeader()->setDefaultSectionSize(kThumbnailSide + 8);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(UpscaleQueueModel::NameColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(UpscaleQueueModel::StatusColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setItemDelegateForColumn(UpscaleQueueModel::StatusColumn, new StatusDelegate(m_view));
    m_view->setColumnWidth(UpscaleQueueModel::ProgressColumn, 140);
    m_view->setColumnWidth(UpscaleQueueModel::TimeColumn, 130);
    m_view->setAccessibleName(tr("Upscale queue"));
    m_view->setToolTip(tr("Drop images or folders here, or paste an image (Ctrl+V)"));

    m_overall = new QProgressBar(this);
    m_overall->setObjectName(QStringLiteral("upscaleOverall"));
    m_overall->setRange(0, 1000);
    m_overall->setFormat(tr("%p % of the queue"));
    m_overall->setAccessibleName(tr("Overall progress"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("upscaleSummary"));
    m_location = new QLabel(this);
    m_location->setObjectName(QStringLiteral("upscaleLocation"));

    auto button = [this](const QString& text, const QString& tip, const QKeySequence& key) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(
            key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        b->setAccessibleName(tip);
        if (!key.isEmpty())
            b->setShortcut(key);
        return b;
    };
    m_add = button(tr("&Add Images..."), tr("Add images or folders to the queue"), {});
    m_cancel =
        button(tr("&Cancel"), tr("Cancel the selected images"), QKeySequence(Qt::Key_Delete));
    m_cancelAll = button(tr("Cancel A&ll"), tr("Cancel every waiting and running image"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Period));
    m_retry = button(tr("&Retry"), tr("Upscale the failed or cancelled images again"),
                     QKeySequence(Qt::CTRL | Qt::Key_R));
    m_clear = button(tr("Clear &Finished"), tr("Remove finished images from the list"), {});
    m_cancel->setObjectName(QStringLiteral("upscaleCancel"));
    m_cancelAll->setObjectName(QStringLiteral("upscaleCancelAll"));
    m_retry->setObjectName(QStringLiteral("upscaleRetry"));

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_cancel, m_cancelAll, m_retry, m_clear})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_location);
    layout->addLayout(summaryRow);
    layout->addWidget(m_overall);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString filter =
            tr("Images (%1)").arg(FileQueue::imageNamePatterns().join(QLatin1Char(' ')));
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Add Images"), m_settings.folder(keys::kLastOpenFolder), filter);
        if (!files.isEmpty())
            openFiles(files);
    });
    connect(m_cancel, &QPushButton::clicked, this, &UpscalePage::cancelSelected);
    connect(m_cancelAll, &QPushButton::clicked, this, &UpscalePage::cancelAll);
    connect(m_retry, &QPushButton::clicked, this, &UpscalePage::retry);
    connect(m_clear, &QPushButton::clicked, this, &UpscalePage::clearFinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UpscalePage::updateState);
}

void UpscalePage::connectRunner()
{
    connect(&m_runner, &JobRunner::jobStarted, this, [this](JobId id) {
        if (const int row = m_model->rowOfJob(id); row >= 0) {
            m_model->setStarted(row);
            updateState();
        }
    });
    connect(&m_runner, &JobRunner::progress, this,
            [this](JobId id, int done, int total, const QString&) {
                if (const int row = m_model->rowOfJob(id); row >= 0) {
                    m_model->setProgress(row, done, total);
                    m_overall->setValue(int(m_model->overallFraction() * 1000));
                }
            });
    connect(&m_runner, &JobRunner::finished, this, [this](JobId id, const JobOutput& output) {
        const int row = m_model->rowOfJob(id);
        if (row < 0)
            return;
        const Provenance& p = output.provenance;
        const QString file = output.savedFiles.value(0);
        // Only the upscale's own fall back to LANCZOS: face restoration has its own line.
        const auto lanczos =
            std::find_if(p.fallbacks.begin(), p.fallbacks.end(),
                         [](const FallbackEvent& f) { return f.to == QLatin1String("lanczos"); });
        const bool fellBack = lanczos != p.fallbacks.end();
        m_model->setDone(row, file, p.summary(), fellBack, UpscaleQueueModel::facesText(p));
        if (fellBack)
            m_options->showFallback(lanczos->reason);
        Q_EMIT statusMessage(tr("Saved %1").arg(QFileInfo(file).fileName()));
        updateState();
    });
    connect(&m_runner, &JobRunner::failed, this, [this](JobId id, const Error& error) {
        if (const int row = m_model->rowOfJob(id); row >= 0) {
            m_model->setEnded(row, Status::Failed, error.message);
            Q_EMIT statusMessage(error.message);
            updateState();
        }
    });
    connect(&m_runner, &JobRunner::cancelled, this, [this](JobId id) {
        if (const int row = m_model->rowOfJob(id); row >= 0) {
            m_model->setEnded(row, Status::Cancelled, tr("Cancelled; nothing was written"));
            updateState();
        }
    });
}

bool UpscalePage::openFiles(const QStringList& paths)
{
    QStringList problems;
    int added = 0;
    for (const QString& path : FileQueue::expandFolders(paths)) {
        const QFileInfo info(path);
        if (info.isDir())
            continue;
        const Result<ImageInfo> probed = probeImageFile(path);
        if (!probed) {
            problems << probed.error().message;
            continue;
        }
        UpscaleQueueItem item;
        item.path = info.absoluteFilePath();
        item.name = info.fileName();
        const bool turned = probed->exifOrientation >= 5; // 90° turns swap the sides
        item.size =
            turned ? QSize(probed->height, probed->width) : QSize(probed->width, probed->height);
        const int row = m_model->append(std::move(item));
        loadThumbnail(row);
        submit(row);
        ++added;
    }
    if (added == 0 && problems.isEmpty())
        problems << tr("No image files found in: %1").arg(paths.join(QStringLiteral(", ")));
    m_lastProblems = problems.join(QLatin1Char('\n'));
    if (!problems.isEmpty())
        Q_EMIT statusMessage(tr("Not added: %1").arg(problems.join(QStringLiteral("; "))));
    else
        Q_EMIT statusMessage(tr("Added %n image(s) to the queue", nullptr, added));
    if (added > 0)
        m_settings.setValue(keys::kLastOpenFolder, QFileInfo(paths.first()).absolutePath());
    updateState();
    return true;
}

bool UpscalePage::paste(const QMimeData* mime)
{
    if (!mime)
        return false;
    if (const QStringList files = FileQueue::localFiles(mime); !files.isEmpty())
        return openFiles(files);
    if (!mime->hasImage())
        return false;
    const QImage pasted = qvariant_cast<QImage>(mime->imageData());
    if (pasted.isNull())
        return false;
    addImage(Image{toMat(pasted), {}, {}},
             tr("pasted-%1")
                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    return true;
}

void UpscalePage::addImage(const Image& image, const QString& name)
{
    UpscaleQueueItem item;
    item.name = name;
    item.image = image;
    item.size = QSize(image.width(), image.height());
    item.thumbnail = thumbnailOf(image);
    const int row = m_model->append(std::move(item));
    submit(row);
    updateState();
}

void UpscalePage::submit(int row)
{
    const UpscaleQueueItem& item = m_model->item(row);
    UpscaleSave save = m_options->save();
    UpscaleJobInput input;
    if (item.image) {
        input = UpscaleJobInput::fromImage(*item.image, item.name);
        if (save.folder.isEmpty()) // nothing to be "next to": the last save folder
            save.folder = m_settings.folder(keys::kLastSaveFolder);
    } else {
        input = UpscaleJobInput::fromFile(item.path);
    }
    auto job =
        std::make_unique<UpscaleJob>(std::move(input), m_options->request(), std::move(save));
    if (const QString server = m_settings.value(keys::kRemoteServer); !server.isEmpty())
        job->setUpscaler(
            RemoteUpscaler(QUrl(server), m_settings.value(keys::kRemoteToken).toUtf8()));
    m_model->setQueued(row, m_runner.submit(std::move(job)));
}

QString UpscalePage::workLocation() const
{
    const QString server = m_settings.value(keys::kRemoteServer);
    return server.isEmpty() ? tr("this computer") : RemoteBackend(QUrl(server), {}).where();
}

void UpscalePage::reloadSettings()
{
    const QString text = tr("Working on %1").arg(workLocation());
    m_location->setText(text);
    m_location->setToolTip(
        tr("Where upscaling and generation run; set a remote server in Settings"));
    Q_EMIT workLocationChanged(text);
}

void UpscalePage::loadThumbnail(int row)
{
    const quint64 key = m_model->item(row).key;
    // Decoding a large photo takes a while: on a pool thread, never the GUI's.
    QtConcurrent::run([path = m_model->item(row).path]() -> QImage {
        Result<Image> image = readImageFile(path);
        return image ? thumbnailOf(*image) : QImage();
    }).then(this, [this, key](const QImage& thumbnail) {
        if (const int at = m_model->rowOfKey(key); at >= 0 && !thumbnail.isNull())
            m_model->setThumbnail(at, thumbnail);
    });
}

std::vector<int> UpscalePage::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    return rows;
}

void UpscalePage::cancelSelected()
{
    for (int row : selectedRows())
        if (m_model->item(row).isActive())
            m_runner.cancel(m_model->item(row).job);
}

void UpscalePage::cancelAll()
{
    // Only this page's jobs: other pages may have theirs in the same runner.
    for (int row = 0; row < m_model->count(); ++row)
        if (m_model->item(row).isActive())
            m_runner.cancel(m_model->item(row).job);
    Q_EMIT statusMessage(tr("Cancelled the queue"));
}

void UpscalePage::retry()
{
    std::vector<int> rows = selectedRows();
    if (rows.empty())
        for (int row = 0; row < m_model->count(); ++row)
            rows.push_back(row);
    for (int row : rows) {
        const Status status = m_model->item(row).status;
        if (status == Status::Failed || status == Status::Cancelled)
            submit(row);
    }
    updateState();
}

void UpscalePage::clearFinished()
{
    std::vector<int> rows;
    for (int row = 0; row < m_model->count(); ++row)
        if (!m_model->item(row).isActive())
            rows.push_back(row);
    m_model->removeRows(rows);
    updateState();
}

void UpscalePage::updateState()
{
    int done = 0, failed = 0, cancelled = 0;
    bool anySelectedActive = false, anyRetryable = false;
    for (int row = 0; row < m_model->count(); ++row) {
        const Status s = m_model->item(row).status;
        done += s == Status::Done;
        failed += s == Status::Failed;
        cancelled += s == Status::Cancelled;
        anyRetryable = anyRetryable || s == Status::Failed || s == Status::Cancelled;
    }
    for (int row : selectedRows())
        anySelectedActive = anySelectedActive || m_model->item(row).isActive();
    const int active = m_model->activeCount();
    m_cancel->setEnabled(anySelectedActive);
    m_cancelAll->setEnabled(active > 0);
    m_retry->setEnabled(anyRetryable);
    m_clear->setEnabled(m_model->count() > active);
    m_overall->setValue(int(m_model->overallFraction() * 1000));
    m_summary->setText(m_model->count() == 0
                           ? tr("Drop images or folders here to upscale them.")
                           : tr("%1 waiting or running, %2 done, %3 failed, %4 cancelled")
                                 .arg(active)
                                 .arg(done)
                                 .arg(failed)
                                 .arg(cancelled));
    if (active > 0)
        m_tick->start();
    else
        m_tick->stop();
}

void UpscalePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!FileQueue::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void UpscalePage::dropEvent(QDropEvent* event)
{
    const QStringList files = FileQueue::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(files);
}

} // namespace hires::ui

#include "moc_upscale_page.cpp"
