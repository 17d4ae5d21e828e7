#include "ui/dialogs/about_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/base/version.h"
#include "core/jobs/compute_device.h"

namespace hires::ui {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Hires Studio"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/hires-studio.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setText(
        tr("<h2>Hires Studio %1</h2>"
           "<p>Image generation, neural upscaling and A/B comparison on the desktop.</p>")
            .arg(QString::fromLatin1(kVersion)) +
        QStringLiteral("<p>%1</p>")
            .arg(runtimeText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] {
        QApplication::clipboard()->setText(QStringLiteral("Hires Studio %1\n%2")
                                               .arg(QString::fromLatin1(kVersion), runtimeText()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

QString AboutDialog::runtimeText()
{
    const RuntimeInfo info = runtimeInfo();
    const QString compute = info.cudaAvailable
                                ? tr("CUDA (%n device(s))", nullptr, info.cudaDeviceCount)
                                : tr("CPU only (%n thread(s))", nullptr, info.cpuThreads);
    return tr("libtorch %1, %2\nOpenCV %3\nQt %4 (built with %5)")
        .arg(info.torchVersion, compute, info.openCvVersion, QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR));
}

} // namespace hires::ui

#include "moc_about_dialog.cpp"
