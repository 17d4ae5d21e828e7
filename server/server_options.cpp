#include "server/server_options.h"

#include <QCoreApplication>

namespace hires::server {

Result<void> validateServerOptions(const ServerOptions& options)
{
    if (options.host.isNull())
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hires::server", "no address to listen on"));
    if (!options.isLoopback() && options.token.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("hires::server",
                                        "listening on %1 (not loopback) needs --token: anyone on "
                                        "the network could otherwise run jobs on this machine")
                .arg(options.host.toString()));
    if (!options.token.isEmpty() && options.token.size() < 16)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("hires::server",
                                                     "the token is %1 characters; use at least 16")
                             .arg(options.token.size()));
    if (options.maxBodyBytes < 1024 || options.maxHeaderBytes < 1024 || options.maxJsonDepth < 2 ||
        options.maxConnections < 1 || options.maxQueuedJobs < 0 || options.maxInputPixels < 1 ||
        options.maxOutputPixels < 1 || options.maxGenerateSide < 64)
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("hires::server", "a server limit is out of range"));
    return {};
}

} // namespace hires::server
