#include "ui/dialogs/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include "core/image/image.h"
#include "core/models/model_catalogue.h"
#include "core/models/model_library.h"
#include "ui/language.h"
#include "ui/pages/upscale_options_panel.h"
#include "ui/settings.h"

namespace hires::ui {

namespace {

// Sets a tooltip and the accessible name in one go.
template <typename W> W* described(W* widget, const QString& name, const QString& tip)
{
    widget->setAccessibleName(name);
    widget->setToolTip(tip);
    return widget;
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setWindowTitle(tr("Settings"));
    auto* tabs = new QTabWidget(this);
    tabs->addTab(modelsTab(), tr("&Models"));
    tabs->addTab(processingTab(), tr("&Processing"));
    tabs->addTab(outputTab(), tr("&Output"));
    tabs->addTab(interfaceTab(), tr("&Interface"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
}

QWidget* SettingsDialog::modelsTab()
{
    auto* page = new QWidget(this);
    m_folders = described(new QListWidget(page), tr("Model folders"),
                          tr("Folders searched for models besides your own model folder"));
    m_folders->addItems(m_settings.value(keys::kModelFolders));
    auto* add = new QPushButton(tr("&Add Folder..."), page);
    auto* remove = new QPushButton(tr("&Remove Folder"), page);
    connect(add, &QPushButton::clicked, this, &SettingsDialog::addFolder);
    connect(remove, &QPushButton::clicked, this, [this] { delete m_folders->currentItem(); });
    auto* folderButtons = new QHBoxLayout;
    folderButtons->addWidget(add);
    folderButtons->addWidget(remove);
    folderButtons->addStretch(1);

    m_defaultModel = described(new QComboBox(page), tr("Default upscaling model"),
                               tr("The model the Upscale page starts with"));
    m_defaultModel->setEditable(true);
    m_defaultModel->addItem(tr("Automatic"), QString());
    m_defaultModel->addItem(tr("LANCZOS (no model)"), QStringLiteral("lanczos"));
    for (const KnownModel& known : ModelCatalogue::all())
        if (known.kind == ModelKind::Upscaler)
            m_defaultModel->addItem(known.id, known.id);
    const QString current = m_settings.value(keys::kDefaultUpscaleModel);
    const int index = m_defaultModel->findData(current);
    if (index >= 0)
        m_defaultModel->setCurrentIndex(index);
    else
        m_defaultModel->setEditText(current);

    auto* form = new QFormLayout(page);
    form->addRow(
        new QLabel(tr("Your model folder: %1").arg(ModelLibrary::defaultUserFolder()), page));
    form->addRow(tr("Other model &folders:"), m_folders);
    form->addRow(folderButtons);
    form->addRow(tr("&Default model:"), m_defaultModel);
    return page;
}

QWidget* SettingsDialog::processingTab()
{
    auto* page = new QWidget(this);
    m_tile = described(new QSpinBox(page), tr("Tile size"),
                       tr("Tile side in pixels for neural upscaling; automatic fits the tiles "
                          "to free memory"));
    m_tile->setRange(0, 4096);
    m_tile->setSingleStep(64);
    m_tile->setSpecialValueText(tr("Automatic"));
    m_tile->setSuffix(tr(" px"));
    m_tile->setValue(std::max(0, m_settings.value(keys::kUpscaleTile)));
    m_threads =
        described(new QSpinBox(page), tr("CPU threads"), tr("Threads a model may use on the CPU"));
    m_threads->setRange(0, std::max(64, QThread::idealThreadCount()));
    m_threads->setSpecialValueText(tr("All cores (%1)").arg(QThread::idealThreadCount()));
    m_threads->setValue(m_settings.value(keys::kCpuThreads));
    m_device = described(new QComboBox(page), tr("Device"),
                         tr("Where models run; without a CUDA device everything runs on the CPU"));
    m_device->addItem(tr("Automatic"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA GPU"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(m_settings.value(keys::kDevice))));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Tile size:"), m_tile);
    form->addRow(tr("CPU &threads:"), m_threads);
    form->addRow(tr("&Device:"), m_device);
    m_server =
        described(new QLineEdit(m_settings.value(keys::kRemoteServer), page), tr("Remote server"),
                  tr("A hires-studio serve address such as http://gpu-host:7860; "
                     "empty: work runs on this computer"));
    m_server->setPlaceholderText(tr("This computer"));
    m_server->setClearButtonEnabled(true);
    m_token = described(new QLineEdit(m_settings.value(keys::kRemoteToken), page),
                        tr("Server token"), tr("The --token the server was started with"));
    m_token->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    form->addRow(tr("Remote &server:"), m_server);
    form->addRow(tr("Server to&ken:"), m_token);
    return page;
}

QString SettingsDialog::namingText()
{
    return tr("Results are named <name>_<method>_<scale>x.<extension>, e.g. "
              "photo_realesrgan-x4plus_2x.png; an existing file is never replaced "
              "(photo_realesrgan-x4plus_2x_2.png, _3, ...) and the original is never touched.");
}

QWidget* SettingsDialog::outputTab()
{
    auto* page = new QWidget(this);
    m_outputFolder =
        described(new QLineEdit(m_settings.value(keys::kOutputFolder), page), tr("Output folder"),
                  tr("Where upscaled images go; empty: next to each original"));
    m_outputFolder->setPlaceholderText(tr("Next to the original"));
    m_outputFolder->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse..."), page);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Output Folder"), m_settings.folder(keys::kLastSaveFolder));
        if (!folder.isEmpty())
            m_outputFolder->setText(folder);
    });
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_outputFolder, 1);
    folderRow->addWidget(browse);
    m_format = described(new QComboBox(page), tr("Output format"), tr("File format of results"));
    UpscaleOptionsPanel::addFormatItems(m_format);
    m_format->setCurrentIndex(
        std::max(0, m_format->findData(m_settings.value(keys::kOutputFormat))));
    m_quality = described(new QSpinBox(page), tr("Quality"),
                          tr("JPEG and WebP quality, 1 (smallest) to 100 (best)"));
    m_quality->setRange(1, 100);
    m_quality->setValue(m_settings.value(keys::kOutputQuality));
    auto* naming = new QLabel(namingText(), page);
    naming->setWordWrap(true);
    auto* form = new QFormLayout(page);
    form->addRow(tr("Output &folder:"), folderRow);
    form->addRow(tr("F&ormat:"), m_format);
    form->addRow(tr("&Quality:"), m_quality);
    form->addRow(tr("Names:"), naming);
    return page;
}

QWidget* SettingsDialog::interfaceTab()
{
    auto* page = new QWidget(this);
    m_language = described(new QComboBox(page), tr("Language"),
                           tr("The language of the interface; used from the next start"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    for (const QString& code : availableLanguages())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(m_settings.value(keys::kLanguage))));
    auto* form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(new QLabel(tr("A new language is used from the next start."), page));
    return page;
}

void SettingsDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Model Folder"));
    if (!folder.isEmpty() && m_folders->findItems(folder, Qt::MatchExactly).isEmpty())
        m_folders->addItem(folder);
}

void SettingsDialog::apply()
{
    QStringList folders;
    for (int i = 0; i < m_folders->count(); ++i)
        folders << m_folders->item(i)->text();
    m_settings.setValue(keys::kModelFolders, folders);
    const int model = m_defaultModel->findText(m_defaultModel->currentText());
    m_settings.setValue(keys::kDefaultUpscaleModel, model >= 0
                                                        ? m_defaultModel->itemData(model).toString()
                                                        : m_defaultModel->currentText().trimmed());
    m_settings.setValue(keys::kUpscaleTile, m_tile->value());
    m_settings.setValue(keys::kCpuThreads, m_threads->value());
    m_settings.setValue(keys::kDevice, m_device->currentData().toString());
    m_settings.setValue(keys::kOutputFolder, m_outputFolder->text().trimmed());
    m_settings.setValue(keys::kOutputFormat, m_format->currentData().toString());
    m_settings.setValue(keys::kOutputQuality, m_quality->value());
    m_settings.setValue(keys::kLanguage, m_language->currentData().toString());
    m_settings.setValue(keys::kRemoteServer, m_server->text().trimmed());
    m_settings.setValue(keys::kRemoteToken, m_token->text().trimmed());
}

} // namespace hires::ui

#include "moc_settings_dialog.cpp"
