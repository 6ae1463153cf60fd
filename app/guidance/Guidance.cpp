#include "Guidance.h"

#include "LegalAge.h"

#include <QJsonArray>

namespace mdg::guidance {

namespace {

bool yes(const QJsonValue& v)
{
    return (v.isBool() && v.toBool()) || (v.isDouble() && v.toDouble() != 0)
        || (v.isString() && !v.toString().isEmpty());
}

bool answersHold(const AnswerCondition& c, const QJsonObject& answers)
{
    for (auto it = c.is.begin(); it != c.is.end(); ++it)
        if (answers.value(it.key()) != it.value())
            return false;
    for (auto it = c.isNot.begin(); it != c.isNot.end(); ++it)
        if (answers.value(it.key()) == it.value())
            return false;
    return std::all_of(c.given.cbegin(), c.given.cend(), [&](const QString& k) {
        return yes(answers.value(k));
    }) && std::none_of(c.notGiven.cbegin(), c.notGiven.cend(), [&](const QString& k) { return yes(answers.value(k)); });
}

bool memberHolds(const MemberCondition& c, const Person& p, const QDate& on)
{
    const int age = ageOn(p.birthDate, on);
    if ((c.ageMin || c.ageMax || c.childUntilMarchAfter) && age < 0)
        return false; // an unknown birth date tells no age
    if ((c.ageMin && age < *c.ageMin) || (c.ageMax && age > *c.ageMax))
        return false;
    if (c.childUntilMarchAfter && on > marchAfterReaching(p.birthDate, *c.childUntilMarchAfter))
        return false;
    if (c.compulsorySchool && ofCompulsorySchoolAge(p.birthDate, on) != *c.compulsorySchool)
        return false;
    if (c.beforeSchool && beforeSchoolAge(p.birthDate, on) != *c.beforeSchool)
        return false;
    const bool foreign
        = !p.nationality.isEmpty() && p.nationality.compare(QLatin1String("JP"), Qt::CaseInsensitive) != 0;
    return !c.foreign || foreign == *c.foreign;
}

} // namespace

QList<Item> guidanceFor(const PreEntry& entry, const GuidanceRules& rules)
{
    QList<Item> out;
    // Ages count on the day of the move; a pre-entry without one counts on the day it was made.
    const QDate on = entry.move.date.isValid() ? entry.move.date : entry.issuedAt.date();
    for (const Rule& rule : rules.rules()) {
        if (!rule.procedures.contains(entry.procedure) || !answersHold(rule.answers, entry.answers))
            continue;
        Item item {&rule, {}, {}};
        if (rule.member) {
            for (int i = 0; i < entry.members.size(); ++i)
                if (memberHolds(*rule.member, entry.members[i], on))
                    item.members << i;
            if (item.members.isEmpty())
                continue;
        }
        if (rule.deadlineDays >= 0 && entry.move.date.isValid())
            item.deadline = entry.move.date.addDays(rule.deadlineDays);
        out << item;
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Item& a, const Item& b) { return a.rule->order < b.rule->order; });
    return out;
}

QJsonObject toJson(const PreEntry& entry, const QList<Item>& items, const QString& language)
{
    QJsonArray list;
    for (const Item& item : items) {
        const Rule& r = *item.rule;
        QJsonArray bring;
        for (const Text& t : r.bring)
            bring << t.in(language);
        QJsonArray members;
        for (const int i : item.members)
            members << QJsonObject {{QStringLiteral("index"), i}, {QStringLiteral("name"), entry.members[i].name}};
        QJsonObject o {{QStringLiteral("id"), r.id}, {QStringLiteral("procedure"), r.title.in(language)},
            {QStringLiteral("department"), r.department.in(language)}, {QStringLiteral("window"), r.window},
            {QStringLiteral("bring"), bring}, {QStringLiteral("members"), members},
            {QStringLiteral("source"), r.source}};
        if (item.deadline.isValid())
            o.insert(QStringLiteral("deadline"), item.deadline.toString(Qt::ISODate));
        list << o;
    }
    return {{QStringLiteral("id"), entry.id.toString(QUuid::WithoutBraces)}, {QStringLiteral("language"), language},
        {QStringLiteral("procedure"), procedureKey(entry.procedure)},
        {QStringLiteral("move_date"), entry.move.date.toString(Qt::ISODate)}, {QStringLiteral("guidance"), list}};
}

} // namespace mdg::guidance
