#include "ui/pages/result_comparison.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

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

} // namespace hires::ui
