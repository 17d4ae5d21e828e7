#include "ui/pages/seed_control.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>

namespace hires::ui {

SeedControl::SeedControl(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_field(new QLineEdit(this))
{
    m_mode->addItem(tr("Random"), static_cast<int>(Mode::Random));
    m_mode->addItem(tr("Fixed"), static_cast<int>(Mode::Fixed));
    m_mode->addItem(tr("Reuse last"), static_cast<int>(Mode::ReuseLast));
    m_mode->setToolTip(tr("How the seed of the next image is chosen"));
    m_field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{1,10}")), m_field));
    m_field->setToolTip(tr("The same seed with the same settings gives the same image"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_field, 1);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { updateField(); });
    connect(m_field, &QLineEdit::textEdited, this, [this](const QString& text) { m_typed = text; });
    updateField();
}

SeedControl::Mode SeedControl::mode() const
{
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void SeedControl::setMode(Mode mode)
{
    m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(mode)));
    updateField();
}

void SeedControl::setFixedSeed(qint64 seed)
{
    m_typed = QString::number(std::clamp<qint64>(seed, 0, kMaxSeed));
    setMode(Mode::Fixed);
}

std::optional<qint64> SeedControl::fixedSeed() const
{
    bool ok = false;
    const qint64 value = m_typed.toLongLong(&ok);
    if (!ok || value < 0 || value > kMaxSeed)
        return std::nullopt;
    return value;
}

void SeedControl::setLastSeed(qint64 seed)
{
    m_last = seed;
    updateField();
}

qint64 SeedControl::nextSeed() const
{
    if (mode() == Mode::Fixed && fixedSeed())
        return *fixedSeed();
    if (mode() == Mode::ReuseLast && m_last)
        return *m_last;
    return static_cast<qint64>(QRandomGenerator::global()->bounded(kMaxSeed + 1));
}

void SeedControl::updateField()
{
    switch (mode()) {
    case Mode::Random:
        m_field->setEnabled(false);
        m_field->clear();
        m_field->setPlaceholderText(tr("new seed each time"));
        break;
    case Mode::Fixed:
        m_field->setEnabled(true);
        m_field->setText(m_typed);
        m_field->setPlaceholderText(tr("seed"));
        break;
    case Mode::ReuseLast:
        m_field->setEnabled(false);
        m_field->setText(m_last ? QString::number(*m_last) : QString());
        m_field->setPlaceholderText(tr("no image yet: random"));
        break;
    }
}

} // namespace hires::ui
