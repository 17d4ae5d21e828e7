// RemoteBackend: runs upscales on a `hires-studio serve` host (a GPU machine)
// instead of this machine's JobRunner, with the same outputs: a JobOutput
// with the "result" image and the provenance the server recorded.
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
#include "core/image/image.h"
#include "core/jobs/job.h"

#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace hires {

struct RemoteUpscale
{
    QString upscaler =
        QStringLiteral("realesrgan-x4plus"); // a model id on the server, or "lanczos"
    double scale = 2.0;
    int tile = 0;
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
    void cancel(JobId id);
    int pending() const { return static_cast<int>(m_replies.size()); }

Q_SIGNALS:
    void health(hires::JobId id, const QJsonObject& health);
    void progress(hires::JobId id, int done, int total, const QString& stage);
    void finished(hires::JobId id, const hires::JobOutput& output);
    void failed(hires::JobId id, const hires::Error& error);

private:
    QNetworkRequest request(const QString& path) const;
    JobId track(QNetworkReply* reply, std::function<void(JobId, const QJsonObject&)> onSuccess);
    void pollProgress();

    QUrl m_server;
    QByteArray m_token;
    QNetworkAccessManager m_network;
    QHash<JobId, QPointer<QNetworkReply>> m_replies;
    QHash<JobId, bool> m_cancelled;
    QTimer m_poll;
    JobId m_nextId = 1;
};

} // namespace hires
