// Private: the object that lives on the runner's thread and runs jobs.
#pragma once

#include "core/jobs/job.h"
#include "core/jobs/model_cache.h"

#include <QObject>

#include <memory>

namespace hires {

class JobWorker : public QObject
{
    Q_OBJECT
public:
    JobWorker() = default;

    // Called through a queued connection: runs on the worker thread.
    void run(hires::JobId id, std::shared_ptr<hires::Job> job,
             std::shared_ptr<std::atomic<bool>> cancel, const hires::JobSettings& settings);

Q_SIGNALS:
    void started(hires::JobId id);
    void progress(hires::JobId id, int done, int total, const QString& stage);
    void preview(hires::JobId id, const cv::Mat& image);
    void ended(hires::JobId id, bool ok, const hires::JobOutput& output, const hires::Error& error);

private:
    ModelCache m_models;
    int m_appliedThreads = -1;
};

} // namespace hires
