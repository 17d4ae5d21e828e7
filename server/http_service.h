// HttpService: the HTTP API of `hires-studio serve` — the service's own
// routes (/health, /upscale, /generate) and the AUTOMATIC1111-compatible
// subset under /sdapi/v1 — on top of the same JobRunner the desktop app uses.
//
// Contract: create, use and destroy on one thread with an event loop (the
// runner's thread). Handlers never block that loop: a request that needs a
// job answers when the runner reports the job's end, minutes later if need
// be; meanwhile other requests (health, progress, interrupt) are answered at
// once. Every request passes the checks of request_checks.h first (token,
// Host, Origin) and the ConnectionGuard's size caps before that. A client
// that disconnects before its job ran cancels the job. The runner is not
// owned and must outlive the service.
#pragma once

#include "core/jobs/job_runner.h"
#include "core/models/model_library.h"
#include "server/http_problem.h"
#include "server/server_options.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace hires::server {

class ConnectionGuard;
struct HttpReply;
using HttpReplyPtr = std::shared_ptr<HttpReply>;

class HttpService : public QObject
{
    Q_OBJECT
public:
    HttpService(ServerOptions options, JobRunner* runner, QObject* parent = nullptr);
    ~HttpService() override;

    // Scans the model folders and starts listening; the port actually bound.
    Result<quint16> listen();
    quint16 port() const { return m_port; }
    const ServerOptions& options() const { return m_options; }
    const ModelLibrary& models() const { return m_models; }

    int pendingReplies() const { return static_cast<int>(m_pending.size()); }
    qint64 requestsAnswered() const { return m_answered; }
    int openConnections() const;

Q_SIGNALS:
    // After every answer, for the serve command's log.
    void answered(const QString& method, const QString& path, int status);

private:
    // Turns a finished job's output into the answer's JSON.
    using Formatter = std::function<QJsonObject(const JobOutput&)>;
    using Handler = std::function<void(const QHttpServerRequest&, const HttpReplyPtr&)>;

    struct Pending
    {
        HttpReplyPtr reply;
        Formatter format;
    };

    void addRoute(const QString& path, QHttpServerRequest::Method method, Handler handler);
    std::optional<HttpProblem> admit(const QHttpServerRequest& request) const;
    void send(const HttpReplyPtr& reply, int status, const QJsonObject& body,
              const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    void sendValue(const HttpReplyPtr& reply, const QJsonValue& body);
    void sendProblem(const HttpReplyPtr& reply, const HttpProblem& problem);
    // 429 when the runner's queue is full; otherwise queues the job.
    void submit(const HttpReplyPtr& reply, std::unique_ptr<Job> job, Formatter format);
    std::optional<HttpProblem> readJson(const QHttpServerRequest& request, QJsonObject* body) const;

    void onJobStarted(JobId id);
    void onProgress(JobId id, int done, int total, const QString& stage);
    void onPreview(JobId id, const cv::Mat& image);
    void onJobEnded(JobId id, const JobOutput* output, const Error* error);

    QJsonObject health() const;
    // withImage: the running generation's latest preview as "current_image".
    QJsonObject progressState(bool withImage) const;
    const ModelInfo* defaultCheckpoint() const;
    void handleGenerate(const QHttpServerRequest& request, const HttpReplyPtr& reply, bool a1111);
    void handleUpscale(const QHttpServerRequest& request, const HttpReplyPtr& reply, bool a1111);

    ServerOptions m_options;
    JobRunner* m_runner;
    ModelLibrary m_models;
    QHttpServer m_http;
    ConnectionGuard* m_guard = nullptr;
    quint16 m_port = 0;
    QHash<JobId, Pending> m_pending;
    qint64 m_answered = 0;

    // For /sdapi/v1/progress: the job running now, if it is one of ours.
    struct Running
    {
        JobId id = 0;
        int done = 0;
        int total = 0;
        QString stage;
        QElapsedTimer clock;
        QDateTime started;
        bool interrupted = false;
        cv::Mat preview; // the latest one a generation sent (BGR 8-bit)
    } m_running;
};

} // namespace hires::server
