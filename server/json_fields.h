// JsonFields: reads a request's JSON object field by field with types and
// ranges, and refuses fields nobody asked for.
//
// Contract: single-threaded value. Each reader leaves the output untouched
// when the field is absent or null, records the first problem (400 naming the
// field) and ignores later calls once one was found. finish() then reports
// that problem, or the first field no reader claimed ("unknown field"), so a
// typo such as "hires_fx" is an error instead of a silent default.
#pragma once

#include "server/http_problem.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace hires::server {

class JsonFields
{
public:
    explicit JsonFields(QJsonObject object);

    bool has(const QString& name) const;
    void text(const QString& name, QString* out, int maxLength = 4000);
    void integer(const QString& name, qint64* out, qint64 min, qint64 max);
    void integer(const QString& name, int* out, int min, int max);
    void number(const QString& name, double* out, double min, double max);
    void boolean(const QString& name, bool* out);
    // Accepted and without effect here (fields clients always send).
    void accept(const QString& name);
    // Fails with `message` for the field when it is present and not null.
    void refuse(const QString& name, const QString& message);
    // A problem found by the caller (a value out of a list, ...).
    void fail(const QString& name, const QString& message);

    std::optional<HttpProblem> finish() const;

private:
    const QJsonValue* claim(const QString& name);

    QJsonObject m_object;
    QSet<QString> m_claimed;
    std::optional<HttpProblem> m_problem;
    QJsonValue m_current;
};

} // namespace hires::server
