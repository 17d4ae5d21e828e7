#include "core/remote/remote_backend.h"

#include "core/image/image_decoder.h"
#include "core/image/image_encoder.h"

#include <QCoreApplication>
#include <QFileInfo>
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

// A base64 image field of an answer, decoded.
Result<Image> imageField(const QJsonObject& json, const char* field)
{
    const QString text = json.value(QLatin1String(field)).toString();
    if (text.isEmpty())
        return makeError(ErrorCode::Internal,
                         tr("the server sent no %1").arg(QLatin1String(field)));
    return decodeImage(QByteArray::fromBase64(text.toLatin1()));
}

// What the server can be sent as "model": a library id, never a path of this machine.
bool isLibraryId(const QString& model)
{
    return !model.isEmpty() && !model.contains(QLatin1Char('/')) &&
           !model.contains(QLatin1Char('\\')) && !QFileInfo::exists(model);
}
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
    QJsonObject body{
        {QStringLiteral("image"), png ? QString::fromLatin1(png->toBase64()) : QString()},
        {QStringLiteral("scale"), options.scale},
        {QStringLiteral("tile"), options.tile},
        {QStringLiteral("alpha"), alphaModeName(options.alpha)}};
    if (!options.upscaler.isEmpty()) // empty: the server's default upscaler
        body.insert(QStringLiteral("upscaler"), options.upscaler);
    if (options.faceRestorationWeight) {
        body.insert(QStringLiteral("use_face_restoration"), true);
        body.insert(QStringLiteral("face_restoration_weight"), *options.faceRestorationWeight);
    }
    QNetworkReply* reply = m_network.post(request(QStringLiteral("/upscale")),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_poll.start();
    return track(reply, [this](JobId id, const QJsonObject& json) {
        Result<Image> decoded = imageField(json, "image");
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

JobId RemoteBackend::generate(const GenerationRequest& generation)
{
    if (generation.isImg2Img())
        return failLater({ErrorCode::InvalidArgument,
                          tr("%1: the server cannot start from an image of this computer "
                             "(img2img runs only here)")
                              .arg(where())});
    QJsonObject body = generation.toJson();
    if (!isLibraryId(generation.model))
        body.remove(QStringLiteral("model"));
    body.insert(QStringLiteral("return_first_pass"), true);
    QNetworkReply* reply = m_network.post(request(QStringLiteral("/generate")),
                                          QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_poll.start();
    return track(reply, [this](JobId id, const QJsonObject& json) {
        Result<Image> result = imageField(json, "image");
        Result<Image> firstPass = imageField(json, "first_pass_image");
        if (!result || !firstPass)
            return Q_EMIT failed(
                id, (result ? firstPass.error() : result.error()).withContext(where()));
        JobOutput output;
        output.provenance =
            Provenance::fromJson(json.value(QStringLiteral("provenance")).toObject());
        output.provenance.details.insert(QStringLiteral("server"), where());
        output.images.push_back({QStringLiteral("result"), std::move(result).value()});
        output.images.push_back({QStringLiteral("first_pass"), std::move(firstPass).value()});
        Q_EMIT finished(id, output);
    });
}

JobId RemoteBackend::failLater(const Error& error)
{
    const JobId id = m_nextId++;
    // Every answer is a signal after the call returns, failures included.
    QMetaObject::invokeMethod(
        this, [this, id, error] { Q_EMIT failed(id, error); }, Qt::QueuedConnection);
    return id;
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
        if (!m_replies.contains(id))
            return;
        if (total > 0)
            Q_EMIT progress(id, state.value(QStringLiteral("sampling_step")).toInt(), total,
                            json.value(QStringLiteral("textinfo")).toString());
        // AUTOMATIC1111's shape: base64 PNG, or null when there is none.
        if (const QString current = json.value(QStringLiteral("current_image")).toString();
            !current.isEmpty())
            if (Result<Image> image = decodeImage(QByteArray::fromBase64(current.toLatin1())))
                Q_EMIT preview(id, image->pixels);
    });
}

} // namespace hires
