#pragma once

#include <QDateTime>

namespace mdg {

// Every piece of code that needs "now" asks a Clock, so throttling, queue dates and
// stage timings can be tested by moving time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock& system();
};

// A clock the tests (and the demo seed) set by hand.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(start.toUTC())
    { }
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t.toUTC(); }
    void advanceSecs(qint64 s) { m_now = m_now.addSecs(s); }

private:
    QDateTime m_now;
};

} // namespace mdg
