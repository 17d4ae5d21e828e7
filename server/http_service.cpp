#include "server/http_service.h"

#include "core/base/version.h"
#include "core/jobs/compute_device.h"
#include "server/a1111_shapes.h"
#include "server/connection_guard.h"
#include "server/image_payload.h"
#include "server/request_checks.h"
#include "server/upscale_parsing.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}

int statusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::UnsupportedFormat:
    case ErrorCode::CorruptData:
        return 400;
    case ErrorCode::TooLarge:
        return 413;
    case ErrorCode::Cancelled:
        return 409;
    case ErrorCode::Unsupported:
        return 501;
    case ErrorCode::OutOfMemory:
        return 503;
    default:
        return 500;
    }
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    default:
        return QStringLiteral("OTHER");
    }
}
} // namespace

// An answer still to write. The socket pointer turns null when Qt deletes a
// connection the client closed; then nothing is written.
struct HttpReply
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    QString method;
    QString path;
    bool sent = false;
};

HttpService::HttpService(ServerOptions options, JobRunner* runner, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_runner(runner)
    , m_models(m_options.modelFolders, ModelLibrary::defaultUserFolder(),
               m_options.modelCacheFile.isEmpty() ? ModelLibrary::defaultCacheFile()
                                                  : m_options.modelCacheFile)
{
    connect(m_runner, &JobRunner::jobStarted, this, &HttpService::onJobStarted);
    connect(m_runner, &JobRunner::progress, this, &HttpService::onProgress);
    connect(m_runner, &JobRunner::preview, this, &HttpService::onPreview);
    connect(m_runner, &JobRunner::finished, this,
            [this](JobId id, const JobOutput& output) { onJobEnded(id, &output, nullptr); });
    connect(m_runner, &JobRunner::failed, this,
            [this](JobId id, const Error& error) { onJobEnded(id, nullptr, &error); });
    connect(m_runner, &JobRunner::cancelled, this, [this](JobId id) {
        const Error error{ErrorCode::Cancelled, tr("the job was cancelled")};
        onJobEnded(id, nullptr, &error);
    });

    addRoute(QStringLiteral("/health"), QHttpServerRequest::Method::Get,
             [this](const QHttpServerRequest&, const HttpReplyPtr& reply) {
                 send(reply, 200, health());
             });
    addRoute(QStringLiteral("/upscale"), QHttpServerRequest::Method::Post,
             [this](const QHttpServerRequest& request, const HttpReplyPtr& reply) {
                 handleUpscale(request, reply, false);
             });
    addRoute(QStringLiteral("/sdapi/v1/extra-single-image"), QHttpServerRequest::Method::Post,
             [this](const QHttpServerRequest& request, const HttpReplyPtr& reply) {
                 handleUpscale(request, reply, true);
             });
    addRoute(QStringLiteral("/generate"), QHttpServerRequest::Method::Post,
             [this](const QHttpServerRequest& request, const HttpReplyPtr& reply) {
                 handleGenerate(request, reply, false);
             });
    addRoute(QStringLiteral("/sdapi/v1/txt2img"), QHttpServerRequest::Method::Post,
             [this](const QHttpServerRequest& request, const HttpReplyPtr& reply) {
                 handleGenerate(request, reply, true);
             });
    addRoute(QStringLiteral("/sdapi/v1/upscalers"), QHttpServerRequest::Method::Get,
             [this](const QHttpServerRequest&, const HttpReplyPtr& reply) {
                 sendValue(reply, a1111Upscalers(m_models));
             });
    addRoute(QStringLiteral("/sdapi/v1/sd-models"), QHttpServerRequest::Method::Get,
             [this](const QHttpServerRequest&, const HttpReplyPtr& reply) {
                 sendValue(reply, a1111SdModels(m_models));
             });
    addRoute(QStringLiteral("/sdapi/v1/progress"), QHttpServerRequest::Method::Get,
             [this](const QHttpServerRequest& request, const HttpReplyPtr& reply) {
                 const QString skip =
                     QUrlQuery(request.url()).queryItemValue(QStringLiteral("skip_current_image"));
                 send(reply, 200,
                      progressState(skip.compare(QLatin1String("true"), Qt::CaseInsensitive) != 0));
             });
    addRoute(QStringLiteral("/sdapi/v1/interrupt"), QHttpServerRequest::Method::Post,
             [this](const QHttpServerRequest&, const HttpReplyPtr& reply) {
                 if (m_running.id != 0 && m_pending.contains(m_running.id)) {
                     m_running.interrupted = true;
                     m_runner->cancel(m_running.id);
                 }
                 send(reply, 200, QJsonObject{});
             });

    m_http.setMissingHandler([this](const QHttpServerRequest& request,
                                    QHttpServerResponder&& responder) {
        auto reply = std::make_shared<HttpReply>(HttpReply{std::move(responder), nullptr,
                                                           methodName(request.method()),
                                                           request.url().path(), false});
        reply->socket = reply->responder.socket();
        if (auto problem = admit(request))
            return sendProblem(reply, *problem);
        sendProblem(reply, {404, tr("no such route: %1").arg(request.url().path().left(200)), {}});
    });
}

HttpService::~HttpService()
{
    // Jobs of ours still queued or running: nobody will read their answers.
    disconnect(m_runner, nullptr, this, nullptr);
    const QList<JobId> ours = m_pending.keys();
    m_pending.clear();
    for (const JobId id : ours)
        m_runner->cancel(id);
    // The connections go before the members their signals reach.
    delete m_guard;
    m_guard = nullptr;
}

int HttpService::openConnections() const
{
    return m_guard ? m_guard->openConnections() : 0;
}

Result<quint16> HttpService::listen()
{
    if (auto valid = validateServerOptions(m_options); !valid)
        return valid.error();
    m_models.scan();
    m_guard = new ConnectionGuard(
        {m_options.maxBodyBytes, m_options.maxHeaderBytes, m_options.maxConnections}, this);
    if (!m_guard->listen(m_options.host, m_options.port))
        return makeError(ErrorCode::IoError, tr("cannot listen on %1:%2: %3")
                                                 .arg(m_options.host.toString())
                                                 .arg(m_options.port)
                                                 .arg(m_guard->errorString()));
    m_http.bind(m_guard);
    m_guard->serverBound();
    m_port = m_guard->serverPort();
    return m_port;
}

void HttpService::addRoute(const QString& path, QHttpServerRequest::Method method, Handler handler)
{
    m_http.route(path, [this, method, handler = std::move(handler)](
                           const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        auto reply = std::make_shared<HttpReply>(HttpReply{std::move(responder), nullptr,
                                                           methodName(request.method()),
                                                           request.url().path(), false});
        reply->socket = reply->responder.socket();
        if (auto problem = admit(request))
            return sendProblem(reply, *problem);
        if (request.method() != method)
            return sendProblem(reply,
                               {405, tr("%1 takes %2").arg(reply->path, methodName(method)), {}});
        handler(request, reply);
    });
}

std::optional<HttpProblem> HttpService::admit(const QHttpServerRequest& request) const
{
    if (!m_options.token.isEmpty() &&
        !bearerTokenMatches(request.value("Authorization"), m_options.token))
        return HttpProblem{
            401, tr("missing or wrong bearer token (Authorization: Bearer ...)"), {}};
    const QByteArray host = request.value("Host");
    if (auto problem = checkHost(host, m_options.isLoopback()))
        return problem;
    return checkOrigin(request.value("Origin"), host);
}

std::optional<HttpProblem> HttpService::readJson(const QHttpServerRequest& request,
                                                 QJsonObject* body) const
{
    const QByteArray type = request.value("Content-Type").toLower();
    if (!type.isEmpty() && !type.startsWith("application/json"))
        return HttpProblem{415, tr("send the body as application/json"), {}};
    return parseJsonObject(request.body(), m_options.maxJsonDepth, body);
}

void HttpService::send(const HttpReplyPtr& reply, int status, const QJsonObject& body,
                       const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    if (reply->sent)
        return;
    reply->sent = true;
    ++m_answered;
    Q_EMIT answered(reply->method, reply->path, status);
    if (!reply->socket || reply->socket->state() != QAbstractSocket::ConnectedState)
        return;
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    auto& r = reply->responder;
    r.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    r.writeHeader("Content-Type", "application/json");
    r.writeHeader("Content-Length", QByteArray::number(bytes.size()));
    r.writeHeader("Cache-Control", "no-store");
    for (const auto& [name, value] : headers)
        r.writeHeader(name, value);
    r.writeBody(bytes);
}

void HttpService::sendValue(const HttpReplyPtr& reply, const QJsonValue& body)
{
    // A1111 answers some routes with a bare array; QHttpServer writes objects only.
    if (body.isObject())
        return send(reply, 200, body.toObject());
    if (reply->sent)
        return;
    reply->sent = true;
    ++m_answered;
    Q_EMIT answered(reply->method, reply->path, 200);
    if (!reply->socket || reply->socket->state() != QAbstractSocket::ConnectedState)
        return;
    reply->responder.write(QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact),
                           "application/json");
}

void HttpService::sendProblem(const HttpReplyPtr& reply, const HttpProblem& problem)
{
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (problem.status == 401)
        headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    if (problem.status == 429)
        headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "10"));
    send(reply, problem.status, problem.toJson(), headers);
}

void HttpService::submit(const HttpReplyPtr& reply, std::unique_ptr<Job> job, Formatter format)
{
    if (m_runner->isBusy() && m_runner->queueLength() >= m_options.maxQueuedJobs)
        return sendProblem(reply, {429,
                                   tr("the queue is full (%1 waiting behind the running job); "
                                      "try again later")
                                       .arg(m_runner->queueLength()),
                                   {}});
    const JobId id = m_runner->submit(std::move(job));
    m_pending.insert(id, Pending{reply, std::move(format)});
    if (reply->socket)
        connect(reply->socket, &QAbstractSocket::disconnected, this, [this, id] {
            if (m_pending.contains(id))
                m_runner->cancel(id);
        });
}

void HttpService::onJobStarted(JobId id)
{
    if (!m_pending.contains(id))
        return;
    m_running = Running{};
    m_running.id = id;
    m_running.clock.start();
    m_running.started = QDateTime::currentDateTimeUtc();
}

void HttpService::onProgress(JobId id, int done, int total, const QString& stage)
{
    if (id != m_running.id)
        return;
    m_running.done = done;
    m_running.total = total;
    m_running.stage = stage;
}

void HttpService::onJobEnded(JobId id, const JobOutput* output, const Error* error)
{
    if (id == m_running.id)
        m_running = Running{};
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    if (output)
        send(pending.reply, 200, pending.format(*output));
    else
        sendProblem(pending.reply, {statusFor(error->code), error->message, {}});
}

QJsonObject HttpService::health() const
{
    bool realesrgan = false;
    bool faces = false;
    QJsonArray checkpoints;
    const ModelInfo* checkpoint = defaultCheckpoint();
    for (const ModelInfo& info : m_models.models()) {
        if (!info.ok())
            continue;
        realesrgan = realesrgan || info.kind == ModelKind::Upscaler;
        faces = faces || info.kind == ModelKind::FaceRestorer;
        if (info.kind == ModelKind::DiffusionCheckpoint)
            checkpoints.append(info.id);
    }
    const RuntimeInfo runtime = runtimeInfo();
    return QJsonObject{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("version"), QString::fromLatin1(kVersion)},
        {QStringLiteral("realesrgan_available"), realesrgan},
        {QStringLiteral("face_restoration_available"), gfpganModel(m_models) != nullptr},
        {QStringLiteral("face_restoration_models_found"), faces},
        {QStringLiteral("checkpoint"), checkpoint ? QJsonValue(checkpoint->id) : QJsonValue()},
        {QStringLiteral("checkpoints"), checkpoints},
        {QStringLiteral("generation_available"), checkpoint != nullptr},
        {QStringLiteral("device"),
         runtime.cudaAvailable ? QStringLiteral("cuda:0") : QStringLiteral("cpu")},
        {QStringLiteral("busy"), m_runner->isBusy()},
        {QStringLiteral("queue_length"), m_runner->queueLength() + (m_runner->isBusy() ? 1 : 0)},
        {QStringLiteral("queue_limit"), m_options.maxQueuedJobs},
    };
}

QJsonObject HttpService::progressState(bool withImage) const
{
    const bool active = m_running.id != 0;
    QJsonObject state = a1111Progress(active, m_running.done, m_running.total, m_running.stage,
                                      active ? m_running.clock.elapsed() / 1000.0 : 0.0,
                                      m_running.started, m_running.interrupted,
                                      m_runner->queueLength() + (m_runner->isBusy() ? 1 : 0));
    QString base64;
    if (withImage && active && !m_running.preview.empty() &&
        !encodeImagePayload(Image{m_running.preview, {}, {}}, ImageFormat::Png, &base64))
        state.insert(QStringLiteral("current_image"), base64);
    return state;
}

void HttpService::onPreview(JobId id, const cv::Mat& image)
{
    if (id == m_running.id)
        m_running.preview = image; // encoded only when a client asks
}

} // namespace hires::server
