#include "AuditRepository.h"

#include "SqlUtil.h"

namespace mdg {

void AuditRepository::append(const AuditEntry& e)
{
    execSql(m_db,
        QStringLiteral("INSERT INTO audit_log (at, staff_id, workstation_id, action, case_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {toDbTime(e.at), e.staffId.isEmpty() ? QVariant() : QVariant(e.staffId), e.workstationId, e.action,
            e.caseId.isEmpty() ? QVariant() : QVariant(e.caseId), e.detail});
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
