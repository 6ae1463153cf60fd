#pragma once

#include "domain/Procedure.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// The rule set a city edits: which related procedure a move brings, for whom, where, with
// what, by when. The format is in the README ("Guidance rules"); resources/guidance/rules.json
// is the one shipped.
namespace mdg::guidance {

// "ja" when the application runs in Japanese (QLocale's default), "en" otherwise: the
// language the rule texts are shown in.
QString uiLanguage();

// The languages the tablet at the writing desk speaks, beside Japanese and English.
inline const QStringList& residentLanguages()
{
    static const QStringList all {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh"),
        QStringLiteral("ko"), QStringLiteral("vi"), QStringLiteral("pt")};
    return all;
}

struct Text
{
    QString ja;
    QString en;
    QHash<QString, QString> other; // zh, ko, vi, pt where the city wrote them
    // A language without its text falls back to English, English to Japanese.
    QString in(const QString& language) const;
    QString inUiLanguage() const; // in the language the application runs in (QLocale's default)
};

// What a member must be for the rule to concern them; unset parts do not count.
struct MemberCondition
{
    std::optional<int> ageMin; // on the move date, as the law counts (LegalAge.h)
    std::optional<int> ageMax;
    std::optional<int> childUntilMarchAfter; // up to the 31 March after reaching this age
    std::optional<bool> compulsorySchool;
    std::optional<bool> beforeSchool;
    std::optional<bool> foreign; // a nationality other than Japanese
};

// What the household's answers must say.
struct AnswerCondition
{
    QJsonObject is; // each key equal to its value
    QJsonObject isNot; // each key absent or different
    QStringList given; // each key answered yes (true, a non-zero number, a non-empty text)
    QStringList notGiven; // each key absent or answered no
};

struct Rule
{
    QString id;
    int line = 0; // in the rule file, for messages
    QList<Procedure> procedures;
    AnswerCondition answers;
    std::optional<MemberCondition> member; // set: the rule names the members it concerns
    Text title;
    Text department;
    QString window;
    QList<Text> bring;
    int deadlineDays = -1; // after the move date; -1 without a deadline
    int order = 0;
    QString source; // the law or the city's notice the rule follows
};

// A question of the questionnaire: yes or no, or one of its choices. Its key is what the
// rules' "answers" test and what the pre-entry's answers carry.
struct Question
{
    struct Choice
    {
        int value = 0;
        Text text;
    };
    QString key;
    int line = 0;
    Text text;
    QList<Choice> choices; // empty: yes (true) or no (false)
};

class GuidanceRules
{
public:
    // Checks the whole file; the message names the line of the first fault.
    static Result<GuidanceRules> parse(const QByteArray& json, const QString& fileName);
    // The rule set shipped with the application.
    static const GuidanceRules& builtIn();

    const QList<Rule>& rules() const { return m_rules; }
    const Rule* rule(const QString& id) const; // nullptr for an id the set no longer has
    // In the order asked; every answer key a rule tests is asked.
    const QList<Question>& questions() const { return m_questions; }
    int setting(const QString& name) const { return m_settings.value(name); }

private:
    QList<Rule> m_rules;
    QList<Question> m_questions;
    QHash<QString, int> m_settings; // thresholds the city chooses, referred to as "$name"
};

} // namespace mdg::guidance
