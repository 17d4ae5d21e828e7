// UpscaleQueueModel: the rows of the upscale page's queue — one input each,
// with its thumbnail, size, status, progress of the running job and the
// elapsed / remaining time. GUI thread only. Times come from one monotonic
// clock owned by the model; "remaining" extrapolates from the tiles done.
#pragma once

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QImage>
#include <QSize>
#include <QString>

#include "core/jobs/job.h"
#include "core/jobs/provenance.h"

#include <optional>
#include <vector>

namespace hires::ui {

struct UpscaleQueueItem
{
    enum class Status
    {
        Waiting,
        Running,
        Done,
        Failed,
        Cancelled
    };

    quint64 key = 0;            // unique in the model, set by append(); rows move, keys do not
    QString path;               // the input file; empty for a pasted image
    QString name;               // shown in the list
    std::optional<Image> image; // a pasted image (no file)
    QImage thumbnail;
    QSize size;
    Status status = Status::Waiting;
    JobId job = 0;
    int done = 0;
    int total = 0;
    qint64 startedMs = -1;
    qint64 endedMs = -1;
    QString output;        // the written file
    QString message;       // the error, or what produced the result (provenance summary)
    bool fellBack = false; // the upscale fell back to LANCZOS
    QString faces;         // "faces restored: N" / "face restoration skipped: ..."; empty: off

    bool isActive() const { return status == Status::Waiting || status == Status::Running; }
    double fraction() const; // 0..1 of this item
};

class UpscaleQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        StatusColumn,
        ProgressColumn,
        TimeColumn,
        ColumnCount
    };
    static constexpr int kFractionRole = Qt::UserRole + 1; // double 0..1, ProgressColumn

    explicit UpscaleQueueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    int append(UpscaleQueueItem item); // returns the row
    const UpscaleQueueItem& item(int row) const { return m_items.at(size_t(row)); }
    int count() const { return int(m_items.size()); }
    int rowOfJob(JobId job) const;   // -1 when none
    int rowOfKey(quint64 key) const; // -1 when none
    void removeRows(const std::vector<int>& rows);

    void setThumbnail(int row, const QImage& thumbnail);
    void setQueued(int row, JobId job);
    void setStarted(int row);
    void setProgress(int row, int done, int total);
    // faces: what face restoration did (facesText()), empty when it was off.
    void setDone(int row, const QString& output, const QString& summary, bool fellBack,
                 const QString& faces = {});
    void setEnded(int row, UpscaleQueueItem::Status status, const QString& message);

    // All items together, 0..1 (finished items count as whole).
    double overallFraction() const;
    int activeCount() const;
    qint64 nowMs() const { return m_clock.elapsed(); }
    // Elapsed and estimated remaining seconds of a row (-1: unknown).
    double elapsedSeconds(int row) const;
    double remainingSeconds(int row) const;

    static QString statusText(UpscaleQueueItem::Status status);
    static QString durationText(double seconds);
    // "faces restored: N" or "face restoration skipped: <reason>" from a
    // result's provenance; empty when face restoration was off.
    static QString facesText(const Provenance& provenance);

private:
    void changed(int row, int firstColumn = 0, int lastColumn = ColumnCount - 1);

    std::vector<UpscaleQueueItem> m_items;
    QElapsedTimer m_clock;
    quint64 m_nextKey = 1;
};

} // namespace hires::ui
