#include "CaseScreen.h"

namespace mdg {

Result<CaseScreen> CaseScreen::load(AppContext& ctx, const Actor& actor, const QUuid& id, const char* auditAction)
{
    auto opened = ctx.cases.open(actor, id, auditAction);
    if (!opened)
        return Result<CaseScreen>::failure(opened);
    CaseScreen s;
    s.c = std::move(opened).value();
    const auto facts = ctx.cases.facts(actor, id);
    s.facts = facts ? facts.value() : CasePolicy::CaseFacts {s.c.stage, false, 0};
    if (auto conflict = ctx.cases.conflict(actor, id))
        s.conflict = std::move(conflict).value();
    if (const auto open = ctx.cases.openFindings(id))
        s.openFindings = open.value();
    if (s.openFindings) {
        if (auto state = ctx.cases.crossCheck(actor, id)) {
            s.crossCheck = std::move(state).value();
            if (s.crossCheck->certificate)
                s.certificatePage = QImage::fromData(s.crossCheck->certificate->imageJpeg, "JPEG");
        }
    }
    if (auto history = ctx.cases.history(id))
        s.history = std::move(history).value();
    if (CasePolicy::may(actor.staff.roles, CasePolicy::Work::ReadAuditTrail))
        if (auto trail = ctx.cases.auditTrail(actor, id))
            s.auditTrail = std::move(trail).value();
    if (s.c.stage == Stage::Completion)
        if (auto submission = ctx.submissions.forCase(id))
            s.submission = std::move(submission).value();
    return s;
}

} // namespace mdg
