#include "DeskIntake.h"

namespace mdg::kiosk {

DeskIntake::DeskIntake(CaseService& cases, QString workstationId, const Clock& clock)
    : m_cases(cases)
    , m_actor(actor(workstationId))
    , m_clock(clock)
{ }

Actor DeskIntake::actor(const QString& workstationId)
{
    static const QUuid space(QStringLiteral("{6f2b7c1e-4d1a-4c8e-9b7e-2a9d5e3c1f00}"));
    StaffMember desk;
    desk.id = QUuid::createUuidV5(space, QStringLiteral("desk:") + workstationId).toString(QUuid::WithoutBraces);
    desk.login = QStringLiteral("desk");
    desk.displayName = QStringLiteral("desk %1").arg(workstationId);
    desk.roles = {Role::Desk};
    return Actor {desk, workstationId};
}

Result<DeskIntake::Receipt> DeskIntake::handOver(const DeskEntry& entry, const QUuid& entryId)
{
    const QDateTime now = m_clock.nowUtc();
    if (const QList<Problem> problems = entry.problems(now.toLocalTime().date()); !problems.isEmpty())
        return Result<Receipt>::failure(ErrorCode::Invalid, problems.first().message());
    const PreEntry p = entry.toPreEntry(entryId, now);
    const auto opened = m_cases.openPreEntry(m_actor, p);
    if (!opened)
        return Result<Receipt>::failure(opened);
    return Receipt {opened->c.queueNumber, opened->c.reference, p};
}

} // namespace mdg::kiosk
