#include "core/compare/file_comparison_job.h"

#include "core/compare/compare_tr_p.h"
#include "core/image/image_decoder.h"

#include <QFileInfo>

namespace hires {

FileComparisonJob::FileComparisonJob(QString fileA, QString fileB, double gain)
    : m_fileA(std::move(fileA))
    , m_fileB(std::move(fileB))
    , m_gain(gain)
{}

QString FileComparisonJob::kind() const
{
    return QStringLiteral("compare");
}

QString FileComparisonJob::title() const
{
    return CompareTr::tr("%1 vs %2")
        .arg(QFileInfo(m_fileA).fileName(), QFileInfo(m_fileB).fileName());
}

Result<JobOutput> FileComparisonJob::run(JobContext& context)
{
    ComparisonSide sides[2];
    const QString files[2] = {m_fileA, m_fileB};
    for (int i = 0; i < 2; ++i) {
        context.progress(i, 3, QStringLiteral("read"));
        Result<Image> image = readImageFile(files[i]);
        if (!image)
            return image.error();
        if (context.cancelled())
            return makeError(ErrorCode::Cancelled, CompareTr::tr("The comparison was cancelled."));
        sides[i].label = QFileInfo(files[i]).fileName();
        sides[i].file = QFileInfo(files[i]).absoluteFilePath();
        sides[i].image = std::move(image).value();
    }
    context.progress(2, 3, QStringLiteral("compare"));
    Result<Comparison> comparison =
        Comparison::build(std::move(sides[0]), std::move(sides[1]), cv::Mat(), m_gain);
    if (!comparison)
        return comparison.error();
    context.progress(3, 3, QStringLiteral("compare"));
    return comparison->toJobOutput();
}

} // namespace hires
