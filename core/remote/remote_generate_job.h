// RemoteGenerateJob: one generation run on a `hires-studio serve` host as a
// hires::Job on this side's JobRunner, so a page's queue, progress bar,
// cancel and gallery work as with a local GenerateJob.
//
// Output: "result" (with the AUTOMATIC1111 "parameters" PNG text in its
// metadata, as the server wrote it) and "first_pass", and the server's
// provenance (GenerateJob's record and details keys) with details["server"]
// = host:port. The server uses its own checkpoint unless request.model is a
// library id; an img2img request fails (the server reads no init image).
//
// Contract: construct on any thread; run() once on the runner's worker
// thread, where it waits in a local event loop (see waitForRemote). Progress
// comes from the server's /sdapi/v1/progress, previews from its current
// image; a cancel drops the request, the server cancels its job, and run()
// returns ErrorCode::Cancelled. The job writes no file.
#pragma once

#include "core/diffusion/generation_request.h"
#include "core/jobs/job.h"

#include <QByteArray>
#include <QUrl>

namespace hires {

class RemoteGenerateJob final : public Job
{
public:
    RemoteGenerateJob(QUrl server, QByteArray token, GenerationRequest request);

    QString kind() const override { return QStringLiteral("generate"); }
    QString title() const override; // the prompt, shortened
    Result<JobOutput> run(JobContext& context) override;

    const GenerationRequest& request() const { return m_request; }

private:
    QUrl m_server;
    QByteArray m_token;
    GenerationRequest m_request;
};

} // namespace hires
