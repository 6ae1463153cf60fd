#pragma once

#include "CaseService.h"
#include "connectors/RecordsConnector.h"

#include <QCoreApplication>
#include <optional>

namespace mdg {

// 特例転入: a resident who moved out with a My Number card brings no certificate; the
// previous city's transfer-out information, which the records system holds once it came over
// the resident-registry network, stands where the paper stands, and the same comparison runs
// on it. The law allows this only within 14 days of moving in and within 30 days of the
// planned move-out date (住民基本台帳法施行令; DOMAIN.md): past either, the resident needs the
// moving-out certificate after all, and the clerk is told which limit passed.
class TransferOutCheck
{
    Q_DECLARE_TR_FUNCTIONS(mdg::TransferOutCheck)

public:
    static constexpr int DaysAfterMovingIn = 14;
    static constexpr int DaysAfterPlannedMove = 30;

    // Why the special moving-in is no longer possible on `today`, in words for the clerk;
    // none while both limits hold. An unknown date does not count against the resident.
    static std::optional<QString> limitPassed(const QDate& movedIn, const QDate& plannedMove, const QDate& today);

    // Fetches the information for the case's household (its head, or its first member),
    // checks the limits on `clock`'s day and attaches the comparison (audited as a change).
    static Result<Case> run(
        CaseService& cases, const Actor& actor, const QUuid& id, RecordsConnector& connector, const Clock& clock);
};

} // namespace mdg
