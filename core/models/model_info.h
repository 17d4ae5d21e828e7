// ModelInfo: what the model library knows about one model file.
//
// Contract: a plain value, cheap to copy and safe to pass between threads.
// Filled by ModelProbe (from headers and metadata, without loading weights
// into a network) or from the library's cache; `error` is set instead of
// failing when a file cannot be read, so the library can still list it.
#pragma once

#include <QJsonObject>
#include <QString>

namespace hires {

enum class ModelKind
{
    Upscaler,
    FaceRestorer,
    DiffusionCheckpoint,
    FaceDetector, // YuNet's ONNX file (core/face uses it when present)
    Unknown,
};

// Stable keys for JSON and the cache: "upscaler", "face-restorer",
// "diffusion-checkpoint", "face-detector", "unknown".
QString modelKindKey(ModelKind kind);
ModelKind modelKindFromKey(const QString& key);
// For people (translated): "upscaler", "face restorer", ...
QString modelKindName(ModelKind kind);

struct ModelInfo
{
    QString id;     // stable and human: the lower-cased file stem, unique in a library
    QString path;   // absolute; the .param of an ncnn pair
    QString format; // "ncnn", "safetensors", "pytorch-zip", "pytorch-legacy", ...
    ModelKind kind = ModelKind::Unknown;
    QString architecture; // "RRDBNet", "SRVGGNetCompact", "ncnn graph", "Stable Diffusion XL", ...
    int scale = 0;        // upscaling factor; 0 when it does not apply
    qint64 parameterCount = 0;
    qint64 fileSize = 0; // bytes (an ncnn pair: .param + .bin)
    QString licence;     // from the catalogue, when the file is a known model
    QString error;       // why the file cannot be used; empty when it can

    bool ok() const { return error.isEmpty(); }

    // Round trip for the cache and `models --json` (keys in snake_case).
    QJsonObject toJson() const;
    static ModelInfo fromJson(const QJsonObject& json);
};

} // namespace hires
