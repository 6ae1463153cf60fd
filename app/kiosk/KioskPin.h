#pragma once

#include "domain/Clock.h"

#include <QDateTime>
#include <QString>

namespace mdg::kiosk {

// The administrator's PIN that ends kiosk mode. Only its hash is kept (the workstation's
// INI, kiosk/pin_hash, PasswordHasher's format); wrong guesses lock it for longer each time,
// as sign-in does, so a resident cannot try PINs at the tablet.
class KioskPin
{
public:
    KioskPin(QString storedHash, const Clock& clock);

    static QString hash(const QString& pin); // for the configuration
    bool isSet() const { return !m_hash.isEmpty(); }

    enum class Outcome { Accepted, Wrong, Locked };
    // Slow (a key derivation): call it off the GUI thread.
    Outcome verify(const QString& pin);
    QDateTime lockedUntil() const;

private:
    QString m_hash;
    const Clock& m_clock;
    int m_failures = 0;
    QDateTime m_lastFailure;
};

} // namespace mdg::kiosk
