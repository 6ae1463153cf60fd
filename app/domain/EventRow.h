#pragma once

#include "domain/Procedure.h"
#include "domain/Stage.h"

#include <QString>
#include <optional>

namespace mdg {

// An event as the supervisors' figures read it from the log: ids, kinds, stages and times,
// nothing personal. Here rather than in analytics because the storage layer produces it.
struct EventRow
{
    QString caseId;
    QString kind;
    std::optional<Stage> from;
    std::optional<Stage> to;
    QString staffId;
    QString workstationId;
    qint64 occurredMs = 0;
    QString ward; // case_created only
    std::optional<Procedure> procedure; // case_created only
    QString guidanceItem; // guidance_marked only: the rule id ticked
    QString guidanceMark; // guidance_marked only: done, not_needed, referred, open
    QString queueAction; // number_* only: call, recall, unpark, transfer, … (queue::actionKey)
    bool openedAtDesk = false; // case_created only: the resident entered it at the writing desk and waits
};

} // namespace mdg
