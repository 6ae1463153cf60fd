#include "SignInThrottle.h"

#include <algorithm>

namespace mdg {

QDateTime SignInThrottle::lockedUntil(int failures, const QDateTime& lastFailure)
{
    if (failures < FreeAttempts || !lastFailure.isValid())
        return {};
    const int doublings = std::min(failures - FreeAttempts, 10);
    const qint64 secs = std::min(FirstLockSecs << doublings, MaxLockSecs);
    return lastFailure.addSecs(secs);
}

bool SignInThrottle::isLocked(int failures, const QDateTime& lastFailure, const QDateTime& now)
{
    const QDateTime until = lockedUntil(failures, lastFailure);
    return until.isValid() && now < until;
}

} // namespace mdg
