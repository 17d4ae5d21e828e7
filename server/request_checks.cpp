#include "server/request_checks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUrl>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}

// "host:port" or "[v6]:port" -> host, lower-cased, without brackets.
QString hostName(const QByteArray& hostHeader)
{
    QString host = QString::fromLatin1(hostHeader).trimmed().toLower();
    if (host.startsWith(QLatin1Char('['))) {
        const int end = host.indexOf(QLatin1Char(']'));
        return end > 0 ? host.mid(1, end - 1) : QString();
    }
    const int colon = host.lastIndexOf(QLatin1Char(':'));
    return colon >= 0 ? host.left(colon) : host;
}
} // namespace

bool bearerTokenMatches(const QByteArray& authorizationHeader, const QByteArray& token)
{
    static const QByteArray kScheme = "bearer ";
    const QByteArray header = authorizationHeader.trimmed();
    const bool schemeOk =
        header.size() > kScheme.size() && header.left(kScheme.size()).toLower() == kScheme;
    const QByteArray given = schemeOk ? header.mid(kScheme.size()).trimmed() : QByteArray();
    const QByteArray a = QCryptographicHash::hash(given, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(token, QCryptographicHash::Sha256);
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return schemeOk && !token.isEmpty() && diff == 0;
}

std::optional<HttpProblem> checkHost(const QByteArray& host, bool loopbackOnly)
{
    if (host.trimmed().isEmpty())
        return HttpProblem{400, tr("the request has no Host header"), {}};
    if (!loopbackOnly)
        return std::nullopt;
    const QString name = hostName(host);
    if (name == QLatin1String("localhost") || name == QLatin1String("::1") ||
        name.startsWith(QLatin1String("127.")))
        return std::nullopt;
    return HttpProblem{403,
                       tr("Host '%1' is not this loopback server (a page loaded under another "
                          "name cannot use it)")
                           .arg(QString::fromLatin1(host.left(200))),
                       {}};
}

std::optional<HttpProblem> checkOrigin(const QByteArray& origin, const QByteArray& host)
{
    if (origin.isEmpty())
        return std::nullopt;
    const QUrl url(QString::fromLatin1(origin));
    const QString scheme = url.scheme().toLower();
    QString authority = url.host().toLower();
    if (authority.contains(QLatin1Char(':')))
        authority = QLatin1Char('[') + authority + QLatin1Char(']');
    if (url.port() >= 0)
        authority += QLatin1Char(':') + QString::number(url.port());
    const bool same = (scheme == QLatin1String("http") || scheme == QLatin1String("https")) &&
                      authority == QString::fromLatin1(host).trimmed().toLower();
    if (same)
        return std::nullopt;
    return HttpProblem{403,
                       tr("cross-site request from origin '%1' refused")
                           .arg(QString::fromLatin1(origin.left(200))),
                       {}};
}

int jsonNestingDepth(const QByteArray& json, int cap)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > cap)
                return deepest;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

std::optional<HttpProblem> parseJsonObject(const QByteArray& body, int maxDepth,
                                           QJsonObject* object)
{
    if (jsonNestingDepth(body, maxDepth) > maxDepth)
        return HttpProblem{413, tr("the JSON body nests deeper than %1 levels").arg(maxDepth), {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return HttpProblem{400,
                           tr("the body is not valid JSON: %1 at byte %2")
                               .arg(error.errorString())
                               .arg(error.offset),
                           {}};
    if (!doc.isObject())
        return HttpProblem{400, tr("the body must be a JSON object"), {}};
    *object = doc.object();
    return std::nullopt;
}

} // namespace hires::server
