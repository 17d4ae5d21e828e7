#include "core/models/model_info.h"

#include <QCoreApplication>

namespace hires {

QString modelKindKey(ModelKind kind)
{
    switch (kind) {
    case ModelKind::Upscaler:
        return QStringLiteral("upscaler");
    case ModelKind::FaceRestorer:
        return QStringLiteral("face-restorer");
    case ModelKind::DiffusionCheckpoint:
        return QStringLiteral("diffusion-checkpoint");
    case ModelKind::FaceDetector:
        return QStringLiteral("face-detector");
    case ModelKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ModelKind modelKindFromKey(const QString& key)
{
    for (ModelKind kind : {ModelKind::Upscaler, ModelKind::FaceRestorer,
                           ModelKind::DiffusionCheckpoint, ModelKind::FaceDetector}) {
        if (modelKindKey(kind) == key)
            return kind;
    }
    return ModelKind::Unknown;
}

QString modelKindName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::Upscaler:
        return QCoreApplication::translate("hires::ModelInfo", "upscaler");
    case ModelKind::FaceRestorer:
        return QCoreApplication::translate("hires::ModelInfo", "face restorer");
    case ModelKind::DiffusionCheckpoint:
        return QCoreApplication::translate("hires::ModelInfo", "diffusion checkpoint");
    case ModelKind::FaceDetector:
        return QCoreApplication::translate("hires::ModelInfo", "face detector");
    case ModelKind::Unknown:
        break;
    }
    return QCoreApplication::translate("hires::ModelInfo", "unknown");
}

QJsonObject ModelInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("path"), path},
        {QStringLiteral("format"), format},
        {QStringLiteral("kind"), modelKindKey(kind)},
        {QStringLiteral("architecture"), architecture},
        {QStringLiteral("scale"), scale},
        {QStringLiteral("parameter_count"), parameterCount},
        {QStringLiteral("file_size"), fileSize},
        {QStringLiteral("licence"), licence},
        {QStringLiteral("error"), error},
    };
}

ModelInfo ModelInfo::fromJson(const QJsonObject& json)
{
    ModelInfo info;
    info.id = json.value(QStringLiteral("id")).toString();
    info.path = json.value(QStringLiteral("path")).toString();
    info.format = json.value(QStringLiteral("format")).toString();
    info.kind = modelKindFromKey(json.value(QStringLiteral("kind")).toString());
    info.architecture = json.value(QStringLiteral("architecture")).toString();
    info.scale = json.value(QStringLiteral("scale")).toInt();
    info.parameterCount = json.value(QStringLiteral("parameter_count")).toInteger();
    info.fileSize = json.value(QStringLiteral("file_size")).toInteger();
    info.licence = json.value(QStringLiteral("licence")).toString();
    info.error = json.value(QStringLiteral("error")).toString();
    return info;
}

} // namespace hires
