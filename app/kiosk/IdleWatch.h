#pragma once

#include "domain/Clock.h"

#include <QDateTime>

namespace mdg::kiosk {

// A public tablet forgets a resident who walked away: after a minute without a touch it
// asks whether anyone is still there, and half a minute later everything entered is wiped.
// The screens call touched() on every touch and check() from a timer; time comes from the
// Clock, so the tests move it instead of waiting.
class IdleWatch
{
public:
    enum class State { Active, Asking, Wipe };
    static constexpr int AskAfterSecs = 60;
    static constexpr int WipeAfterSecs = 30; // after asking

    explicit IdleWatch(const Clock& clock, int askAfterSecs = AskAfterSecs, int wipeAfterSecs = WipeAfterSecs);

    void touched(); // back to Active
    State check() const;
    // Seconds until the wipe while asking (for the countdown), 0 once due.
    int secondsToWipe() const;

private:
    const Clock& m_clock;
    int m_askAfter;
    int m_wipeAfter;
    QDateTime m_lastTouch;
};

} // namespace mdg::kiosk
