#include "RetentionRepository.h"

#include "SqlUtil.h"

#include <QSqlQuery>

namespace mdg {

QStringList RetentionRepository::casesToPurge(const QDateTime& before) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT c.id FROM cases c WHERE c.stage IN ('completion', 'cancelled') AND c.updated_at < ?"
                       " AND (EXISTS (SELECT 1 FROM case_certificates r WHERE r.case_id = c.id)"
                       "   OR EXISTS (SELECT 1 FROM case_findings f WHERE f.case_id = c.id))"),
        {toDbTime(before)});
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void RetentionRepository::purgeCase(const QString& caseId)
{
    execSql(m_db, QStringLiteral("DELETE FROM case_findings WHERE case_id = ?"), {caseId});
    execSql(m_db, QStringLiteral("DELETE FROM case_certificates WHERE case_id = ?"), {caseId});
}

int RetentionRepository::purgeInbox(const QDateTime& before, const QDateTime& expiredBefore)
{
    // Never while its case is open. One that reached the counter, or whose expiry is unknown,
    // goes by its arrival; one still waiting for its resident, only once it has expired.
    QSqlQuery q = execSql(m_db,
        QStringLiteral(
            "DELETE FROM preentry_inbox WHERE id NOT IN (SELECT preentry_id FROM cases WHERE preentry_id IS NOT NULL"
            " AND stage NOT IN ('completion', 'cancelled')) AND ((expires_at IS NOT NULL AND expires_at < ?) OR"
            " ((expires_at IS NULL OR id IN (SELECT preentry_id FROM cases WHERE preentry_id IS NOT NULL))"
            " AND received_at < ?))"),
        {toDbTime(expiredBefore), toDbTime(before)});
    return q.numRowsAffected();
}

} // namespace mdg
