#include "ui/pages/upscale_queue_model.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

#include "core/face/face_restore_step.h"

namespace hires::ui {

double UpscaleQueueItem::fraction() const
{
    switch (status) {
    case Status::Waiting:
        return 0;
    case Status::Running:
        return total > 0 ? std::clamp(double(done) / total, 0.0, 1.0) : 0.0;
    case Status::Done:
    case Status::Failed:
    case Status::Cancelled:
        return 1;
    }
    return 0;
}

UpscaleQueueModel::UpscaleQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_clock.start();
}

int UpscaleQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

int UpscaleQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UpscaleQueueModel::statusText(UpscaleQueueItem::Status status)
{
    switch (status) {
    case UpscaleQueueItem::Status::Waiting:
        return tr("Waiting");
    case UpscaleQueueItem::Status::Running:
        return tr("Upscaling");
    case UpscaleQueueItem::Status::Done:
        return tr("Done");
    case UpscaleQueueItem::Status::Failed:
        return tr("Failed");
    case UpscaleQueueItem::Status::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString UpscaleQueueModel::durationText(double seconds)
{
    if (seconds < 0)
        return QStringLiteral("–");
    const int s = int(seconds + 0.5);
    if (s < 60)
        return tr("%1 s").arg(s);
    return tr("%1:%2 min").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString UpscaleQueueModel::facesText(const Provenance& provenance)
{
    const FaceRestorationOutcome outcome = faceRestorationOutcome(provenance);
    if (!outcome.asked)
        return {};
    if (outcome.restored > 0)
        return tr("faces restored: %1").arg(outcome.restored);
    return tr("face restoration skipped: %1").arg(outcome.skipReason);
}

double UpscaleQueueModel::elapsedSeconds(int row) const
{
    const UpscaleQueueItem& it = item(row);
    if (it.startedMs < 0)
        return -1;
    const qint64 end = it.endedMs >= 0 ? it.endedMs : nowMs();
    return (end - it.startedMs) / 1000.0;
}

double UpscaleQueueModel::remainingSeconds(int row) const
{
    const UpscaleQueueItem& it = item(row);
    if (it.status != UpscaleQueueItem::Status::Running || it.done <= 0 || it.total <= 0)
        return -1;
    return elapsedSeconds(row) * (it.total - it.done) / it.done;
}

QVariant UpscaleQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= count())
        return {};
    const UpscaleQueueItem& it = item(index.row());
    const int column = index.column();
    if (role == Qt::DecorationRole && column == NameColumn && !it.thumbnail.isNull())
        return it.thumbnail;
    if (role == kFractionRole && column == ProgressColumn)
        return it.fraction();
    if (role == Qt::ToolTipRole) {
        if (column == NameColumn)
            return it.path.isEmpty() ? it.name : it.path;
        if (column == StatusColumn || column == ProgressColumn) {
            QString tip =
                it.faces.isEmpty() ? it.message : it.faces + QLatin1Char('\n') + it.message;
            return it.output.isEmpty() ? tip : tr("%1\nSaved as %2").arg(tip, it.output);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case NameColumn:
        return it.name;
    case SizeColumn:
        return it.size.isValid() ? tr("%1 × %2").arg(it.size.width()).arg(it.size.height())
                                 : QString();
    case StatusColumn:
        if (it.status == UpscaleQueueItem::Status::Done) {
            const QString done =
                it.fellBack ? tr("Done (LANCZOS fallback)") : statusText(it.status);
            return it.faces.isEmpty() ? done : tr("%1; %2").arg(done, it.faces);
        }
        if (it.status == UpscaleQueueItem::Status::Failed)
            return tr("Failed: %1").arg(it.message);
        return statusText(it.status);
    case ProgressColumn:
        return QStringLiteral("%1 %").arg(int(it.fraction() * 100));
    case TimeColumn: {
        const double remaining = remainingSeconds(index.row());
        if (remaining >= 0)
            return tr("%1 (%2 left)")
                .arg(durationText(elapsedSeconds(index.row())), durationText(remaining));
        return it.startedMs >= 0 ? durationText(elapsedSeconds(index.row())) : QString();
    }
    default:
        return {};
    }
}

QVariant UpscaleQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Image");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

int UpscaleQueueModel::append(UpscaleQueueItem item)
{
    const int row = count();
    item.key = m_nextKey++;
    beginInsertRows({}, row, row);
    m_items.push_back(std::move(item));
    endInsertRows();
    return row;
}

int UpscaleQueueModel::rowOfJob(JobId job) const
{
    for (int row = 0; row < count(); ++row)
        if (m_items[size_t(row)].job == job && job != 0)
            return row;
    return -1;
}

int UpscaleQueueModel::rowOfKey(quint64 key) const
{
    for (int row = 0; row < count(); ++row)
        if (m_items[size_t(row)].key == key)
            return row;
    return -1;
}

void UpscaleQueueModel::removeRows(const std::vector<int>& rows)
{
    std::vector<int> sorted = rows;
    std::sort(sorted.rbegin(), sorted.rend());
    for (int row : sorted) {
        if (row < 0 || row >= count())
            continue;
        beginRemoveRows({}, row, row);
        m_items.erase(m_items.begin() + row);
        endRemoveRows();
    }
}

void UpscaleQueueModel::changed(int row, int firstColumn, int lastColumn)
{
    Q_EMIT dataChanged(index(row, firstColumn), index(row, lastColumn));
}

void UpscaleQueueModel::setThumbnail(int row, const QImage& thumbnail)
{
    m_items[size_t(row)].thumbnail = thumbnail;
    changed(row, NameColumn, NameColumn);
}

void UpscaleQueueModel::setQueued(int row, JobId job)
{
    UpscaleQueueItem& it = m_items[size_t(row)];
    it.job = job;
    it.status = UpscaleQueueItem::Status::Waiting;
    it.done = it.total = 0;
    it.startedMs = it.endedMs = -1;
    it.output.clear();
    it.message.clear();
    it.fellBack = false;
    it.faces.clear();
    changed(row);
}

void UpscaleQueueModel::setStarted(int row)
{
    UpscaleQueueItem& it = m_items[size_t(row)];
    it.status = UpscaleQueueItem::Status::Running;
    it.startedMs = nowMs();
    changed(row);
}

void UpscaleQueueModel::setProgress(int row, int done, int total)
{
    UpscaleQueueItem& it = m_items[size_t(row)];
    it.done = done;
    it.total = total;
    changed(row, StatusColumn);
}

void UpscaleQueueModel::setDone(int row, const QString& output, const QString& summary,
                                bool fellBack, const QString& faces)
{
    UpscaleQueueItem& it = m_items[size_t(row)];
    it.output = output;
    it.fellBack = fellBack;
    it.faces = faces;
    setEnded(row, UpscaleQueueItem::Status::Done, summary);
}

void UpscaleQueueModel::setEnded(int row, UpscaleQueueItem::Status status, const QString& message)
{
    UpscaleQueueItem& it = m_items[size_t(row)];
    it.status = status;
    it.message = message;
    if (it.startedMs >= 0)
        it.endedMs = nowMs();
    changed(row);
}

double UpscaleQueueModel::overallFraction() const
{
    if (m_items.empty())
        return 0;
    double sum = 0;
    for (const UpscaleQueueItem& it : m_items)
        sum += it.fraction();
    return sum / double(m_items.size());
}

int UpscaleQueueModel::activeCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const UpscaleQueueItem& it) { return it.isActive(); }));
}

} // namespace hires::ui

#include "moc_upscale_queue_model.cpp"
