// FaceReviewPanel: the faces of one restored image, each shown before/after
// (thumbnails of the session's aligned crops) with an on/off check box, and
// one weight slider (0..100 -> 0..1) for all faces. Every change re-blends
// through the FaceRestorationSession (no network run) and emits the image at
// the new settings.
//
// Contract: GUI thread only. The panel shares ownership of the session and
// is the only writer of it while set; setSession(nullptr) empties the panel.
#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QLabel;
class QSlider;
class QVBoxLayout;

namespace hires {
class FaceRestorationSession;
struct Image;
} // namespace hires

namespace hires::ui {

class FaceReviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FaceReviewPanel(QWidget* parent = nullptr);
    ~FaceReviewPanel() override;

    void setSession(std::shared_ptr<FaceRestorationSession> session);
    const std::shared_ptr<FaceRestorationSession>& session() const { return m_session; }

    int faceCount() const { return int(m_checks.size()); }
    QCheckBox* faceCheckBox(int index) const;
    QSlider* weightSlider() const { return m_slider; }

Q_SIGNALS:
    // The session's current() after a check box or the slider changed it.
    void imageChanged(const hires::Image& image);

private:
    void rebuildFaces();
    void onFaceToggled(int index, bool on);
    void onWeightChanged(int value);
    void updateWeightLabel();

    std::shared_ptr<FaceRestorationSession> m_session;
    QLabel* m_summary = nullptr;
    QVBoxLayout* m_faceList = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_weightLabel = nullptr;
    std::vector<QCheckBox*> m_checks;
    std::vector<QWidget*> m_rows;
};

} // namespace hires::ui
