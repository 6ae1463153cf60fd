#include "IdleLock.h"

#include <algorithm>

namespace mdg {

IdleLock::IdleLock(const Clock& clock, int lockAfterSecs, int warnBeforeSecs)
    : m_clock(clock)
    , m_lockAfter(std::max(1, lockAfterSecs))
    , m_warnBefore(std::clamp(warnBeforeSecs, 0, std::max(1, lockAfterSecs)))
    , m_lastActivity(clock.nowUtc())
{ }

void IdleLock::activity()
{
    if (!m_locked)
        m_lastActivity = m_clock.nowUtc();
}

IdleLock::State IdleLock::check()
{
    if (m_locked)
        return State::Locked;
    const qint64 idle = m_lastActivity.secsTo(m_clock.nowUtc());
    if (idle >= m_lockAfter) {
        m_locked = true;
        return State::Locked;
    }
    return idle >= m_lockAfter - m_warnBefore ? State::Warning : State::Active;
}

int IdleLock::secondsToLock() const
{
    return int(std::max<qint64>(0, m_lockAfter - m_lastActivity.secsTo(m_clock.nowUtc())));
}

void IdleLock::lockNow()
{
    m_locked = true;
}

void IdleLock::unlocked()
{
    m_locked = false;
    m_lastActivity = m_clock.nowUtc();
}

} // namespace mdg
