#include "SyncService.h"

#include "OutboxRepository.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/ConflictRepository.h"
#include "db/EventRepository.h"
#include "db/SqlUtil.h"

#include <QSet>

namespace mdg {

SyncService::Status SyncService::status(Database& local)
{
    Status s;
    const auto counts = local.read(
        [](QSqlDatabase db) { return std::pair(OutboxRepository(db).pendingCount(), ConflictRepository(db).count()); });
    if (counts)
        std::tie(s.waiting, s.unresolvedConflicts) = counts.value();
    return s;
}

SyncService::Status SyncService::pushOnce(int batchSize)
{
    Status s;
    const auto batch = m_local.read([&](QSqlDatabase db) { return OutboxRepository(db).pending(batchSize); });
    if (!batch) {
        s.message = tr("The local store could not be read for sending.");
        return finish(s);
    }
    if (batch.value().isEmpty())
        return finish(pushAudit(s));
    const auto outcome = m_central.push(batch.value());
    if (!outcome) {
        s.reachable = false;
        return finish(s);
    }
    const auto recorded = m_local.write([&](QSqlDatabase db) {
        for (const auto& c : outcome->conflicts)
            ConflictRepository(db).add(c.eventId, c.caseId, c.centralVersion, c.centralSnapshot, m_clock.nowUtc());
        // Every change of the batch was answered: accepted or kept as a conflict.
        OutboxRepository(db).setPushedSeq(batch.value().last().event.seq);
        return true;
    });
    if (recorded) {
        s.pushed = int(QSet<QUuid>(outcome->accepted.cbegin(), outcome->accepted.cend()).size());
        s.conflicts = int(outcome->conflicts.size());
    } else {
        // The central store has them; sending again is answered the same way.
        s.message = tr("The local store could not record what was sent.");
    }
    return finish(pushAudit(s));
}

SyncService::Status SyncService::pushAudit(Status s, int batchSize)
{
    const auto rows = m_local.read([&](QSqlDatabase db) {
        return AuditRepository(db).chainedAfter(OutboxRepository(db).auditPushedSeq(), batchSize);
    });
    if (!rows || rows->isEmpty())
        return s; // an unreadable log is tried again next round; the outbox said what it could
    const auto added = m_central.pushAudit(rows.value());
    if (!added) {
        s.reachable = false;
        return s;
    }
    const auto recorded = m_local.write([&](QSqlDatabase db) {
        OutboxRepository(db).setAuditPushedSeq(rows->last().entry.seq);
        return true;
    });
    if (recorded)
        s.auditPushed = int(rows->size());
    return s;
}

SyncService::Status SyncService::pullOnce(int limit)
{
    Status s;
    const auto cursor = m_local.read([](QSqlDatabase db) { return OutboxRepository(db).pulledCursor(); });
    if (!cursor) {
        s.message = tr("The local store could not take the changes of other workstations.");
        return finish(s);
    }
    const auto pulled = m_central.pull(cursor.value(), m_workstationId, limit);
    if (!pulled) {
        s.reachable = false;
        return finish(s);
    }
    if (pulled->isEmpty())
        return finish(s);
    const auto applied = m_local.write([&](QSqlDatabase db) {
        for (const PulledChange& p : pulled.value())
            applyPulled(db, p.change);
        OutboxRepository(db).setPulledCursor(pulled.value().last().cursor);
        return true;
    });
    if (applied)
        s.pulled = int(pulled->size());
    else
        s.message = tr("The local store could not take the changes of other workstations.");
    return finish(s);
}

SyncService::Status SyncService::syncOnce()
{
    Status pushed = pushOnce();
    if (!pushed.reachable)
        return pushed;
    Status s = pullOnce();
    s.pushed = pushed.pushed;
    s.conflicts = pushed.conflicts;
    s.auditPushed = pushed.auditPushed;
    return s;
}

void SyncService::applyPulled(QSqlDatabase db, const SyncedChange& change) const
{
    const CaseEvent& e = change.event;
    EventRepository events(db);
    if (events.contains(e.eventId))
        return;
    const std::optional<Case> theirs = Case::fromJson(change.caseSnapshot);
    if (!theirs || theirs->id != e.caseId) {
        qWarning("Sync: a pulled change of case version %d has no readable snapshot; skipped", e.caseVersion);
        return;
    }
    // Each change on its own: one that cannot apply here (say, the same pre-entry opened at
    // two workstations) must not hold back the rest.
    (void)guarded(
        [&] {
            Savepoint part(db);
            CaseRepository cases(db);
            ConflictRepository conflicts(db);
            const std::optional<Case> mine = cases.find(e.caseId);
            if (conflicts.has(e.caseId)) {
                // The clerk is choosing between the versions: show the newest central one.
                conflicts.raise(e.caseId, e.caseVersion, change.caseSnapshot);
            } else if (!mine) {
                cases.insert(*theirs);
                events.append(e);
            } else if (mine->version < e.caseVersion && !OutboxRepository(db).hasPending(e.caseId)) {
                Case updated = *theirs;
                updated.version = e.caseVersion;
                cases.update(updated);
                cases.replaceMembers(updated.id, updated.household.members);
                events.append(e);
            }
            // Otherwise this workstation's own newer change is on its way; the store decides.
            part.release();
            return true;
        },
        ErrorCode::Store, {}, "Sync: a pulled change could not be applied here");
}

SyncService::Status SyncService::finish(Status s) const
{
    const Status now = status(m_local);
    s.waiting = now.waiting;
    s.unresolvedConflicts = now.unresolvedConflicts;
    if (!s.reachable)
        s.message = tr("Central store: not reachable, %n change(s) kept here", nullptr, s.waiting);
    else if (s.message.isEmpty())
        s.message = s.unresolvedConflicts > 0
            ? tr("Central store: connected, %n change(s) waiting; conflicts to settle: %1", nullptr, s.waiting)
                  .arg(s.unresolvedConflicts)
            : tr("Central store: connected, %n change(s) waiting", nullptr, s.waiting);
    return s;
}

} // namespace mdg
