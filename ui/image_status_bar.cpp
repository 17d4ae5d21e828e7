#include "ui/image_status_bar.h"

#include <QLabel>
#include <QLocale>

#include "ui/image_document.h"

namespace hires::ui {

ImageStatusBar::ImageStatusBar(QWidget* parent)
    : QStatusBar(parent)
{
    m_pixel = addField();
    m_zoom = addField();
    m_file = addField();
    m_size = addField();
    m_format = addField();
    // Room for "(65534, 65534)  R 65535  G 65535  B 65535  A 65535" without jumping.
    m_pixel->setMinimumWidth(fontMetrics().horizontalAdvance(QString(44, QLatin1Char('0'))));
    m_zoom->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00000 %")));
    showDocument(nullptr);
}

QLabel* ImageStatusBar::addField()
{
    auto* label = new QLabel(this);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setContentsMargins(8, 0, 8, 0);
    addPermanentWidget(label);
    return label;
}

void ImageStatusBar::showDocument(const ImageDocument* document)
{
    m_document = document;
    const bool shown = document != nullptr;
    for (QLabel* label : {m_file, m_size, m_format, m_zoom, m_pixel})
        label->setVisible(shown);
    if (!document) {
        for (QLabel* label : {m_file, m_size, m_format, m_zoom, m_pixel})
            label->clear();
        return;
    }
    m_file->setText(document->fileName());
    m_file->setToolTip(document->path());
    m_size->setText(
        tr("%1 × %2 px").arg(document->image().width()).arg(document->image().height()));
    m_format->setText(tr("%1, %2").arg(document->depthText(), document->channelsText()));
    m_pixel->clear();
}

void ImageStatusBar::showZoom(double zoom)
{
    m_zoom->setText(tr("%1 %").arg(QLocale().toString(zoom * 100.0, 'f', zoom < 0.1 ? 1 : 0)));
}

void ImageStatusBar::showPixel(const QPoint& pixel)
{
    if (!m_document || pixel.x() < 0) {
        m_pixel->clear();
        return;
    }
    m_pixel->setText(
        tr("(%1, %2)  %3").arg(pixel.x()).arg(pixel.y()).arg(m_document->pixelText(pixel)));
}

QString ImageStatusBar::fileText() const
{
    return m_file->text();
}

QString ImageStatusBar::sizeText() const
{
    return m_size->text();
}

QString ImageStatusBar::formatText() const
{
    return m_format->text();
}

QString ImageStatusBar::zoomText() const
{
    return m_zoom->text();
}

QString ImageStatusBar::pixelText() const
{
    return m_pixel->text();
}

} // namespace hires::ui

#include "moc_image_status_bar.cpp"
