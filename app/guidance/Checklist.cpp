#include "Checklist.h"

namespace mdg::guidance {

namespace {
constexpr std::array<std::pair<Mark, const char*>, 4> MarkKeys {
    {{Mark::Open, "open"}, {Mark::Done, "done"}, {Mark::NotNeeded, "not_needed"}, {Mark::Referred, "referred"}}};
}

QString markKey(Mark m)
{
    for (const auto& [mark, key] : MarkKeys)
        if (mark == m)
            return QLatin1String(key);
    return {};
}

std::optional<Mark> markFromKey(const QString& key)
{
    for (const auto& [mark, k] : MarkKeys)
        if (key == QLatin1String(k))
            return mark;
    return std::nullopt;
}

PreEntry asPreEntry(const Case& c)
{
    PreEntry entry;
    entry.id = c.id;
    entry.ref = c.reference;
    entry.procedure = c.procedure;
    entry.move.date = c.household.moveDate;
    entry.move.householdHead = c.household.headName;
    entry.issuedAt = c.createdAt;
    entry.members = c.household.members;
    entry.answers = c.answers;
    return entry;
}

QList<Item> guidanceFor(const Case& c, const GuidanceRules& rules)
{
    return guidanceFor(asPreEntry(c), rules);
}

QList<ChecklistEntry> checklist(const Case& c, const QList<CaseEvent>& events, const GuidanceRules& rules)
{
    QList<ChecklistEntry> out;
    for (const Item& item : guidanceFor(c, rules))
        out << ChecklistEntry {item, Mark::Open, {}, {}};
    // The log is in order: the last tick of an item stands.
    for (const CaseEvent& e : events) {
        if (e.kind != QLatin1String(EventKind::GuidanceMarked))
            continue;
        const auto mark = markFromKey(e.detail.value(QLatin1String("mark")).toString());
        const QString id = e.detail.value(QLatin1String("item")).toString();
        for (ChecklistEntry& entry : out)
            if (mark && entry.item.rule->id == id) {
                entry.mark = *mark;
                entry.staffId = e.staffId;
                entry.at = e.occurredAt;
            }
    }
    return out;
}

} // namespace mdg::guidance
