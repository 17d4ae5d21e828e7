// A raw HTTP/1.1 client for the server tests: it sends exactly the bytes a
// test writes (wrong Host headers, broken framing, oversized bodies) and
// reads one answer while the event loop keeps running, so the server under
// test, living on the same thread, can answer.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace hires::test {

struct HttpAnswer
{
    int status = 0; // 0: no answer (connection closed or timed out)
    QByteArray head;
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

inline QByteArray httpRequest(const QByteArray& method, const QByteArray& path, quint16 port,
                              const QByteArray& body = {}, const QByteArray& extraHeaders = {})
{
    QByteArray r = method + ' ' + path +
                   " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n" +
                   extraHeaders;
    if (!body.isNull())
        r +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return r + "\r\n" + body;
}

// Parses one answer out of `buffer`; true when it is complete.
inline bool parseAnswer(const QByteArray& buffer, HttpAnswer* answer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    answer->head = buffer.left(end);
    answer->status = buffer.mid(9, 3).toInt();
    const qint64 length = answer->header("Content-Length").toLongLong();
    if (buffer.size() - end - 4 < length)
        return false;
    answer->body = buffer.mid(end + 4, length);
    return true;
}

// Connects, writes `raw`, and waits for one answer (or the connection's end).
inline HttpAnswer exchange(quint16 port, const QByteArray& raw, int timeoutMs = 120000)
{
    QTcpSocket socket;
    QByteArray buffer;
    HttpAnswer answer;
    QEventLoop loop;
    bool done = false;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(raw); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        buffer += socket.readAll();
        if (parseAnswer(buffer, &answer)) {
            done = true;
            loop.quit();
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        buffer += socket.readAll();
        done = parseAnswer(buffer, &answer) || true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop, [&] {
        if (socket.error() != QAbstractSocket::RemoteHostClosedError) {
            done = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!done)
        loop.exec();
    if (answer.body.isEmpty() && answer.status == 0)
        parseAnswer(buffer, &answer);
    return answer;
}

} // namespace hires::test
