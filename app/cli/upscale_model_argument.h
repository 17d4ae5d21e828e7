// The -m argument of `upscale`: "lanczos", a model file (anything with a '/'
// or a model extension is taken as a path, existing or not), or a model id looked
// up as <id>.pth / .safetensors / .param in the model folders
// ($HIRES_MODELS_DIR, colon-separated, then the user's data folder "models").
// INTERIM until the model library (core/models) lands: it then owns ids,
// folders and downloads, and this lookup becomes a call to it.
#pragma once

#include <QString>
#include <QStringList>

namespace hires::cli {

inline const char* const kDefaultUpscaleModel = "realesrgan-x4plus";

struct UpscaleModelArgument
{
    QString model;        // "lanczos", a file path, or the id when no file was found
    QString modelId;      // for provenance and output names
    QStringList searched; // folders looked in for an id
    bool found = true;
};

UpscaleModelArgument resolveUpscaleModel(const QString& argument);

} // namespace hires::cli
