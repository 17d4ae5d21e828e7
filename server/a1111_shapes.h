// The JSON shapes AUTOMATIC1111's web UI API answers with, as its clients
// (scripts, Krita/Photoshop plug-ins, chat bots) parse them: lists of
// upscalers and checkpoints, the progress object, the extras answer.
//
// Contract: pure functions, thread-safe. No file paths are given out: where
// AUTOMATIC1111 puts a path (model_path, filename) this service puts null or
// the bare file name.
#pragma once

#include "core/models/model_library.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace hires::server {

// [{"name", "model_name", "model_path", "model_url", "scale"}]: "None",
// "Lanczos", then the library's usable upscalers by id.
QJsonArray a1111Upscalers(const ModelLibrary& models);
// [{"title", "model_name", "hash", "sha256", "filename", "config"}]
QJsonArray a1111SdModels(const ModelLibrary& models);
// {"progress", "eta_relative", "state": {...}, "current_image", "textinfo"}
QJsonObject a1111Progress(bool active, int done, int total, const QString& stage,
                          double elapsedSeconds, const QDateTime& started, bool interrupted,
                          int jobCount);
// {"html_info", "image"}
QJsonObject a1111ExtrasAnswer(const QString& base64Png, const QString& info);

} // namespace hires::server
