#include "core/models/model_downloader.h"

#include <filesystem>
#include <system_error>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <unistd.h>

namespace hires {

namespace {

constexpr int kTransferTimeoutMs = 60000;

bool isSha256(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

ModelDownloader::ModelDownloader(QObject* parent)
    : QObject(parent)
    , m_network(std::make_unique<QNetworkAccessManager>())
{}

ModelDownloader::~ModelDownloader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ModelDownloader::start(const DownloadRequest& request)
{
    if (isRunning())
        cancel();
    m_request = request;
    m_received = 0;
    m_hash.reset();
    m_error = {};
    const QString url = request.url.toDisplayString();
    std::optional<Error> refusal;
    if (!request.url.isValid() || (request.url.scheme() != QLatin1String("https") &&
                                   request.url.scheme() != QLatin1String("http")))
        refusal = makeError(ErrorCode::InvalidArgument, tr("%1: not an http(s) URL").arg(url));
    else if (request.destination.isEmpty())
        refusal = makeError(ErrorCode::InvalidArgument, tr("%1: no destination file").arg(url));
    else if (!request.sha256.isEmpty() && !isSha256(request.sha256))
        refusal = makeError(ErrorCode::InvalidArgument,
                            tr("%1 is not a SHA-256 (64 hexadecimal digits)").arg(request.sha256));
    else if (request.sha256.isEmpty() && !request.acceptUnverified)
        refusal = makeError(ErrorCode::InvalidArgument,
                            tr("%1: no SHA-256 is known for this file, so it cannot be verified; "
                               "it is only installed when unverified files are explicitly accepted")
                                .arg(url));
    if (!refusal) {
        const QString folder = QFileInfo(request.destination).absolutePath();
        m_file = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/.") +
                                                  QFileInfo(request.destination).fileName() +
                                                  QStringLiteral(".part-XXXXXX"));
        if (!QDir().mkpath(folder) || !m_file->open())
            refusal = makeError(
                ErrorCode::IoError,
                tr("%1: cannot create a file there (%2)").arg(folder, m_file->errorString()));
    }
    if (refusal) {
        m_file.reset();
        QMetaObject::invokeMethod(
            this, [this, error = *refusal] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest networkRequest(request.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setTransferTimeout(kTransferTimeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("HiresStudio"));
    m_reply = m_network->get(networkRequest);
    connect(m_reply, &QNetworkReply::readyRead, this, &ModelDownloader::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ModelDownloader::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_request.maxBytes)
            fail(makeError(ErrorCode::TooLarge,
                           tr("%1: the file has %2 bytes, more than the limit of %3")
                               .arg(m_request.url.toDisplayString())
                               .arg(length.toLongLong())
                               .arg(m_request.maxBytes)));
    });
}

void ModelDownloader::cancel()
{
    if (!isRunning())
        return;
    fail(makeError(ErrorCode::Cancelled,
                   tr("%1: the download was cancelled").arg(m_request.url.toDisplayString())));
}

void ModelDownloader::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    const QByteArray data = m_reply->readAll();
    m_received += data.size();
    if (m_received > m_request.maxBytes) {
        fail(makeError(ErrorCode::TooLarge, tr("%1: the file is larger than the limit of %2 bytes")
                                                .arg(m_request.url.toDisplayString())
                                                .arg(m_request.maxBytes)));
        return;
    }
    if (m_file->write(data) != data.size()) {
        fail(makeError(
            ErrorCode::IoError,
            tr("%1: writing failed (%2)").arg(m_request.destination, m_file->errorString())));
        return;
    }
    m_hash.addData(data);
    // Our own signal rather than QNetworkReply::downloadProgress, which Qt chokes
    // to one per 100 ms and so can stay silent for a stalled transfer.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (!data.isEmpty())
        Q_EMIT progress(m_received, length.isValid() ? length.toLongLong() : -1);
}

void ModelDownloader::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead(); // whatever arrived with the end of the transfer
    if (!m_reply)
        return;
    const QString url = m_request.url.toDisplayString();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
        const ErrorCode code = status == 404 ? ErrorCode::NotFound : ErrorCode::IoError;
        fail(makeError(
            code,
            status >= 400
                ? tr("%1: the server answered HTTP %2 %3")
                      .arg(url)
                      .arg(status)
                      .arg(
                          m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                : tr("%1: %2").arg(url, m_reply->errorString())));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() != m_received) {
        fail(makeError(ErrorCode::IoError, tr("%1: the transfer ended after %2 of %3 bytes")
                                               .arg(url)
                                               .arg(m_received)
                                               .arg(length.toLongLong())));
        return;
    }
    const QString digest = QString::fromLatin1(m_hash.result().toHex());
    if (!m_request.sha256.isEmpty() && digest.compare(m_request.sha256, Qt::CaseInsensitive) != 0) {
        fail(makeError(ErrorCode::CorruptData,
                       tr("%1: the SHA-256 of the download is %2, not the expected %3; the file "
                          "was discarded")
                           .arg(url, digest, m_request.sha256.toLower())));
        return;
    }
    // Durable before it becomes visible under its real name.
    if (!m_file->flush() || ::fsync(m_file->handle()) != 0) {
        fail(makeError(
            ErrorCode::IoError,
            tr("%1: writing failed (%2)").arg(m_request.destination, m_file->errorString())));
        return;
    }
    const QString temporary = m_file->fileName();
    m_file->close();
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(m_request.destination).toStdString(), ec);
    if (ec) {
        fail(makeError(ErrorCode::IoError, tr("%1: cannot move the download into place (%2)")
                                               .arg(m_request.destination,
                                                    QString::fromLocal8Bit(ec.message().c_str()))));
        return;
    }
    m_file->setAutoRemove(false);
    cleanUp();
    Q_EMIT succeeded(m_request.destination, digest);
}

void ModelDownloader::fail(const Error& error)
{
    m_error = error;
    cleanUp();
    Q_EMIT failed(error.message);
}

void ModelDownloader::cleanUp()
{
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_file.reset(); // removes the temporary file unless it was moved into place
}

} // namespace hires
