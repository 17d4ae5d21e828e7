// Job: one unit of background work (an upscale, a generation), and what it
// hands back.
//
// Contract: a Job is created on any thread, handed to the JobRunner, and
// run() is then called exactly once on the runner's worker thread (never the
// GUI thread). run() reports through the JobContext, checks
// context.cancelled() between tiles / steps, and returns a JobOutput or an
// Error (ErrorCode::Cancelled when it stopped because of a cancel). It must
// not throw; the runner still catches std::exception as a last resort and
// turns it into a failure.
#pragma once

#include "core/base/result.h"
#include "core/image/image.h"
#include "core/jobs/compute_device.h"
#include "core/jobs/provenance.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace hires {

class FaceRestorationSession;
class ModelCache;

using JobId = quint64;

struct JobImage
{
    QString role; // "result", "first_pass", "lanczos", ...
    Image image;
};

struct JobOutput
{
    std::vector<JobImage> images;
    QStringList savedFiles; // files the job wrote (already atomically renamed)
    Provenance provenance;
    // The result's restored faces, when the job was asked to keep them
    // (UpscaleRequest::keepFaceSession); null otherwise. Made on the worker,
    // handed over with the output: from then on only the receiver touches it.
    std::shared_ptr<FaceRestorationSession> faces;

    const Image* image(const QString& role) const;
};

// The runner's processing settings, handed to every job it starts (the GUI's
// device and CPU thread choices; jobs copy them into their own options).
struct JobSettings
{
    DevicePreference device = DevicePreference::Auto;
    int cpuThreads = 0; // 0: all cores
};

// What a running job may use. Owned by the runner; valid during run() only.
class JobContext
{
public:
    using ProgressFn = std::function<void(int done, int total, const QString& stage)>;
    using PreviewFn = std::function<void(const cv::Mat& preview)>;

    JobContext(JobId id, const std::atomic<bool>* cancel, ModelCache* models, ProgressFn progress,
               PreviewFn preview, JobSettings settings = {})
        : m_id(id)
        , m_cancel(cancel)
        , m_models(models)
        , m_progress(std::move(progress))
        , m_preview(std::move(preview))
        , m_settings(settings)
    {}

    JobId id() const { return m_id; }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    const std::atomic<bool>* cancelFlag() const { return m_cancel; }
    // Models loaded by earlier jobs stay here; null when run outside a runner.
    ModelCache* models() const { return m_models; }
    const JobSettings& settings() const { return m_settings; }
    void progress(int done, int total, const QString& stage) const
    {
        if (m_progress)
            m_progress(done, total, stage);
    }
    // preview: BGR/BGRA/gray 8-bit; the receiver gets its own copy.
    void preview(const cv::Mat& image) const
    {
        if (m_preview)
            m_preview(image);
    }

private:
    JobId m_id;
    const std::atomic<bool>* m_cancel;
    ModelCache* m_models;
    ProgressFn m_progress;
    PreviewFn m_preview;
    JobSettings m_settings;
};

class Job
{
public:
    virtual ~Job() = default;
    virtual QString kind() const = 0;  // "upscale", "generate", ...
    virtual QString title() const = 0; // for people: the input file name, the prompt, ...
    virtual Result<JobOutput> run(JobContext& context) = 0;
};

} // namespace hires

Q_DECLARE_METATYPE(hires::JobOutput)
Q_DECLARE_METATYPE(hires::Error)
Q_DECLARE_METATYPE(cv::Mat)
