#include "ui/pages/result_comparison.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/upscale/lanczos_upscaler.h"
#include "ui/image_bridge.h"
#include "ui/pages/result_gallery.h"
#include "ui/views/image_view.h"

namespace hires::ui {

ResultComparisonDialog::ResultComparisonDialog(QWidget* parent)
    : QDialog(parent)
    , m_view(new ImageView(this))
    , m_note(new QLabel(this))
    , m_buttons(new QButtonGroup(this))
    , m_buttonRow(new QWidget(this))
{
    setObjectName(QStringLiteral("ResultComparisonDialog"));
    setWindowTitle(tr("Compare"));
    m_note->setText(tr("Space flips between the last two; the zoom and position stay."));
    auto* row = new QHBoxLayout(m_buttonRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_buttonRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    connect(m_buttons, &QButtonGroup::idClicked, this, &ResultComparisonDialog::showVariant);
    resize(1000, 760);
}

int ResultComparisonDialog::addVariant(const QString& label, const QImage& image,
                                       const QString& pending)
{
    const int index = variantCount();
    m_variants.push_back({label, image});
    auto* button = new QPushButton(m_buttonRow);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus); // Space belongs to the flip
    m_buttons->addButton(button, index);
    auto* row = static_cast<QHBoxLayout*>(m_buttonRow->layout());
    row->insertWidget(row->count() - 1, button);
    updateButton(index, image.isNull() ? pending : QString());
    if (m_current < 0 && !image.isNull())
        showVariant(index);
    return index;
}

void ResultComparisonDialog::setVariantImage(int index, const QImage& image)
{
    m_variants.at(index).image = image;
    updateButton(index, QString());
    if (m_current == index || m_current < 0)
        showVariant(index);
}

void ResultComparisonDialog::setVariantError(int index, const QString& error)
{
    updateButton(index, error);
    m_buttons->button(index)->setToolTip(error);
}

void ResultComparisonDialog::updateButton(int index, const QString& note)
{
    QAbstractButton* button = m_buttons->button(index);
    const Variant& variant = m_variants.at(index);
    button->setText(note.isEmpty() ? variant.label
                                   : QStringLiteral("%1 (%2)").arg(variant.label, note));
    button->setEnabled(!variant.image.isNull());
}

void ResultComparisonDialog::showVariant(int index)
{
    if (index < 0 || index >= variantCount() || m_variants.at(index).image.isNull())
        return;
    if (index != m_current)
        m_previous = m_current;
    const bool keep = m_view->hasImage() && m_view->imageSize() == m_variants.at(index).image.size();
    const double zoom = m_view->zoom();
    const QPointF centre = m_view->centre();
    const bool fit = m_view->isFitMode();
    m_view->setImage(m_variants.at(index).image);
    if (keep && !fit)
        m_view->setViewport(zoom, centre);
    m_current = index;
    m_buttons->button(index)->setChecked(true);
}

void ResultComparisonDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && m_previous >= 0) {
        showVariant(m_previous);
        return;
    }
    QDialog::keyPressEvent(event);
}

ResultComparisonDialog* openResultComparison(QWidget* parent, const GalleryEntry& entry)
{
    const JobOutput& output = entry.output;
    const Image* result = output.image(QStringLiteral("result"));
    const Image* firstPass = output.image(QStringLiteral("first_pass"));
    if (!result || !firstPass)
        return nullptr;
    auto* dialog = new ResultComparisonDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addVariant(ResultComparisonDialog::tr("Result"), toQImage(result->pixels));
    if (const Image* before = output.image(QStringLiteral("before_face_restoration")))
        dialog->addVariant(ResultComparisonDialog::tr("Before face restoration"),
                           toQImage(before->pixels));

    // What hires fix made of the first pass before its second pass is one of
    // the two references; the other one is made here when it is LANCZOS (a
    // resize, instant) and reported missing when it would need a model run.
    const cv::Size size(result->width(), result->height());
    const Image* upscaled = output.image(QStringLiteral("upscaled"));
    const QString used = output.provenance.used;
    const bool upscaledIsLanczos = upscaled && used == QLatin1String("lanczos");
    const bool upscaledIsNeural = upscaled && !upscaledIsLanczos && used != QLatin1String("latent");
    dialog->addVariant(ResultComparisonDialog::tr("First pass + LANCZOS"),
                       toQImage(upscaledIsLanczos ? upscaled->pixels
                                                  : LanczosUpscaler::resize(firstPass->pixels, size)));
    const int esrgan = dialog->addVariant(ResultComparisonDialog::tr("First pass + Real-ESRGAN"),
                                          upscaledIsNeural ? toQImage(upscaled->pixels) : QImage());
    if (!upscaledIsNeural)
        dialog->setVariantError(
            esrgan, ResultComparisonDialog::tr("this result's hires fix did not run Real-ESRGAN"));
    dialog->setWindowTitle(ResultComparisonDialog::tr("Compare: %1").arg(entry.request.prompt.left(60)));
    dialog->show();
    return dialog;
}

} // namespace hires::ui
