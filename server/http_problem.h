// HttpProblem: an HTTP error answer (status, message for people, the field
// it is about), and its JSON body.
//
// Contract: plain value type. The body is {"error": <reason>, "detail":
// <message>, "field": <name>}: "detail" is what AUTOMATIC1111's clients read
// (FastAPI's shape), "field" names the JSON field a 400 is about.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hires::server {

struct HttpProblem
{
    int status = 400;
    QString message;
    QString field; // empty when not about one field

    QJsonObject toJson() const;
    QByteArray body() const; // compact JSON
};

// "Bad Request", "Too Many Requests", ... for the statuses the service uses.
QByteArray reasonPhrase(int status);

} // namespace hires::server
