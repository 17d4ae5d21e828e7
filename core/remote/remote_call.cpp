#include "core/remote/remote_call.h"

#include "core/remote/remote_backend.h"

#include <QEventLoop>
#include <QTimer>

#include <optional>

namespace hires {

namespace {
// How often the job's cancel flag is looked at while the server works.
constexpr int kCancelCheckMs = 50;
} // namespace

Result<JobOutput> waitForRemote(RemoteBackend& backend, JobContext& context,
                                const std::function<JobId()>& start)
{
    QEventLoop loop;
    std::optional<Result<JobOutput>> answer;
    QObject::connect(&backend, &RemoteBackend::progress, &loop,
                     [&context](JobId, int done, int total, const QString& stage) {
                         context.progress(done, total, stage);
                     });
    QObject::connect(&backend, &RemoteBackend::preview, &loop,
                     [&context](JobId, const cv::Mat& image) { context.preview(image); });
    QObject::connect(&backend, &RemoteBackend::finished, &loop,
                     [&](JobId, const JobOutput& output) {
                         answer = output;
                         loop.quit();
                     });
    QObject::connect(&backend, &RemoteBackend::failed, &loop, [&](JobId, const Error& error) {
        answer = error;
        loop.quit();
    });
    const JobId id = start();
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
