// Request checks that run before any route: the bearer token, the Host and
// Origin headers (a web page in the user's browser must not drive a loopback
// server through DNS rebinding or a cross-site POST), and JSON bodies with a
// nesting cap.
//
// Contract: pure functions, thread-safe. Each returns the problem to answer
// with, or nothing when the request may go on.
#pragma once

#include "server/http_problem.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace hires::server {

// Compares the "Authorization: Bearer <token>" header with the token in time
// that does not depend on where they differ (both are hashed first, so not on
// the length either).
bool bearerTokenMatches(const QByteArray& authorizationHeader, const QByteArray& token);

// loopbackOnly: the server listens on a loopback address, so the Host header
// must name a loopback host (127.0.0.1, localhost, [::1], with any port);
// a public name there means the browser was pointed at us under another name.
std::optional<HttpProblem> checkHost(const QByteArray& host, bool loopbackOnly);
// A browser sends Origin on cross-site requests; when present it must be this
// very server ("http(s)://" + Host). Scripts (curl, Python) send none.
std::optional<HttpProblem> checkOrigin(const QByteArray& origin, const QByteArray& host);

// Deepest nesting of arrays/objects, counted outside strings; stops counting
// (and returns a value above the cap) as soon as `cap` is exceeded.
int jsonNestingDepth(const QByteArray& json, int cap);

// The body as a JSON object: 400 for malformed JSON or a non-object, 413 for
// nesting deeper than maxDepth.
std::optional<HttpProblem> parseJsonObject(const QByteArray& body, int maxDepth,
                                           QJsonObject* object);

} // namespace hires::server
