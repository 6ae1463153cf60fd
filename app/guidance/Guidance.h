#pragma once

#include "GuidanceRules.h"
#include "domain/PreEntry.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

// What a household's move brings: the related procedures, in the order to visit their
// windows. The household's own facts (ages on the move date, nationality, the procedure)
// count without being asked; the questionnaire's answers add what facts cannot tell.
namespace mdg::guidance {

struct Item
{
    const Rule* rule = nullptr; // in the rule set it came from, which outlives the item
    QList<int> members; // indices into the pre-entry's members; empty for the household
    QDate deadline; // invalid without one
};

QList<Item> guidanceFor(const PreEntry& entry, const GuidanceRules& rules = GuidanceRules::builtIn());

// The JSON `madoguchi-cli guidance` prints (README, "madoguchi-cli guidance").
QJsonObject toJson(const PreEntry& entry, const QList<Item>& items, const QString& language);

} // namespace mdg::guidance
