#include "core/remote/remote_backend.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hires {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::RemoteBackend", text);
}

constexpr int kPollMs = 500;
} // namespace

RemoteBackend::RemoteBackend(QUrl server, QByteArray token, QObject* parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_token(std::move(token))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &RemoteBackend::pollProgress);
}

QString RemoteBackend::where() const
{
    return m_server.port() > 0 ? QStringLiteral("%1:%2").arg(m_server.host()).arg(m_server.port())
                               : m_server.host();
}

QNetworkRequest RemoteBackend::request(const QString& path) const
{
    QUrl url = m_server;
    url.setPath(path);
    QNetworkRequest r(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Generation takes minutes: no transfer timeout; cancel() is the way out.
    r.setTransferTimeout(0);
    if (!m_token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + m_token);
    return r;
}

JobId RemoteBackend::track(QNetworkReply* reply,
                           std::function<void(JobId, const QJsonObject&)> onSuccess)
{
    const JobId id = m_nextId++;
    m_replies.insert(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply, onSuccess] {
        reply->deleteLater();
        m_replies.remove(id);
        const bool cancelled = m_cancelled.take(id);
        if (m_replies.isEmpty())
            m_poll.stop();
        if (cancelled) // emitted from inside cancel(): abort() finishes the reply at once
            return Q_EMIT failed(id, {ErrorCode::Cancelled, tr("cancelled")});
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200)
            return onSuccess(id, json);
        const QString detail = json.value(QStringLiteral("detail")).toString();
        const ErrorCode code = status == 0     ? ErrorCode::IoError
                               : status == 413 ? ErrorCode::TooLarge
                               : status == 409 ? ErrorCode::Cancelled
                               : status >= 500 ? ErrorCode::Internal
                                               : ErrorCode::InvalidArgument;
        Q_EMIT failed(id, {code, tr("%1: %2").arg(where(), detail.isEmpty() ? reply->errorString()
                                                                            : detail)});
    });
    return id;
}

JobId RemoteBackend::checkHealth()
{
    return track(m_network.get(request(QStringLiteral("/health"))),
                 [this](JobId id, const QJsonObject& json) { Q_EMIT health(id, json); });
}

JobId RemoteBackend::upscale(const Image& image, const RemoteUpscale& options)
{
    const Result<QByteArray> png = encodeImage(image, EncodeOptions{});
    const QJsonObject body{
        {QStringLiteral("image"), png ? QString::fromLatin1(png->toBase64()) : QString()},
        {QStringLiteral("upscaler"), options.upscaler},
        {QStringLiteral("scale"), options.scale},
        {QStringLiteral("tile"), options.tile}};
    QNetworkReply* reply = m_network.post(request(QStringLiteral("/upscale")),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_poll.start();
    return track(reply, [this](JobId id, const QJsonObject& json) {
        const QByteArray bytes =
            QByteArray::fromBase64(json.value(QStringLiteral("image")).toString().toLatin1());
        Result<Image> decoded = decodeImage(bytes);
        if (!decoded)
            return Q_EMIT failed(id, decoded.error().withContext(where()));
        JobOutput output;
        output.provenance =
            Provenance::fromJson(json.value(QStringLiteral("provenance")).toObject());
        output.provenance.details.insert(QStringLiteral("server"), where());
        output.images.push_back({QStringLiteral("result"), std::move(decoded).value()});
        Q_EMIT finished(id, output);
    });
}

void RemoteBackend::cancel(JobId id)
{
    const QPointer<QNetworkReply> reply = m_replies.value(id);
    if (!reply)
        return;
    m_cancelled.insert(id, true);
    reply->abort(); // the server sees the connection close and cancels the job
}

void RemoteBackend::pollProgress()
{
    if (m_replies.isEmpty())
        return m_poll.stop();
    // Progress belongs to the oldest request still waiting (the server runs one at a time).
    const JobId id = *std::min_element(m_replies.keyBegin(), m_replies.keyEnd());
    QNetworkRequest r = request(QStringLiteral("/sdapi/v1/progress"));
    QNetworkReply* reply = m_network.get(r);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] {
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonObject state = json.value(QStringLiteral("state")).toObject();
        const int total = state.value(QStringLiteral("sampling_steps")).toInt();
        if (m_replies.contains(id) && total > 0)
            Q_EMIT progress(id, state.value(QStringLiteral("sampling_step")).toInt(), total,
                            json.value(QStringLiteral("textinfo")).toString());
    });
}

} // namespace hires
