// UpscaleRequestJob: one HTTP upscale (an image already in memory) as a job
// for the runner. INTERIM: replaced by core/upscale/upscale_job.h (branch
// uishell) once that lands.
//
// Contract: created on the server's thread, run once on the runner's worker.
// The UpscaleEngine (and the model it opened) is kept in the worker's
// ModelCache, so consecutive requests for one model load it once.
#pragma once

#include "core/jobs/job.h"
#include "core/upscale/upscale_engine.h"

namespace hires::server {

class UpscaleRequestJob : public Job
{
public:
    UpscaleRequestJob(Image input, UpscaleRequest request);

    QString kind() const override { return QStringLiteral("upscale"); }
    QString title() const override { return m_request.methodId(); }
    Result<JobOutput> run(JobContext& context) override;

private:
    Image m_input;
    UpscaleRequest m_request;
};

} // namespace hires::server
