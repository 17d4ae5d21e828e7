#include "core/remote/remote_upscaler.h"

#include "core/remote/remote_backend.h"
#include "core/remote/remote_call.h"

#include <QCoreApplication>

namespace hires {

RemoteUpscaler::RemoteUpscaler(QUrl server, QByteArray token)
    : m_server(std::move(server))
    , m_token(std::move(token))
{}

Result<UpscaleResult> RemoteUpscaler::operator()(const Image& image, const UpscaleRequest& request,
                                                 JobContext& context) const
{
    RemoteBackend backend(m_server, m_token);
    RemoteUpscale options;
    // The server knows models by id; the local file path means nothing there.
    options.upscaler = m_serverUpscaler.value_or(request.isLanczos() ? QStringLiteral("lanczos")
                                                                     : request.methodId());
    options.scale = request.options.outScale;
    options.tile = request.options.tile; // kWholeImage (-1) is the server's -1 too
    options.alpha = request.options.alpha;
    if (request.faceRestore)
        options.faceRestorationWeight = request.faceRestore->weight;

    Result<JobOutput> output =
        waitForRemote(backend, context, [&] { return backend.upscale(image, options); });
    if (!output)
        return output.error();
    const Image* result = output->image(QStringLiteral("result"));
    if (!result)
        return makeError(
            ErrorCode::Internal,
            QCoreApplication::translate("hires::RemoteUpscaler", "%1: the server sent no image")
                .arg(backend.where()));
    UpscaleResult done{*result, output->provenance, {}};
    done.image.sourceFormat = image.sourceFormat;
    done.image.metadata = image.metadata;
    return done;
}

} // namespace hires
