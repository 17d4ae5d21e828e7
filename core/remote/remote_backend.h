// RemoteBackend: runs upscales and generations on a `hires-studio serve` host
// (a GPU machine) instead of this machine's JobRunner, with the same outputs:
// a JobOutput with the "result" image (a generation's keeps its
// AUTOMATIC1111 "parameters" text; its "first_pass" comes along) and the
// provenance the server recorded, plus details["server"] = where().
//
// Contract: create, use and destroy on one thread with an event loop (the GUI
// thread). Every call returns at once; the answer comes as a signal on that
// thread: exactly one of finished / failed per id (a cancelled request fails
// with ErrorCode::Cancelled). While a request runs, the server's
// /sdapi/v1/progress is polled and reported through progress(). cancel()
// drops the connection, which makes the server cancel the job. The token is
// sent as a bearer token on every request; the backend only talks to the one
// server URL it was given.
#pragma once

#include "core/base/result.h"
#include "core/diffusion/generation_request.h"
#include "core/image/image.h"
#include "core/jobs/job.h"
#include "core/upscale/upscale_options.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace hires {

struct RemoteUpscale
{
    QString upscaler =
        QStringLiteral("realesrgan-x4plus"); // a model id on the server, or "lanczos"
    double scale = 2.0;
    int tile = 0;
    AlphaMode alpha = AlphaMode::Model;
    // Set: the server restores faces with its GFPGAN model at this weight (0..1).
    std::optional<double> faceRestorationWeight;
};

class RemoteBackend : public QObject
{
    Q_OBJECT
public:
    RemoteBackend(QUrl server, QByteArray token, QObject* parent = nullptr);

    const QUrl& server() const { return m_server; }
    // "gpu-host:7860", for the status bar ("Working on gpu-host:7860").
    QString where() const;

    JobId checkHealth();
    JobId upscale(const Image& image, const RemoteUpscale& options);
    // POST /generate. The server knows checkpoints by library id: a model
    // that is a file path here is not sent (the server uses its own
    // checkpoint). An img2img request fails at once (the server reads no
    // init image).
    JobId generate(const GenerationRequest& request);
    void cancel(JobId id);
    int pending() const { return static_cast<int>(m_replies.size()); }

Q_SIGNALS:
    void health(hires::JobId id, const QJsonObject& health);
    void progress(hires::JobId id, int done, int total, const QString& stage);
    // The server's latest preview of a generation (BGR 8-bit), when it sends one.
    void preview(hires::JobId id, const cv::Mat& image);
    void finished(hires::JobId id, const hires::JobOutput& output);
    void failed(hires::JobId id, const hires::Error& error);

private:
    QNetworkRequest request(const QString& path) const;
    JobId track(QNetworkReply* reply, std::function<void(JobId, const QJsonObject&)> onSuccess);
    void pollProgress();
    JobId failLater(const Error& error);

    QUrl m_server;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    QHash<JobId, QPointer<QNetworkReply>> m_replies;
    QHash<JobId, bool> m_cancelled;
    QTimer m_poll;
    JobId m_nextId = 1;
};

} // namespace hires
