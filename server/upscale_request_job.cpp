#include "server/upscale_request_job.h"

#include "core/jobs/model_cache.h"

namespace hires::server {

UpscaleRequestJob::UpscaleRequestJob(Image input, UpscaleRequest request)
    : m_input(std::move(input))
    , m_request(std::move(request))
{}

Result<JobOutput> UpscaleRequestJob::run(JobContext& context)
{
    std::shared_ptr<UpscaleEngine> engine;
    if (ModelCache* cache = context.models()) {
        auto cached = cache->getOrLoad<UpscaleEngine>(
            QStringLiteral("server:upscale-engine"),
            [] { return Result<std::shared_ptr<UpscaleEngine>>(std::make_shared<UpscaleEngine>()); });
        if (!cached)
            return cached.error();
        engine = *cached;
    } else {
        engine = std::make_shared<UpscaleEngine>();
    }
    Result<UpscaleResult> result = engine->run(
        m_input, m_request,
        [&context](int done, int total, const QString& stage) { context.progress(done, total, stage); },
        context.cancelFlag());
    if (!result)
        return result.error();
    JobOutput output;
    output.provenance = result->provenance;
    output.images.push_back({QStringLiteral("result"), std::move(result->image)});
    return output;
}

} // namespace hires::server
