// ServerOptions: how `hires-studio serve` listens and what it accepts.
//
// Contract: a plain value type. validate() refuses a non-loopback address
// without a token (anyone on the network could otherwise run jobs) and limits
// that make no sense; the service trusts a validated value.
#pragma once

#include "core/base/result.h"

#include <QByteArray>
#include <QHostAddress>
#include <QStringList>

namespace hires::server {

struct ServerOptions
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 7860; // 0: any free port (tests)
    QByteArray token;    // bearer token; required on every route when set

    qint64 maxBodyBytes = qint64(48) << 20; // a 12-megapixel PNG in base64 fits
    int maxHeaderBytes = 16 * 1024;
    int maxJsonDepth = 8;
    int maxConnections = 64;
    int maxQueuedJobs = 4; // waiting behind the running one; more is 429
    qint64 maxInputPixels = qint64(4096) * 4096;
    qint64 maxOutputPixels = qint64(8192) * 8192;
    int maxGenerateSide = 2048;

    QString checkpoint;       // library id of the checkpoint /generate uses; empty: the first
    QStringList modelFolders; // besides the user's model folder
    QString modelCacheFile;   // empty: the library's default

    bool isLoopback() const { return host.isLoopback(); }
};

Result<void> validateServerOptions(const ServerOptions& options);

} // namespace hires::server
