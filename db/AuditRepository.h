#pragma once

#include "domain/Audit.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace mdg {

class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Chained onto the last row: call it inside the write's transaction.
    void append(const AuditEntry& e);
    // The hash a row must carry: SHA-256 (hex) over the previous hash and its content.
    static QString chainHash(const AuditEntry& e, const QString& prevHash);

    // Where the chain breaks, read in order of the rows.
    AuditVerdict verify() const;
    // The same check over rows that left the workstation (the central store's copy of one
    // workstation's rows, in order of seq): rows there link by hash, not by place, so a
    // store made anew shows as a second chain, not as a break.
    static AuditVerdict verifyLinked(const QList<ChainedAuditEntry>& rows);

    // Rows of the chain after `seq`, oldest first: what goes to the central store.
    QList<ChainedAuditEntry> chainedAfter(qint64 seq, int limit) const;
    std::optional<ChainedAuditEntry> lastChained() const;
    // A row read with ChainedColumns, in their order (the central store reads its copy so too).
    static constexpr const char* ChainedColumns
        = "seq, at, staff_id, workstation_id, action, case_id, detail, prev_hash, hash";
    static ChainedAuditEntry chainedFrom(const QSqlQuery& q);
    QList<AuditEntry> forCase(const QString& caseId) const;
    QList<AuditEntry> recent(int limit) const;

private:
    void insert(const AuditEntry& e, const QString& prev);
    QList<AuditEntry> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};

} // namespace mdg
