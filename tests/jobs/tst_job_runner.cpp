// The job runner: signal order, failures, cancellation, the model cache kept
// between jobs, and a GUI thread that stays responsive while a job computes.
#include "core/jobs/job_runner.h"
#include "core/jobs/model_cache.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <stdexcept>

using namespace hires;

namespace {

// A job whose behaviour the test scripts.
class ScriptedJob : public Job
{
public:
    enum class Mode
    {
        Succeed,
        Throw,
        Fail,
        WaitForCancel,
        BusyUntil
    };
    explicit ScriptedJob(Mode mode, std::atomic<bool>* until = nullptr)
        : m_mode(mode)
        , m_until(until)
    {}
    QString kind() const override { return QStringLiteral("test"); }
    QString title() const override { return QStringLiteral("scripted"); }
    Result<JobOutput> run(JobContext& context) override
    {
        m_thread = QThread::currentThread();
        switch (m_mode) {
        case Mode::Succeed: {
            for (int i = 1; i <= 3; ++i)
                context.progress(i, 3, QStringLiteral("tile"));
            context.preview(cv::Mat(4, 4, CV_8UC3, cv::Scalar(1, 2, 3)));
            JobOutput out;
            out.provenance.used = QStringLiteral("scripted");
            out.images.push_back({QStringLiteral("result"),
                                  Image{cv::Mat(2, 3, CV_8UC3, cv::Scalar(9, 9, 9)), {}, {}}});
            return out;
        }
        case Mode::Throw:
            throw std::runtime_error("boom in the job");
        case Mode::Fail:
            return makeError(ErrorCode::CorruptData, QStringLiteral("bad model"));
        case Mode::WaitForCancel:
        case Mode::BusyUntil: {
            QElapsedTimer timer;
            timer.start();
            // Busy work (no sleeping) until told to stop, bounded so a broken test ends.
            volatile double sink = 0;
            while (timer.elapsed() < 20000) {
                if (m_mode == Mode::WaitForCancel && context.cancelled())
                    return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                if (m_mode == Mode::BusyUntil && m_until->load())
                    return JobOutput{};
                for (int i = 0; i < 10000; ++i)
                    sink = sink + i * 0.5;
            }
            return makeError(ErrorCode::Internal, QStringLiteral("never stopped"));
        }
        }
        return JobOutput{};
    }
    QThread* ranOn() const { return m_thread; }

private:
    Mode m_mode;
    std::atomic<bool>* m_until;
    QThread* m_thread = nullptr;
};

// Loads a "model" through the cache and records whether the loader ran.
class CacheJob : public Job
{
public:
    explicit CacheJob(int* loads)
        : m_loads(loads)
    {}
    QString kind() const override { return QStringLiteral("cache"); }
    QString title() const override { return QStringLiteral("cache"); }
    Result<JobOutput> run(JobContext& context) override
    {
        auto model = context.models()->getOrLoad<int>(QStringLiteral("model-a"), [this] {
            ++*m_loads;
            return Result<std::shared_ptr<int>>(std::make_shared<int>(7));
        });
        if (!model || **model != 7)
            return makeError(ErrorCode::Internal, QStringLiteral("cache broken"));
        return JobOutput{};
    }

private:
    int* m_loads;
};

// Records the settings the runner handed to the job.
class SettingsJob : public Job
{
public:
    explicit SettingsJob(JobSettings* seen)
        : m_seen(seen)
    {}
    QString kind() const override { return QStringLiteral("settings"); }
    QString title() const override { return QStringLiteral("settings"); }
    Result<JobOutput> run(JobContext& context) override
    {
        *m_seen = context.settings();
        return JobOutput{};
    }

private:
    JobSettings* m_seen;
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void successSignalsInOrder()
    {
        JobRunner runner;
        QStringList order;
        connect(&runner, &JobRunner::jobQueued, this, [&] { order << "queued"; });
        connect(&runner, &JobRunner::jobStarted, this, [&] { order << "started"; });
        connect(&runner, &JobRunner::progress, this,
                [&](JobId, int done, int total, const QString&) {
                    order << QStringLiteral("progress %1/%2").arg(done).arg(total);
                });
        connect(&runner, &JobRunner::preview, this, [&] { order << "preview"; });
        connect(&runner, &JobRunner::finished, this, [&] { order << "finished"; });
        QSignalSpy finished(&runner, &JobRunner::finished);
        auto* job = new ScriptedJob(ScriptedJob::Mode::Succeed);
        const JobId id = runner.submit(std::unique_ptr<Job>(job));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<JobId>(), id);
        const auto output = finished.at(0).at(1).value<JobOutput>();
        QVERIFY(output.image(QStringLiteral("result")));
        QCOMPARE(output.image(QStringLiteral("result"))->width(), 3);
        QCOMPARE(order, QStringList({"queued", "started", "progress 1/3", "progress 2/3",
                                     "progress 3/3", "preview", "finished"}));
        QVERIFY(job->ranOn() != QThread::currentThread());
    }

    void throwingJobFailsAndRunnerGoesOn()
    {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::Throw));
        runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::Fail));
        runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::Succeed));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(failed.count(), 2);
        const auto thrown = failed.at(0).at(1).value<Error>();
        QCOMPARE(thrown.code, ErrorCode::Internal);
        QVERIFY(thrown.message.contains(QStringLiteral("boom in the job")));
        QCOMPARE(failed.at(1).at(1).value<Error>().code, ErrorCode::CorruptData);
    }

    void cancelRunningAndQueued()
    {
        JobRunner runner;
        QSignalSpy started(&runner, &JobRunner::jobStarted);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy idle(&runner, &JobRunner::idle);
        const JobId running =
            runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::WaitForCancel));
        const JobId queued =
            runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::Succeed));
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(runner.queueLength(), 1);
        QVERIFY(runner.cancel(queued));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.at(0).at(0).value<JobId>(), queued);
        QVERIFY(runner.cancel(running));
        QTRY_COMPARE(cancelled.count(), 2);
        QCOMPARE(cancelled.at(1).at(0).value<JobId>(), running);
        QTRY_COMPARE(idle.count(), 1);
        QCOMPARE(started.count(), 1); // the queued job never started
        QCOMPARE(finished.count(), 0);
        QVERIFY(!runner.cancel(running)); // already gone
    }

    void modelsStayLoadedBetweenJobs()
    {
        JobRunner runner;
        int loads = 0;
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.submit(std::make_unique<CacheJob>(&loads));
        runner.submit(std::make_unique<CacheJob>(&loads));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(loads, 1);
    }

    void guiThreadStaysResponsive()
    {
        JobRunner runner;
        std::atomic<bool> stop{false};
        QSignalSpy started(&runner, &JobRunner::jobStarted);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::BusyUntil, &stop));
        QTRY_COMPARE(started.count(), 1);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 10)
                stop = true; // only a live event loop gets here while the job computes
        });
        timer.start(5);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(ticks >= 10);
    }

    void destroyingRunnerCancelsRunningJob()
    {
        QSignalSpy* started = nullptr;
        {
            JobRunner runner;
            started = new QSignalSpy(&runner, &JobRunner::jobStarted);
            runner.submit(std::make_unique<ScriptedJob>(ScriptedJob::Mode::WaitForCancel));
            QTRY_COMPARE(started->count(), 1);
        } // must return promptly: the job sees its cancel flag
        delete started;
    }

    void deviceAndThreadSettingsReachTheNextJobs()
    {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        JobSettings first, second;
        runner.setDevice(DevicePreference::Cpu);
        runner.setCpuThreads(1);
        runner.submit(std::make_unique<SettingsJob>(&first));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(first.device, DevicePreference::Cpu);
        QCOMPARE(first.cpuThreads, 1);
        runner.setDevice(DevicePreference::Cuda);
        runner.setCpuThreads(2);
        runner.submit(std::make_unique<SettingsJob>(&second));
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(second.device, DevicePreference::Cuda);
        QCOMPARE(second.cpuThreads, 2);
    }

    void cacheRemovesAnEntry()
    {
        ModelCache cache;
        QVERIFY(cache
                    .getOrLoad<int>(
                        QStringLiteral("a"),
                        [] { return Result<std::shared_ptr<int>>(std::make_shared<int>(1)); })
                    .ok());
        QVERIFY(cache.remove(QStringLiteral("a")));
        QVERIFY(!cache.contains(QStringLiteral("a")));
        QVERIFY(!cache.remove(QStringLiteral("a")));
    }

    void cacheEvictsLeastRecentlyUsed()
    {
        ModelCache cache(2);
        auto load = [](int v) {
            return [v] { return Result<std::shared_ptr<int>>(std::make_shared<int>(v)); };
        };
        QVERIFY(cache.getOrLoad<int>(QStringLiteral("a"), load(1)).ok());
        QVERIFY(cache.getOrLoad<int>(QStringLiteral("b"), load(2)).ok());
        QVERIFY(cache.getOrLoad<int>(QStringLiteral("a"), load(1)).ok()); // a is now most recent
        QVERIFY(cache.getOrLoad<int>(QStringLiteral("c"), load(3)).ok());
        QVERIFY(cache.contains(QStringLiteral("a")));
        QVERIFY(!cache.contains(QStringLiteral("b")));
        auto failing = cache.getOrLoad<int>(QStringLiteral("d"), [] {
            return Result<std::shared_ptr<int>>(
                makeError(ErrorCode::NotFound, QStringLiteral("no file")));
        });
        QVERIFY(!failing.ok());
        QVERIFY(!cache.contains(QStringLiteral("d")));
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_job_runner.moc"
