// GenerateForm: every setting of one generation — prompt (with history),
// negative prompt, checkpoint, size, steps, CFG, sampler, seed, and the
// toggles Hires fix (scale, denoising strength, hires steps), Real-ESRGAN and
// Face restoration (weight) — and the Generate / Cancel buttons. It turns
// itself into a GenerationRequest and back (a dropped PNG's parameters, a
// gallery entry's settings); it runs nothing. GUI thread only.
#pragma once

#include <QWidget>

#include "core/diffusion/generation_request.h"
#include "core/models/model_info.h"

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;

namespace hires::ui {

class PromptEdit;
class SeedControl;

class GenerateForm : public QWidget
{
    Q_OBJECT
public:
    // Item data of the checkpoint box: the path (Qt::UserRole), the architecture.
    static constexpr int kArchitectureRole = Qt::UserRole + 1;

    explicit GenerateForm(QWidget* parent = nullptr);

    // The checkpoints to offer (models of kind DiffusionCheckpoint that can be
    // read); keeps the current choice when it is still there.
    void setCheckpoints(const std::vector<ModelInfo>& checkpoints);
    int checkpointCount() const;
    QString currentCheckpointPath() const;
    // Selects by path, else by id or file name; false when none matches.
    bool selectCheckpoint(const QString& pathIdOrName);

    // The request the form describes, with the seed the seed control picks
    // now (a random one in random mode).
    GenerationRequest request() const;
    // Fills the form from a request (the seed becomes a fixed seed). The
    // checkpoint is selected when the request names one that is installed.
    void setRequest(const GenerationRequest& request);

    // Enables the inputs and Generate while idle, Cancel while running.
    void setRunning(bool running);
    // Non-empty: generations run on a server with its own checkpoint; the
    // checkpoint box is disabled with this as its tooltip, and Generate
    // needs no checkpoint here.
    void setServerCheckpoint(const QString& note);

    PromptEdit* promptEdit() const { return m_prompt; }
    QPlainTextEdit* negativeEdit() const { return m_negative; }
    QComboBox* checkpointBox() const { return m_checkpoint; }
    QSpinBox* widthBox() const { return m_width; }
    QSpinBox* heightBox() const { return m_height; }
    QSpinBox* stepsBox() const { return m_steps; }
    QDoubleSpinBox* cfgBox() const { return m_cfg; }
    QComboBox* samplerBox() const { return m_sampler; }
    SeedControl* seedControl() const { return m_seed; }
    QCheckBox* hiresFixBox() const { return m_hiresFix; }
    QDoubleSpinBox* hiresScaleBox() const { return m_hiresScale; }
    QDoubleSpinBox* denoisingBox() const { return m_denoising; }
    QSpinBox* hiresStepsBox() const { return m_hiresSteps; }
    QCheckBox* realEsrganBox() const { return m_realEsrgan; }
    QCheckBox* faceRestoreBox() const { return m_faceRestore; }
    QSlider* faceWeightSlider() const { return m_faceWeight; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void generateRequested();
    void cancelRequested();

private:
    QWidget* makeImageGroup();
    QWidget* makeHiresGroup();
    void applyModelDefaults();
    void updateEnabled();
    void updateFaceWeightLabel();
    // The family of the chosen checkpoint (SD 1.x when none is chosen).
    SdModelKind currentModelKind() const;

    PromptEdit* m_prompt = nullptr;
    QPlainTextEdit* m_negative = nullptr;
    QComboBox* m_checkpoint = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QSpinBox* m_steps = nullptr;
    QDoubleSpinBox* m_cfg = nullptr;
    QComboBox* m_sampler = nullptr;
    SeedControl* m_seed = nullptr;
    QCheckBox* m_hiresFix = nullptr;
    QGroupBox* m_hiresGroup = nullptr;
    QDoubleSpinBox* m_hiresScale = nullptr;
    QDoubleSpinBox* m_denoising = nullptr;
    QSpinBox* m_hiresSteps = nullptr;
    QCheckBox* m_realEsrgan = nullptr;
    QCheckBox* m_faceRestore = nullptr;
    QSlider* m_faceWeight = nullptr;
    QLabel* m_faceWeightLabel = nullptr;
    QPushButton* m_generate = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_running = false;
    QString m_serverCheckpoint;
};

} // namespace hires::ui
