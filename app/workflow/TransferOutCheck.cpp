#include "TransferOutCheck.h"

#include <QLocale>

namespace mdg {

std::optional<QString> TransferOutCheck::limitPassed(const QDate& movedIn, const QDate& plannedMove, const QDate& today)
{
    const QLocale locale;
    if (movedIn.isValid() && movedIn.daysTo(today) > DaysAfterMovingIn)
        return tr("The special moving-in is possible only within %1 days of moving in; the move was on %2, %3 days "
                  "ago. The resident needs the moving-out certificate from the previous city.")
            .arg(DaysAfterMovingIn)
            .arg(locale.toString(movedIn, QLocale::ShortFormat))
            .arg(movedIn.daysTo(today));
    if (plannedMove.isValid() && plannedMove.daysTo(today) > DaysAfterPlannedMove)
        return tr("The special moving-in is possible only within %1 days of the planned move-out date (%2), and %3 "
                  "days have passed. The resident needs the moving-out certificate from the previous city.")
            .arg(DaysAfterPlannedMove)
            .arg(locale.toString(plannedMove, QLocale::ShortFormat))
            .arg(plannedMove.daysTo(today));
    return std::nullopt;
}

Result<Case> TransferOutCheck::run(
    CaseService& cases, const Actor& actor, const QUuid& id, RecordsConnector& connector, const Clock& clock)
{
    const auto c = cases.open(actor, id, AuditAction::CaseView);
    if (!c)
        return c;
    if (c->procedure != Procedure::MovingIn)
        return Result<Case>::failure(
            ErrorCode::Invalid, tr("Transfer-out information belongs to a moving-in (転入) only."));
    const QList<Person>& members = c->household.members;
    if (members.isEmpty())
        return Result<Case>::failure(ErrorCode::Invalid, tr("The case has no members to look the information up by."));
    const auto head = std::find_if(
        members.cbegin(), members.cend(), [](const Person& p) { return p.relationship == QStringLiteral("世帯主"); });
    const Person& who = head != members.cend() ? *head : members.first();
    const auto information = connector.transferOutInformation({who.name, who.birthDate, who.residentCode});
    if (!information) {
        if (information.code() == ErrorCode::NotFound)
            return Result<Case>::failure(ErrorCode::NotFound,
                tr("No transfer-out information has arrived for %1 yet. The previous city may not have sent it: "
                   "ask whether the resident moved out with a My Number card, or for the moving-out certificate.")
                    .arg(who.name));
        return Result<Case>::failure(
            information.code(), tr("The transfer-out information cannot be fetched: %1").arg(information.error()));
    }
    const QDate today = clock.nowUtc().toLocalTime().date();
    if (const auto passed = limitPassed(c->household.moveDate, information->plannedMoveDate, today))
        return Result<Case>::failure(ErrorCode::NotAllowed, *passed);
    TransferOutCertificate checked = information.value();
    checked.source = TransferOutCertificate::Source::RegistryNetwork;
    checked.markEveryValueSure();
    return cases.attachCertificate(actor, id, c->version, checked, {});
}

} // namespace mdg
