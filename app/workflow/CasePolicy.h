#pragma once

#include "StageMachine.h"
#include "domain/Role.h"
#include "domain/Stage.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mdg {

// Who may do which work, on a case in which stage, and why not. The services check these
// answers before they change anything; the pages ask the same questions to enable a control
// and show the reason in its tooltip, so each rule is written once, here.
class CasePolicy
{
    Q_DECLARE_TR_FUNCTIONS(mdg::CasePolicy)

public:
    // Allowed, or refused with the reason for the clerk: the stage machine's verdict.
    using Answer = StageMachine::Verdict;

    enum class Work {
        OpenCase, // a walk-in or a pre-entry
        EnterData, // the household as entered
        CheckCertificate, // a certificate read into the case
        ResolveFinding, // of the certificate check
        MarkGuidance, // tick a related procedure done, not needed or referred
        SettleConflict, // between this workstation and the central store
        ReviewQueue, // take cases from the review queue
        ReadAuditTrail, // of a case
        Dashboard, // the supervisors' figures
        ChangeSettings, // stores, keys, staff
        CallNumbers, // call residents' numbers to a counter, park, transfer, hold
    };
    // `stage` matters for the work that changes a case's data (EnterData, CheckCertificate,
    // ResolveFinding): only in Reception, Entry or when sent back.
    static Answer may(const Roles& roles, Work work, std::optional<Stage> stage = std::nullopt);

    // What the rules of a stage change need to know of a case besides its stage.
    struct CaseFacts
    {
        Stage stage = Stage::Reception;
        bool actorEnteredData = false; // the one asking created it, entered or resolved data in it
        int openFindings = 0; // of the certificate check, not resolved yet
    };
    // The stage machine's rules (legal move, role, reason) plus four eyes (who entered data
    // does not approve or send back) and no review while findings are open.
    static Answer mayMove(const Roles& roles, const CaseFacts& facts, Stage to, const QString& reason = {});
    // Where the case goes when its work in this stage is done; none once it is closed.
    static std::optional<Stage> forwardStage(Stage from);
    // Whether an event of this kind counts as entering data (for four eyes).
    static bool entersData(const QString& eventKind);
};

} // namespace mdg
