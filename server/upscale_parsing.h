// The bodies of POST /upscale and POST /sdapi/v1/extra-single-image, read
// into an upscale the runner can do.
//
// Contract: pure functions of the JSON and the model library (thread-safe as
// long as the library is not rescanned meanwhile). Models are named by their
// library id ("realesrgan-x4plus") or "lanczos", never by a file path: a
// request cannot make the server open any file it chooses. A problem is a
// 400/413 naming the field. Face restoration uses the server's GFPGAN model
// (the first GFPGAN file of its model library); without one it is not
// refused: the upscale runs and the answer says "skipped" and why.
#pragma once

#include "core/models/model_library.h"
#include "core/upscale/upscale_engine.h"
#include "server/http_problem.h"
#include "server/server_options.h"

#include <QJsonObject>

#include <optional>

namespace hires::server {

struct ParsedUpscale
{
    Image input;
    UpscaleRequest request;
    ImageFormat format = ImageFormat::Png; // of the answer
    bool passThrough = false;              // A1111 "None" upscaler: the image comes back as it is
    bool faceAsked = false;                // face restoration was asked for
    double faceWeight = 0;                 // at this weight
    QString faceSkipped;                   // asked for but impossible here (no GFPGAN model): why
};

// The answer's "face_restoration" ("off", "applied", "skipped") and, when
// skipped, "face_restoration_reason", from what the job recorded; the same
// two go into the provenance's details (GenerateJob's keys).
void recordFaceRestoration(const ParsedUpscale& parsed, Provenance* provenance,
                           QJsonObject* answer);

// {"image", "upscaler", "scale", "tile", "allow_fallback", "format", "alpha",
//  "use_face_restoration", "face_restoration_weight"}
std::optional<HttpProblem> parseUpscaleBody(const QJsonObject& body, const ModelLibrary& models,
                                            const ServerOptions& limits, ParsedUpscale* out);

// AUTOMATIC1111's ExtrasSingleImageRequest (the fields its clients send).
std::optional<HttpProblem> parseExtrasBody(const QJsonObject& body, const ModelLibrary& models,
                                           const ServerOptions& limits, ParsedUpscale* out);

// The GFPGAN model face restoration uses here (the first of the library), or null.
const ModelInfo* gfpganModel(const ModelLibrary& models);

// "lanczos" | a library upscaler id | an AUTOMATIC1111 name ("Lanczos",
// "R-ESRGAN 4x+"); nullopt with `problem` set otherwise.
std::optional<UpscaleRequest> resolveUpscaler(const QString& field, const QString& name,
                                              const ModelLibrary& models, HttpProblem* problem);

} // namespace hires::server
