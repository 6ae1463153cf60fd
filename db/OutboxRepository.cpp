#include "OutboxRepository.h"

#include "EventRepository.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace mdg {

void OutboxRepository::add(qint64 eventSeq, const Case& after)
{
    execSql(
        m_db, QStringLiteral("INSERT INTO outbox (seq, snapshot) VALUES (?, ?)"), {eventSeq, toDbJson(after.toJson())});
}

QList<SyncedChange> OutboxRepository::pending(int limit) const
{
    const qint64 pushed = pushedSeq();
    QList<SyncedChange> out;
    QHash<qint64, QJsonObject> snapshots;
    QSqlQuery q = execSql(
        m_db, QStringLiteral("SELECT seq, snapshot FROM outbox WHERE seq > ? ORDER BY seq LIMIT ?"), {pushed, limit});
    while (q.next())
        snapshots.insert(q.value(0).toLongLong(), fromDbJson(q.value(1)));
    for (const CaseEvent& e : EventRepository(m_db).since(pushed, limit))
        if (snapshots.contains(e.seq))
            out << SyncedChange {e, snapshots.value(e.seq)};
    return out;
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
