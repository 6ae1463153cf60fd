#include "CasePolicy.h"

#include "domain/Case.h"

namespace mdg {
namespace {

CasePolicy::Answer yes()
{
    return {true, {}};
}

CasePolicy::Answer no(const QString& reason)
{
    return {false, reason};
}

bool changesData(Stage s)
{
    return s == Stage::Reception || s == Stage::Entry || s == Stage::SentBack;
}

} // namespace

CasePolicy::Answer CasePolicy::may(const Roles& roles, Work work, std::optional<Stage> stage)
{
    const auto clerkInStage = [&](const QString& onlyClerk, const QString& wrongStage) {
        if (!roles.contains(Role::Clerk))
            return no(onlyClerk);
        if (stage && !changesData(*stage))
            return no(wrongStage.arg(stageDisplayName(*stage)));
        return yes();
    };
    switch (work) {
    case Work::OpenCase:
        return roles.contains(Role::Clerk) || roles.contains(Role::Desk) ? yes()
                                                                         : no(tr("Only a clerk can open a case."));
    case Work::EnterData:
        return clerkInStage(tr("Only a clerk can change the entered data."),
            tr("The entered data can only change in Reception or Entry; this case is in %1."));
    case Work::CheckCertificate:
        return clerkInStage(tr("Only a clerk can check a certificate."),
            tr("A certificate can only be checked in Reception or Entry; this case is in %1."));
    case Work::ResolveFinding:
        return clerkInStage(tr("Only a clerk can resolve a finding."),
            tr("Findings can only be resolved in Reception or Entry; this case is in %1."));
    case Work::MarkGuidance:
        // At any counter the household passes, up to the hand-over at completion.
        if (!roles.contains(Role::Clerk))
            return no(tr("Only a clerk can tick the related procedures."));
        if (stage == Stage::Cancelled)
            return no(tr("The case is cancelled."));
        return yes();
    case Work::SettleConflict:
        return roles.contains(Role::Clerk) ? yes() : no(tr("Only a clerk can settle a conflict."));
    case Work::ReviewQueue:
        return roles.contains(Role::Reviewer) || roles.contains(Role::Supervisor)
            ? yes()
            : no(tr("Only reviewers and supervisors work from the review queue."));
    case Work::ReadAuditTrail:
        return roles.contains(Role::Reviewer) || roles.contains(Role::Supervisor) || roles.contains(Role::Admin)
            ? yes()
            : no(tr("Only reviewers, supervisors and administrators can read a case's audit trail."));
    case Work::Dashboard:
        return roles.contains(Role::Supervisor) || roles.contains(Role::Admin)
            ? yes()
            : no(tr("Only supervisors and administrators see the dashboard."));
    case Work::ChangeSettings:
        return roles.contains(Role::Admin) ? yes() : no(tr("Only an administrator can change these settings."));
    case Work::CallNumbers:
        return roles.contains(Role::Clerk) || roles.contains(Role::Reviewer) || roles.contains(Role::Supervisor)
            ? yes()
            : no(tr("Only counter staff call numbers."));
    }
    return no({});
}

CasePolicy::Answer CasePolicy::mayMove(const Roles& roles, const CaseFacts& facts, Stage to, const QString& reason)
{
    if (auto verdict = StageMachine::checkFor(roles, facts.stage, to, reason); !verdict)
        return verdict;
    if (facts.stage == Stage::Review && (to == Stage::Completion || to == Stage::SentBack) && facts.actorEnteredData)
        return no(tr("You entered data in this case, so another reviewer must review it (four eyes)."));
    if (to == Stage::Review && facts.openFindings > 0)
        return no(tr("%n finding(s) of the certificate check are not resolved yet; resolve them before review.",
            nullptr, facts.openFindings));
    return yes();
}

std::optional<Stage> CasePolicy::forwardStage(Stage from)
{
    // The first legal move that is neither a send-back nor a cancellation.
    for (Stage s : StageMachine::nextStages(from))
        if (s != Stage::SentBack && s != Stage::Cancelled)
            return s;
    return std::nullopt;
}

bool CasePolicy::entersData(const QString& eventKind)
{
    static const QStringList entering {QString::fromLatin1(EventKind::Created),
        QString::fromLatin1(EventKind::HouseholdChanged), QString::fromLatin1(EventKind::CertificateChecked),
        QString::fromLatin1(EventKind::FindingResolved)};
    return entering.contains(eventKind);
}

} // namespace mdg
