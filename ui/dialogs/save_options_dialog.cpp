#include "ui/dialogs/save_options_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hires::ui {

namespace {
bool hasQuality(ImageFormat format)
{
    return format == ImageFormat::Jpeg || format == ImageFormat::Webp;
}
} // namespace

SaveOptionsDialog::SaveOptionsDialog(const Image& image, const EncodeOptions& initial,
                                     const QString& targetPath, QWidget* parent)
    : QDialog(parent)
    , m_image(image)
    , m_options(initial)
{
    setWindowTitle(tr("Save as %1").arg(imageFormatName(initial.format)));
    auto* layout = new QVBoxLayout(this);
    auto* target = new QLabel(
        tr("Saving <b>%1</b> as %2.")
            .arg(QFileInfo(targetPath).fileName().toHtmlEscaped(), imageFormatName(initial.format)),
        this);
    layout->addWidget(target);

    auto* form = new QFormLayout;
    if (hasQuality(initial.format)) {
        m_qualitySlider = new QSlider(Qt::Horizontal, this);
        m_qualitySlider->setRange(1, 100);
        m_quality = new QSpinBox(this);
        m_quality->setRange(1, 100);
        m_quality->setValue(initial.quality);
        m_qualitySlider->setValue(initial.quality);
        connect(m_qualitySlider, &QSlider::valueChanged, m_quality, &QSpinBox::setValue);
        connect(m_quality, &QSpinBox::valueChanged, m_qualitySlider, &QSlider::setValue);
        connect(m_quality, &QSpinBox::valueChanged, this, &SaveOptionsDialog::refresh);
        auto* row = new QHBoxLayout;
        row->addWidget(m_qualitySlider, 1);
        row->addWidget(m_quality);
        form->addRow(tr("&Quality:"), row);
    }
    if (initial.format == ImageFormat::Webp) {
        m_lossless = new QCheckBox(tr("&Lossless (exact pixels, larger file)"), this);
        m_lossless->setChecked(initial.lossless);
        connect(m_lossless, &QCheckBox::toggled, this, &SaveOptionsDialog::refresh);
        form->addRow(QString(), m_lossless);
    }
    layout->addLayout(form);

    m_notesLabel = new QLabel(this);
    m_notesLabel->setObjectName(QStringLiteral("preflightNotes"));
    m_notesLabel->setWordWrap(true);
    layout->addWidget(m_notesLabel);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    refresh();
}

EncodeOptions SaveOptionsDialog::options() const
{
    EncodeOptions options = m_options;
    if (m_quality)
        options.quality = m_quality->value();
    if (m_lossless)
        options.lossless = m_lossless->isChecked();
    return options;
}

void SaveOptionsDialog::refresh()
{
    const EncodeOptions current = options();
    if (m_quality) {
        const bool lossy = !(m_lossless && current.lossless);
        m_quality->setEnabled(lossy);
        m_qualitySlider->setEnabled(lossy);
    }
    m_notes.clear();
    const Result<void> preflight = preflightEncode(m_image, current, &m_notes);
    m_canSave = preflight.ok();
    m_save->setEnabled(m_canSave);
    QStringList lines;
    if (!m_canSave)
        lines << tr("<b>Cannot save:</b> %1").arg(preflight.error().message.toHtmlEscaped());
    for (const QString& note : std::as_const(m_notes))
        lines << QStringLiteral("• %1").arg(note.toHtmlEscaped());
    m_notesLabel->setText(lines.join(QStringLiteral("<br>")));
    m_notesLabel->setVisible(!lines.isEmpty());
}

bool SaveOptionsDialog::isNeeded(const Image& image, const EncodeOptions& options)
{
    QStringList notes;
    const Result<void> preflight = preflightEncode(image, options, &notes);
    return hasQuality(options.format) || !preflight.ok() || !notes.isEmpty();
}

} // namespace hires::ui

#include "moc_save_options_dialog.cpp"
