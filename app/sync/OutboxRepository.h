#pragma once

#include "sync/CentralStore.h"

#include <QList>
#include <QSqlDatabase>

namespace mdg {

// Changes waiting to reach the central store, and how far pushing and pulling got. Rows
// are written by CaseService in the transaction of the change. Runs inside Database::read/write, which answer a failed
// statement.
class OutboxRepository
{
public:
    explicit OutboxRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    void add(qint64 eventSeq, const Case& after, int expectedVersion = -1);
    // Changes not pushed yet, oldest first; event.seq is the local order.
    QList<SyncedChange> pending(int limit) const;
    int pendingCount() const;
    bool hasPending(const QUuid& caseId) const;

    qint64 pushedSeq() const;
    void setPushedSeq(qint64 seq);
    qint64 auditPushedSeq() const; // the last audit row the central store holds
    void setAuditPushedSeq(qint64 seq);
    qint64 pulledCursor() const;
    void setPulledCursor(qint64 cursor);

private:
    qint64 value(const char* name) const;
    void setValue(const char* name, qint64 v);
    QSqlDatabase m_db;
};

} // namespace mdg
