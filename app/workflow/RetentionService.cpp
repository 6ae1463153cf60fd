#include "RetentionService.h"

#include "db/AuditRepository.h"
#include "db/RetentionRepository.h"
#include "domain/Audit.h"
#include "sync/OutboxRepository.h"

#include <algorithm>

namespace mdg {

Result<RetentionService::Purged> RetentionService::purge(int days, int graceDays)
{
    const QDateTime now = m_clock.nowUtc();
    const QDateTime before = now.addDays(-std::max(1, days));
    return m_db.write([&](QSqlDatabase db) {
        RetentionRepository retention(db);
        AuditRepository audit(db);
        Purged p;
        const OutboxRepository outbox(db);
        for (const QString& caseId : retention.casesToPurge(before)) {
            if (outbox.hasPending(QUuid::fromString(caseId)))
                continue; // not at the central store yet: this workstation holds the only copy
            retention.purgeCase(caseId);
            audit.append({0, now, {}, m_workstationId, QString::fromLatin1(AuditAction::RetentionPurge), caseId,
                QStringLiteral("certificate, findings")});
            ++p.cases;
        }
        p.inbox = retention.purgeInbox(before, now.addDays(-std::max(0, graceDays)));
        if (p.inbox > 0)
            audit.append({0, now, {}, m_workstationId, QString::fromLatin1(AuditAction::RetentionPurge), {},
                QStringLiteral("inbox %1").arg(p.inbox)});
        return p;
    });
}

} // namespace mdg
