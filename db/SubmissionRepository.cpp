#include "SubmissionRepository.h"

#include "SqlUtil.h"

namespace mdg {
namespace {

const QString Select
    = QStringLiteral("SELECT s.case_id, c.reference, s.status, s.receipt_no, s.accepted_at, s.attempts,"
                     " s.last_error, s.approved_at FROM case_submissions s JOIN cases c"
                     " ON c.id = s.case_id");

Submission read(const QSqlQuery& q)
{
    Submission s;
    s.caseId = QUuid::fromString(q.value(0).toString());
    s.reference = q.value(1).toString();
    s.submitted = q.value(2).toString() == QLatin1String("submitted");
    s.receiptNo = q.value(3).toString();
    s.acceptedAt = q.value(4).isNull() ? QDateTime() : fromDbTime(q.value(4));
    s.attempts = q.value(5).toInt();
    s.lastError = q.value(6).toString();
    s.approvedAt = fromDbTime(q.value(7));
    return s;
}

} // namespace

void SubmissionRepository::addPending(const QUuid& caseId, const QDateTime& approvedAt)
{
    execSql(m_db,
        QStringLiteral("INSERT OR IGNORE INTO case_submissions (case_id, status, approved_at, updated_at)"
                       " VALUES (?, 'pending', ?, ?)"),
        {toDbId(caseId), toDbTime(approvedAt), toDbTime(approvedAt)});
}

std::optional<Submission> SubmissionRepository::forCase(const QUuid& caseId) const
{
    QSqlQuery q = execSql(m_db, Select + QStringLiteral(" WHERE s.case_id = ?"), {toDbId(caseId)});
    return q.next() ? std::optional<Submission>(read(q)) : std::nullopt;
}

QList<Submission> SubmissionRepository::waiting() const
{
    QSqlQuery q = execSql(m_db, Select + QStringLiteral(" WHERE s.status = 'pending' ORDER BY s.approved_at"));
    QList<Submission> out;
    while (q.next())
        out << read(q);
    return out;
}

void SubmissionRepository::markSubmitted(
    const QUuid& caseId, const QString& receiptNo, const QDateTime& acceptedAt, const QDateTime& now)
{
    execSql(m_db,
        QStringLiteral("UPDATE case_submissions SET status = 'submitted', receipt_no = ?, accepted_at = ?,"
                       " attempts = attempts + 1, last_error = '', updated_at = ? WHERE case_id = ?"),
        {receiptNo, toDbTime(acceptedAt), toDbTime(now), toDbId(caseId)});
}

void SubmissionRepository::markFailed(const QUuid& caseId, const QString& error, const QDateTime& now)
{
    execSql(m_db,
        QStringLiteral("UPDATE case_submissions SET attempts = attempts + 1, last_error = ?, updated_at = ?"
                       " WHERE case_id = ?"),
        {error, toDbTime(now), toDbId(caseId)});
}

} // namespace mdg
