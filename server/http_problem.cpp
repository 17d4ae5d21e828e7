#include "server/http_problem.h"

#include <QJsonDocument>

namespace hires::server {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

QJsonObject HttpProblem::toJson() const
{
    QJsonObject json{{QStringLiteral("error"), QString::fromLatin1(reasonPhrase(status))},
                     {QStringLiteral("detail"), message}};
    if (!field.isEmpty())
        json.insert(QStringLiteral("field"), field);
    return json;
}

QByteArray HttpProblem::body() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

} // namespace hires::server
