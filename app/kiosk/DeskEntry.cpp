#include "DeskEntry.h"

#include "crosscheck/TextFold.h"
#include "domain/JapaneseDate.h"
#include "domain/PersonName.h"

namespace mdg::kiosk {

std::optional<QDate> dateOf(const DateInput& input)
{
    if (input.year <= 0 || input.month <= 0 || input.day <= 0)
        return std::nullopt;
    if (input.era.isEmpty()) {
        const QDate d(input.year, input.month, input.day);
        return d.isValid() ? std::optional(d) : std::nullopt;
    }
    // The era table knows which days each era covers (令和1年4月1日 is no day).
    return JapaneseDate::parse(
        QStringLiteral("%1%2年%3月%4日").arg(input.era).arg(input.year).arg(input.month).arg(input.day));
}

QString readingOf(const QString& typed)
{
    QString out;
    for (const QChar c : fold::katakana(typed.simplified())) {
        const char16_t u = c.unicode();
        if ((u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC)
            out += c;
        else if (c.isSpace()) {
            if (!out.isEmpty() && !out.endsWith(QChar(0x3000)))
                out += QChar(0x3000);
        } else
            return {};
    }
    return out.trimmed();
}

QString Problem::message() const
{
    switch (kind) {
    case Kind::Missing: return DeskEntry::tr("Please fill this in.");
    case Kind::NoSuchDate: return DeskEntry::tr("This day does not exist. Please check the year, month and day.");
    case Kind::NotKana: return DeskEntry::tr("Please write the reading in kana (hiragana or katakana).");
    case Kind::MoveDateOutOfRange:
        return DeskEntry::tr("Please check the date: moving in is reported after the move, moving out up to "
                             "30 days before it.");
    case Kind::BirthInFuture: return DeskEntry::tr("A date of birth cannot be in the future.");
    case Kind::NoMembers: return DeskEntry::tr("Please add at least one person.");
    }
    return {};
}

QList<Problem> DeskEntry::moveDateProblems(const QDate& today) const
{
    using K = Problem::Kind;
    const QString field = QStringLiteral("move_date");
    if (!moveDate.isValid())
        return {{field, K::Missing}};
    // A move in or within the city is reported after it (within 14 days by law, later with
    // a note); a move out up to a month before and 14 days after.
    const bool movingOut = procedure == Procedure::MovingOut;
    const QDate earliest = movingOut ? today.addDays(-14) : today.addYears(-1);
    const QDate latest = movingOut ? today.addDays(30) : today;
    if (moveDate < earliest || moveDate > latest)
        return {{field, K::MoveDateOutOfRange}};
    return {};
}

QList<Problem> DeskEntry::memberProblems(qsizetype index, const QDate& today) const
{
    using K = Problem::Kind;
    QList<Problem> found;
    if (index < 0 || index >= members.size())
        return found;
    const Person& m = members[index];
    const QString at = QStringLiteral("members[%1].").arg(index);
    const PersonName name = PersonName::parse(m.name);
    if (name.family.isEmpty() || name.given.isEmpty())
        found << Problem {at + QStringLiteral("name"), K::Missing};
    if (m.nameKana.isEmpty())
        found << Problem {at + QStringLiteral("name_kana"), K::Missing};
    else if (readingOf(m.nameKana) != m.nameKana)
        found << Problem {at + QStringLiteral("name_kana"), K::NotKana};
    if (!m.birthDate.isValid())
        found << Problem {at + QStringLiteral("birth_date"), K::Missing};
    else if (m.birthDate > today)
        found << Problem {at + QStringLiteral("birth_date"), K::BirthInFuture};
    if (m.relationship.isEmpty())
        found << Problem {at + QStringLiteral("relationship"), K::Missing};
    return found;
}

QList<Problem> DeskEntry::problems(const QDate& today) const
{
    using K = Problem::Kind;
    QList<Problem> found = moveDateProblems(today);
    if (fromAddress.trimmed().isEmpty())
        found << Problem {QStringLiteral("from_address"), K::Missing};
    if (toAddress.trimmed().isEmpty())
        found << Problem {QStringLiteral("to_address"), K::Missing};
    if (members.isEmpty())
        found << Problem {QStringLiteral("members"), K::NoMembers};
    for (qsizetype i = 0; i < members.size(); ++i)
        found << memberProblems(i, today);
    return found;
}

PreEntry DeskEntry::toPreEntry(const QUuid& id, const QDateTime& nowUtc) const
{
    PreEntry p;
    p.id = id;
    p.issuedAt = nowUtc;
    p.expiresAt = nowUtc.addDays(1);
    p.procedure = procedure;
    p.move.date = moveDate;
    p.move.previousAddress = fromAddress;
    if (procedure == Procedure::MovingOut)
        p.move.destinationAddress = toAddress;
    else
        p.move.newAddress = toAddress;
    p.members = members;
    for (const Person& m : members)
        if (m.relationship == QStringLiteral("世帯主"))
            p.move.householdHead = m.name;
    if (!members.isEmpty()) {
        p.applicant.name = members.first().name;
        p.applicant.nameKana = members.first().nameKana;
        p.applicant.birthDate = members.first().birthDate;
    }
    p.applicant.phone = phone;
    p.answers = answers;
    p.answers.insert(QStringLiteral("entered_at"), QStringLiteral("desk"));
    return p;
}

} // namespace mdg::kiosk
