#include "CaseLog.h"

#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/EventRepository.h"
#include "domain/Audit.h"
#include "sync/OutboxRepository.h"

namespace mdg::caselog {

void writeEvent(QSqlDatabase db, const Actor& actor, const Case& c, const char* kind, const QDateTime& at,
    std::optional<Stage> from, std::optional<Stage> to, const QJsonObject& detail, int expectedCentralVersion)
{
    CaseEvent e;
    e.eventId = QUuid::createUuid();
    e.caseId = c.id;
    e.caseVersion = c.version;
    e.kind = QString::fromLatin1(kind);
    e.fromStage = from;
    e.toStage = to;
    e.staffId = actor.staff.id;
    e.workstationId = actor.workstationId;
    e.occurredAt = at;
    e.detail = detail;
    // The event and the case as it now stands reach the outbox in the change's transaction.
    OutboxRepository(db).add(EventRepository(db).append(e), c, expectedCentralVersion);
}

void writeAudit(QSqlDatabase db, const Actor& actor, const char* action, const QUuid& caseId, const QDateTime& at,
    const QString& detail)
{
    AuditRepository(db).append(AuditEntry {0, at, actor.staff.id, actor.workstationId, QString::fromLatin1(action),
        caseId.isNull() ? QString() : caseId.toString(QUuid::WithoutBraces), detail});
}

bool noteOnCase(
    QSqlDatabase db, const Actor& actor, const QUuid& caseId, const char* kind, const QDateTime& at, QJsonObject detail)
{
    CaseRepository cases(db);
    std::optional<Case> c = cases.find(caseId);
    if (!c)
        return false;
    c->version += 1;
    c->updatedAt = at;
    cases.update(*c);
    if (!detail.contains(QLatin1String("stage")))
        detail.insert(QStringLiteral("stage"), stageKey(c->stage));
    writeEvent(db, actor, *c, kind, at, std::nullopt, std::nullopt, detail);
    writeAudit(db, actor, AuditAction::CaseChange, caseId, at, QString::fromLatin1(kind));
    return true;
}

} // namespace mdg::caselog
