#include "ui/dialogs/model_manager_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/models/model_downloader.h"
#include "core/models/model_library.h"
#include "ui/settings.h"

namespace hires::ui {

namespace {

enum Column
{
    IdColumn,
    FormatColumn,
    ArchitectureColumn,
    ScaleColumn,
    SizeColumn,
    LicenceColumn,
    FileColumn,
    ColumnCount
};

// Copies atomically: the destination appears whole or not at all.
Result<void> copyFile(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(
            ErrorCode::NotFound,
            ModelManagerDialog::tr("%1: cannot be read (%2)").arg(from, in.errorString()));
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(
            ErrorCode::PermissionDenied,
            ModelManagerDialog::tr("%1: cannot be written (%2)").arg(to, out.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(4 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return makeError(
                ErrorCode::IoError,
                ModelManagerDialog::tr("%1: copy failed (%2)").arg(to, out.errorString()));
        }
    }
    if (!out.commit())
        return makeError(ErrorCode::IoError,
                         ModelManagerDialog::tr("%1: copy failed (%2)").arg(to, out.errorString()));
    return {};
}

bool isNcnnParam(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("param"), Qt::CaseInsensitive) == 0;
}

QString binOf(const QString& param)
{
    const QFileInfo info(param);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".bin"));
}

} // namespace

ModelManagerDialog::ModelManagerDialog(Settings& settings, const QString& userFolder,
                                       QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_userFolder(userFolder)
    , m_downloader(new ModelDownloader(this))
{
    setWindowTitle(tr("Models"));
    resize(900, 480);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("modelTable"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Format"), tr("Architecture"), tr("Scale"),
                                        tr("Size"), tr("Licence"), tr("File")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setAccessibleName(tr("Models found"));

    auto* addFileButton = new QPushButton(tr("Add &File..."), this);
    addFileButton->setToolTip(tr("Copy a model file into your model folder"));
    auto* addFolderButton = new QPushButton(tr("Add F&older..."), this);
    addFolderButton->setToolTip(tr("Search a folder for models from now on"));
    auto* removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setToolTip(tr("Delete the model from your model folder, or stop searching "
                                "the folder it is in"));
    auto* rescanButton = new QPushButton(tr("Re&scan"), this);
    connect(addFileButton, &QPushButton::clicked, this, &ModelManagerDialog::chooseFile);
    connect(addFolderButton, &QPushButton::clicked, this, &ModelManagerDialog::chooseFolder);
    connect(removeButton, &QPushButton::clicked, this, &ModelManagerDialog::removeSelected);
    connect(rescanButton, &QPushButton::clicked, this, &ModelManagerDialog::rescan);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {addFileButton, addFolderButton, removeButton, rescanButton})
        row->addWidget(b);
    row->addStretch(1);

    m_known = new QComboBox(this);
    m_known->setAccessibleName(tr("Known models"));
    m_known->setToolTip(tr("Models with a published download address"));
    for (const KnownModel& known : ModelCatalogue::all()) {
        if (known.url.isEmpty())
            continue;
        m_known->addItem(tr("%1 (%2, %3)")
                             .arg(known.name, known.licence,
                                  known.size > 0 ? sizeText(known.size) : tr("size unknown")),
                         known.id);
    }
    m_download = new QPushButton(tr("&Download"), this);
    m_download->setToolTip(tr("Download the model and check its SHA-256 before using it"));
    m_cancel = new QPushButton(tr("&Cancel Download"), this);
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    connect(m_download, &QPushButton::clicked, this, &ModelManagerDialog::downloadSelected);
    connect(m_cancel, &QPushButton::clicked, this, &ModelManagerDialog::cancelDownload);
    auto* downloadRow = new QHBoxLayout;
    downloadRow->addWidget(new QLabel(tr("Download:"), this));
    downloadRow->addWidget(m_known, 1);
    downloadRow->addWidget(m_download);
    downloadRow->addWidget(m_cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("modelStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your model folder: %1").arg(m_userFolder), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addLayout(downloadRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_downloader, &ModelDownloader::progress, this, [this](qint64 received, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(received * 1000 / total));
        m_status->setText(tr("Downloaded %1 of %2")
                              .arg(sizeText(received), total > 0 ? sizeText(total) : tr("?")));
    });
    connect(m_downloader, &ModelDownloader::succeeded, this,
            [this](const QString& path, const QString& sha256) {
                m_progress->setValue(1000);
                const QString text = tr("%1 downloaded; SHA-256 verified (%2)")
                                         .arg(QFileInfo(path).fileName(), sha256.left(16));
                m_status->setText(text);
                m_download->setEnabled(true);
                m_cancel->setEnabled(false);
                rescan();
                Q_EMIT modelsChanged();
                Q_EMIT downloadEnded(true, text);
            });
    connect(m_downloader, &ModelDownloader::failed, this, [this](const QString& message) {
        m_progress->setValue(0);
        m_status->setText(tr("Download failed: %1").arg(message));
        m_download->setEnabled(true);
        m_cancel->setEnabled(false);
        Q_EMIT downloadEnded(false, message);
    });
    rescan();
}

ModelManagerDialog::~ModelManagerDialog() = default;

QString ModelManagerDialog::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

void ModelManagerDialog::rescan()
{
    if (m_scanning) {
        m_rescanAgain = true; // the folders changed during this scan
        return;
    }
    m_scanning = true;
    m_status->setText(tr("Looking for models..."));
    QtConcurrent::run([folders = m_settings.value(keys::kModelFolders), user = m_userFolder] {
        ModelLibrary library(folders, user);
        library.scan();
        return library.models();
    }).then(this, [this](std::vector<ModelInfo> models) {
        m_models = std::move(models);
        m_scanning = false;
        fillTable();
        if (m_rescanAgain) {
            m_rescanAgain = false;
            rescan();
            return;
        }
        m_status->setText(tr("%n model(s) found", nullptr, int(m_models.size())));
        Q_EMIT scanned();
    });
}

void ModelManagerDialog::fillTable()
{
    m_table->setRowCount(int(m_models.size()));
    for (int r = 0; r < int(m_models.size()); ++r) {
        const ModelInfo& m = m_models[size_t(r)];
        const QStringList cells{m.id,
                                m.format,
                                m.ok() ? m.architecture : tr("cannot be used: %1").arg(m.error),
                                m.scale > 0 ? tr("×%1").arg(m.scale) : QString(),
                                sizeText(m.fileSize),
                                m.licence,
                                m.path};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(c == ArchitectureColumn && !m.ok() ? m.error : m.path);
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

Result<QString> ModelManagerDialog::addFile(const QString& path)
{
    if (!QDir().mkpath(m_userFolder))
        return makeError(ErrorCode::PermissionDenied,
                         tr("%1: cannot create the model folder").arg(m_userFolder));
    QStringList sources{path};
    if (isNcnnParam(path))
        sources.prepend(binOf(path)); // the .bin first: a .param alone is not a model
    for (const QString& source : sources) {
        const QString target = QDir(m_userFolder).filePath(QFileInfo(source).fileName());
        if (QFileInfo::exists(target))
            return makeError(
                ErrorCode::InvalidArgument,
                tr("%1 is already in your model folder").arg(QFileInfo(source).fileName()));
    }
    for (const QString& source : sources)
        if (Result<void> copied =
                copyFile(source, QDir(m_userFolder).filePath(QFileInfo(source).fileName()));
            !copied)
            return copied.error();
    rescan();
    Q_EMIT modelsChanged();
    return QDir(m_userFolder).filePath(QFileInfo(path).fileName());
}

void ModelManagerDialog::addFolder(const QString& folder)
{
    QStringList folders = m_settings.value(keys::kModelFolders);
    const QString absolute = QDir(folder).absolutePath();
    if (!folders.contains(absolute))
        folders << absolute;
    m_settings.setValue(keys::kModelFolders, folders);
    rescan();
    Q_EMIT modelsChanged();
}

Result<void> ModelManagerDialog::removeModel(int row)
{
    if (row < 0 || row >= int(m_models.size()))
        return makeError(ErrorCode::InvalidArgument, tr("no model chosen"));
    const ModelInfo& model = m_models[size_t(row)];
    const QString user = QDir(m_userFolder).absolutePath() + QLatin1Char('/');
    if (model.path.startsWith(user)) {
        QStringList files{model.path};
        if (isNcnnParam(model.path))
            files << binOf(model.path); // the .param first: the model disappears at once
        for (const QString& file : files)
            if (QFileInfo::exists(file) && !QFile::remove(file))
                return makeError(ErrorCode::PermissionDenied,
                                 tr("%1: cannot be deleted").arg(file));
    } else {
        QStringList folders = m_settings.value(keys::kModelFolders);
        const auto before = folders.size();
        folders.removeIf([&](const QString& folder) {
            return model.path.startsWith(QDir(folder).absolutePath() + QLatin1Char('/'));
        });
        if (folders.size() == before)
            return makeError(ErrorCode::InvalidArgument,
                             tr("%1 is in no folder that can be removed").arg(model.path));
        m_settings.setValue(keys::kModelFolders, folders);
    }
    rescan();
    Q_EMIT modelsChanged();
    return {};
}

void ModelManagerDialog::download(const KnownModel& model, bool acceptUnverified)
{
    if (isDownloading())
        return;
    if (!QDir().mkpath(m_userFolder)) {
        m_status->setText(tr("%1: cannot create the model folder").arg(m_userFolder));
        return;
    }
    DownloadRequest request;
    request.url = QUrl(model.url);
    request.destination = QDir(m_userFolder).filePath(model.fileName);
    request.sha256 = model.sha256;
    request.acceptUnverified = acceptUnverified;
    m_progress->setValue(0);
    m_status->setText(tr("Downloading %1 from %2").arg(model.fileName, request.url.host()));
    m_download->setEnabled(false);
    m_cancel->setEnabled(true);
    m_downloader->start(request);
}

bool ModelManagerDialog::isDownloading() const
{
    return m_downloader->isRunning();
}

void ModelManagerDialog::cancelDownload()
{
    m_downloader->cancel();
}

void ModelManagerDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Model File"), QString(),
        tr("Models (*.pth *.pt *.ckpt *.safetensors *.param);;All files (*)"));
    if (path.isEmpty())
        return;
    const Result<QString> added = addFile(path);
    m_status->setText(added ? tr("Added %1").arg(QFileInfo(*added).fileName())
                            : added.error().message);
}

void ModelManagerDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Model Folder"));
    if (!folder.isEmpty())
        addFolder(folder);
}

void ModelManagerDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= int(m_models.size()))
        return;
    if (QMessageBox::question(
            this, tr("Remove Model"),
            tr("Remove %1?\n%2").arg(m_models[size_t(row)].id, m_models[size_t(row)].path)) !=
        QMessageBox::Yes)
        return;
    const Result<void> removed = removeModel(row);
    if (!removed)
        m_status->setText(removed.error().message);
}

void ModelManagerDialog::downloadSelected()
{
    const KnownModel* known = ModelCatalogue::find(m_known->currentData().toString());
    if (!known)
        return;
    bool unverified = false;
    if (known->sha256.isEmpty()) {
        // No checksum several sources agree on: only on the user's explicit word.
        unverified =
            QMessageBox::question(this, tr("Unverified Download"),
                                  tr("There is no published SHA-256 for %1, so the file cannot be "
                                     "verified. Download it anyway?")
                                      .arg(known->name)) == QMessageBox::Yes;
        if (!unverified)
            return;
    }
    download(*known, unverified);
}

} // namespace hires::ui

#include "moc_model_manager_dialog.cpp"
