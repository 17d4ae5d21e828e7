#include "ui/pages/generate_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/diffusion/sampler_kind.h"
#include "ui/pages/prompt_edit.h"
#include "ui/pages/seed_control.h"

namespace hires::ui {

namespace {

constexpr int kSizeStep = 64;
constexpr int kMaxSide = 2048;
constexpr int kWeightTicks = 100; // the slider works in hundredths

QSpinBox* spinBox(QWidget* parent, int min, int max, int step)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    return box;
}

QDoubleSpinBox* doubleBox(QWidget* parent, double min, double max, double step, int decimals)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    return box;
}

} // namespace

GenerateForm::GenerateForm(QWidget* parent)
    : QWidget(parent)
    , m_prompt(new PromptEdit(this))
    , m_negative(new QPlainTextEdit(this))
    , m_checkpoint(new QComboBox(this))
    , m_seed(new SeedControl(this))
    , m_realEsrgan(new QCheckBox(tr("Real-ESRGAN"), this))
    , m_faceRestore(new QCheckBox(tr("Face restoration"), this))
    , m_faceWeight(new QSlider(Qt::Horizontal, this))
    , m_faceWeightLabel(new QLabel(this))
    , m_generate(new QPushButton(tr("Generate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("GenerateForm"));
    m_prompt->setPlaceholderText(
        tr("Describe the image (Ctrl+Enter generates, Ctrl+Up/Down walk the history)"));
    m_prompt->setObjectName(QStringLiteral("prompt"));
    m_negative->setPlaceholderText(tr("What the image should not show"));
    m_negative->setTabChangesFocus(true);
    const int line = m_prompt->fontMetrics().lineSpacing();
    m_prompt->setMinimumHeight(line * 4);
    m_prompt->setMaximumHeight(line * 9);
    m_negative->setMaximumHeight(line * 4);
    m_checkpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_checkpoint->setMinimumContentsLength(16);
    m_checkpoint->setToolTip(tr("The Stable Diffusion checkpoint that draws the image"));
    m_realEsrgan->setToolTip(
        tr("Hires fix upscales the first pass with Real-ESRGAN; off: with "
           "LANCZOS (also used, and reported, when no Real-ESRGAN model runs)"));
    m_faceWeight->setRange(0, kWeightTicks);
    m_faceWeight->setToolTip(tr("0: the generated face, 1: the fully restored face"));
    m_generate->setDefault(true);

    auto* prompts = new QFormLayout;
    prompts->addRow(tr("Checkpoint:"), m_checkpoint);
    prompts->addRow(tr("Prompt:"), m_prompt);
    prompts->addRow(tr("Negative:"), m_negative);

    auto* face = new QHBoxLayout;
    face->addWidget(m_faceRestore);
    face->addWidget(m_faceWeight, 1);
    face->addWidget(m_faceWeightLabel);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_generate);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(prompts);
    layout->addWidget(makeImageGroup());
    layout->addWidget(makeHiresGroup());
    layout->addLayout(face);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_generate, &QPushButton::clicked, this, &GenerateForm::generateRequested);
    connect(m_cancel, &QPushButton::clicked, this, &GenerateForm::cancelRequested);
    connect(m_prompt, &PromptEdit::submitRequested, this, [this] {
        if (m_generate->isEnabled())
            Q_EMIT generateRequested();
    });
    connect(m_hiresFix, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(m_faceRestore, &QCheckBox::toggled, this, [this] { updateEnabled(); });
    connect(m_faceWeight, &QSlider::valueChanged, this, [this] { updateFaceWeightLabel(); });
    connect(m_checkpoint, &QComboBox::currentIndexChanged, this, [this] { applyModelDefaults(); });

    setRequest(GenerationRequest{});
    setRunning(false);
}

QWidget* GenerateForm::makeImageGroup()
{
    auto* group = new QGroupBox(tr("Image"), this);
    m_width = spinBox(group, kSizeStep, kMaxSide, kSizeStep);
    m_height = spinBox(group, kSizeStep, kMaxSide, kSizeStep);
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_steps = spinBox(group, 1, 150, 1);
    m_cfg = doubleBox(group, 1.0, 30.0, 0.5, 1);
    m_cfg->setToolTip(tr("Classifier-free guidance: how closely the image follows the prompt"));
    m_sampler = new QComboBox(group);
    for (SamplerKind kind : allSamplerKinds())
        m_sampler->addItem(samplerDisplayName(kind), samplerKindId(kind));

    auto* size = new QHBoxLayout;
    size->addWidget(m_width);
    size->addWidget(new QLabel(QStringLiteral("\u00d7"), group));
    size->addWidget(m_height);
    auto* form = new QFormLayout(group);
    form->addRow(tr("Size:"), size);
    form->addRow(tr("Steps:"), m_steps);
    form->addRow(tr("CFG scale:"), m_cfg);
    form->addRow(tr("Sampler:"), m_sampler);
    form->addRow(tr("Seed:"), m_seed);
    return group;
}

QWidget* GenerateForm::makeHiresGroup()
{
    m_hiresGroup = new QGroupBox(this);
    m_hiresGroup->setFlat(true);
    m_hiresFix = new QCheckBox(tr("Hires fix"), m_hiresGroup);
    m_hiresFix->setToolTip(
        tr("Generate at the model's size, upscale, then denoise again at the larger size"));
    m_hiresScale = doubleBox(m_hiresGroup, 1.0, 4.0, 0.25, 2);
    m_hiresScale->setPrefix(QStringLiteral("\u00d7 "));
    m_denoising = doubleBox(m_hiresGroup, 0.0, 1.0, 0.05, 2);
    m_denoising->setToolTip(tr("How much the second pass may change the upscaled image"));
    m_hiresSteps = spinBox(m_hiresGroup, 0, 150, 1);
    m_hiresSteps->setSpecialValueText(tr("same as steps"));
    m_realEsrgan->setParent(m_hiresGroup);
    auto* toggles = new QHBoxLayout;
    toggles->addWidget(m_hiresFix);
    toggles->addWidget(m_realEsrgan);
    toggles->addStretch(1);
    auto* form = new QFormLayout(m_hiresGroup);
    form->addRow(toggles);
    form->addRow(tr("Upscale by:"), m_hiresScale);
    form->addRow(tr("Denoising strength:"), m_denoising);
    form->addRow(tr("Hires steps:"), m_hiresSteps);
    return m_hiresGroup;
}

void GenerateForm::setCheckpoints(const std::vector<ModelInfo>& checkpoints)
{
    const QString current = currentCheckpointPath();
    {
        const QSignalBlocker block(m_checkpoint);
        m_checkpoint->clear();
        for (const ModelInfo& model : checkpoints) {
            m_checkpoint->addItem(model.id, model.path);
            const int row = m_checkpoint->count() - 1;
            m_checkpoint->setItemData(row, model.architecture, kArchitectureRole);
            m_checkpoint->setItemData(
                row, QStringLiteral("%1\n%2").arg(model.architecture, model.path), Qt::ToolTipRole);
        }
    }
    if (current.isEmpty() || !selectCheckpoint(current))
        applyModelDefaults();
    updateEnabled();
}

int GenerateForm::checkpointCount() const
{
    return m_checkpoint->count();
}

QString GenerateForm::currentCheckpointPath() const
{
    return m_checkpoint->currentData().toString();
}

bool GenerateForm::selectCheckpoint(const QString& pathIdOrName)
{
    for (int i = 0; i < m_checkpoint->count(); ++i) {
        const QString path = m_checkpoint->itemData(i).toString();
        if (path == pathIdOrName || m_checkpoint->itemText(i) == pathIdOrName.toLower() ||
            QFileInfo(path).completeBaseName() == pathIdOrName) {
            m_checkpoint->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void GenerateForm::setRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

void GenerateForm::setServerCheckpoint(const QString& note)
{
    m_serverCheckpoint = note;
    m_checkpoint->setToolTip(
        note.isEmpty() ? tr("The Stable Diffusion checkpoint that draws the image") : note);
    updateEnabled();
}

void GenerateForm::updateEnabled()
{
    const bool idle = !m_running;
    const bool remote = !m_serverCheckpoint.isEmpty();
    const bool haveModel = m_checkpoint->count() > 0 || remote;
    for (QWidget* input :
         std::initializer_list<QWidget*>{m_checkpoint, m_width, m_height, m_steps, m_cfg, m_sampler,
                                         m_seed, m_hiresFix, m_faceRestore})
        input->setEnabled(idle);
    const bool hires = idle && m_hiresFix->isChecked();
    m_realEsrgan->setEnabled(hires);
    m_hiresScale->setEnabled(hires);
    m_denoising->setEnabled(hires);
    m_hiresSteps->setEnabled(hires);
    m_faceWeight->setEnabled(idle && m_faceRestore->isChecked());
    m_checkpoint->setEnabled(idle && !remote);
    m_generate->setEnabled(idle && haveModel);
    m_cancel->setEnabled(m_running);
}

void GenerateForm::updateFaceWeightLabel()
{
    m_faceWeightLabel->setText(
        QString::number(m_faceWeight->value() / double(kWeightTicks), 'f', 2));
}

} // namespace hires::ui
