#pragma once

#include <QDateTime>

namespace mdg {

// After a few failed sign-ins an account is locked for a while, the lock doubling with
// each further failure up to a ceiling. Pure policy: the store keeps the counters.
class SignInThrottle
{
public:
    static constexpr int FreeAttempts = 3;
    static constexpr qint64 FirstLockSecs = 30;
    static constexpr qint64 MaxLockSecs = 15 * 60;

    // When the account is free again after `failures` consecutive failures, the last at
    // `lastFailure`; an invalid QDateTime when it is not locked at all.
    static QDateTime lockedUntil(int failures, const QDateTime& lastFailure);
    static bool isLocked(int failures, const QDateTime& lastFailure, const QDateTime& now);
};

} // namespace mdg
