#include "core/remote/remote_upscaler.h"

#include "core/remote/remote_backend.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace hires {

namespace {
// How often the job's cancel flag is looked at while the server works.
constexpr int kCancelCheckMs = 50;
} // namespace

RemoteUpscaler::RemoteUpscaler(QUrl server, QByteArray token)
    : m_server(std::move(server))
    , m_token(std::move(token))
{}

Result<UpscaleResult> RemoteUpscaler::operator()(const Image& image, const UpscaleRequest& request,
                                                 JobContext& context) const
{
    RemoteBackend backend(m_server, m_token);
    QEventLoop loop;
    std::optional<Result<UpscaleResult>> answer;
    RemoteUpscale options;
    // The server knows models by id; the local file path means nothing there.
    options.upscaler = request.isLanczos() ? QStringLiteral("lanczos") : request.methodId();
    options.scale = request.options.outScale;
    options.tile = request.options.tile; // kWholeImage (-1) is the server's -1 too

    QObject::connect(&backend, &RemoteBackend::progress, &loop,
                     [&context](JobId, int done, int total, const QString& stage) {
                         context.progress(done, total, stage);
                     });
    QObject::connect(
        &backend, &RemoteBackend::finished, &loop, [&](JobId, const JobOutput& output) {
            const Image* result = output.image(QStringLiteral("result"));
            if (!result) {
                answer = makeError(ErrorCode::Internal,
                                   QCoreApplication::translate("hires::RemoteUpscaler",
                                                               "%1: the server sent no image")
                                       .arg(backend.where()));
            } else {
                UpscaleResult done{*result, output.provenance, {}};
                done.image.sourceFormat = image.sourceFormat;
                done.image.metadata = image.metadata;
                answer = std::move(done);
            }
            loop.quit();
        });
    QObject::connect(&backend, &RemoteBackend::failed, &loop, [&](JobId, const Error& error) {
        answer = error;
        loop.quit();
    });
    const JobId id = backend.upscale(image, options);
    QTimer watch;
    watch.setInterval(kCancelCheckMs);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (context.cancelled())
            backend.cancel(id); // answers at once with ErrorCode::Cancelled
    });
    watch.start();
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

} // namespace hires
