#pragma once

#include "Guidance.h"
#include "domain/Case.h"

#include <QDateTime>
#include <QList>
#include <optional>

// The guidance as the clerk works through it in a case: each related procedure ticked done,
// not needed or referred to its department. A tick is an event of the case
// (EventKind::GuidanceMarked, detail {item, mark}), so who and when come from the log.
namespace mdg::guidance {

enum class Mark { Open, Done, NotNeeded, Referred };
QString markKey(Mark m); // "open", "done", "not_needed", "referred"
std::optional<Mark> markFromKey(const QString& key);

struct ChecklistEntry
{
    Item item;
    Mark mark = Mark::Open;
    QString staffId; // of the last tick
    QDateTime at; // UTC
};

// The case as the guidance reads it: procedure, move date, members and answers.
PreEntry asPreEntry(const Case& c);
// What the case's household and answers bring, as guidanceFor says for a pre-entry.
QList<Item> guidanceFor(const Case& c, const GuidanceRules& rules = GuidanceRules::builtIn());
QList<ChecklistEntry> checklist(
    const Case& c, const QList<CaseEvent>& events, const GuidanceRules& rules = GuidanceRules::builtIn());

} // namespace mdg::guidance
