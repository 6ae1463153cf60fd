#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace mdg {

// The personal data a workstation keeps only for a while (issue 22): the certificate read
// for a case (photo and readings) with its findings, and the signed pre-entries of the
// inbox. Cases, events and audit rows stay: the figures come from them.
class RetentionRepository
{
public:
    explicit RetentionRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Closed cases (completed or cancelled) last changed before `before` that still hold a
    // certificate or findings (whether they reached the central store, the outbox says).
    QStringList casesToPurge(const QDateTime& before) const;
    void purgeCase(const QString& caseId); // the certificate and the findings
    // Signed pre-entries received before `before`, unless their case is still open.
    // Inbox rows that arrived before `before` (reached the counter, or of unknown expiry) or
    // expired before `expiredBefore`, unless their case is open.
    int purgeInbox(const QDateTime& before, const QDateTime& expiredBefore);

private:
    QSqlDatabase m_db;
};

} // namespace mdg
