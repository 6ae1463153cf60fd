#include "KioskPin.h"

#include "security/PasswordHasher.h"
#include "security/SignInThrottle.h"

namespace mdg::kiosk {

KioskPin::KioskPin(QString storedHash, const Clock& clock)
    : m_hash(std::move(storedHash))
    , m_clock(clock)
{ }

QString KioskPin::hash(const QString& pin)
{
    return PasswordHasher::hash(pin);
}

KioskPin::Outcome KioskPin::verify(const QString& pin)
{
    const QDateTime now = m_clock.nowUtc();
    if (m_failures > 0 && SignInThrottle::isLocked(m_failures, m_lastFailure, now))
        return Outcome::Locked;
    if (isSet() && PasswordHasher::verify(pin, m_hash)) {
        m_failures = 0;
        return Outcome::Accepted;
    }
    ++m_failures;
    m_lastFailure = now;
    return Outcome::Wrong;
}

QDateTime KioskPin::lockedUntil() const
{
    return m_failures > 0 ? SignInThrottle::lockedUntil(m_failures, m_lastFailure) : QDateTime();
}

} // namespace mdg::kiosk
