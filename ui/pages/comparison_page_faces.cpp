// ComparisonPage, part 4: face restoration on the model side — the Restore
// Faces toggle and weight, the FaceReviewPanel beside the view, side B rebuilt
// from the panel's switches and slider — and where the model side runs.
#include "ui/pages/comparison_page.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QUrl>

#include "core/compare/comparison.h"
#include "core/face/face_restoration_session.h"
#include "core/face/face_restore_step.h"
#include "core/remote/remote_backend.h"
#include "ui/settings.h"
#include "ui/views/comparison_view.h"
#include "ui/views/face_review_panel.h"

namespace hires::ui {

namespace {

constexpr double kDefaultFaceWeight = 0.5; // as on the Generate page

} // namespace

void ComparisonPage::createFaceControls()
{
    m_facesAction = new QAction(tr("Restore &Faces"), this);
    m_facesAction->setCheckable(true);
    m_facesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_facesAction->setIconText(tr("Restore Faces"));
    m_facesAction->setStatusTip(tr("Restore the faces of the model's side with GFPGAN, then "
                                   "switch each face and set the weight beside the view"));
    addAction(m_facesAction);
    m_faceWeightBox->setRange(0.0, 1.0);
    m_faceWeightBox->setSingleStep(0.05);
    m_faceWeightBox->setDecimals(2);
    m_faceWeightBox->setValue(kDefaultFaceWeight);
    m_faceWeightBox->setAccessibleName(tr("Face restoration weight"));
    m_faceWeightBox->setToolTip(tr("Face restoration weight — 0: the model's faces as they are; "
                                   "1: fully restored (applies to the next comparison)"));
    m_facePanel->setObjectName(QStringLiteral("comparisonFaces"));
    m_facePanel->setMinimumWidth(330); // a face's row: check box, before and after
    connect(m_facesAction, &QAction::toggled, this, [this] { updateFaceState(); });
    connect(m_facePanel, &FaceReviewPanel::imageChanged, this, [this] { scheduleFaceImage(); });
}

void ComparisonPage::setFaceModel(const QString& file, const QStringList& detectorFolders)
{
    m_faceModel = file;
    m_faceDetectorFolders = detectorFolders;
}

void ComparisonPage::setRestoreFaces(bool on, double weight)
{
    m_faceWeightBox->setValue(weight);
    m_facesAction->setChecked(on);
}

void ComparisonPage::reloadSettings()
{
    updateState();
}

bool ComparisonPage::isRemote() const
{
    return !m_settings.value(keys::kRemoteServer).isEmpty();
}

QString ComparisonPage::modelLocation() const
{
    return isRemote() ? RemoteBackend(QUrl(m_settings.value(keys::kRemoteServer)), {}).where()
                      : tr("this computer");
}

std::optional<FaceRestoreOptions> ComparisonPage::faceRestoreOptions() const
{
    if (!m_facesAction->isChecked() || isRemote())
        return std::nullopt;
    FaceRestoreOptions options;
    options.weight = m_faceWeightBox->value();
    options.modelPath = m_faceModel;
    options.detector.modelFolders = m_faceDetectorFolders;
    return options;
}

void ComparisonPage::showFaces(const Comparison& comparison)
{
    const bool any = comparison.faces && comparison.faces->faceCount() > 0;
    m_facePanel->setSession(any ? comparison.faces : nullptr);
    m_facePanel->setVisible(any);
}

void ComparisonPage::hideFaces()
{
    m_facePanel->setSession(nullptr);
    m_facePanel->hide();
}

void ComparisonPage::scheduleFaceImage()
{
    // A dragged slider sends many values: side B is rebuilt once for the latest.
    if (m_faceImagePending)
        return;
    m_faceImagePending = true;
    QMetaObject::invokeMethod(this, &ComparisonPage::applyFaceImage, Qt::QueuedConnection);
}

void ComparisonPage::applyFaceImage()
{
    m_faceImagePending = false;
    const Comparison* shown = m_view->comparison();
    const std::shared_ptr<FaceRestorationSession>& session = m_facePanel->session();
    if (!shown || !session || shown->faces != session)
        return;
    Result<Comparison> next = shown->withFaceImage(session->current());
    if (!next) {
        m_status->setText(next.error().message);
        return;
    }
    m_view->setComparison(*next); // keeps zoom and pan; the difference follows
    Q_EMIT facesApplied();
}

QString ComparisonPage::facesStatus(const Comparison& comparison) const
{
    if (!m_facesRequested) {
        if (isRemote() && m_facesAction->isChecked())
            return tr("Faces are restored on this computer only: with a remote server the "
                      "model's faces are shown as they are.");
        return {};
    }
    const FaceStepSummary faces = summarizeFaceStep(comparison.b.provenance);
    if (!faces.asked)
        return {};
    if (faces.detected == 0 && faces.fallbacks.empty())
        return tr("No face was found.");
    if (faces.restored == 0)
        return tr("The faces were not restored: see the right pane.");
    return tr("%n face(s) restored: review them beside the view.", nullptr, faces.restored);
}

void ComparisonPage::updateFaceState()
{
    const bool remote = isRemote();
    m_facesAction->setEnabled(!remote);
    m_faceWeightBox->setEnabled(!remote && m_facesAction->isChecked());
    const QString key = m_facesAction->shortcut().toString(QKeySequence::NativeText);
    m_facesAction->setToolTip(
        remote ? tr("Face restoration and review run on this computer only; the model runs on "
                    "%1 (see Settings)")
                     .arg(modelLocation())
               : tr("Restore the faces of the model's side, and review them face by face (%1)")
                     .arg(key));
}

} // namespace hires::ui
