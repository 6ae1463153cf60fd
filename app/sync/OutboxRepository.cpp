#include "OutboxRepository.h"

#include "db/EventRepository.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

namespace mdg {

void OutboxRepository::add(qint64 eventSeq, const Case& after, int expectedVersion)
{
    execSql(m_db, QStringLiteral("INSERT INTO outbox (seq, snapshot, expected_version) VALUES (?, ?, ?)"),
        {eventSeq, toDbJson(after.toJson()), expectedVersion >= 0 ? QVariant(expectedVersion) : QVariant()});
}

QList<SyncedChange> OutboxRepository::pending(int limit) const
{
    const qint64 pushed = pushedSeq();
    struct Row
    {
        QJsonObject snapshot;
        int expected = -1;
    };
    QHash<qint64, Row> rows;
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT seq, snapshot, expected_version FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"),
        {pushed, limit});
    while (q.next())
        rows.insert(
            q.value(0).toLongLong(), Row {fromDbJson(q.value(1)), q.value(2).isNull() ? -1 : q.value(2).toInt()});
    // Events pulled from other workstations sit between the outbox's; only the outbox's go.
    QList<SyncedChange> out;
    for (const CaseEvent& e : EventRepository(m_db).outbound(pushed, limit)) {
        const Row& r = rows[e.seq];
        out << SyncedChange {e, r.snapshot, r.expected};
    }
    return out;
}

bool OutboxRepository::hasPending(const QUuid& caseId) const
{
    return execSql(m_db,
        QStringLiteral("SELECT 1 FROM outbox o JOIN case_events e ON e.seq = o.seq WHERE o.seq > ? AND e.case_id = ?"
                       " LIMIT 1"),
        {pushedSeq(), toDbId(caseId)})
        .next();
}

int OutboxRepository::pendingCount() const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE seq > ?"), {pushedSeq()});
    return q.next() ? q.value(0).toInt() : 0;
}

qint64 OutboxRepository::value(const char* name) const
{
    QSqlQuery q
        = execSql(m_db, QStringLiteral("SELECT value FROM sync_state WHERE name = ?"), {QString::fromLatin1(name)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

void OutboxRepository::setValue(const char* name, qint64 v)
{
    execSql(m_db, QStringLiteral("UPDATE sync_state SET value = ? WHERE name = ?"), {v, QString::fromLatin1(name)});
}

qint64 OutboxRepository::pushedSeq() const
{
    return value("pushed_seq");
}

void OutboxRepository::setPushedSeq(qint64 seq)
{
    setValue("pushed_seq", seq);
}

qint64 OutboxRepository::pulledCursor() const
{
    return value("pulled_cursor");
}

void OutboxRepository::setPulledCursor(qint64 cursor)
{
    setValue("pulled_cursor", cursor);
}

} // namespace mdg

namespace mdg {

qint64 OutboxRepository::auditPushedSeq() const
{
    return value("audit_pushed_seq");
}

void OutboxRepository::setAuditPushedSeq(qint64 seq)
{
    setValue("audit_pushed_seq", seq);
}

} // namespace mdg
