// ModelDownloader: fetches a model file from its published URL into a model
// folder, verifying its SHA-256 before it appears there.
//
// Contract: lives on one thread with an event loop (the GUI thread is fine:
// nothing blocks). start() streams the response into a temporary file next to
// the destination while hashing it, and only when the whole body arrived, is
// within maxBytes and matches `sha256` is the temporary file renamed to the
// destination (replacing an older file of that name atomically). Every other
// outcome — HTTP error, cut connection, short body, too large, wrong
// checksum, full disk, cancel() — removes the temporary file and leaves the
// destination as it was. A request without a SHA-256 is refused unless
// acceptUnverified is set. Exactly one of succeeded()/failed() is emitted per
// start(), never from inside start() (cancel() emits failed() before it
// returns); progress() in between.
#pragma once

#include <memory>

#include <QCryptographicHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include "core/base/result.h"

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace hires {

struct DownloadRequest
{
    QUrl url;
    QString destination; // final path of the file
    QString sha256;      // expected, hex (any case); empty: not verified
    bool acceptUnverified = false;
    qint64 maxBytes = qint64(16) << 30;
};

class ModelDownloader : public QObject
{
    Q_OBJECT
public:
    explicit ModelDownloader(QObject* parent = nullptr);
    ~ModelDownloader() override;

    // Begins a download; a request that is refused outright fails from the
    // event loop too, so callers connect first and handle one path.
    void start(const DownloadRequest& request);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }
    // Set when failed() was emitted.
    const Error& lastError() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 received, qint64 total); // total -1 when unknown
    void succeeded(const QString& path, const QString& sha256);
    void failed(const QString& message);

private:
    void onReadyRead();
    void onFinished();
    void fail(const Error& error);
    void cleanUp();

    std::unique_ptr<QNetworkAccessManager> m_network;
    QNetworkReply* m_reply = nullptr;
    std::unique_ptr<QTemporaryFile> m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    DownloadRequest m_request;
    qint64 m_received = 0;
    Error m_error;
};

} // namespace hires
