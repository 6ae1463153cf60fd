#include "SyncService.h"

#include "OutboxRepository.h"
#include "db/CaseRepository.h"
#include "db/ConflictRepository.h"
#include "db/EventRepository.h"
#include "db/SqlUtil.h"

#include <QSet>

namespace mdg {

SyncService::Status SyncService::status(Database& local)
{
    Status s;
    try {
        QSqlDatabase db = local.connection();
        s.waiting = OutboxRepository(db).pendingCount();
        s.unresolvedConflicts = ConflictRepository(db).count();
    } catch (const DbError& e) {
        qWarning("Sync: local store: %s", e.what());
    }
    return s;
}

SyncService::Status SyncService::pushOnce(int batchSize)
{
    Status s;
    try {
        QSqlDatabase db = m_local.connection();
        OutboxRepository outbox(db);
        const QList<SyncedChange> batch = outbox.pending(batchSize);
        if (!batch.isEmpty()) {
            const auto outcome = m_central.push(batch);
            if (!outcome) {
                s.reachable = false;
            } else {
                const QSet<QUuid> accepted(outcome->accepted.cbegin(), outcome->accepted.cend());
                Transaction tx(db);
                for (const auto& c : outcome->conflicts)
                    ConflictRepository(db).add(
                        c.eventId, c.caseId, c.centralVersion, c.centralSnapshot, m_clock.nowUtc());
                // Every change of the batch was answered: accepted or kept as a conflict.
                outbox.setPushedSeq(batch.last().event.seq);
                tx.commit();
                s.pushed = int(accepted.size());
                s.conflicts = int(outcome->conflicts.size());
            }
        }
    } catch (const DbError& e) {
        qWarning("Sync: local store: %s", e.what());
        s.message = tr("The local store could not be read for sending.");
    }
    return finish(s);
}

SyncService::Status SyncService::pullOnce(int limit)
{
    Status s;
    try {
        QSqlDatabase db = m_local.connection();
        OutboxRepository outbox(db);
        const auto pulled = m_central.pull(outbox.pulledCursor(), m_workstationId, limit);
        if (!pulled) {
            s.reachable = false;
        } else if (!pulled->isEmpty()) {
            Transaction tx(db);
            for (const PulledChange& p : pulled.value())
                applyPulled(db, p.change);
            outbox.setPulledCursor(pulled.value().last().cursor);
            tx.commit();
            s.pulled = int(pulled->size());
        }
    } catch (const DbError& e) {
        qWarning("Sync: local store: %s", e.what());
        s.message = tr("The local store could not take the changes of other workstations.");
    }
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
    try {
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
    } catch (const DbError& err) {
        qWarning("Sync: a pulled change could not be applied here: %s", err.what());
    }
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
