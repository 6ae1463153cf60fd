#pragma once

#include "domain/Clock.h"

#include <QDateTime>

namespace mdg {

// A counter workstation left alone locks (issue 22): after `warnAfterSecs` without a key or
// a click it warns, after `lockAfterSecs` it locks and stays locked until unlocked, whatever
// happens meanwhile (a resident touching the mouse must not bring the case back). The
// window reports activity and asks from a timer; time comes from the Clock, so tests move
// it instead of waiting.
class IdleLock
{
public:
    enum class State { Active, Warning, Locked };
    static constexpr int LockAfterSecs = 15 * 60;
    static constexpr int WarnBeforeSecs = 2 * 60;

    explicit IdleLock(const Clock& clock, int lockAfterSecs = LockAfterSecs, int warnBeforeSecs = WarnBeforeSecs);

    void activity(); // a key or a click: back to Active unless locked
    State check(); // locks once the time is up
    int secondsToLock() const; // while warning, for the countdown
    void lockNow(); // the staff member stepping away (Ctrl+L)
    void unlocked(); // the password was given again

private:
    const Clock& m_clock;
    int m_lockAfter;
    int m_warnBefore;
    QDateTime m_lastActivity;
    bool m_locked = false;
};

} // namespace mdg
