#include "core/jobs/job_worker_p.h"

#include "core/jobs/compute_device.h"

#include <new>

namespace hires {

void JobWorker::run(JobId id, std::shared_ptr<Job> job, std::shared_ptr<std::atomic<bool>> cancel,
                    const JobSettings& settings)
{
    if (settings.cpuThreads != m_appliedThreads) {
        setCpuThreads(settings.cpuThreads);
        m_appliedThreads = settings.cpuThreads;
    }
    Q_EMIT started(id);
    JobContext context(
        id, cancel.get(), &m_models,
        [this, id](int done, int total, const QString& stage) {
            Q_EMIT progress(id, done, total, stage);
        },
        [this, id](const cv::Mat& image) { Q_EMIT preview(id, image.clone()); }, settings);

    Result<JobOutput> result = makeError(ErrorCode::Internal, QStringLiteral("job did not run"));
    try {
        result = job->run(context);
    } catch (const std::bad_alloc&) {
        result = makeError(ErrorCode::OutOfMemory, QStringLiteral("out of memory"));
    } catch (const std::exception& e) {
        result = makeError(ErrorCode::Internal, QString::fromUtf8(e.what()));
    } catch (...) {
        result = makeError(ErrorCode::Internal, QStringLiteral("unknown exception"));
    }
    if (result.ok())
        Q_EMIT ended(id, true, result.value(), Error{});
    else
        Q_EMIT ended(id, false, JobOutput{}, result.error());
}

} // namespace hires
