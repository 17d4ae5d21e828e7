#include "server/a1111_shapes.h"

#include <QFileInfo>

namespace hires::server {

namespace {
QJsonObject upscaler(const QString& name, const QJsonValue& modelName, int scale)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("model_name"), modelName},
            {QStringLiteral("model_path"), QJsonValue::Null},
            {QStringLiteral("model_url"), QJsonValue::Null},
            {QStringLiteral("scale"), scale}};
}
} // namespace

QJsonArray a1111Upscalers(const ModelLibrary& models)
{
    QJsonArray list{upscaler(QStringLiteral("None"), QJsonValue::Null, 4),
                    upscaler(QStringLiteral("Lanczos"), QJsonValue::Null, 4)};
    for (const ModelInfo& info : models.models())
        if (info.ok() && info.kind == ModelKind::Upscaler)
            list.append(upscaler(info.id, info.architecture, info.scale));
    return list;
}

QJsonArray a1111SdModels(const ModelLibrary& models)
{
    QJsonArray list;
    for (const ModelInfo& info : models.models()) {
        if (!info.ok() || info.kind != ModelKind::DiffusionCheckpoint)
            continue;
        const QString file = QFileInfo(info.path).fileName();
        list.append(QJsonObject{{QStringLiteral("title"), file},
                                {QStringLiteral("model_name"), info.id},
                                {QStringLiteral("hash"), QJsonValue::Null},
                                {QStringLiteral("sha256"), QJsonValue::Null},
                                {QStringLiteral("filename"), file},
                                {QStringLiteral("config"), QJsonValue::Null}});
    }
    return list;
}

QJsonObject a1111Progress(bool active, int done, int total, const QString& stage,
                          double elapsedSeconds, const QDateTime& started, bool interrupted,
                          int jobCount)
{
    const double fraction = active && total > 0 ? double(done) / total : 0.0;
    const double eta = fraction > 0 ? elapsedSeconds / fraction - elapsedSeconds : 0.0;
    const QJsonObject state{
        {QStringLiteral("skipped"), false},
        {QStringLiteral("interrupted"), interrupted},
        {QStringLiteral("job"), active ? stage : QString()},
        {QStringLiteral("job_count"), jobCount},
        {QStringLiteral("job_timestamp"),
         active ? started.toString(QStringLiteral("yyyyMMddHHmmss")) : QStringLiteral("0")},
        {QStringLiteral("job_no"), 0},
        {QStringLiteral("sampling_step"), active ? done : 0},
        {QStringLiteral("sampling_steps"), active ? total : 0},
    };
    return {{QStringLiteral("progress"), fraction},
            {QStringLiteral("eta_relative"), eta},
            {QStringLiteral("state"), state},
            {QStringLiteral("current_image"), QJsonValue::Null},
            {QStringLiteral("textinfo"), active ? QJsonValue(stage) : QJsonValue::Null}};
}

QJsonObject a1111ExtrasAnswer(const QString& base64Png, const QString& info)
{
    return {{QStringLiteral("html_info"), info.toHtmlEscaped()},
            {QStringLiteral("image"), base64Png}};
}

} // namespace hires::server
