#include "server/connection_guard.h"

#include <QCoreApplication>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}

// Content-Length and Transfer-Encoding from a header block (ends with CRLFCRLF).
struct HeadFacts
{
    qint64 contentLength = 0;
    bool lengthValid = true;
    bool chunked = false;
};

HeadFacts readHead(const QByteArray& head)
{
    HeadFacts facts;
    bool sawLength = false;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (sawLength && n != facts.contentLength))
                facts.lengthValid = false;
            facts.contentLength = n;
            sawLength = true;
        } else if (name == "transfer-encoding" && value.toLower() != "identity") {
            facts.chunked = true;
        }
    }
    return facts;
}
} // namespace

ConnectionGuard::ConnectionGuard(Limits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void ConnectionGuard::serverBound()
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        for (const QPointer<QTcpSocket>& socket : std::as_const(m_awaitingAfter))
            if (socket)
                connect(socket, &QTcpSocket::readyRead, this,
                        [this, s = socket.data()] { afterServerRead(s); });
        m_awaitingAfter.clear();
    });
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    m_framing.insert(socket, Framing{});
    connect(socket, &QObject::destroyed, this, [this, socket] { m_framing.remove(socket); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { beforeServerReads(socket); });
    m_awaitingAfter.append(socket);
    addPendingConnection(socket);
    if (m_framing.size() > m_limits.maxConnections)
        reject(
            socket, m_framing[socket],
            {503, tr("too many open connections (at most %1)").arg(m_limits.maxConnections), {}});
}

void ConnectionGuard::beforeServerReads(QTcpSocket* socket)
{
    auto it = m_framing.find(socket);
    if (it == m_framing.end())
        return;
    Framing& framing = *it;
    if (framing.rejected) {
        socket->readAll(); // dropped: the server must not parse it
        return;
    }
    const qint64 available = socket->bytesAvailable();
    const qint64 fresh = available - framing.unread;
    if (fresh > 0)
        follow(socket, framing, socket->peek(available).right(fresh));
}

void ConnectionGuard::afterServerRead(QTcpSocket* socket)
{
    auto it = m_framing.find(socket);
    if (it != m_framing.end())
        it->unread = socket->bytesAvailable();
}

bool ConnectionGuard::follow(QTcpSocket* socket, Framing& framing, QByteArray bytes)
{
    while (!bytes.isEmpty()) {
        if (framing.bodyLeft > 0) {
            const qint64 take = std::min<qint64>(framing.bodyLeft, bytes.size());
            framing.bodyLeft -= take;
            bytes.remove(0, take);
            continue;
        }
        const qsizetype before = framing.head.size();
        framing.head.append(bytes);
        const qsizetype end = framing.head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
        if (end < 0) {
            bytes.clear();
            if (framing.head.size() > m_limits.maxHeaderBytes) {
                reject(socket, framing,
                       {431,
                        tr("the request headers are larger than %1 bytes")
                            .arg(m_limits.maxHeaderBytes),
                        {}});
                return false;
            }
            break;
        }
        const qsizetype headEnd = end + 4;
        bytes = framing.head.mid(headEnd);
        framing.head.truncate(headEnd);
        if (framing.head.size() > m_limits.maxHeaderBytes) {
            reject(socket, framing,
                   {431,
                    tr("the request headers are larger than %1 bytes").arg(m_limits.maxHeaderBytes),
                    {}});
            return false;
        }
        const HeadFacts facts = readHead(framing.head);
        framing.head.clear();
        if (facts.chunked) {
            reject(socket, framing,
                   {411, tr("chunked request bodies are not accepted; send a Content-Length"), {}});
            return false;
        }
        if (!facts.lengthValid) {
            reject(socket, framing, {400, tr("the Content-Length header is not valid"), {}});
            return false;
        }
        if (facts.contentLength > m_limits.maxBodyBytes) {
            reject(socket, framing,
                   {413,
                    tr("the request body (%1 bytes) is larger than the limit of %2 bytes")
                        .arg(facts.contentLength)
                        .arg(m_limits.maxBodyBytes),
                    {}});
            return false;
        }
        framing.bodyLeft = facts.contentLength;
    }
    return true;
}

void ConnectionGuard::reject(QTcpSocket* socket, Framing& framing, const HttpProblem& problem)
{
    ++m_rejected;
    framing.rejected = true;
    socket->readAll();
    const QByteArray body = problem.body();
    socket->write(
        "HTTP/1.1 " + QByteArray::number(problem.status) + ' ' + reasonPhrase(problem.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\nConnection: close\r\n\r\n" + body);
    socket->disconnectFromHost();
}

} // namespace hires::server
