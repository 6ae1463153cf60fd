#pragma once

#include "domain/Person.h"
#include "domain/PreEntry.h"
#include "domain/Procedure.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace mdg::kiosk {

// A date as a resident gives it: by era (令和 6) or by the Western year.
struct DateInput
{
    QString era; // 令和, 平成, 昭和 …; empty for a Western year
    int year = 0;
    int month = 0;
    int day = 0;
};
// nullopt for a day that does not exist (2月30日, 令和1年4月1日: still 平成 then).
std::optional<QDate> dateOf(const DateInput& input);

// A reading as typed, in katakana with one full-width space between family and given name
// (hiragana and half-width spaces accepted); empty when it holds anything but kana.
QString readingOf(const QString& typed);

// What is wrong with one answer, said plainly to the resident.
struct Problem
{
    enum class Kind { Missing, NoSuchDate, NotKana, MoveDateOutOfRange, BirthInFuture, NoMembers };
    QString field; // "move_date", "to_address", "members[1].name_kana" …
    Kind kind = Kind::Missing;
    QString message() const; // translated
};

// The resident's entry at the tablet, as the screens build it.
struct DeskEntry
{
    Q_DECLARE_TR_FUNCTIONS(mdg::kiosk::DeskEntry)

public:
    Procedure procedure = Procedure::MovingIn;
    QDate moveDate;
    // Where the household lived and where it goes; for moving out "to" is the destination.
    QString fromAddress;
    QString toAddress;
    QString phone;
    QList<Person> members; // the one at the tablet first; the head unless a member is 世帯主
    QJsonObject answers; // the questionnaire (GuidanceRules::questions)

    // The move date's own problems (`today` in local time).
    QList<Problem> moveDateProblems(const QDate& today) const;
    // One member's (index into members).
    QList<Problem> memberProblems(qsizetype index, const QDate& today) const;
    // Everything still missing or wrong; empty when the entry may be handed over.
    QList<Problem> problems(const QDate& today) const;

    // The pre-entry intake receives, as the web's QR would carry it, and marked as entered
    // at the desk (answers.entered_at = "desk").
    PreEntry toPreEntry(const QUuid& id, const QDateTime& nowUtc) const;
};

} // namespace mdg::kiosk
