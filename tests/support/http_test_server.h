// Test support: a tiny HTTP/1.1 server on 127.0.0.1 for download tests. Each
// route answers with a status, a body and optional misbehaviour (a cut
// connection, a lying Content-Length, none at all, a stall). Runs on the
// test's thread: use QTRY_* / QSignalSpy::wait so its event loop turns.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace hires::test {

struct HttpRoute
{
    int status = 200;
    QByteArray body;
    qint64 sendBytes = -1;       // bytes of the body actually sent (-1: all), then close
    bool withLength = true;      // send Content-Length (the full body's)
    bool stallAfterSend = false; // keep the connection open after sendBytes
};

class HttpTestServer : public QTcpServer
{
public:
    HttpTestServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        });
    }

    void route(const QByteArray& path, HttpRoute route) { m_routes.insert(path, std::move(route)); }
    QString url(const QByteArray& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2")
            .arg(serverPort())
            .arg(QString::fromLatin1(path));
    }
    int requests() const { return m_requests; }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& pending = m_buffers[socket];
        pending += socket->readAll();
        if (!pending.contains("\r\n\r\n"))
            return;
        ++m_requests;
        const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        const QByteArray path = requestLine.value(1);
        const HttpRoute route = m_routes.value(path, HttpRoute{404, "not found"});
        QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) +
                          (route.status == 200   ? " OK"
                           : route.status == 404 ? " Not Found"
                                                 : " Error") +
                          "\r\nContent-Type: application/octet-stream\r\n";
        if (route.withLength)
            head += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        socket->write(route.sendBytes < 0 ? route.body : route.body.left(route.sendBytes));
        if (route.stallAfterSend) {
            socket->flush();
            return;
        }
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QHash<QByteArray, HttpRoute> m_routes;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace hires::test
