#include "ui/pages/upscale_options_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/models/model_library.h"
#include "ui/pages/upscale_face_options.h"
#include "ui/settings.h"

namespace hires::ui {

namespace {

const QString kLanczos = QStringLiteral("lanczos");

QString deviceSentence(const QString& preference)
{
    const Result<DevicePreference> pref = parseDevicePreference(preference);
    const Result<ComputeDevice> device = resolveDevice(pref ? *pref : DevicePreference::Auto);
    if (!device)
        return UpscaleOptionsPanel::tr("the CPU (%1)").arg(device.error().message);
    return device->cuda ? device->name : UpscaleOptionsPanel::tr("the CPU");
}

} // namespace

// What a scan off the GUI thread hands back.
struct UpscaleOptionsPanel::Scan
{
    std::vector<ModelInfo> models;
    QString libraryDefault;
    std::vector<ModelInfo> faceModels;
    QString userFolder;
    QStringList folders;
};

UpscaleOptionsPanel::UpscaleOptionsPanel(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    buildLayout();
    rescanModels();
}

void UpscaleOptionsPanel::buildLayout()
{
    // The fields keep a readable width on the left; the indicator spans the page.
    auto* fields = new QWidget(this);
    fields->setMinimumWidth(620);
    fields->setMaximumWidth(760);
    auto* form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(fields, 0, Qt::AlignLeft);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("upscaleModel"));
    m_model->setToolTip(tr("The Real-ESRGAN model that upscales, or LANCZOS (no model)"));
    m_model->setAccessibleName(tr("Upscaling model"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("upscaleScale"));
    m_scale->setRange(1.0, 16.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(2);
    m_scale->setSuffix(QStringLiteral(" ×"));
    m_scale->setValue(m_settings.value(keys::kUpscaleScalePercent) / 100.0);
    m_scale->setToolTip(tr("Output size as a multiple of the input size"));
    m_scale->setAccessibleName(tr("Scale"));

    m_tile = new QComboBox(this);
    m_tile->setObjectName(QStringLiteral("upscaleTile"));
    m_tile->addItem(tr("Automatic"), 0);
    for (int side : {128, 256, 384, 512, 768})
        m_tile->addItem(tr("%1 px").arg(side), side);
    m_tile->addItem(tr("Whole image"), UpscaleOptions::kWholeImage);
    selectTile(m_settings.value(keys::kUpscaleTile));
    m_tile->setToolTip(tr("Tiles bound the memory a model needs; automatic picks the largest "
                          "that fits in free memory"));
    m_tile->setAccessibleName(tr("Tile size"));

    m_alpha = new QComboBox(this);
    m_alpha->setObjectName(QStringLiteral("upscaleAlpha"));
    m_alpha->addItem(tr("Through the model"), QStringLiteral("model"));
    m_alpha->addItem(tr("LANCZOS"), QStringLiteral("lanczos"));
    m_alpha->setCurrentIndex(std::max(0, m_alpha->findData(m_settings.value(keys::kUpscaleAlpha))));
    m_alpha->setToolTip(tr("How a transparency (alpha) channel is upscaled"));
    m_alpha->setAccessibleName(tr("Alpha channel"));

    m_folder = new QLineEdit(m_settings.value(keys::kOutputFolder), this);
    m_folder->setObjectName(QStringLiteral("upscaleFolder"));
    m_folder->setPlaceholderText(tr("Next to the original"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setToolTip(tr("Where results are written; empty: next to each original. "
                            "Existing files are never replaced."));
    m_folder->setAccessibleName(tr("Output folder"));
    m_browse = new QToolButton(this);
    m_browse->setText(tr("Choose..."));
    m_browse->setToolTip(tr("Choose the output folder"));
    m_browse->setAccessibleName(tr("Choose the output folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("upscaleFormat"));
    addFormatItems(m_format);
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(m_settings.value(keys::kOutputFormat))));
    m_format->setToolTip(tr("File format of the results"));
    m_format->setAccessibleName(tr("Output format"));

    m_faces = new UpscaleFaceOptions(m_settings, this);

    m_indicator = new QLabel(this);
    m_indicator->setObjectName(QStringLiteral("upscaleIndicator"));
    m_indicator->setWordWrap(true);
    m_indicator->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_indicator->setAccessibleName(tr("Neural upscaling status"));

    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(tr("&Tiles:"), m_tile);
    form->addRow(tr("Al&pha:"), m_alpha);
    form->addRow(tr("Faces:"), m_faces);
    // A row holding a layout gets no buddy on its own: without one the "&" would show.
    auto* folderLabel = new QLabel(tr("O&utput folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Format:"), m_format);
    outer->addWidget(m_indicator);
    outer->addWidget(m_faces->missingLabel());

    connect(m_browse, &QToolButton::clicked, this, &UpscaleOptionsPanel::chooseFolder);
    for (QComboBox* box : {m_model, m_tile, m_alpha, m_format})
        connect(box, &QComboBox::currentIndexChanged, this, &UpscaleOptionsPanel::store);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &UpscaleOptionsPanel::store);
    connect(m_folder, &QLineEdit::editingFinished, this, &UpscaleOptionsPanel::store);
    connect(m_folder, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty())
            store(); // the clear button
    });
}

void UpscaleOptionsPanel::addFormatItems(QComboBox* box)
{
    box->addItem(tr("Same as the original"), QString());
    for (ImageFormat f :
         {ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Webp, ImageFormat::Tiff})
        box->addItem(imageFormatName(f), imageFormatExtension(f));
}

void UpscaleOptionsPanel::selectTile(int tile)
{
    if (m_tile->findData(tile) < 0) // a size set in the Settings dialog
        m_tile->insertItem(m_tile->count() - 1, tr("%1 px").arg(tile), tile);
    m_tile->setCurrentIndex(m_tile->findData(tile));
}

void UpscaleOptionsPanel::reloadSettings()
{
    m_filling = true;
    selectTile(m_settings.value(keys::kUpscaleTile));
    m_folder->setText(m_settings.value(keys::kOutputFolder));
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(m_settings.value(keys::kOutputFormat))));
    m_faces->reloadSettings();
    m_model->clear(); // fillModels() takes the stored model again
    m_filling = false;
    m_fallbackReason.clear();
    rescanModels();
}

void UpscaleOptionsPanel::rescanModels()
{
    if (m_scanning)
        return;
    m_scanning = true;
    m_scannedFolders = m_settings.value(keys::kModelFolders);
    updateIndicator();
    // Probing files takes seconds on a cold cache: never on the GUI thread.
    QtConcurrent::run([folders = m_scannedFolders] {
        ModelLibrary library(folders);
        library.scan();
        const ModelInfo* preferred = library.defaultUpscaler();
        return Scan{library.models(), preferred ? preferred->id : QString(),
                    library.faceRestorers(), library.userFolder(), library.folders()};
    }).then(this, [this](Scan scanned) { fillModels(std::move(scanned)); });
}

void UpscaleOptionsPanel::fillModels(Scan scan)
{
    const QString& libraryDefault = scan.libraryDefault;
    m_faces->setModels(std::move(scan.faceModels), scan.userFolder, scan.folders);
    m_models.clear();
    for (ModelInfo& info : scan.models)
        if (info.kind == ModelKind::Upscaler || !info.ok())
            m_models.push_back(std::move(info));
    QString wanted = m_model->currentData().toString();
    if (wanted.isEmpty())
        wanted = m_settings.value(keys::kUpscaleModel);
    if (wanted.isEmpty())
        wanted = m_settings.value(keys::kDefaultUpscaleModel);
    if (wanted.isEmpty()) // the library's default: x4plus, else x4fast, else any readable one
        wanted = libraryDefault.isEmpty() ? kLanczos : libraryDefault;
    m_filling = true;
    m_model->clear();
    m_model->addItem(tr("LANCZOS (no model)"), kLanczos);
    for (const ModelInfo& m : m_models) {
        const QString label = m.ok() ? tr("%1 (%2, ×%3)").arg(m.id, m.architecture).arg(m.scale)
                                     : tr("%1 (cannot be used)").arg(m.id);
        m_model->addItem(label, m.id);
        m_model->setItemData(m_model->count() - 1, m.ok() ? m.path : m.error, Qt::ToolTipRole);
    }
    m_model->setCurrentIndex(std::max(0, m_model->findData(wanted)));
    m_filling = false;
    m_scanning = false;
    updateIndicator();
    Q_EMIT modelsScanned();
}

const ModelInfo* UpscaleOptionsPanel::selectedModel() const
{
    const QString id = m_model->currentData().toString();
    for (const ModelInfo& m : m_models)
        if (m.id == id)
            return &m;
    return nullptr;
}

UpscaleRequest UpscaleOptionsPanel::request() const
{
    UpscaleRequest r;
    const ModelInfo* model = selectedModel();
    if (model && model->ok()) {
        r.model = model->path;
        r.modelId = model->id;
    } else if (model) {
        r.model = model->path; // the engine falls back to LANCZOS and records why
        r.modelId = model->id;
    } else {
        r.model = kLanczos;
    }
    r.options.outScale = m_scale->value();
    r.options.tile = m_tile->currentData().toInt();
    r.options.alpha =
        m_alpha->currentData().toString() == kLanczos ? AlphaMode::Lanczos : AlphaMode::Model;
    const Result<DevicePreference> device = parseDevicePreference(m_settings.value(keys::kDevice));
    r.options.device = device ? *device : DevicePreference::Auto;
    r.options.cpuThreads = m_settings.value(keys::kCpuThreads);
    r.faceRestore = m_faces->options(r.options.device);
    return r;
}

QString UpscaleOptionsPanel::outputFolder() const
{
    return m_folder->text().trimmed();
}

UpscaleSave UpscaleOptionsPanel::save() const
{
    UpscaleSave s;
    s.enabled = true;
    s.folder = outputFolder();
    s.format = imageFormatFromName(m_format->currentData().toString());
    s.quality = m_settings.value(keys::kOutputQuality);
    return s;
}

bool UpscaleOptionsPanel::neuralAvailable() const
{
    const ModelInfo* model = selectedModel();
    return !m_scanning && model && model->ok() && m_fallbackReason.isEmpty();
}

QString UpscaleOptionsPanel::availabilityText() const
{
    if (m_scanning)
        return tr("Looking for upscaling models...");
    const ModelInfo* model = selectedModel();
    if (!m_fallbackReason.isEmpty())
        return tr("Falling back to LANCZOS because %1").arg(m_fallbackReason);
    if (model && model->ok())
        return tr("Neural upscaling available: %1 (%2, ×%3) on %4.")
            .arg(model->id, model->architecture)
            .arg(model->scale)
            .arg(deviceSentence(m_settings.value(keys::kDevice)));
    if (model)
        return tr("Falling back to LANCZOS because %1 cannot be used: %2")
            .arg(model->id, model->error);
    bool anyReadable = false;
    for (const ModelInfo& m : m_models)
        anyReadable = anyReadable || m.ok();
    if (anyReadable)
        return tr("LANCZOS chosen: no neural upscaling.");
    QStringList folders{ModelLibrary::defaultUserFolder()};
    folders << m_scannedFolders;
    return tr("Falling back to LANCZOS because no upscaling model was found in %1. "
              "Add or download one in Tools > Models.")
        .arg(folders.join(QStringLiteral(", ")));
}

void UpscaleOptionsPanel::showFallback(const QString& reason)
{
    m_fallbackReason = reason;
    updateIndicator();
}

void UpscaleOptionsPanel::updateIndicator()
{
    const bool ok = neuralAvailable();
    m_indicator->setText(availabilityText());
    // Green when a network produces the pixels, amber when LANCZOS does.
    m_indicator->setStyleSheet(ok ? QStringLiteral("color: #2e7d32; font-weight: bold;")
                                  : QStringLiteral("color: #b05a00; font-weight: bold;"));
    m_indicator->setToolTip(ok ? tr("Results come from the neural network")
                               : tr("Results are resized with LANCZOS: no detail is invented"));
}

void UpscaleOptionsPanel::chooseFolder()
{
    const QString start =
        outputFolder().isEmpty() ? m_settings.folder(keys::kLastSaveFolder) : outputFolder();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Output Folder"), start);
    if (folder.isEmpty())
        return;
    m_folder->setText(folder);
    store();
}

void UpscaleOptionsPanel::store()
{
    if (m_filling)
        return;
    m_fallbackReason.clear();
    m_settings.setValue(keys::kUpscaleModel, m_model->currentData().toString());
    m_settings.setValue(keys::kUpscaleScalePercent, int(m_scale->value() * 100 + 0.5));
    m_settings.setValue(keys::kUpscaleTile, m_tile->currentData().toInt());
    m_settings.setValue(keys::kUpscaleAlpha, m_alpha->currentData().toString());
    m_settings.setValue(keys::kOutputFolder, outputFolder());
    m_settings.setValue(keys::kOutputFormat, m_format->currentData().toString());
    updateIndicator();
}

} // namespace hires::ui

#include "moc_upscale_options_panel.cpp"
