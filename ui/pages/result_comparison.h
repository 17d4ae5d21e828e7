// ResultComparisonDialog: a generated result in the comparison view
// (ui/views/comparison_view.h: side by side, slider, difference; one shared
// viewport) against what a plain upscale of its first pass gives — "first
// pass + LANCZOS" or "first pass + Real-ESRGAN" — or the two upscales of the
// first pass against each other (the first-pass A/B). What hires fix made of
// the first pass is reused; the other upscale is made here: LANCZOS at once,
// Real-ESRGAN as an UpscaleComparisonJob on the page's runner (the library's
// default upscaler; the variant says why when there is none) or, for a
// result made on a remote server, as an UpscaleJob whose upscale runs on
// that server (its default upscaler, through RemoteUpscaler).
//
// Contract: GUI thread only; the runner must outlive the dialog. Non-modal;
// a job still running when the dialog closes is cancelled.
#pragma once

#include <QDialog>

#include "core/compare/comparison.h"
#include "core/jobs/job.h"
#include "core/upscale/upscale_job.h"

#include <optional>

class QComboBox;
class QLabel;

namespace hires {
class JobRunner;
}

namespace hires::ui {

class ComparisonView;
struct GalleryEntry;

// Where the "first pass + Real-ESRGAN" side is made when the result has none.
struct RealEsrganSource
{
    QString modelPath;           // a model file here (empty: none installed)
    UpscaleJob::Upscaler remote; // set: on a server instead (modelPath is then unused)
    QString where;               // the server's host:port, for the note
};

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

    // source: how to make the Real-ESRGAN side when the entry has no such upscale.
    ResultComparisonDialog(JobRunner& runner, const GalleryEntry& entry,
                           const RealEsrganSource& source, QWidget* parent = nullptr);
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
    void startRealEsrgan(const RealEsrganSource& source);
    void startRemoteUpscale(const RealEsrganSource& source);
    // The job's end: its side, labelled with the upscaler (nullopt and why when it failed).
    void onRealEsrgan(std::optional<ComparisonSide> side, const QString& problem);
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
