#include "ui/pages/result_gallery.h"

#include <QIcon>
#include <QPixmap>

#include "ui/image_bridge.h"

namespace hires::ui {

ResultGallery::ResultGallery(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("ResultGallery"));
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    setSpacing(4);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int frame = 2 * frameWidth();
    setFixedHeight(kThumbnailSide + fontMetrics().height() * 2 + 24 + frame);
}

void ResultGallery::addEntry(GalleryEntry entry)
{
    auto shared = std::make_shared<const GalleryEntry>(std::move(entry));
    QIcon icon;
    if (const Image* result = shared->output.image(QStringLiteral("result"))) {
        const QImage image = toQImage(result->pixels);
        icon = QIcon(QPixmap::fromImage(image.scaled(
            kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    auto* item = new QListWidgetItem(icon, tr("Seed %1").arg(shared->request.seed));
    item->setToolTip(shared->request.prompt);
    m_entries.insert(m_entries.begin(), shared);
    insertItem(0, item);
    setCurrentRow(0);
}

const GalleryEntry* ResultGallery::entry(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_entries.size()))
        return nullptr;
    return m_entries[static_cast<size_t>(row)].get();
}

} // namespace hires::ui
