// Images inside JSON: base64 (optionally a "data:image/...;base64," URL, as
// browser-based AUTOMATIC1111 clients send) in, base64 PNG/JPEG/WebP out.
//
// Contract: thread-safe free functions. Decoding goes through the project's
// decoder (format allow-list by magic bytes, size checked from the header
// before pixels are allocated) with the service's pixel cap; a problem is a
// 400/413 naming the field.
#pragma once

#include "core/image/image.h"
#include "server/http_problem.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace hires::server {

std::optional<HttpProblem> decodeImagePayload(const QString& field, const QString& base64,
                                              qint64 maxPixels, Image* image);

// PNG unless `format` names another encodable format; 16-bit stays 16-bit in PNG.
std::optional<HttpProblem> encodeImagePayload(const Image& image, ImageFormat format,
                                              QString* base64);

} // namespace hires::server
