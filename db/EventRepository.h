#pragma once

#include "domain/Case.h"

#include <QList>
#include <QSqlDatabase>

namespace mdg {

// The append-only event log of case changes.
class EventRepository
{
public:
    explicit EventRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    qint64 append(const CaseEvent& e); // returns the local sequence number
    QList<CaseEvent> forCase(const QUuid& caseId) const;
    // Events after `afterSeq`, in order: the cursor the sync engine and dashboard read.
    QList<CaseEvent> since(qint64 afterSeq, int limit) const;
    // Like since(), but only this workstation's changes that wait in the outbox.
    QList<CaseEvent> outbound(qint64 afterSeq, int limit) const;
    bool contains(const QUuid& eventId) const;

private:
    QList<CaseEvent> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};

} // namespace mdg
