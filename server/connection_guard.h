// ConnectionGuard: the listening socket under QHttpServer, which caps what a
// client can make the server hold before any route runs.
//
// Why: Qt HttpServer 6.4 buffers a whole request body in memory without a
// limit. The guard sees every byte first (its readyRead slot runs before the
// server's) and follows the HTTP/1.1 framing itself: a header block over
// maxHeaderBytes is answered 431, a Content-Length over maxBodyBytes 413 (at
// once, before the body is read), a chunked body 411, connections beyond
// maxConnections 503; the connection is then closed and what it sends is
// dropped.
//
// Contract: lives on the server's thread; bind it with QHttpServer::bind()
// and then call serverBound().
#pragma once

#include "server/http_problem.h"

#include <QHash>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace hires::server {

class ConnectionGuard : public QTcpServer
{
    Q_OBJECT
public:
    struct Limits
    {
        qint64 maxBodyBytes = 0;
        int maxHeaderBytes = 0;
        int maxConnections = 0;
    };

    explicit ConnectionGuard(Limits limits, QObject* parent = nullptr);

    // Call once after QHttpServer::bind(this): the guard's second look at each
    // connection must come after the server's.
    void serverBound();

    int openConnections() const { return static_cast<int>(m_framing.size()); }
    int rejectedRequests() const { return m_rejected; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Framing
    {
        QByteArray head;     // header bytes of the request being received
        qint64 bodyLeft = 0; // body bytes still to come
        qint64 unread = 0;   // bytes the server left in the socket last time
        bool rejected = false;
    };

    void beforeServerReads(QTcpSocket* socket);
    void afterServerRead(QTcpSocket* socket);
    // Follows the framing over newly arrived bytes; false when rejected.
    bool follow(QTcpSocket* socket, Framing& framing, QByteArray bytes);
    void reject(QTcpSocket* socket, Framing& framing, const HttpProblem& problem);

    Limits m_limits;
    QHash<QTcpSocket*, Framing> m_framing;
    QList<QPointer<QTcpSocket>> m_awaitingAfter;
    int m_rejected = 0;
};

} // namespace hires::server
