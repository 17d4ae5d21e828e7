#include "ui/views/comparison_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "core/face/face_restore_step.h"
#include "ui/image_bridge.h"
#include "ui/views/image_view.h"
#include "ui/views/view_synchronizer.h"
#include "ui/views/wipe_view.h"

#include <cmath>

namespace hires::ui {

namespace {

QLabel* makeInfoLabel(QWidget* parent, const QString& accessibleName)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(accessibleName);
    return label;
}

QString formatNumber(double value)
{
    return value >= 100 ? QString::number(value, 'f', 0) : QString::number(value, 'f', 1);
}

} // namespace

ComparisonView::ComparisonView(QWidget* parent)
    : QWidget(parent)
    , m_sync(new ViewSynchronizer(this))
    , m_stack(new QStackedWidget(this))
    , m_left(new ImageView)
    , m_right(new ImageView)
    , m_wipe(new WipeView)
    , m_difference(new ImageView)
    , m_infoA(makeInfoLabel(this, tr("Left image information")))
    , m_infoB(makeInfoLabel(this, tr("Right image information")))
    , m_differenceInfo(makeInfoLabel(this, tr("Difference information")))
{
    setObjectName(QStringLiteral("ComparisonView"));
    m_left->setObjectName(QStringLiteral("compareLeft"));
    m_right->setObjectName(QStringLiteral("compareRight"));
    m_difference->setObjectName(QStringLiteral("compareDifference"));
    m_left->setAccessibleName(tr("Left image"));
    m_right->setAccessibleName(tr("Right image"));
    m_difference->setAccessibleName(tr("Difference between the images"));
    m_difference->setToolTip(
        tr("Where the two images differ: black where they agree, brighter where they differ "
           "more (|A − B| amplified)"));

    auto* sideBySide = new QWidget;
    auto* pair = new QHBoxLayout(sideBySide);
    pair->setContentsMargins(0, 0, 0, 0);
    pair->setSpacing(2);
    pair->addWidget(m_left);
    pair->addWidget(m_right);
    m_stack->addWidget(sideBySide);
    m_stack->addWidget(m_wipe);
    m_stack->addWidget(m_difference);

    m_infoB->setAlignment(Qt::AlignRight | Qt::AlignTop);
    auto* info = new QHBoxLayout;
    info->addWidget(m_infoA, 1);
    info->addWidget(m_infoB, 1);
    m_differenceInfo->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_differenceInfo->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_differenceInfo);
    layout->addLayout(info);

    for (ImageView* view : {m_left, m_right, m_wipe->viewA(), m_wipe->viewB(), m_difference})
        m_sync->addView(view);
    connect(&m_gainWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        if (m_gainWatcher.future().resultCount() > 0 &&
            m_gainGeneration == m_gainWatcher.property("generation").toInt())
            showDifference(m_gainWatcher.result());
    });
    const QString hint = tr("Compare LANCZOS with a model, or open two images to compare.");
    for (ImageView* view : {m_left, m_right, m_difference})
        view->setPlaceholderText(hint);
}

ComparisonView::~ComparisonView()
{
    m_gainWatcher.waitForFinished();
}

bool ComparisonView::hasImages() const
{
    return m_left->hasImage();
}

QSize ComparisonView::leftImageSize() const
{
    return m_left->imageSize();
}

void ComparisonView::showImages(const QImage& a, const QImage& b, const QImage& difference)
{
    // Remember where the user was, as a share of the picture, to come back there.
    ImageView* lead = m_sync->leader();
    const bool keep = lead && !lead->isFitMode() && lead->hasImage();
    QPointF centre;
    double onScreenScale = 0; // zoom times image width: the picture's width on screen
    if (keep) {
        centre = QPointF(lead->centre().x() / lead->imageSize().width(),
                         lead->centre().y() / lead->imageSize().height());
        onScreenScale = lead->zoom() * lead->imageSize().width();
    }
    m_left->setImage(a);
    m_right->setImage(b);
    m_wipe->viewA()->setImage(a);
    m_wipe->viewB()->setImage(b);
    m_difference->setImage(difference);
    ImageView* next = m_sync->leader();
    if (!next)
        return;
    if (keep && onScreenScale > 0) {
        next->setViewport(onScreenScale / next->imageSize().width(),
                          QPointF(centre.x() * next->imageSize().width(),
                                  centre.y() * next->imageSize().height()));
    } else {
        next->fitToWindow();
    }
    m_sync->syncFrom(next);
}

void ComparisonView::setComparison(const Comparison& comparison)
{
    m_comparison = comparison;
    m_gain = comparison.gain;
    ++m_gainGeneration; // a gain change still running belongs to the previous images
    showImages(toQImage(comparison.a.image), toQImage(comparison.b.image),
               toQImage(comparison.difference));
    updateInfo();
}

void ComparisonView::setInput(const QImage& input, const QString& label)
{
    m_comparison.reset();
    ++m_gainGeneration;
    showImages(input, input, QImage());
    m_difference->setPlaceholderText(tr("The difference appears once two images are compared."));
    m_infoA->setText(label);
    m_infoB->setText(label);
    m_differenceInfo->clear();
}

void ComparisonView::clear()
{
    m_comparison.reset();
    ++m_gainGeneration;
    showImages(QImage(), QImage(), QImage());
    m_infoA->clear();
    m_infoB->clear();
    m_differenceInfo->clear();
}

void ComparisonView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    ImageView* before = m_sync->leader();
    m_mode = mode;
    m_stack->setCurrentIndex(int(mode));
    m_differenceInfo->setVisible(mode == Mode::Difference);
    // The views of the new page were resized on being shown: put them where the old one was.
    if (before)
        m_sync->syncFrom(before);
    Q_EMIT modeChanged(mode);
}

void ComparisonView::applyPreset(ZoomPreset preset)
{
    switch (preset) {
    case ZoomPreset::Fit:
        m_sync->fitAll();
        break;
    case ZoomPreset::Actual:
        m_sync->setZoomAll(1.0);
        break;
    case ZoomPreset::Double:
        m_sync->setZoomAll(2.0);
        break;
    case ZoomPreset::Quadruple:
        m_sync->setZoomAll(4.0);
        break;
    }
}

void ComparisonView::setDifferenceGain(double gain)
{
    if (gain <= 0 || gain == m_gain)
        return;
    m_gain = gain;
    if (!m_comparison)
        return;
    const Comparison snapshot = *m_comparison; // shares the pixels; read-only on the worker
    m_gainWatcher.setProperty("generation", ++m_gainGeneration);
    m_gainWatcher.setFuture(QtConcurrent::run([snapshot, gain] {
        const Result<cv::Mat> map = snapshot.differenceWithGain(gain);
        return map ? toQImage(*map) : QImage();
    }));
}

void ComparisonView::showDifference(const QImage& image)
{
    if (image.isNull() || !m_comparison)
        return;
    m_comparison->gain = m_gain;
    // Same size as before: setImage would refit, so keep the viewport by hand.
    const double zoom = m_difference->zoom();
    const QPointF centre = m_difference->centre();
    const bool fit = m_difference->isFitMode();
    m_difference->setImage(image);
    if (!fit)
        m_difference->setViewport(zoom, centre);
    updateInfo();
    Q_EMIT differenceReady();
}

QRectF ComparisonView::visibleRegion() const
{
    ImageView* lead = m_sync->leader();
    if (!lead || !m_left->hasImage())
        return {};
    const QRectF visible = lead->visibleSourceRect();
    return QRectF(ViewSynchronizer::mapBetween(lead, m_left, visible.topLeft()),
                  ViewSynchronizer::mapBetween(lead, m_left, visible.bottomRight()));
}

QString ComparisonView::sideText(const ComparisonSide& side)
{
    QStringList parts{side.label};
    const Provenance& p = side.provenance;
    if (!p.used.isEmpty()) {
        if (p.used.compare(side.label, Qt::CaseInsensitive) != 0)
            parts << tr("made by %1").arg(p.used);
        if (!p.device.isEmpty())
            parts << (p.precision.isEmpty() ? tr("on %1").arg(p.device)
                                            : tr("on %1 (%2)").arg(p.device, p.precision));
        if (const double seconds = p.totalSeconds(); seconds > 0)
            parts << tr("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 2 : 1);
    } else if (!side.file.isEmpty()) {
        parts << tr("%1 × %2 file").arg(side.image.width()).arg(side.image.height());
    }
    parts << tr("sharpness %1").arg(formatNumber(side.sharpness));
    if (side.fidelityDb)
        parts << (std::isinf(*side.fidelityDb)
                      ? tr("fidelity ∞ dB (reduces to the input exactly)")
                      : tr("fidelity %1 dB").arg(*side.fidelityDb, 0, 'f', 1));
    if (const FaceStepSummary faces = summarizeFaceStep(p); faces.asked) {
        if (faces.detected == 0 && faces.fallbacks.empty())
            parts << tr("no face found");
        else if (faces.restored > 0)
            parts << tr("%1 of %2 faces restored by %3")
                         .arg(faces.restored)
                         .arg(faces.detected)
                         .arg(faces.used);
        else
            parts << tr("faces not restored");
    }
    QString text = parts.join(QStringLiteral(" · "));
    for (const FallbackEvent& f : p.fallbacks)
        text += QLatin1Char('\n') + tr("Fell back: %1 → %2 (%3)").arg(f.from, f.to, f.reason);
    return text;
}

void ComparisonView::updateInfo()
{
    if (!m_comparison)
        return;
    m_infoA->setText(sideText(m_comparison->a));
    m_infoB->setText(sideText(m_comparison->b));
    m_infoA->setToolTip(m_comparison->a.provenance.summary());
    m_infoB->setToolTip(m_comparison->b.provenance.summary());
    QString difference = tr("|A − B| × %1 · mean difference %2 of 255")
                             .arg(m_gain)
                             .arg(m_comparison->meanDifference, 0, 'f', 2);
    if (!m_comparison->region.empty())
        difference += QLatin1Char('\n') + tr("Model preview of %1 × %2 pixels at %3, %4")
                                              .arg(m_comparison->region.width)
                                              .arg(m_comparison->region.height)
                                              .arg(m_comparison->region.x)
                                              .arg(m_comparison->region.y);
    if (m_comparison->aspectDiffers)
        difference += QLatin1Char('\n') + tr("The images have different shapes: one is stretched.");
    m_differenceInfo->setText(difference);
}

} // namespace hires::ui

#include "moc_comparison_view.cpp"
