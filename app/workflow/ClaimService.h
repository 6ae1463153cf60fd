#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/StaffMember.h"
#include "sync/CentralStore.h"

#include <QCoreApplication>
#include <memory>

namespace mdg {

// Who works on a case. The central store decides (one row per case: of two workstations
// claiming at once exactly one wins); the winner's claim is then an event of the case
// here, so waiting and handling times come from the event log. A claim lasts while its
// holder renews it (the open case does, every few minutes) and is released on hand-over,
// at sign-out, or by expiring after `idleMinutes`. Reaches the central store: call it off
// the GUI thread.
class ClaimService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::ClaimService)

public:
    ClaimService(Database& local, QString centralLocation, const Clock& clock = Clock::system(), int idleMinutes = 15)
        : m_local(local)
        , m_centralLocation(std::move(centralLocation))
        , m_clock(clock)
        , m_idleMinutes(idleMinutes)
    { }

    // Takes the case, or renews the actor's own claim; refused with who holds it otherwise.
    Result<Claim> claim(const Actor& actor, const QUuid& caseId);
    Result<int> release(const Actor& actor, const QUuid& caseId); // hand-over
    Result<int> releaseAll(const Actor& actor); // sign-out
    Result<QList<Claim>> claims();

private:
    std::unique_ptr<CentralStore> central() const; // null when it cannot be reached
    // The claim or release as an event of the case; false when the case is not here yet.
    Result<bool> recordEvent(const Actor& actor, const QUuid& caseId, const char* kind);
    QString unreachable() const;

    Database& m_local;
    QString m_centralLocation;
    const Clock& m_clock;
    int m_idleMinutes;
};

} // namespace mdg
