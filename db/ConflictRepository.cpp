#include "ConflictRepository.h"

#include "SqlUtil.h"

namespace mdg {

void ConflictRepository::add(const QUuid& eventId, const QUuid& caseId, int centralVersion,
    const QJsonObject& centralSnapshot, const QDateTime& detectedAt)
{
    execSql(m_db,
        QStringLiteral("INSERT OR IGNORE INTO case_conflicts (event_id, case_id, central_version, central_snapshot,"
                       " detected_at) VALUES (?, ?, ?, ?, ?)"),
        {toDbId(eventId), toDbId(caseId), centralVersion, toDbJson(centralSnapshot), toDbTime(detectedAt)});
}

std::optional<ConflictRepository::Stored> ConflictRepository::latest(const QUuid& caseId) const
{
    QSqlQuery q = execSql(m_db,
        QStringLiteral("SELECT central_version, central_snapshot, detected_at FROM case_conflicts WHERE case_id = ?"
                       " ORDER BY central_version DESC LIMIT 1"),
        {toDbId(caseId)});
    if (!q.next())
        return std::nullopt;
    return Stored {q.value(0).toInt(), fromDbJson(q.value(1)), fromDbTime(q.value(2))};
}

bool ConflictRepository::has(const QUuid& caseId) const
{
    return execSql(m_db, QStringLiteral("SELECT 1 FROM case_conflicts WHERE case_id = ?"), {toDbId(caseId)}).next();
}

void ConflictRepository::raise(const QUuid& caseId, int centralVersion, const QJsonObject& centralSnapshot)
{
    execSql(m_db,
        QStringLiteral("UPDATE case_conflicts SET central_version = ?, central_snapshot = ? WHERE case_id = ?"
                       " AND central_version < ?"),
        {centralVersion, toDbJson(centralSnapshot), toDbId(caseId), centralVersion});
}

void ConflictRepository::remove(const QUuid& caseId)
{
    execSql(m_db, QStringLiteral("DELETE FROM case_conflicts WHERE case_id = ?"), {toDbId(caseId)});
}

int ConflictRepository::count() const
{
    QSqlQuery q = execSql(m_db, QStringLiteral("SELECT COUNT(*) FROM case_conflicts"));
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace mdg
