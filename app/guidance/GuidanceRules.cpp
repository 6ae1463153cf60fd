#include "GuidanceRules.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QSet>

namespace mdg::guidance {

QString Text::in(const QString& language) const
{
    if (const QString t = other.value(language); !t.isEmpty())
        return t;
    return language != QLatin1String("ja") && !en.isEmpty() ? en : ja;
}

QString uiLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString Text::inUiLanguage() const
{
    return in(uiLanguage());
}

const Rule* GuidanceRules::rule(const QString& id) const
{
    const auto it = std::find_if(m_rules.cbegin(), m_rules.cend(), [&](const Rule& r) { return r.id == id; });
    return it == m_rules.cend() ? nullptr : &*it;
}

namespace {

int lineAt(const QByteArray& text, qsizetype offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// Where each element of a top-level array ("rules", "questions") starts, as line numbers:
// QJsonDocument keeps no positions, and a city's editor needs the line of the rule at fault.
QList<int> elementLines(const QByteArray& text, const char* arrayKey)
{
    QList<int> lines;
    const qsizetype key = text.indexOf(QByteArray("\"") + arrayKey + "\"");
    if (key < 0)
        return lines;
    int depth = 0;
    bool inString = false;
    for (qsizetype i = text.indexOf('[', key); i >= 0 && i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{') {
            if (depth == 1)
                lines << lineAt(text, i);
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0)
                break;
        }
    }
    return lines;
}

struct Parser
{
    QString fileName;
    QHash<QString, int> settings;
    QString error;
    int line = 0;
    QString rule;

    bool fail(const QString& what)
    {
        if (error.isEmpty())
            error = rule.isEmpty()
                ? QStringLiteral("%1 line %2: %3").arg(fileName).arg(line).arg(what)
                : QStringLiteral("%1 line %2 (rule \"%3\"): %4").arg(fileName).arg(line).arg(rule, what);
        return false;
    }
    bool onlyKeys(const QJsonObject& o, const QSet<QString>& allowed, const QString& where)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!allowed.contains(it.key()))
                return fail(QStringLiteral("unknown key \"%1\" in %2").arg(it.key(), where));
        return true;
    }
    // A whole number, or "$name" of a setting.
    std::optional<int> number(const QJsonValue& v, const QString& key)
    {
        if (v.isString() && v.toString().startsWith(u'$')) {
            const QString name = v.toString().mid(1);
            if (!settings.contains(name)) {
                fail(QStringLiteral("\"%1\" refers to the setting \"%2\", which is not defined").arg(key, name));
                return std::nullopt;
            }
            return settings.value(name);
        }
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 0) {
            fail(QStringLiteral("\"%1\" must be a whole number of zero or more, or \"$setting\"").arg(key));
            return std::nullopt;
        }
        return v.toInt();
    }
    std::optional<Text> text(const QJsonValue& v, const QString& key)
    {
        if (v.isString())
            return Text {v.toString(), {}, {}};
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QLatin1String("ja")).isString()
            || o.value(QLatin1String("ja")).toString().isEmpty()) {
            fail(QStringLiteral("\"%1\" must be a text or {\"ja\": …, \"en\": …} with the Japanese given").arg(key));
            return std::nullopt;
        }
        const QStringList& languages = residentLanguages();
        if (!onlyKeys(o, QSet<QString>(languages.cbegin(), languages.cend()), key))
            return std::nullopt;
        Text t {o.value(QLatin1String("ja")).toString(), o.value(QLatin1String("en")).toString(), {}};
        for (const QString& l : languages.mid(2))
            if (const QString other = o.value(l).toString(); !other.isEmpty())
                t.other.insert(l, other);
        return t;
    }
    bool keys(const QJsonValue& v, const QString& key, QStringList& out)
    {
        if (!v.isArray())
            return fail(QStringLiteral("\"%1\" must be a list of answer keys").arg(key));
        for (const QJsonValue& k : v.toArray()) {
            if (!k.isString() || k.toString().isEmpty())
                return fail(QStringLiteral("\"%1\" must be a list of answer keys").arg(key));
            out << k.toString();
        }
        return true;
    }
    bool member(const QJsonObject& o, MemberCondition& m)
    {
        if (!onlyKeys(o,
                {QStringLiteral("age_min"), QStringLiteral("age_max"), QStringLiteral("child_until_march_after"),
                    QStringLiteral("compulsory_school"), QStringLiteral("before_school"), QStringLiteral("foreign")},
                QStringLiteral("member")))
            return false;
        const auto integer = [&](const char* key, std::optional<int>& out) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            out = number(v, QLatin1String(key));
            return out.has_value();
        };
        const auto flag = [&](const char* key, std::optional<bool>& out) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            if (!v.isBool())
                return fail(QStringLiteral("\"%1\" must be true or false").arg(QLatin1String(key)));
            out = v.toBool();
            return true;
        };
        return integer("age_min", m.ageMin) && integer("age_max", m.ageMax)
            && integer("child_until_march_after", m.childUntilMarchAfter)
            && flag("compulsory_school", m.compulsorySchool) && flag("before_school", m.beforeSchool)
            && flag("foreign", m.foreign);
    }
    bool answers(const QJsonObject& o, AnswerCondition& a)
    {
        if (!onlyKeys(o,
                {QStringLiteral("is"), QStringLiteral("is_not"), QStringLiteral("given"), QStringLiteral("not_given")},
                QStringLiteral("answers")))
            return false;
        for (const char* key : {"is", "is_not"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (!v.isUndefined() && !v.isObject())
                return fail(
                    QStringLiteral("\"%1\" must be an object of answer keys and values").arg(QLatin1String(key)));
        }
        a.is = o.value(QLatin1String("is")).toObject();
        a.isNot = o.value(QLatin1String("is_not")).toObject();
        return (o.value(QLatin1String("given")).isUndefined()
                   || keys(o.value(QLatin1String("given")), QStringLiteral("given"), a.given))
            && (o.value(QLatin1String("not_given")).isUndefined()
                || keys(o.value(QLatin1String("not_given")), QStringLiteral("not_given"), a.notGiven));
    }
    std::optional<Question> parseQuestion(const QJsonValue& v)
    {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QLatin1String("key")).isString()
            || o.value(QLatin1String("key")).toString().isEmpty()) {
            fail(QStringLiteral("a question must be an object with its answer \"key\""));
            return std::nullopt;
        }
        if (!onlyKeys(o, {QStringLiteral("key"), QStringLiteral("text"), QStringLiteral("choices")},
                QStringLiteral("the question")))
            return std::nullopt;
        Question q;
        q.key = o.value(QLatin1String("key")).toString();
        q.line = line;
        const auto t = text(o.value(QLatin1String("text")), QStringLiteral("text"));
        if (!t)
            return std::nullopt;
        q.text = *t;
        for (const QJsonValue& c : o.value(QLatin1String("choices")).toArray()) {
            const QJsonObject co = c.toObject();
            const auto value = number(co.value(QLatin1String("value")), QStringLiteral("value"));
            const auto label = value ? text(co.value(QLatin1String("text")), QStringLiteral("text")) : std::nullopt;
            if (!label)
                return std::nullopt;
            q.choices << Question::Choice {*value, *label};
        }
        return q;
    }
    std::optional<Rule> parseRule(const QJsonValue& v)
    {
        if (!v.isObject()) {
            fail(QStringLiteral("a rule must be an object"));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        Rule r;
        r.id = o.value(QLatin1String("id")).toString();
        r.line = line;
        rule = r.id;
        if (r.id.isEmpty()) {
            fail(QStringLiteral("the rule has no \"id\""));
            return std::nullopt;
        }
        if (!onlyKeys(o,
                {QStringLiteral("id"), QStringLiteral("for"), QStringLiteral("answers"), QStringLiteral("member"),
                    QStringLiteral("title"), QStringLiteral("department"), QStringLiteral("window"),
                    QStringLiteral("bring"), QStringLiteral("deadline_days"), QStringLiteral("order"),
                    QStringLiteral("source")},
                QStringLiteral("the rule")))
            return std::nullopt;
        const QJsonArray procedures = o.value(QLatin1String("for")).toArray();
        if (procedures.isEmpty()) {
            fail(QStringLiteral("\"for\" must list the procedures the rule follows (moving_in, …)"));
            return std::nullopt;
        }
        for (const QJsonValue& p : procedures) {
            const auto procedure = procedureFromKey(p.toString());
            if (!procedure) {
                fail(QStringLiteral("\"%1\" is no procedure (moving_in, moving_out, intra_city_move, "
                                    "certificate_request)")
                         .arg(p.toString()));
                return std::nullopt;
            }
            r.procedures << *procedure;
        }
        if (const QJsonValue a = o.value(QLatin1String("answers")); !a.isUndefined()) {
            if (!a.isObject()) {
                fail(QStringLiteral("\"answers\" must be an object"));
                return std::nullopt;
            }
            if (!answers(a.toObject(), r.answers))
                return std::nullopt;
        }
        if (const QJsonValue m = o.value(QLatin1String("member")); !m.isUndefined()) {
            if (!m.isObject()) {
                fail(QStringLiteral("\"member\" must be an object"));
                return std::nullopt;
            }
            MemberCondition c;
            if (!member(m.toObject(), c))
                return std::nullopt;
            r.member = c;
        }
        const auto title = text(o.value(QLatin1String("title")), QStringLiteral("title"));
        const auto department = text(o.value(QLatin1String("department")), QStringLiteral("department"));
        if (!title || !department)
            return std::nullopt;
        r.title = *title;
        r.department = *department;
        r.window = o.value(QLatin1String("window")).toString();
        for (const QJsonValue& b : o.value(QLatin1String("bring")).toArray()) {
            const auto t = text(b, QStringLiteral("bring"));
            if (!t)
                return std::nullopt;
            r.bring << *t;
        }
        if (const QJsonValue d = o.value(QLatin1String("deadline_days")); !d.isUndefined()) {
            const auto days = number(d, QStringLiteral("deadline_days"));
            if (!days)
                return std::nullopt;
            r.deadlineDays = *days;
        }
        if (const QJsonValue n = o.value(QLatin1String("order")); !n.isUndefined()) {
            const auto order = number(n, QStringLiteral("order"));
            if (!order)
                return std::nullopt;
            r.order = *order;
        }
        r.source = o.value(QLatin1String("source")).toString();
        return r;
    }
};

} // namespace

Result<GuidanceRules> GuidanceRules::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<GuidanceRules>::failure(ErrorCode::Invalid,
            QStringLiteral("%1 line %2: %3")
                .arg(fileName)
                .arg(lineAt(json, parseError.offset))
                .arg(parseError.errorString()));
    Parser p {fileName, {}, {}, 1, {}};
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QLatin1String("version")).toInt() != 1)
        p.fail(QStringLiteral("not a rule file of version 1 ({\"version\": 1, \"settings\": …, \"rules\": […]})"));
    p.onlyKeys(root,
        {QStringLiteral("version"), QStringLiteral("settings"), QStringLiteral("questions"), QStringLiteral("rules")},
        QStringLiteral("the file"));
    const QJsonObject settings = root.value(QLatin1String("settings")).toObject();
    for (auto it = settings.begin(); it != settings.end() && p.error.isEmpty(); ++it) {
        p.line = lineAt(json, json.indexOf(QStringLiteral("\"%1\"").arg(it.key()).toUtf8()));
        if (const auto n = p.number(it.value(), it.key()))
            p.settings.insert(it.key(), *n);
    }
    GuidanceRules out;
    out.m_settings = p.settings;
    const QJsonArray questions = root.value(QLatin1String("questions")).toArray();
    const QList<int> questionLines = elementLines(json, "questions");
    QSet<QString> asked;
    for (qsizetype i = 0; i < questions.size() && p.error.isEmpty(); ++i) {
        p.line = questionLines.value(i, 1);
        const auto question = p.parseQuestion(questions[i]);
        if (!question)
            break;
        if (asked.contains(question->key)) {
            p.fail(QStringLiteral("a second question with the key \"%1\"").arg(question->key));
            break;
        }
        asked.insert(question->key);
        out.m_questions << *question;
    }
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    const QList<int> lines = elementLines(json, "rules");
    QSet<QString> ids;
    for (qsizetype i = 0; i < rules.size() && p.error.isEmpty(); ++i) {
        p.line = lines.value(i, 1);
        p.rule.clear();
        const auto rule = p.parseRule(rules[i]);
        if (!rule)
            break;
        if (ids.contains(rule->id)) {
            p.fail(QStringLiteral("a second rule with this id"));
            break;
        }
        ids.insert(rule->id);
        // A rule testing an answer no question asks would never be met on the tablet.
        if (!questions.isEmpty()) {
            const AnswerCondition& a = rule->answers;
            for (const QString& key : a.is.keys() + a.isNot.keys() + a.given + a.notGiven)
                if (!asked.contains(key))
                    p.fail(QStringLiteral("the answer \"%1\" is asked by no question").arg(key));
            if (!p.error.isEmpty())
                break;
        }
        out.m_rules << *rule;
    }
    if (p.error.isEmpty() && out.m_rules.isEmpty())
        p.fail(QStringLiteral("no rules"));
    if (!p.error.isEmpty())
        return Result<GuidanceRules>::failure(ErrorCode::Invalid, p.error);
    return out;
}

const GuidanceRules& GuidanceRules::builtIn()
{
    static const GuidanceRules rules = [] {
        QFile f(QStringLiteral(":/guidance/rules.json"));
        const QByteArray json = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        auto parsed = parse(json, QStringLiteral("rules.json"));
        // The shipped file is held to its tests; a broken build must not start with no guidance.
        Q_ASSERT_X(parsed, "GuidanceRules::builtIn", qPrintable(parsed.error()));
        return parsed ? std::move(parsed).value() : GuidanceRules();
    }();
    return rules;
}

} // namespace mdg::guidance
