#include "ui/pages/upscale_face_options.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>

#include "core/face/face_restore_step.h"
#include "ui/settings.h"

namespace hires::ui {

namespace {
QString defaultFaceFile()
{
    return QString::fromLatin1(kDefaultFaceModel) + QStringLiteral(".pth");
}
} // namespace

UpscaleFaceOptions::UpscaleFaceOptions(Settings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    m_enable = new QCheckBox(tr("Rest&ore faces"), this);
    m_enable->setObjectName(QStringLiteral("upscaleFaceRestore"));
    m_enable->setToolTip(tr("After upscaling, find the faces and restore them with GFPGAN"));
    m_enable->setAccessibleName(tr("Restore faces"));

    m_weight = new QDoubleSpinBox(this);
    m_weight->setObjectName(QStringLiteral("upscaleFaceWeight"));
    m_weight->setRange(0.0, 1.0);
    m_weight->setSingleStep(0.05);
    m_weight->setDecimals(2);
    m_weight->setToolTip(tr("How much of the restored faces replaces the upscaled ones: "
                            "0.00 keeps the original faces, 1.00 uses the restored faces fully"));
    m_weight->setAccessibleName(tr("Face restoration weight"));
    auto* weightLabel = new QLabel(tr("&Weight:"), this);
    weightLabel->setBuddy(m_weight);

    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("upscaleFaceModel"));
    m_model->setToolTip(tr("The GFPGAN model that restores the faces"));
    m_model->setAccessibleName(tr("Face restoration model"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* modelLabel = new QLabel(tr("Face mo&del:"), this);
    modelLabel->setBuddy(m_model);

    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("upscaleFaceMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_missing->setAccessibleName(tr("Face restoration model status"));

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_enable);
    row->addSpacing(12);
    row->addWidget(weightLabel);
    row->addWidget(m_weight);
    row->addSpacing(12);
    row->addWidget(modelLabel);
    row->addWidget(m_model, 1);
    setLayout(row);

    reloadSettings();
    connect(m_enable, &QCheckBox::toggled, this, &UpscaleFaceOptions::store);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, &UpscaleFaceOptions::store);
    connect(m_model, &QComboBox::currentIndexChanged, this, &UpscaleFaceOptions::store);
}

void UpscaleFaceOptions::reloadSettings()
{
    m_filling = true;
    m_enable->setChecked(m_settings.value(keys::kUpscaleFaceRestore));
    m_weight->setValue(m_settings.value(keys::kUpscaleFaceWeightPercent) / 100.0);
    if (const int at = m_model->findData(m_settings.value(keys::kUpscaleFaceModel)); at >= 0)
        m_model->setCurrentIndex(at);
    m_filling = false;
    updateState();
}

void UpscaleFaceOptions::setModels(std::vector<ModelInfo> models, const QString& userFolder,
                                   const QStringList& folders)
{
    m_models = std::move(models);
    m_userFolder = userFolder;
    m_folders = folders;
    QString wanted = m_model->currentData().toString();
    if (wanted.isEmpty())
        wanted = m_settings.value(keys::kUpscaleFaceModel);
    m_filling = true;
    m_model->clear();
    for (const ModelInfo& m : m_models) {
        m_model->addItem(tr("%1 (%2)").arg(m.id, m.architecture), m.id);
        m_model->setItemData(m_model->count() - 1, m.path, Qt::ToolTipRole);
    }
    // The first is the library's default (gfpganv1.4 when present).
    m_model->setCurrentIndex(std::max(0, m_model->findData(wanted)));
    m_filling = false;
    updateState();
}

std::optional<FaceRestoreOptions> UpscaleFaceOptions::options(DevicePreference device) const
{
    if (!m_enable->isChecked())
        return std::nullopt;
    QString path;
    for (const ModelInfo& m : m_models)
        if (m.id == m_model->currentData().toString())
            path = m.path;
    // No model: the file it would be, so the job's provenance names what is missing.
    if (path.isEmpty() && !m_userFolder.isEmpty())
        path = QDir(m_userFolder).filePath(defaultFaceFile());
    return faceRestoreStepOptions(m_weight->value(), path, m_folders, device);
}

QString UpscaleFaceOptions::missingModelText() const
{
    if (!m_models.empty())
        return {};
    return tr("No GFPGAN face model found: add %1 to %2 or download it in Tools > Models. "
              "Until then faces are not restored and each result says so.")
        .arg(defaultFaceFile(), QDir::toNativeSeparators(m_userFolder));
}

void UpscaleFaceOptions::store()
{
    if (m_filling)
        return;
    m_settings.setValue(keys::kUpscaleFaceRestore, m_enable->isChecked());
    m_settings.setValue(keys::kUpscaleFaceWeightPercent, int(m_weight->value() * 100 + 0.5));
    if (m_model->count() > 0) // keep the stored choice while no model is found
        m_settings.setValue(keys::kUpscaleFaceModel, m_model->currentData().toString());
    updateState();
}

void UpscaleFaceOptions::updateState()
{
    const bool on = m_enable->isChecked();
    m_weight->setEnabled(on);
    m_model->setEnabled(on && m_model->count() > 0);
    const QString missing = m_userFolder.isEmpty() ? QString() : missingModelText();
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty());
    m_missing->setStyleSheet(QStringLiteral("color: #b05a00;"));
}

} // namespace hires::ui

#include "moc_upscale_face_options.cpp"
