#include "ui/pages/missing_checkpoint_panel.h"

#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hires::ui {

MissingCheckpointPanel::MissingCheckpointPanel(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_manager(new QPushButton(tr("Open Model Manager..."), this))
    , m_openFolder(new QPushButton(tr("Open Model Folder"), this))
    , m_rescan(new QPushButton(tr("Look Again"), this))
{
    setObjectName(QStringLiteral("MissingCheckpointPanel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_manager);
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_rescan);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(2);

    connect(m_manager, &QPushButton::clicked, this,
            &MissingCheckpointPanel::openModelManagerRequested);
    connect(m_rescan, &QPushButton::clicked, this, &MissingCheckpointPanel::rescanRequested);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(m_folder); // a fresh install has not made it yet
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    setModelFolder(QString());
}

void MissingCheckpointPanel::setModelFolder(const QString& folder)
{
    m_folder = folder;
    m_openFolder->setEnabled(!folder.isEmpty());
    const QString shown = QDir::toNativeSeparators(folder).toHtmlEscaped();
    m_text->setText(
        QStringLiteral("<h3>%1</h3><p>%2</p><ul><li>%3</li><li>%4</li></ul><p>%5</p><p>%6</p>"
                       "<p>%7</p>")
            .arg(
                tr("No Stable Diffusion checkpoint is installed"),
                tr("Generating images needs a checkpoint file (.safetensors or .ckpt). Get one "
                   "of these:"),
                tr("<b>Stable Diffusion 1.5</b>: v1-5-pruned-emaonly.safetensors (4 GB, 512 x 512) "
                   "from <a href=\"https://huggingface.co/stable-diffusion-v1-5/"
                   "stable-diffusion-v1-5\">huggingface.co/stable-diffusion-v1-5</a>, licence "
                   "CreativeML OpenRAIL-M"),
                tr("<b>Stable Diffusion XL</b>: sd_xl_base_1.0.safetensors (7 GB, 1024 x 1024) "
                   "from <a href=\"https://huggingface.co/stabilityai/"
                   "stable-diffusion-xl-base-1.0\">huggingface.co/stabilityai</a>, licence "
                   "CreativeML Open RAIL++-M"),
                tr("Put the file into this folder, then press Look Again:<br><code>%1</code>")
                    .arg(shown.isEmpty() ? tr("(the model folder)") : shown),
                tr("A single-file checkpoint carries no vocabulary: put the CLIP tokenizer files "
                   "vocab.json and merges.txt (from openai/clip-vit-large-patch14) into a "
                   "<code>tokenizer</code> folder beside it."),
                tr("Upscaling, face restoration and everything else work without a checkpoint.")));
}

QString MissingCheckpointPanel::text() const
{
    return m_text->text();
}

} // namespace hires::ui
