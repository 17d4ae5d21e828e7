#include "core/jobs/provenance.h"

#include <QJsonArray>
#include <QStringList>

namespace hires {

void Provenance::addFallback(QString from, QString to, QString reason)
{
    fallbacks.push_back({std::move(from), std::move(to), std::move(reason)});
}

void Provenance::addTiming(const QString& stage, double seconds)
{
    for (auto& [name, value] : timings) {
        if (name == stage) {
            value += seconds;
            return;
        }
    }
    timings.emplace_back(stage, seconds);
}

double Provenance::totalSeconds() const
{
    double total = 0;
    for (const auto& [name, seconds] : timings)
        total += seconds;
    return total;
}

QJsonObject Provenance::toJson() const
{
    QJsonArray steps;
    for (const FallbackEvent& f : fallbacks)
        steps.append(QJsonObject{{QStringLiteral("from"), f.from},
                                 {QStringLiteral("to"), f.to},
                                 {QStringLiteral("reason"), f.reason}});
    QJsonObject times;
    for (const auto& [stage, seconds] : timings)
        times.insert(stage, seconds);
    QJsonObject json{
        {QStringLiteral("task"), task},
        {QStringLiteral("requested"), requested},
        {QStringLiteral("used"), used},
        {QStringLiteral("model_id"), modelId},
        {QStringLiteral("model_file"), modelFile},
        {QStringLiteral("architecture"), architecture},
        {QStringLiteral("device"), device},
        {QStringLiteral("precision"), precision},
        {QStringLiteral("tile_size"), tileSize},
        {QStringLiteral("passes"), passes},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("fallbacks"), steps},
        {QStringLiteral("timings"), times},
        {QStringLiteral("fell_back"), fellBack()},
    };
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), details);
    return json;
}

Provenance Provenance::fromJson(const QJsonObject& json)
{
    Provenance p;
    p.task = json.value(QStringLiteral("task")).toString();
    p.requested = json.value(QStringLiteral("requested")).toString();
    p.used = json.value(QStringLiteral("used")).toString();
    p.modelId = json.value(QStringLiteral("model_id")).toString();
    p.modelFile = json.value(QStringLiteral("model_file")).toString();
    p.architecture = json.value(QStringLiteral("architecture")).toString();
    p.device = json.value(QStringLiteral("device")).toString();
    p.precision = json.value(QStringLiteral("precision")).toString();
    p.tileSize = json.value(QStringLiteral("tile_size")).toInt();
    p.passes = json.value(QStringLiteral("passes")).toInt();
    p.threads = json.value(QStringLiteral("threads")).toInt();
    for (const QJsonValue& v : json.value(QStringLiteral("fallbacks")).toArray()) {
        const QJsonObject f = v.toObject();
        p.addFallback(f.value(QStringLiteral("from")).toString(),
                      f.value(QStringLiteral("to")).toString(),
                      f.value(QStringLiteral("reason")).toString());
    }
    // QJsonObject iterates keys sorted, so the stage order of a round trip is alphabetical.
    const QJsonObject times = json.value(QStringLiteral("timings")).toObject();
    for (auto it = times.begin(); it != times.end(); ++it)
        p.timings.emplace_back(it.key(), it.value().toDouble());
    p.details = json.value(QStringLiteral("details")).toObject();
    return p;
}

QString Provenance::summary() const
{
    QStringList how;
    if (!precision.isEmpty())
        how << precision;
    if (tileSize > 0)
        how << QStringLiteral("tile %1").arg(tileSize);
    if (passes > 1)
        how << QStringLiteral("%1 passes").arg(passes);
    QString text = used.isEmpty() ? requested : used;
    if (!device.isEmpty())
        text += QStringLiteral(" on %1").arg(device);
    if (!how.isEmpty())
        text += QStringLiteral(" (%1)").arg(how.join(QLatin1String(", ")));
    const double total = totalSeconds();
    if (total > 0)
        text += QStringLiteral(" in %1 s").arg(total, 0, 'f', total < 10 ? 2 : 1);
    if (fellBack()) {
        QStringList steps;
        for (const FallbackEvent& f : fallbacks)
            steps << QStringLiteral("%1 -> %2 (%3)").arg(f.from, f.to, f.reason);
        text += QStringLiteral("; fell back: ") + steps.join(QLatin1String("; "));
    }
    return text;
}

} // namespace hires
