// ResultComparisonDialog: a generated result in the comparison view
// (ui/views/comparison_view.h: side by side, slider, difference; one shared
// viewport) against what a plain upscale of its first pass gives — "first
// pass + LANCZOS" or "first pass + Real-ESRGAN" — or the two upscales of the
// first pass against each other (the first-pass A/B). What hires fix made of
// the first pass is reused; the other upscale is made here: LANCZOS at once,
// Real-ESRGAN as an UpscaleComparisonJob on the page's runner (the library's
// default upscaler; the variant says why when there is none).
//
// Contract: GUI thread only; the runner must outlive the dialog. Non-modal;
// a job still running when the dialog closes is cancelled.
#pragma once

#include <QDialog>

#include "core/compare/comparison.h"
#include "core/jobs/job.h"

#include <optional>

class QComboBox;
class QLabel;

namespace hires {
class JobRunner;
}

namespace hires::ui {

class ComparisonView;
struct GalleryEntry;

class ResultComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Pairing
    {
        ResultVsLanczos,
        ResultVsRealEsrgan,
        LanczosVsRealEsrgan, // the first-pass A/B
    };

    // upscalerPath: the Real-ESRGAN model to run when the entry has no such upscale.
    ResultComparisonDialog(JobRunner& runner, const GalleryEntry& entry,
                           const QString& upscalerPath, QWidget* parent = nullptr);
    ~ResultComparisonDialog() override;

    Pairing pairing() const;
    void setPairing(Pairing pairing);
    // Whether the first pass + Real-ESRGAN image is there (reused or computed).
    bool hasRealEsrgan() const { return m_realEsrgan.has_value(); }

    ComparisonView* view() const { return m_view; }
    QComboBox* pairingBox() const { return m_pairing; }
    QLabel* noteLabel() const { return m_note; }

Q_SIGNALS:
    // The shown comparison changed (a pairing chosen, Real-ESRGAN arrived).
    void comparisonShown();

private:
    void startRealEsrgan(const QString& upscalerPath);
    void showPairing();

    JobRunner& m_runner;
    ComparisonView* m_view = nullptr;
    QComboBox* m_pairing = nullptr;
    QLabel* m_note = nullptr;
    cv::Mat m_firstPass;
    ComparisonSide m_result;
    ComparisonSide m_lanczos;
    std::optional<ComparisonSide> m_realEsrgan;
    QString m_realEsrganMissing; // why there is no Real-ESRGAN side (yet)
    std::optional<JobId> m_job;
};

} // namespace hires::ui
