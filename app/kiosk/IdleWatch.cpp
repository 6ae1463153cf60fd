#include "IdleWatch.h"

#include <algorithm>

namespace mdg::kiosk {

IdleWatch::IdleWatch(const Clock& clock, int askAfterSecs, int wipeAfterSecs)
    : m_clock(clock)
    , m_askAfter(askAfterSecs)
    , m_wipeAfter(wipeAfterSecs)
    , m_lastTouch(clock.nowUtc())
{ }

void IdleWatch::touched()
{
    m_lastTouch = m_clock.nowUtc();
}

IdleWatch::State IdleWatch::check() const
{
    const qint64 idle = m_lastTouch.secsTo(m_clock.nowUtc());
    if (idle >= m_askAfter + m_wipeAfter)
        return State::Wipe;
    return idle >= m_askAfter ? State::Asking : State::Active;
}

int IdleWatch::secondsToWipe() const
{
    return int(std::max<qint64>(0, m_askAfter + m_wipeAfter - m_lastTouch.secsTo(m_clock.nowUtc())));
}

} // namespace mdg::kiosk
