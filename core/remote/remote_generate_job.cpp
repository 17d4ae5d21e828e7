#include "core/remote/remote_generate_job.h"

#include "core/remote/remote_backend.h"
#include "core/remote/remote_call.h"

namespace hires {

namespace {
constexpr int kTitleLength = 60;
} // namespace

RemoteGenerateJob::RemoteGenerateJob(QUrl server, QByteArray token, GenerationRequest request)
    : m_server(std::move(server))
    , m_token(std::move(token))
    , m_request(std::move(request))
{}

QString RemoteGenerateJob::title() const
{
    const QString prompt = m_request.prompt.simplified();
    return prompt.size() > kTitleLength ? prompt.left(kTitleLength - 1) + QChar(0x2026) : prompt;
}

Result<JobOutput> RemoteGenerateJob::run(JobContext& context)
{
    RemoteBackend backend(m_server, m_token);
    return waitForRemote(backend, context, [&] { return backend.generate(m_request); });
}

} // namespace hires
