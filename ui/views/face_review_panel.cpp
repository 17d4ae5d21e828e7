#include "ui/views/face_review_panel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include <opencv2/core.hpp>

#include <cmath>

#include "core/face/face_restoration_session.h"
#include "ui/image_bridge.h"

namespace hires::ui {

namespace {

constexpr int kThumbSize = 96;
constexpr int kSliderMax = 100;

// An aligned crop (CV_32FC3 BGR in [0, 1]) as a thumbnail; empty when absent.
QPixmap thumbnail(const cv::Mat& crop)
{
    if (crop.empty())
        return {};
    cv::Mat bytes;
    crop.convertTo(bytes, CV_8U, 255.0);
    const QImage image = toQImage(bytes);
    if (image.isNull())
        return {};
    return QPixmap::fromImage(
        image.scaled(kThumbSize, kThumbSize, Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

QLabel* thumbnailLabel(const QPixmap& pixmap, const QString& accessibleName, const QString& missing)
{
    auto* label = new QLabel;
    label->setFixedSize(kThumbSize, kThumbSize);
    label->setAlignment(Qt::AlignCenter);
    if (pixmap.isNull())
        label->setText(missing);
    else
        label->setPixmap(pixmap);
    label->setAccessibleName(accessibleName);
    label->setToolTip(accessibleName);
    return label;
}

} // namespace

FaceReviewPanel::FaceReviewPanel(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Restored faces"));
    auto* layout = new QVBoxLayout(this);

    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* listHost = new QWidget;
    m_faceList = new QVBoxLayout(listHost);
    m_faceList->setContentsMargins(0, 0, 0, 0);
    m_faceList->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(listHost);
    scroll->setAccessibleName(tr("Detected faces"));
    layout->addWidget(scroll, 1);

    auto* weightRow = new QHBoxLayout;
    auto* weightCaption = new QLabel(tr("&Weight:"));
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setRange(0, kSliderMax);
    m_slider->setAccessibleName(tr("Face restoration weight"));
    m_slider->setToolTip(tr("0: the original faces; 100: fully restored. Applies to every face."));
    weightCaption->setBuddy(m_slider);
    m_weightLabel = new QLabel;
    m_weightLabel->setMinimumWidth(
        m_weightLabel->fontMetrics().horizontalAdvance(QStringLiteral("1.00")));
    weightRow->addWidget(weightCaption);
    weightRow->addWidget(m_slider, 1);
    weightRow->addWidget(m_weightLabel);
    layout->addLayout(weightRow);

    connect(m_slider, &QSlider::valueChanged, this, &FaceReviewPanel::onWeightChanged);
    setSession(nullptr);
}

FaceReviewPanel::~FaceReviewPanel() = default;

void FaceReviewPanel::setSession(std::shared_ptr<FaceRestorationSession> session)
{
    m_session = std::move(session);
    {
        // The slider shows the session's weight; setting it must not re-blend.
        const QSignalBlocker blocker(m_slider);
        const double weight = m_session && m_session->faceCount() > 0 ? m_session->weight(0) : 0.0;
        m_slider->setValue(int(std::lround(weight * kSliderMax)));
    }
    m_slider->setEnabled(m_session && m_session->faceCount() > 0);
    updateWeightLabel();
    rebuildFaces();
}

QCheckBox* FaceReviewPanel::faceCheckBox(int index) const
{
    return index >= 0 && index < faceCount() ? m_checks[size_t(index)] : nullptr;
}

void FaceReviewPanel::rebuildFaces()
{
    for (QWidget* row : m_rows)
        delete row;
    m_rows.clear();
    m_checks.clear();

    const int count = m_session ? m_session->faceCount() : 0;
    if (!m_session)
        m_summary->setText(tr("No face restoration in this result."));
    else if (count == 0)
        m_summary->setText(tr("No face was detected."));
    else
        m_summary->setText(tr("Faces detected: %1").arg(count));

    for (int i = 0; i < count; ++i) {
        const FaceRecord* face = m_session->face(i);
        auto* row = new QWidget;
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* check = new QCheckBox(tr("Face %1").arg(i + 1));
        check->setChecked(m_session->isEnabled(i));
        check->setEnabled(m_session->restorable(i));
        check->setAccessibleName(tr("Restore face %1").arg(i + 1));
        check->setToolTip(m_session->restorable(i)
                              ? tr("Switch the restoration of this face on or off")
                              : tr("No restoration model ran for this face"));
        connect(check, &QCheckBox::toggled, this, [this, i](bool on) { onFaceToggled(i, on); });
        rowLayout->addWidget(check);
        rowLayout->addWidget(thumbnailLabel(
            thumbnail(face->before), tr("Face %1 before restoration").arg(i + 1), tr("none")));
        rowLayout->addWidget(thumbnailLabel(thumbnail(face->after),
                                            tr("Face %1 after restoration").arg(i + 1),
                                            tr("not restored")));
        rowLayout->addStretch();
        // Before the stretch at the end of the list.
        m_faceList->insertWidget(m_faceList->count() - 1, row);
        m_rows.push_back(row);
        m_checks.push_back(check);
    }
}

void FaceReviewPanel::onFaceToggled(int index, bool on)
{
    if (!m_session || !m_session->setEnabled(index, on).ok())
        return;
    Q_EMIT imageChanged(m_session->current());
}

void FaceReviewPanel::onWeightChanged(int value)
{
    updateWeightLabel();
    if (!m_session || !m_session->setAllWeights(double(value) / kSliderMax).ok())
        return;
    Q_EMIT imageChanged(m_session->current());
}

void FaceReviewPanel::updateWeightLabel()
{
    m_weightLabel->setText(QString::number(double(m_slider->value()) / kSliderMax, 'f', 2));
}

} // namespace hires::ui
