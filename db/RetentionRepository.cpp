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

int RetentionRepository::purgeInbox(const QDateTime& before)
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("DELETE FROM preentry_inbox WHERE received_at < ? AND id NOT IN (SELECT preentry_id FROM"
                       " cases WHERE preentry_id IS NOT NULL AND stage NOT IN ('completion', 'cancelled'))"),
        {toDbTime(before)});
    return q.numRowsAffected();
}

} // namespace mdg
