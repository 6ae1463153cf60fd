#include "StageMachine.h"

namespace mdg {

QList<Stage> StageMachine::nextStages(Stage from)
{
    switch (from) {
    case Stage::Reception: return {Stage::Entry, Stage::Cancelled};
    case Stage::Entry: return {Stage::Review, Stage::Cancelled};
    case Stage::Review: return {Stage::Completion, Stage::SentBack, Stage::Cancelled};
    case Stage::SentBack: return {Stage::Entry, Stage::Cancelled};
    case Stage::Completion:
    case Stage::Cancelled: return {};
    }
    return {};
}

bool StageMachine::requiresReason(Stage to)
{
    return to == Stage::SentBack || to == Stage::Cancelled;
}

Roles StageMachine::rolesAllowed(Stage from, Stage to)
{
    if (!nextStages(from).contains(to))
        return {};
    switch (to) {
    case Stage::Entry:
    case Stage::Review: return {Role::Clerk};
    case Stage::Completion:
    case Stage::SentBack: return {Role::Reviewer};
    case Stage::Cancelled: return {Role::Clerk, Role::Supervisor};
    case Stage::Reception: return {};
    }
    return {};
}

StageMachine::Verdict StageMachine::check(Stage from, Stage to, const QString& reason)
{
    if (from == to)
        return {false, tr("The case is already in this stage.")};
    if (isTerminal(from))
        return {false, tr("The case is closed (%1); it cannot change stage any more.").arg(stageDisplayName(from))};
    if (!nextStages(from).contains(to))
        return {false, tr("A case in %1 cannot move to %2.").arg(stageDisplayName(from), stageDisplayName(to))};
    if (requiresReason(to) && reason.trimmed().isEmpty())
        return {false, tr("Moving a case to %1 requires a reason.").arg(stageDisplayName(to))};
    return {true, {}};
}

StageMachine::Verdict StageMachine::checkFor(const Roles& roles, Stage from, Stage to, const QString& reason)
{
    Verdict v = check(from, to, reason);
    if (!v)
        return v;
    if (!roles.intersects(rolesAllowed(from, to)))
        return {false,
            tr("Your role does not allow moving a case from %1 to %2.")
                .arg(stageDisplayName(from), stageDisplayName(to))};
    return v;
}

} // namespace mdg
