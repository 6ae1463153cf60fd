#include "SubmissionService.h"

#include "CaseLog.h"
#include "db/CaseRepository.h"
#include "db/SqlUtil.h"
#include "db/SubmissionRepository.h"
#include "domain/Audit.h"

namespace mdg {
namespace {

QString storeError(const DbError& e)
{
    qWarning("Submissions: %s", e.what());
    return SubmissionService::tr("The local store could not be read; the approval is kept. Try again.");
}

} // namespace

Result<std::optional<Submission>> SubmissionService::forCase(const QUuid& caseId)
{
    try {
        return SubmissionRepository(m_db.connection()).forCase(caseId);
    } catch (const DbError& e) {
        return Result<std::optional<Submission>>::failure(ErrorCode::Store, storeError(e));
    }
}

Result<QList<Submission>> SubmissionService::waiting()
{
    try {
        return SubmissionRepository(m_db.connection()).waiting();
    } catch (const DbError& e) {
        return Result<QList<Submission>>::failure(ErrorCode::Store, storeError(e));
    }
}

Result<Submission> SubmissionService::submit(const Actor& actor, const QUuid& caseId, RecordsConnector& connector)
{
    try {
        QSqlDatabase db = m_db.connection();
        const auto pending = forCase(caseId);
        if (!pending)
            return Result<Submission>::failure(pending);
        if (!pending.value())
            return Result<Submission>::failure(
                ErrorCode::NotFound, tr("This case has not been approved, so there is nothing to submit."));
        if (pending.value()->submitted)
            return *pending.value(); // already accepted: the receipt stands
        const std::optional<Case> c = CaseRepository(db).find(caseId);
        if (!c)
            return Result<Submission>::failure(ErrorCode::NotFound, tr("The case does not exist."));
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
            SubmissionRepository(db).markSubmitted(
                caseId, receipt->receiptNo, receipt->acceptedAt.isValid() ? receipt->acceptedAt : now, now);
            caselog::writeEvent(db, actor, after, EventKind::ChangeSubmitted, now, std::nullopt, std::nullopt,
                {{QStringLiteral("receipt"), receipt->receiptNo}, {QStringLiteral("connector"), connector.name()}});
            caselog::writeAudit(db, actor, AuditAction::CaseChange, caseId, now, QStringLiteral("submitted"));
        } else {
            SubmissionRepository(db).markFailed(caseId, receipt.error().message, now);
            caselog::writeAudit(db, actor, AuditAction::CaseChange, caseId, now, QStringLiteral("submission failed"));
        }
        tx.commit();
        const auto after = forCase(caseId);
        if (!after || !after.value())
            return Result<Submission>::failure(
                ErrorCode::Store, storeError(DbError(QStringLiteral("submission vanished"))));
        if (!receipt)
            return Result<Submission>::failure(ErrorCode::Unreachable,
                tr("Approved, but the records system did not take the change yet: %1 It stays listed and can be "
                   "sent again.")
                    .arg(receipt.error().message));
        return *after.value();
    } catch (const DbError& e) {
        return Result<Submission>::failure(ErrorCode::Store, storeError(e));
    }
}

} // namespace mdg
