// GenerateForm <-> GenerationRequest, and the defaults that follow the model.
#include "ui/pages/generate_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPlainTextEdit>
#include <QSlider>
#include <QSpinBox>

#include "core/diffusion/sampler_kind.h"
#include "core/nn/builtin_architectures.h"
#include "ui/pages/prompt_edit.h"
#include "ui/pages/seed_control.h"

#include <cmath>

namespace hires::ui {

GenerationRequest GenerateForm::request() const
{
    GenerationRequest request;
    request.model = currentCheckpointPath();
    request.prompt = m_prompt->text();
    request.negativePrompt = m_negative->toPlainText();
    request.seed = m_seed->nextSeed();
    request.numInferenceSteps = m_steps->value();
    request.guidanceScale = m_cfg->value();
    request.width = m_width->value();
    request.height = m_height->value();
    request.sampler =
        parseSamplerKind(m_sampler->currentData().toString()).value_or(request.sampler);
    request.hiresFix = m_hiresFix->isChecked();
    request.useRealesrgan = m_realEsrgan->isChecked();
    request.hiresScale = m_hiresScale->value();
    request.denoisingStrength = m_denoising->value();
    request.hiresSteps = m_hiresSteps->value();
    request.useFaceRestoration = m_faceRestore->isChecked();
    request.faceRestorationWeight = m_faceWeight->value() / 100.0;
    return request;
}

void GenerateForm::setRequest(const GenerationRequest& request)
{
    if (!request.model.isEmpty())
        selectCheckpoint(request.model);
    m_prompt->setText(request.prompt);
    m_negative->setPlainText(request.negativePrompt);
    if (request.seed >= 0)
        m_seed->setFixedSeed(request.seed);
    m_steps->setValue(request.numInferenceSteps);
    m_cfg->setValue(request.guidanceScale);
    // 0 is "the model's default": the form shows the concrete size.
    const GenerationDefaults defaults = generationDefaults(currentModelKind());
    m_width->setValue(request.width > 0 ? request.width : defaults.width);
    m_height->setValue(request.height > 0 ? request.height : defaults.height);
    m_sampler->setCurrentIndex(m_sampler->findData(samplerKindId(request.sampler)));
    m_hiresFix->setChecked(request.hiresFix);
    m_realEsrgan->setChecked(request.useRealesrgan);
    m_hiresScale->setValue(request.hiresScale);
    m_denoising->setValue(request.denoisingStrength);
    m_hiresSteps->setValue(request.hiresSteps);
    m_faceRestore->setChecked(request.useFaceRestoration);
    m_faceWeight->setValue(static_cast<int>(std::lround(request.faceRestorationWeight * 100.0)));
    updateFaceWeightLabel();
    updateEnabled();
}

void GenerateForm::applyModelDefaults()
{
    // The base size and hires scale follow the model family (SD 1.5 512 -> 1024,
    // SDXL 768 -> 1536); the rest of the form is the user's.
    const GenerationDefaults defaults = generationDefaults(currentModelKind());
    m_width->setValue(defaults.width);
    m_height->setValue(defaults.height);
    m_hiresScale->setValue(double(defaults.hiresWidth) / defaults.width);
}

SdModelKind GenerateForm::currentModelKind() const
{
    const QString architecture = m_checkpoint->currentData(kArchitectureRole).toString();
    if (architecture == kSdxlArchitecture)
        return SdModelKind::SdxlBase;
    if (architecture == kSd2Architecture)
        return SdModelKind::Sd2;
    return SdModelKind::Sd1;
}

} // namespace hires::ui
