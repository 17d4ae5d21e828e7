// JobRunner: runs jobs one at a time on its own worker thread, a queue behind.
//
// Contract: create, use and destroy the runner on one thread (the GUI thread,
// or the server's thread). submit() returns at once; every signal is emitted
// on the runner's thread, in this order per job: jobQueued, jobStarted,
// progress/preview (any number), then exactly one of finished, failed or
// cancelled. cancel() sets the job's flag directly (a queued "cancel" message
// would only arrive after the job ended); the job stops at its next check
// (between tiles or steps). Models loaded by a job stay in the worker's
// ModelCache for the next job. Destroying the runner cancels everything and
// waits for the running job to stop.
#pragma once

#include "core/jobs/job.h"

#include <QObject>
#include <QThread>

#include <deque>
#include <memory>
#include <optional>

namespace hires {

class JobWorker;

class JobRunner : public QObject
{
    Q_OBJECT
public:
    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    JobId submit(std::unique_ptr<Job> job);
    // True when the job was waiting or running. A waiting job is removed at once.
    bool cancel(JobId id);
    void cancelAll();

    int queueLength() const { return static_cast<int>(m_queue.size()); } // waiting jobs
    bool isBusy() const { return m_running.has_value(); }
    std::optional<JobId> runningJob() const;

    // libtorch CPU threads for the next jobs (0: all cores).
    void setCpuThreads(int threads);
    // The device the next jobs run on (jobs read it from JobContext::settings()).
    void setDevice(DevicePreference device);
    const JobSettings& settings() const { return m_settings; }

Q_SIGNALS:
    void jobQueued(hires::JobId id, const QString& kind, const QString& title);
    void jobStarted(hires::JobId id);
    void progress(hires::JobId id, int done, int total, const QString& stage);
    void preview(hires::JobId id, const cv::Mat& image);
    void finished(hires::JobId id, const hires::JobOutput& output);
    void failed(hires::JobId id, const hires::Error& error);
    void cancelled(hires::JobId id);
    void idle(); // the queue ran empty

private:
    struct Pending
    {
        JobId id;
        std::shared_ptr<Job> job;
        std::shared_ptr<std::atomic<bool>> cancel;
    };

    void startNext();
    void onJobEnded(hires::JobId id, bool ok, const hires::JobOutput& output,
                    const hires::Error& error);

    QThread m_thread;
    JobWorker* m_worker = nullptr;
    std::deque<Pending> m_queue;
    std::optional<Pending> m_running;
    JobId m_nextId = 1;
    JobSettings m_settings;
};

} // namespace hires
