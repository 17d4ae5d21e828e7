// ResultGallery: the images generated in this session, newest first, as a
// strip of thumbnails. Each entry keeps the request that made it and the
// job's whole output (result, first pass, provenance), so it can be shown,
// compared, saved or re-run later. GUI thread only.
#pragma once

#include <QListWidget>

#include "core/diffusion/generation_request.h"
#include "core/jobs/job.h"

#include <memory>
#include <vector>

namespace hires::ui {

struct GalleryEntry
{
    GenerationRequest request;
    JobOutput output;
};

class ResultGallery : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int kThumbnailSide = 96;

    explicit ResultGallery(QWidget* parent = nullptr);

    // Adds an entry at the front and selects it.
    void addEntry(GalleryEntry entry);
    int entryCount() const { return static_cast<int>(m_entries.size()); }
    // Row 0 is the newest; nullptr when out of range.
    const GalleryEntry* entry(int row) const;
    const GalleryEntry* currentEntry() const { return entry(currentRow()); }

private:
    std::vector<std::shared_ptr<const GalleryEntry>> m_entries; // same order as the rows
};

} // namespace hires::ui
