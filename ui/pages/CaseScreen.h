#pragma once

#include "AppContext.h"

#include <QImage>
#include <optional>

namespace mdg {

// Everything the case page shows about one case, read in one go on the store thread
// (AppContext::store) so the GUI thread never waits on a query or a JPEG decoder.
struct CaseScreen
{
    Case c;
    CasePolicy::CaseFacts facts; // what the actor may do with it (CasePolicy::mayMove)
    std::optional<CaseService::Conflict> conflict;
    std::optional<int> openFindings; // none: no certificate checked
    std::optional<CaseService::CrossCheckState> crossCheck; // when a certificate was checked
    QImage certificatePage; // its photo, decoded
    QList<CaseService::HistoryEntry> history;
    std::optional<QList<CaseService::AuditTrailEntry>> auditTrail; // for those who may read it
    std::optional<Submission> submission; // once approved

    // Opens the case for `actor` (audited as `auditAction`) and reads the rest. Runs on the
    // store thread; fails only when the case itself cannot be read.
    static Result<CaseScreen> load(AppContext& ctx, const Actor& actor, const QUuid& id, const char* auditAction);
};

} // namespace mdg
