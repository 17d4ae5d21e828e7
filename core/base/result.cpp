#include "core/base/result.h"

namespace hires {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::PermissionDenied: return QStringLiteral("permission-denied");
    case ErrorCode::IoError: return QStringLiteral("io-error");
    case ErrorCode::UnsupportedFormat: return QStringLiteral("unsupported-format");
    case ErrorCode::CorruptData: return QStringLiteral("corrupt-data");
    case ErrorCode::TooLarge: return QStringLiteral("too-large");
    case ErrorCode::OutOfMemory: return QStringLiteral("out-of-memory");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace hires
