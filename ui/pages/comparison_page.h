// ComparisonPage: the comparison workspace — a toolbar, the ComparisonView
// and a progress line. GUI thread; the work runs on the JobRunner.
//
// Actions (each with a shortcut, a tooltip and an accessible name):
//  - Open Image...: the input whose upscales are compared;
//  - Compare LANCZOS vs Model: both at the same output size, one job;
//  - Preview Visible Region: the model on the part in view only (plus a
//    margin of context), LANCZOS elsewhere: seconds instead of minutes on a CPU;
//  - Compare Two Files...: any two images, aligned to the larger one's size;
//  - side by side / slider / difference, fit / 1:1 / 2x / 4x, difference gain;
//  - Save Left As... / Save Right As... through the Save As flow;
//  - Restore Faces (with a weight): the model side's faces restored with
//    GFPGAN; when the result has faces, the FaceReviewPanel beside the view
//    switches each face and moves the weight live, and side B (and the
//    difference) follow without running the network again;
//  - Cancel.
// With a remote server in the settings the model side runs there
// (RemoteUpscaler), LANCZOS here; face restoration is then not offered
// (it needs the faces on this computer) and the page says so.
// The page never decodes or upscales on the GUI thread except to show the
// input it was given. Split over comparison_page*.cpp: the flow, the actions
// and toolbar, the files in and out, the faces.
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "core/face/face_restorer.h"
#include "core/jobs/job.h"
#include "core/upscale/upscale_options.h"
#include "ui/pages/page.h"

#include <memory>
#include <optional>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QSplitter;
class QToolBar;

namespace hires {
class JobRunner;
struct Comparison;
struct UpscaleComparisonRequest;
} // namespace hires

namespace hires::ui {

class ComparisonView;
class FaceReviewPanel;
class Settings;

struct ModelChoice
{
    QString id;   // "realesrgan-x4fast"
    QString file; // the model file (.param of an ncnn pair, .pth, .safetensors)
};

class ComparisonPage : public QWidget, public Page
{
    Q_OBJECT
public:
    // runner and settings must outlive the page.
    ComparisonPage(JobRunner& runner, Settings& settings, QWidget* parent = nullptr);
    ~ComparisonPage() override;

    // The models offered for "LANCZOS vs Model" (the first is the default).
    void setModels(const QList<ModelChoice>& models);
    QList<ModelChoice> models() const { return m_models; }
    void setCurrentModel(int index);
    void setScale(double scale); // output scale of the upscale comparison (2, 3 or 4)
    double scale() const;
    // Tile size etc. for the model run (default: UpscaleOptions()).
    void setUpscaleOptions(const UpscaleOptions& options) { m_options = options; }
    // The GFPGAN file "Restore Faces" uses (empty: none found; the right pane
    // then says so) and the folders searched for the YuNet face detector.
    void setFaceModel(const QString& file, const QStringList& detectorFolders = {});
    QString faceModel() const { return m_faceModel; }
    // Face restoration for the next comparison (also: the toolbar's toggle and weight).
    void setRestoreFaces(bool on, double weight);
    // Re-reads the remote server settings (after the Settings dialog).
    void reloadSettings();
    // Where the model side runs: "this computer" or the server's host:port.
    QString modelLocation() const;

    // Page: one file becomes the input, two files are compared with each other.
    bool openFiles(const QStringList& paths) override;

    // Decodes the input (errors are shown and returned as false).
    bool openInput(const QString& path);
    QString inputFile() const { return m_inputFile; }

    // The actions, for the tests and for the main window's menus.
    void compareWithModel();
    void previewVisibleRegion();
    void compareFiles(const QString& fileA, const QString& fileB);
    void cancel();
    bool isBusy() const { return m_job.has_value(); }

    ComparisonView* view() const { return m_view; }
    QToolBar* toolBar() const { return m_toolBar; }
    QList<QAction*> pageActions() const;
    QAction* compareAction() const { return m_compareAction; }
    QAction* previewAction() const { return m_previewAction; }
    QAction* compareFilesAction() const { return m_compareFilesAction; }
    QAction* restoreFacesAction() const { return m_facesAction; }
    QDoubleSpinBox* faceWeightBox() const { return m_faceWeightBox; }
    FaceReviewPanel* faceReviewPanel() const { return m_facePanel; }
    QString statusText() const;
    // The page's own status line; off where a window's status bar shows statusMessage().
    void setStatusLineVisible(bool visible);

Q_SIGNALS:
    void comparisonShown();
    // Side B was rebuilt from the face panel's switches or weight.
    void facesApplied();
    void failed(const QString& message);
    void statusMessage(const QString& message);

private:
    void createActions();
    void createToolBar();
    void createFaceControls();
    bool isRemote() const;
    UpscaleComparisonRequest modelRequest(const ModelChoice& model) const;
    void submitModelJob(UpscaleComparisonRequest request, const QString& what);
    std::optional<FaceRestoreOptions> faceRestoreOptions() const;
    void showFaces(const Comparison& comparison);
    void hideFaces();
    void scheduleFaceImage();
    void applyFaceImage();
    QString facesStatus(const Comparison& comparison) const;
    void updateFaceState();
    void submit(std::unique_ptr<Job> job, const QString& what);
    void onFinished(hires::JobId id, const hires::JobOutput& output);
    void onFailed(hires::JobId id, const hires::Error& error);
    void onCancelled(hires::JobId id);
    void onProgress(hires::JobId id, int done, int total, const QString& stage);
    void jobEnded();
    void showFailure(const QString& message);
    void chooseInput();
    void chooseFiles();
    void saveSide(int side);
    void updateState();
    std::optional<ModelChoice> currentModel() const;
    // The visible part of the input, in input pixels; empty when all of it is in view.
    QRect visibleInputRegion() const;

    JobRunner& m_runner;
    Settings& m_settings;
    ComparisonView* m_view;
    FaceReviewPanel* m_facePanel;
    QSplitter* m_split;
    QToolBar* m_toolBar;
    QComboBox* m_modelBox;
    QComboBox* m_scaleBox;
    QComboBox* m_gainBox;
    QDoubleSpinBox* m_faceWeightBox;
    QProgressBar* m_progress;
    QLabel* m_status;
    QList<ModelChoice> m_models;
    UpscaleOptions m_options;
    QString m_inputFile;
    Image m_input;
    std::optional<JobId> m_job;
    QString m_faceModel;
    QStringList m_faceDetectorFolders;
    bool m_facesRequested = false; // the running job restores faces
    bool m_faceImagePending = false;

    QAction* m_openAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_previewAction = nullptr;
    QAction* m_compareFilesAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_sideBySideAction = nullptr;
    QAction* m_sliderAction = nullptr;
    QAction* m_differenceAction = nullptr;
    QAction* m_fitAction = nullptr;
    QAction* m_actualAction = nullptr;
    QAction* m_doubleAction = nullptr;
    QAction* m_quadrupleAction = nullptr;
    QAction* m_saveLeftAction = nullptr;
    QAction* m_saveRightAction = nullptr;
    QAction* m_facesAction = nullptr;
};

} // namespace hires::ui
