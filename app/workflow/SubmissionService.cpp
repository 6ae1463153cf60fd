#include "SubmissionService.h"

#include "CaseLog.h"
#include "db/CaseRepository.h"
#include "db/Database.h"
#include "db/SubmissionRepository.h"
#include "domain/Audit.h"

namespace mdg {
Result<std::optional<Submission>> SubmissionService::forCase(const QUuid& caseId)
{
    return m_db.read([&](QSqlDatabase db) { return SubmissionRepository(db).forCase(caseId); });
}

Result<QList<Submission>> SubmissionService::waiting()
{
    return m_db.read([](QSqlDatabase db) { return SubmissionRepository(db).waiting(); });
}

Result<Submission> SubmissionService::submit(const Actor& actor, const QUuid& caseId, RecordsConnector& connector)
{
    const auto pending = forCase(caseId);
    if (!pending)
        return Result<Submission>::failure(pending);
    if (!pending.value())
        return Result<Submission>::failure(
            ErrorCode::NotFound, tr("This case has not been approved, so there is nothing to submit."));
    if (pending.value()->submitted)
        return *pending.value(); // already accepted: the receipt stands
    const auto c = m_db.read([&](QSqlDatabase db) { return CaseRepository(db).find(caseId); });
    if (!c)
        return Result<Submission>::failure(c);
    if (!c.value())
        return Result<Submission>::failure(ErrorCode::NotFound, tr("The case does not exist."));
    // The records system is reached outside any transaction of ours; the reference makes
    // a repeated submission return the first receipt.
    const Case& approved = *c.value();
    const Result<Receipt> receipt = connector.submit({approved.reference, approved.procedure, approved.household});
    const QDateTime now = m_clock.nowUtc();
    const auto recorded = m_db.write([&](QSqlDatabase db) -> Result<Submission> {
        if (receipt) {
            // Read again inside the transaction: a claim may have been released meanwhile.
            Case after = CaseRepository(db).find(caseId).value_or(approved);
            after.version += 1;
            after.updatedAt = now;
            CaseRepository(db).update(after);
            SubmissionRepository(db).markSubmitted(
                caseId, receipt->receiptNo, receipt->acceptedAt.isValid() ? receipt->acceptedAt : now, now);
            caselog::writeEvent(db, actor, after, EventKind::ChangeSubmitted, now, std::nullopt, std::nullopt,
                {{QStringLiteral("receipt"), receipt->receiptNo}, {QStringLiteral("connector"), connector.name()}});
            caselog::writeAudit(db, actor, AuditAction::CaseChange, caseId, now, QStringLiteral("submitted"));
        } else {
            SubmissionRepository(db).markFailed(caseId, receipt.error(), now);
            caselog::writeAudit(db, actor, AuditAction::CaseChange, caseId, now, QStringLiteral("submission failed"));
        }
        const auto after = SubmissionRepository(db).forCase(caseId);
        if (!after)
            return Result<Submission>::failure(ErrorCode::NotFound, tr("The case does not exist."));
        return *after;
    });
    if (!recorded)
        return recorded;
    if (!receipt)
        return Result<Submission>::failure(ErrorCode::Unreachable,
            tr("Approved, but the records system did not take the change yet: %1 It stays listed and can be "
               "sent again.")
                .arg(receipt.error()));
    return recorded;
}

} // namespace mdg
