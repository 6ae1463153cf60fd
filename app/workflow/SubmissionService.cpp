#include "SubmissionService.h"

#include "CaseLog.h"
#include "db/CaseRepository.h"
#include "db/SqlUtil.h"
#include "domain/Audit.h"

#include <QSqlQuery>

namespace mdg {
namespace {

const QString Columns = QStringLiteral("s.case_id, c.reference, s.status, s.receipt_no, s.accepted_at, s.attempts,"
                                       " s.last_error, s.approved_at");

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

QString storeError(const DbError& e)
{
    qWarning("Submissions: %s", e.what());
    return SubmissionService::tr("The local store could not be read; the approval is kept. Try again.");
}

} // namespace

Result<std::optional<Submission>> SubmissionService::forCase(const QUuid& caseId)
{
    try {
        QSqlQuery q = execSql(m_db.connection(),
            QStringLiteral("SELECT %1 FROM case_submissions s JOIN cases c ON c.id = s.case_id WHERE s.case_id = ?")
                .arg(Columns),
            {toDbId(caseId)});
        return q.next() ? std::optional<Submission>(read(q)) : std::nullopt;
    } catch (const DbError& e) {
        return Result<std::optional<Submission>>::failure(storeError(e));
    }
}

Result<QList<Submission>> SubmissionService::waiting()
{
    try {
        QSqlQuery q = execSql(m_db.connection(),
            QStringLiteral("SELECT %1 FROM case_submissions s JOIN cases c ON c.id = s.case_id"
                           " WHERE s.status = 'pending' ORDER BY s.approved_at")
                .arg(Columns));
        QList<Submission> out;
        while (q.next())
            out << read(q);
        return out;
    } catch (const DbError& e) {
        return Result<QList<Submission>>::failure(storeError(e));
    }
}

Result<Submission> SubmissionService::submit(const Actor& actor, const QUuid& caseId, RecordsConnector& connector)
{
    try {
        QSqlDatabase db = m_db.connection();
        const auto pending = forCase(caseId);
        if (!pending)
            return Result<Submission>::failure(pending.error());
        if (!pending.value())
            return Result<Submission>::failure(tr("This case has not been approved, so there is nothing to submit."));
        if (pending.value()->submitted)
            return *pending.value(); // already accepted: the receipt stands
        const std::optional<Case> c = CaseRepository(db).find(caseId);
        if (!c)
            return Result<Submission>::failure(tr("The case does not exist."));
        // The records system is reached outside any transaction of ours; the reference makes
        // a repeated submission return the first receipt.
        const ConnectorResult<Receipt> receipt = connector.submit({c->reference, c->procedure, c->household});
        const QDateTime now = m_clock.nowUtc();
        Transaction tx(db);
        if (receipt) {
            // Read again inside the transaction: a claim may have been released meanwhile.
            Case after = CaseRepository(db).find(caseId).value_or(*c);
            after.version += 1;
            after.updatedAt = now;
            CaseRepository(db).update(after);
            execSql(db,
                QStringLiteral("UPDATE case_submissions SET status = 'submitted', receipt_no = ?, accepted_at = ?,"
                               " attempts = attempts + 1, last_error = '', updated_at = ? WHERE case_id = ?"),
                {receipt->receiptNo, toDbTime(receipt->acceptedAt.isValid() ? receipt->acceptedAt : now), toDbTime(now),
                    toDbId(caseId)});
            caselog::writeEvent(db, actor, after, EventKind::ChangeSubmitted, now, std::nullopt, std::nullopt,
                {{QStringLiteral("receipt"), receipt->receiptNo}, {QStringLiteral("connector"), connector.name()}});
            caselog::writeAudit(db, actor, AuditAction::CaseChange, caseId, now, QStringLiteral("submitted"));
        } else {
            execSql(db,
                QStringLiteral("UPDATE case_submissions SET attempts = attempts + 1, last_error = ?, updated_at = ?"
                               " WHERE case_id = ?"),
                {receipt.error().message, toDbTime(now), toDbId(caseId)});
            caselog::writeAudit(db, actor, AuditAction::CaseChange, caseId, now, QStringLiteral("submission failed"));
        }
        tx.commit();
        const auto after = forCase(caseId);
        if (!after || !after.value())
            return Result<Submission>::failure(storeError(DbError(QStringLiteral("submission vanished"))));
        if (!receipt)
            return Result<Submission>::failure(
                tr("Approved, but the records system did not take the change yet: %1 It stays listed and can be "
                   "sent again.")
                    .arg(receipt.error().message));
        return *after.value();
    } catch (const DbError& e) {
        return Result<Submission>::failure(storeError(e));
    }
}

} // namespace mdg
