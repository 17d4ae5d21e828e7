// RemoteUpscaler: the upscale step of an UpscaleJob done on a `hires-studio
// serve` host through RemoteBackend (UpscaleJob::setUpscaler), so the
// JobRunner's queue, progress, cancel and the job's saving work unchanged.
// What is sent: the model's library id (or "lanczos"), scale, tile, the
// alpha mode and, when request.faceRestore is set, face restoration at its
// weight with the server's GFPGAN model (a file path of this machine means
// nothing there).
//
// Contract: copyable; called on the JobRunner's worker thread. Each call makes
// its own RemoteBackend on that thread and waits for it in a local event loop;
// the job's cancel flag is watched and drops the request (the server then
// cancels its job). The result keeps the input's format and metadata, so the
// output is named and encoded as a local result would be.
#pragma once

#include "core/base/result.h"
#include "core/upscale/upscale_job.h"

#include <QByteArray>
#include <QUrl>

#include <optional>

namespace hires {

class RemoteUpscaler
{
public:
    RemoteUpscaler(QUrl server, QByteArray token);

    // Asks the server for this upscaler id instead of the request's; an
    // empty id: the server's default upscaler (its Real-ESRGAN model).
    void setServerUpscaler(const QString& id) { m_serverUpscaler = id; }

    Result<UpscaleResult> operator()(const Image& image, const UpscaleRequest& request,
                                     JobContext& context) const;

private:
    QUrl m_server;
    QByteArray m_token;
    std::optional<QString> m_serverUpscaler;
};

} // namespace hires
