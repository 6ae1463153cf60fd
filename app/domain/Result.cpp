#include "Result.h"

namespace mdg {

QString errorCodeKey(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unspecified: return QStringLiteral("unspecified");
    case ErrorCode::NotAllowed: return QStringLiteral("not_allowed");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Stale: return QStringLiteral("stale");
    case ErrorCode::Invalid: return QStringLiteral("invalid");
    case ErrorCode::Taken: return QStringLiteral("taken");
    case ErrorCode::Credentials: return QStringLiteral("credentials");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Rejected: return QStringLiteral("rejected");
    case ErrorCode::Unreadable: return QStringLiteral("unreadable");
    case ErrorCode::Store: return QStringLiteral("store");
    case ErrorCode::Unreachable: return QStringLiteral("unreachable");
    }
    return QStringLiteral("unspecified");
}

} // namespace mdg
