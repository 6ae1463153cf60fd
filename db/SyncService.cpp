#include "SyncService.h"

#include "OutboxRepository.h"
#include "SqlUtil.h"

#include <QSet>
#include <QSqlQuery>

namespace mdg {

SyncService::Status SyncService::status(Database& local)
{
    Status s;
    try {
        QSqlDatabase db = local.connection();
        s.waiting = OutboxRepository(db).pendingCount();
        QSqlQuery q = execSql(db, QStringLiteral("SELECT COUNT(*) FROM case_conflicts"));
        s.unresolvedConflicts = q.next() ? q.value(0).toInt() : 0;
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
                    execSql(db,
                        QStringLiteral("INSERT OR IGNORE INTO case_conflicts (event_id, case_id, central_version,"
                                       " central_snapshot, detected_at) VALUES (?, ?, ?, ?, ?)"),
                        {toDbId(c.eventId), toDbId(c.caseId), c.centralVersion, toDbJson(c.centralSnapshot),
                            toDbTime(m_clock.nowUtc())});
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
