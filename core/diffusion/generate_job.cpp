#include "core/diffusion/generate_job.h"

#include "core/diffusion/diffusion_tr_p.h"
#include "core/diffusion/generation_run_p.h"

#include <new>

namespace hires {

GenerateJob::GenerateJob(GenerationRequest request, GenerateOptions options)
    : m_request(std::move(request))
    , m_options(std::move(options))
{}

GenerateJob GenerateJob::secondPassOnly(GenerationRequest request, Image firstPass,
                                        GenerateOptions options)
{
    GenerateJob job(std::move(request), std::move(options));
    job.m_firstPass = std::move(firstPass);
    return job;
}

QString GenerateJob::kind() const
{
    return QStringLiteral("generate");
}

QString GenerateJob::title() const
{
    const QString prompt = m_request.prompt.simplified();
    return prompt.size() > 60 ? prompt.left(59) + QChar(0x2026) : prompt;
}

Result<JobOutput> GenerateJob::run(JobContext& context)
{
    try {
        GenerationRun run(m_request, m_options, m_firstPass, context);
        return run.execute();
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::OutOfMemory,
                         DiffusionTr::tr("Not enough memory for this generation; try a smaller "
                                         "size or turn hires fix off"));
    } catch (const std::exception& e) {
        return makeError(
            ErrorCode::Internal,
            DiffusionTr::tr("The generation failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace hires
