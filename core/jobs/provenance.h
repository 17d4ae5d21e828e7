// Provenance: the record of what actually produced a result.
//
// Every result (upscaled image, generated image, restored faces) carries one;
// the GUI shows it, the CLI prints it with --json, the HTTP API returns it and
// the saver writes its summary into the output file's metadata. It says what
// was asked for, what ran (model, device, precision, tiles, passes), every
// fallback step with its reason, and how long each stage took. Plain value
// type, copyable, no Qt GUI types.
#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>
#include <vector>

namespace hires {

struct FallbackEvent
{
    QString from;   // what was tried: "cuda", "tile 512", "realesrgan-x4plus", "fp16"
    QString to;     // what was used instead: "cpu", "tile 256", "lanczos", "fp32"
    QString reason; // why, for people: "out of memory at tile 3 of 12"
};

struct Provenance
{
    QString task;         // "upscale", "generate", "face-restore", ...
    QString requested;    // the method asked for: "realesrgan-x4plus", "lanczos", ...
    QString used;         // the method that produced the pixels
    QString modelId;      // library id of the model that ran, empty for LANCZOS
    QString modelFile;    // its file, empty for LANCZOS
    QString architecture; // "RRDBNet x4, 23 blocks, 64 features", ...
    QString device;       // "cpu", "cuda:0"
    QString precision;    // "fp32", "fp16", empty for LANCZOS
    int tileSize = 0;     // 0: whole image in one piece
    int passes = 0;       // model passes (a x4 model run twice for x16)
    int threads = 0;      // CPU threads used
    std::vector<FallbackEvent> fallbacks;
    std::vector<std::pair<QString, double>> timings; // stage -> seconds, in order
    QJsonObject details; // task-specific: seed, steps, faces restored, ...

    bool fellBack() const { return !fallbacks.empty(); }
    void addFallback(QString from, QString to, QString reason);
    void addTiming(const QString& stage, double seconds);
    double totalSeconds() const;

    QJsonObject toJson() const;
    static Provenance fromJson(const QJsonObject& json);
    // One line for status bars and file metadata, e.g.
    // "realesrgan-x4plus on cpu (fp32, tile 256) in 12.3 s; fell back: cuda -> cpu (no CUDA
    // device)".
    QString summary() const;
};

} // namespace hires
