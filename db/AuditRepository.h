#pragma once

#include "domain/Audit.h"

#include <QList>
#include <QSqlDatabase>

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

    // Where the chain breaks, read in order of the rows: none when every row holds.
    struct Verdict
    {
        qint64 rows = 0;
        qint64 beforeChain = 0; // rows written before the chain began (no hash)
        qint64 firstBadSeq = 0; // 0: intact
        QString problem; // "changed", "removed or inserted", "unchained after the chain began"
    };
    Verdict verify() const;
    QList<AuditEntry> forCase(const QString& caseId) const;
    QList<AuditEntry> recent(int limit) const;

private:
    void insert(const AuditEntry& e, const QString& prev);
    QList<AuditEntry> select(const QString& where, const QVariantList& binds) const;
    QSqlDatabase m_db;
};

} // namespace mdg
