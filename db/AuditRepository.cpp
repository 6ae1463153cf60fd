#include "AuditRepository.h"

#include "SqlUtil.h"

#include <QCryptographicHash>
#include <QSet>
#include <QSqlQuery>

namespace mdg {

QString AuditRepository::chainHash(const AuditEntry& e, const QString& prevHash)
{
    // One field per line, the time as stored: the same bytes whoever computes it.
    const QString content
        = QStringList {prevHash, toDbTime(e.at), e.staffId, e.workstationId, e.action, e.caseId, e.detail}.join(
            QLatin1Char('\n'));
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditRepository::append(const AuditEntry& e)
{
    // Reading the last hash and adding the row after it must be one step, or two writers
    // would fork the chain: inside the caller's write transaction it is; a view's audit row
    // (written from a read) takes the write lock for these two statements itself. SQLite
    // refuses BEGIN inside a transaction, which is how the two cases tell themselves apart.
    const bool own = QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    QString prev;
    {
        QSqlQuery last = execSql(m_db, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        prev = last.next() ? last.value(0).toString() : QString();
    } // the statement ends here, so no read lock outlives it
    if (own) {
        try {
            insert(e, prev);
        } catch (...) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        execSql(m_db, QStringLiteral("COMMIT"));
        return;
    }
    insert(e, prev);
}

void AuditRepository::insert(const AuditEntry& e, const QString& prev)
{
    execSql(m_db,
        QStringLiteral("INSERT INTO audit_log (at, staff_id, workstation_id, action, case_id, detail, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {toDbTime(e.at), e.staffId.isEmpty() ? QVariant() : QVariant(e.staffId), e.workstationId, e.action,
            e.caseId.isEmpty() ? QVariant() : QVariant(e.caseId), e.detail, prev, chainHash(e, prev)});
}

AuditVerdict AuditRepository::verify() const
{
    AuditVerdict v;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(ChainedColumns))))
        throw DbError(QStringLiteral("audit: cannot read the log"));
    QString last;
    bool chained = false;
    while (q.next()) {
        ++v.rows;
        if (v.firstBadSeq != 0)
            continue; // counted, no longer checked: the first break is what the report names
        const ChainedAuditEntry row = chainedFrom(q);
        const AuditEntry& e = row.entry;
        const QString &prevHash = row.prevHash, &hash = row.hash;
        if (hash.isEmpty() && !chained) {
            ++v.beforeChain;
            continue;
        }
        const auto broken = [&](const char* problem) {
            v.firstBadSeq = e.seq;
            v.problem = QString::fromLatin1(problem);
        };
        if (hash.isEmpty()) {
            broken("unchained after the chain began");
            continue;
        }
        if (prevHash != (chained ? last : QString())) {
            broken("removed or inserted");
            continue;
        }
        if (hash != chainHash(e, prevHash)) {
            broken("changed");
            continue;
        }
        if (!chained)
            ++v.chains;
        chained = true;
        last = hash;
    }
    return v;
}

AuditVerdict AuditRepository::verifyLinked(const QList<ChainedAuditEntry>& rows)
{
    AuditVerdict v;
    v.rows = rows.size();
    QSet<QString> hashes, predecessors;
    for (const ChainedAuditEntry& r : rows)
        hashes.insert(r.hash);
    for (const ChainedAuditEntry& r : rows) {
        const auto broken = [&](const char* problem) {
            if (v.firstBadSeq == 0) {
                v.firstBadSeq = r.entry.seq;
                v.problem = QString::fromLatin1(problem);
            }
        };
        if (r.prevHash.isEmpty())
            ++v.chains;
        if (r.hash != chainHash(r.entry, r.prevHash))
            broken("changed");
        else if (!r.prevHash.isEmpty() && !hashes.contains(r.prevHash))
            broken("removed before it");
        else if (!r.prevHash.isEmpty() && predecessors.contains(r.prevHash))
            broken("inserted"); // two rows follow the same one
        predecessors.insert(r.prevHash);
    }
    return v;
}

QList<ChainedAuditEntry> AuditRepository::chainedAfter(qint64 seq, int limit) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq > ? AND hash <> '' ORDER BY seq LIMIT ?")
            .arg(QLatin1String(ChainedColumns)),
        {seq, limit});
    QList<ChainedAuditEntry> out;
    while (q.next())
        out << chainedFrom(q);
    return out;
}

ChainedAuditEntry AuditRepository::chainedFrom(const QSqlQuery& q)
{
    return {AuditEntry {q.value(0).toLongLong(), fromDbTime(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toString(), q.value(5).toString(), q.value(6).toString()},
        q.value(7).toString(), q.value(8).toString()};
}

std::optional<ChainedAuditEntry> AuditRepository::lastChained() const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT MAX(seq) FROM audit_log WHERE hash <> ''"));
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    const auto rows = chainedAfter(q.value(0).toLongLong() - 1, 1);
    return rows.isEmpty() ? std::nullopt : std::optional(rows.first());
}

QList<AuditEntry> AuditRepository::forCase(const QString& caseId) const
{
    return select(QStringLiteral("WHERE case_id = ? ORDER BY seq"), {caseId});
}

QList<AuditEntry> AuditRepository::recent(int limit) const
{
    return select(QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit});
}

QList<AuditEntry> AuditRepository::select(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT seq, at, staff_id, workstation_id, action, case_id, detail FROM audit_log %1")
            .arg(where),
        binds);
    QList<AuditEntry> out;
    while (q.next())
        out << AuditEntry {q.value(0).toLongLong(), fromDbTime(q.value(1)), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString()};
    return out;
}

} // namespace mdg
