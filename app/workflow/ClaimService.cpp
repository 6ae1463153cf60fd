#include "ClaimService.h"

#include "CaseLog.h"
#include "db/CaseRepository.h"
#include "db/SqlUtil.h"
#include "db/StaffRepository.h"
#include "domain/Audit.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"

#include <QLocale>

namespace mdg {

std::unique_ptr<CentralStore> ClaimService::central() const
{
    return SqlCentralStore::connect(m_centralLocation, "Claims"); // the clerk reads unreachable()
}

QString ClaimService::unreachable() const
{
    return tr("Claiming needs the central store, which cannot be reached now. Try again in a moment; cases already "
              "open can still be worked on.");
}

Result<bool> ClaimService::recordEvent(const Actor& actor, const QUuid& caseId, const char* kind)
{
    // False when claimed before the case arrived here: sync brings it, the claim still holds.
    return m_local.write(
        [&](QSqlDatabase db) { return caselog::noteOnCase(db, actor, caseId, kind, m_clock.nowUtc()); });
}

Result<Claim> ClaimService::claim(const Actor& actor, const QUuid& caseId)
{
    auto store = central();
    if (!store)
        return Result<Claim>::failure(ErrorCode::Unreachable, unreachable());
    const QDateTime now = m_clock.nowUtc();
    const auto held = store->claim(caseId, actor.staff.id, actor.workstationId, now, now.addSecs(m_idleMinutes * 60));
    if (!held)
        return Result<Claim>::failure(ErrorCode::Unreachable, unreachable());
    if (!held->heldBy(actor.staff.id, actor.workstationId)) {
        const auto holder = m_local.read([&](QSqlDatabase db) { return StaffRepository(db).find(held->staffId); });
        const QString who = holder && holder.value() ? holder.value()->displayName : tr("Another staff member");
        return Result<Claim>::failure(ErrorCode::Taken,
            tr("%1 is working on this case at another workstation (since %2).")
                .arg(who, QLocale().toString(held->claimedAt.toLocalTime().time(), QLocale::ShortFormat)));
    }
    if (held->claimedAt == now) {
        // A new claim: bring the case up to date first, so the claim builds on the
        // newest version and never conflicts with the change it waited for.
        SyncService(m_local, *store, actor.workstationId, m_clock).pullOnce();
        if (!recordEvent(actor, caseId, EventKind::Claimed)) {
            // Handed back if the store takes it; otherwise the claim expires on its own.
            (void)store->release(caseId, actor.staff.id, actor.workstationId);
            return Result<Claim>::failure(
                ErrorCode::Store, tr("The local store could not record the claim; it was handed back."));
        }
    }
    return held.value();
}

Result<int> ClaimService::release(const Actor& actor, const QUuid& caseId)
{
    auto store = central();
    if (!store)
        return Result<int>::failure(ErrorCode::Unreachable, unreachable());
    const auto released = store->release(caseId, actor.staff.id, actor.workstationId);
    if (!released)
        return Result<int>::failure(ErrorCode::Unreachable, unreachable());
    // Released centrally even when this store cannot note it (the failure is in the log).
    if (released.value() > 0)
        (void)recordEvent(actor, caseId, EventKind::Released);
    return released;
}

Result<int> ClaimService::releaseAll(const Actor& actor)
{
    const auto all = claims();
    if (!all)
        return Result<int>::failure(all);
    int n = 0;
    for (const Claim& c : all.value())
        if (c.heldBy(actor.staff.id, actor.workstationId)) {
            const auto r = release(actor, c.caseId);
            if (!r)
                return r;
            n += r.value();
        }
    return n;
}

Result<QList<Claim>> ClaimService::claims()
{
    auto store = central();
    if (!store)
        return Result<QList<Claim>>::failure(ErrorCode::Unreachable, unreachable());
    const auto all = store->claims(m_clock.nowUtc());
    if (!all)
        return Result<QList<Claim>>::failure(ErrorCode::Unreachable, unreachable());
    return all;
}

} // namespace mdg
