// Test support for tests/generate: the tiny models of
// tests/python/make_generate_fixtures.py (written once per test executable)
// and a synchronous way to run a GenerateJob.
#pragma once

#include "core/diffusion/generate_job.h"
#include "core/jobs/model_cache.h"
#include "support/python_reference.h"

#include <QDir>
#include <QString>
#include <QTemporaryDir>

#include <opencv2/core.hpp>

#include <atomic>

namespace hires::test {

class GenerateFixture
{
public:
    QString error; // empty once written

    explicit GenerateFixture(const QTemporaryDir& dir)
        : m_root(dir.path())
    {
        error =
            runPythonReference(QStringLiteral("make_generate_fixtures.py"), {m_root}, {}, 600000)
                .error;
    }
    QString path(const QString& relative) const { return QDir(m_root).filePath(relative); }
    QString sd1() const { return path(QStringLiteral("sd1/tiny-sd1.safetensors")); }
    QString sdxl() const { return path(QStringLiteral("sdxl/tiny-sdxl.safetensors")); }
    QString sd1Diffusers() const { return path(QStringLiteral("sd1-diffusers")); }
    QString tokenizer() const { return path(QStringLiteral("tokenizer")); }
    static QString upscayl(const QString& file)
    {
        return QDir(QStringLiteral(HIRES_TEST_DATA_DIR "/upscayl")).filePath(file);
    }

private:
    QString m_root;
};

struct JobRun
{
    Result<JobOutput> output = makeError(ErrorCode::Internal, QString());
    int progressCalls = 0;
    int lastDone = 0;
    int lastTotal = 0;
    QStringList stages;
    int previews = 0;
};

// Runs `job` on this thread; `cancelAfterStep` > 0 sets the cancel flag
// when that many sampling steps are done.
inline JobRun runJob(GenerateJob& job, ModelCache* cache = nullptr, int cancelAfterStep = 0)
{
    JobRun run;
    std::atomic<bool> cancel{false};
    JobContext context(
        1, &cancel, cache,
        [&](int done, int total, const QString& stage) {
            ++run.progressCalls;
            run.lastDone = done;
            run.lastTotal = total;
            if (run.stages.isEmpty() || run.stages.last() != stage)
                run.stages << stage;
            if (cancelAfterStep > 0 && done >= cancelAfterStep)
                cancel = true;
        },
        [&](const cv::Mat& preview) {
            if (!preview.empty())
                ++run.previews;
        });
    run.output = job.run(context);
    return run;
}

inline bool sameImage(const cv::Mat& a, const cv::Mat& b)
{
    return a.size() == b.size() && a.type() == b.type() && cv::norm(a, b, cv::NORM_INF) == 0.0;
}

} // namespace hires::test
