// GeneratePage: text-to-image generation — the settings form, a live preview
// with a step counter while the job runs, a gallery of the results, and per
// result: compare against "first pass + LANCZOS" / "first pass + Real-ESRGAN",
// re-run only the second pass with the form's hires settings, save as PNG
// with AUTOMATIC1111 `parameters` metadata, reuse its settings. A PNG with
// such metadata dropped on the page fills the form. Without any checkpoint
// the page explains what to install instead of showing the form.
// With a remote server in the settings, generations run there
// (RemoteGenerateJob, the server's checkpoint) through the same runner,
// progress, cancel and gallery; the comparison's Real-ESRGAN side is made
// there too; re-running the second pass (which starts from a kept first
// pass, an image the server does not read) is disabled and says why.
//
// Contract: GUI thread only. The runner and the settings are the caller's
// and must outlive the page; the page submits its jobs to the runner and
// reacts only to its own job ids, so other pages may share the runner.
#pragma once

#include <QWidget>

#include "core/diffusion/generate_job.h"
#include "core/diffusion/generation_request.h"
#include "core/jobs/job.h"
#include "core/models/model_library.h"
#include "ui/pages/page.h"

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
template <typename T> class QFutureWatcher;

namespace hires {
class JobRunner;
}

namespace hires::ui {

class GenerateForm;
class ImageView;
class MissingCheckpointPanel;
class ResultGallery;
class Settings;
struct GalleryEntry;

struct ScannedModels
{
    std::vector<ModelInfo> models;
    QString upscaler; // ModelLibrary::defaultUpscaler()'s path, or empty
};

class GeneratePage : public QWidget, public Page
{
    Q_OBJECT
public:
    GeneratePage(Settings& settings, JobRunner& runner, ModelLibrary library,
                 QWidget* parent = nullptr);
    ~GeneratePage() override;

    // Scans the model library off the GUI thread; modelsChanged() follows.
    void rescanModels();
    // Offers these models (the checkpoints among them) without scanning;
    // upscalerPath: the Real-ESRGAN model for hires fix (empty: the job looks).
    void setModels(const std::vector<ModelInfo>& models, const QString& upscalerPath = {});
    bool hasCheckpoint() const;
    // Shows the panel's "Open Model Manager" button (when the window has one to open).
    void setModelManagerAvailable(bool available);

    void generate();
    void cancel();
    bool isRunning() const { return m_job.has_value(); }
    // Whether the settings name a remote server; where generations run
    // ("this computer" or the server's host:port).
    bool isRemote() const;
    QString workLocation() const;
    // Re-reads the remote server settings (after the Settings dialog).
    void reloadSettings();
    // Second pass again on the selected result's first pass, with the form's
    // hires fix, upscaler and face restoration settings.
    void rerunSecondPass();
    // Opens the selected result in the comparison view.
    void compareSelected();
    // Saves the selected result as PNG with its `parameters` text; returns the error.
    std::optional<Error> saveSelected(const QString& path);
    // Reads a PNG's `parameters` text into the form; returns the error.
    std::optional<Error> restoreSettingsFrom(const QString& path);
    // Page: one PNG with generation parameters opened while the page is shown
    // fills the form; anything else goes to the viewer.
    bool openFiles(const QStringList& paths) override;

    GenerateForm* form() const { return m_form; }
    ImageView* view() const { return m_view; }
    ResultGallery* gallery() const { return m_gallery; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* statusLabel() const { return m_status; }
    MissingCheckpointPanel* missingPanel() const { return m_missing; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* rerunButton() const { return m_rerun; }
    QPushButton* saveButton() const { return m_save; }

Q_SIGNALS:
    void openModelManagerRequested();
    void modelsChanged();
    // A job of this page ended (with a result, an error or a cancel).
    void generationEnded();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* makeResultSide();
    void connectRunner();
    GenerateOptions jobOptions() const;
    // Shows the form or the missing-checkpoint panel.
    void updateStack();
    void submit(std::unique_ptr<Job> job, const GenerationRequest& request, const QString& what);
    void onProgress(JobId id, int done, int total, const QString& stage);
    void onPreview(JobId id, const cv::Mat& image);
    void onFinished(JobId id, const JobOutput& output);
    void onEnded(const QString& message);
    void showEntry(const GalleryEntry* entry);
    void chooseSaveFile();
    void updateActions();

    Settings& m_settings;
    JobRunner& m_runner;
    ModelLibrary m_library;
    QStackedWidget* m_stack = nullptr;
    MissingCheckpointPanel* m_missing = nullptr;
    GenerateForm* m_form = nullptr;
    ImageView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    ResultGallery* m_gallery = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_rerun = nullptr;
    QPushButton* m_useSettings = nullptr;
    QPushButton* m_save = nullptr;
    QFutureWatcher<ScannedModels>* m_scan = nullptr;
    QString m_upscalerPath; // the Real-ESRGAN model hires fix and the comparison use
    std::optional<JobId> m_job;
    GenerationRequest m_jobRequest; // what the running job was asked, seed included
};

} // namespace hires::ui
