#include "server/json_fields.h"

#include <QCoreApplication>

#include <cmath>

namespace hires::server {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("hires::server", text);
}
} // namespace

JsonFields::JsonFields(QJsonObject object)
    : m_object(std::move(object))
{}

bool JsonFields::has(const QString& name) const
{
    return m_object.contains(name) && !m_object.value(name).isNull();
}

const QJsonValue* JsonFields::claim(const QString& name)
{
    m_claimed.insert(name);
    if (m_problem || !has(name))
        return nullptr;
    m_current = m_object.value(name);
    return &m_current;
}

void JsonFields::fail(const QString& name, const QString& message)
{
    if (!m_problem)
        m_problem = HttpProblem{400, QStringLiteral("%1: %2").arg(name, message), name};
}

void JsonFields::text(const QString& name, QString* out, int maxLength)
{
    const QJsonValue* v = claim(name);
    if (!v)
        return;
    if (!v->isString())
        return fail(name, tr("expected a string"));
    if (v->toString().size() > maxLength)
        return fail(name, tr("longer than %1 characters").arg(maxLength));
    *out = v->toString();
}

void JsonFields::integer(const QString& name, qint64* out, qint64 min, qint64 max)
{
    const QJsonValue* v = claim(name);
    if (!v)
        return;
    const double d = v->toDouble();
    if (!v->isDouble() || !std::isfinite(d) || d != std::floor(d))
        return fail(name, tr("expected an integer"));
    if (d < double(min) || d > double(max))
        return fail(name, tr("%1 is outside %2..%3").arg(d, 0, 'g', 17).arg(min).arg(max));
    *out = static_cast<qint64>(d);
}

void JsonFields::integer(const QString& name, int* out, int min, int max)
{
    qint64 wide = *out;
    integer(name, &wide, min, max);
    *out = static_cast<int>(wide);
}

void JsonFields::number(const QString& name, double* out, double min, double max)
{
    const QJsonValue* v = claim(name);
    if (!v)
        return;
    if (!v->isDouble() || !std::isfinite(v->toDouble()))
        return fail(name, tr("expected a number"));
    if (v->toDouble() < min || v->toDouble() > max)
        return fail(name, tr("%1 is outside %2..%3").arg(v->toDouble()).arg(min).arg(max));
    *out = v->toDouble();
}

void JsonFields::boolean(const QString& name, bool* out)
{
    const QJsonValue* v = claim(name);
    if (!v)
        return;
    if (!v->isBool())
        return fail(name, tr("expected true or false"));
    *out = v->toBool();
}

void JsonFields::accept(const QString& name)
{
    m_claimed.insert(name);
}

void JsonFields::refuse(const QString& name, const QString& message)
{
    if (claim(name))
        fail(name, message);
}

std::optional<HttpProblem> JsonFields::finish() const
{
    if (m_problem)
        return m_problem;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_claimed.contains(it.key()))
            return HttpProblem{400, tr("unknown field '%1'").arg(it.key().left(100)),
                               it.key().left(100)};
    return std::nullopt;
}

} // namespace hires::server
