#include "core/jobs/job_runner.h"

#include "core/jobs/job_worker_p.h"

namespace hires {

namespace {
void registerMetaTypes()
{
    static const bool done = [] {
        qRegisterMetaType<hires::JobId>("hires::JobId");
        qRegisterMetaType<hires::JobOutput>();
        qRegisterMetaType<hires::Error>();
        qRegisterMetaType<cv::Mat>();
        return true;
    }();
    Q_UNUSED(done);
}
} // namespace

const Image* JobOutput::image(const QString& role) const
{
    for (const JobImage& entry : images)
        if (entry.role == role)
            return &entry.image;
    return nullptr;
}

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
{
    registerMetaTypes();
    m_thread.setObjectName(QStringLiteral("hires-jobs"));
    m_worker = new JobWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &JobWorker::started, this, &JobRunner::jobStarted);
    connect(m_worker, &JobWorker::progress, this, &JobRunner::progress);
    connect(m_worker, &JobWorker::preview, this, &JobRunner::preview);
    connect(m_worker, &JobWorker::ended, this, &JobRunner::onJobEnded);
    m_thread.start();
}

JobRunner::~JobRunner()
{
    cancelAll();
    m_thread.quit();
    m_thread.wait();
}

JobId JobRunner::submit(std::unique_ptr<Job> job)
{
    Pending pending{m_nextId++, std::shared_ptr<Job>(std::move(job)),
                    std::make_shared<std::atomic<bool>>(false)};
    const JobId id = pending.id;
    const QString kind = pending.job->kind();
    const QString title = pending.job->title();
    m_queue.push_back(std::move(pending));
    Q_EMIT jobQueued(id, kind, title);
    startNext();
    return id;
}

bool JobRunner::cancel(JobId id)
{
    if (m_running && m_running->id == id) {
        m_running->cancel->store(true);
        return true;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->id == id) {
            m_queue.erase(it);
            Q_EMIT cancelled(id);
            if (!m_running && m_queue.empty())
                Q_EMIT idle();
            return true;
        }
    }
    return false;
}

void JobRunner::cancelAll()
{
    std::deque<Pending> waiting;
    waiting.swap(m_queue);
    for (const Pending& p : waiting)
        Q_EMIT cancelled(p.id);
    if (m_running)
        m_running->cancel->store(true);
}

std::optional<JobId> JobRunner::runningJob() const
{
    if (m_running)
        return m_running->id;
    return std::nullopt;
}

void JobRunner::setCpuThreads(int threads)
{
    m_settings.cpuThreads = threads;
}

void JobRunner::setDevice(DevicePreference device)
{
    m_settings.device = device;
}

void JobRunner::startNext()
{
    if (m_running || m_queue.empty())
        return;
    m_running = std::move(m_queue.front());
    m_queue.pop_front();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id = m_running->id, job = m_running->job, cancel = m_running->cancel,
         settings = m_settings] { worker->run(id, job, cancel, settings); },
        Qt::QueuedConnection);
}

void JobRunner::onJobEnded(JobId id, bool ok, const JobOutput& output, const Error& error)
{
    const bool wasCancelled = m_running && m_running->id == id && m_running->cancel->load();
    m_running.reset();
    if (ok)
        Q_EMIT finished(id, output);
    else if (error.code == ErrorCode::Cancelled || wasCancelled)
        Q_EMIT cancelled(id);
    else
        Q_EMIT failed(id, error);
    startNext();
    if (!m_running && m_queue.empty())
        Q_EMIT idle();
}

} // namespace hires
