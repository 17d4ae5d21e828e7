// The bodies of POST /generate (the service's own fields, as
// GenerationRequest names them) and POST /sdapi/v1/txt2img (AUTOMATIC1111's
// names), read into a GenerationRequest, and the answers' JSON.
//
// Contract: pure functions, thread-safe. A request cannot name a file: "model"
// must be a library id (or empty for the server's checkpoint) and
// "init_image" is refused; sizes are capped by ServerOptions::maxGenerateSide
// (first pass and hires target). Problems are 400s naming the field.
#pragma once

#include "core/diffusion/generation_request.h"
#include "core/jobs/job.h"
#include "core/models/model_library.h"
#include "server/http_problem.h"
#include "server/server_options.h"

#include <QJsonObject>

#include <optional>

namespace hires::server {

std::optional<HttpProblem> parseGenerateBody(const QJsonObject& body, const ModelLibrary& models,
                                             const ServerOptions& limits, GenerationRequest* out);
std::optional<HttpProblem> parseTxt2ImgBody(const QJsonObject& body, const ModelLibrary& models,
                                            const ServerOptions& limits, GenerationRequest* out);

// {"image", "width", "height", "seed", "upscaler", "upscaler_reason",
//  "face_restoration", "timings", "provenance"} (+ "first_pass_image" when asked).
QJsonObject generateAnswer(const JobOutput& output, bool withFirstPass);
// {"images": [...], "parameters": {...}, "info": "<JSON text>"} as AUTOMATIC1111 answers.
QJsonObject txt2ImgAnswer(const JobOutput& output, const QJsonObject& parameters);

} // namespace hires::server
