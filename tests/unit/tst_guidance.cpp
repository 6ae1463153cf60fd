#include "guidance/Guidance.h"
#include "guidance/GuidanceSheet.h"
#include "guidance/LegalAge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mdg;
using namespace mdg::guidance;

class TestGuidance : public QObject
{
    Q_OBJECT
private slots:
    void agesCountAsTheLawDoes();
    void schoolYearsAndTheMarchAfter();
    void householdsGetExactlyTheirGuidance_data();
    void householdsGetExactlyTheirGuidance();
    void deadlinesAndTextsFollowTheRule();
    void shippedQuestionsAskEveryAnswerInSixLanguages();
    void brokenRuleFileIsRefusedWithItsLine_data();
    void brokenRuleFileIsRefusedWithItsLine();
    void cityThresholdsComeFromSettings();
    void sheetListsTheWindowsInOrder();
};

void TestGuidance::agesCountAsTheLawDoes()
{
    // One reaches an age at the end of the day before the birthday.
    QCOMPARE(ageOn(QDate(2000, 5, 10), QDate(2020, 5, 8)), 19);
    QCOMPARE(ageOn(QDate(2000, 5, 10), QDate(2020, 5, 9)), 20);
    QCOMPARE(ageOn(QDate(2000, 5, 10), QDate(2000, 5, 10)), 0);
    QCOMPARE(ageOn(QDate(2000, 5, 10), QDate(1999, 5, 10)), -1);
    // 29 February: in a common year the age is reached on 28 February.
    QCOMPARE(reachesAge(QDate(2008, 2, 29), 18), QDate(2026, 2, 28));
    QCOMPARE(reachesAge(QDate(2008, 2, 29), 16), QDate(2024, 2, 28));
    QCOMPARE(ageOn(QDate(2008, 2, 29), QDate(2026, 2, 27)), 17);
    QCOMPARE(ageOn(QDate(2008, 2, 29), QDate(2026, 2, 28)), 18);
}

void TestGuidance::schoolYearsAndTheMarchAfter()
{
    // Born on 1 April: reaches 6 on 31 March and starts school the next day; born on 2 April
    // waits a year.
    QVERIFY(ofCompulsorySchoolAge(QDate(2020, 4, 1), QDate(2026, 4, 1)));
    QVERIFY(!ofCompulsorySchoolAge(QDate(2020, 4, 2), QDate(2026, 4, 1)));
    QVERIFY(beforeSchoolAge(QDate(2020, 4, 2), QDate(2026, 4, 1)));
    QVERIFY(!beforeSchoolAge(QDate(2020, 4, 1), QDate(2026, 4, 1)));
    // Nine years: the last day is the 31 March after reaching 15.
    QVERIFY(ofCompulsorySchoolAge(QDate(2011, 4, 1), QDate(2026, 3, 31)));
    QVERIFY(!ofCompulsorySchoolAge(QDate(2011, 4, 1), QDate(2026, 4, 1)));
    QCOMPARE(marchAfterReaching(QDate(2008, 4, 15), 18), QDate(2027, 3, 31));
    QCOMPARE(marchAfterReaching(QDate(2008, 4, 1), 18), QDate(2026, 3, 31));
    QCOMPARE(marchAfterReaching(QDate(2008, 4, 2), 18), QDate(2027, 3, 31));
}

namespace {
PreEntry household(const QJsonObject& s)
{
    PreEntry p;
    p.id = QUuid::createUuidV5(QUuid(), s.value(QLatin1String("name")).toString());
    p.procedure = procedureFromKey(s.value(QLatin1String("procedure")).toString()).value();
    p.move.date
        = QDate::fromString(s.value(QLatin1String("move_date")).toString(QStringLiteral("2026-04-10")), Qt::ISODate);
    int n = 0;
    for (const QJsonValue& m : s.value(QLatin1String("members")).toArray()) {
        Person person;
        person.name = QStringLiteral("川崎　%1").arg(++n);
        person.birthDate = QDate::fromString(m[QLatin1String("birth_date")].toString(), Qt::ISODate);
        person.nationality = m[QLatin1String("nationality")].toString();
        p.members << person;
    }
    p.answers = s.value(QLatin1String("answers")).toObject();
    return p;
}

QStringList described(const QList<Item>& items)
{
    QStringList out;
    for (const Item& i : items) {
        QStringList members;
        for (int m : i.members)
            members << QString::number(m);
        out << (members.isEmpty() ? i.rule->id : i.rule->id + QLatin1Char(' ') + members.join(QLatin1Char(',')));
    }
    return out;
}
} // namespace

void TestGuidance::householdsGetExactlyTheirGuidance_data()
{
    QTest::addColumn<QJsonObject>("situation");
    QFile f(QStringLiteral(MADOGUCHI_SOURCE_DIR "/tests/data/guidance/situations.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonArray all = QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("situations")).toArray();
    QVERIFY(all.size() >= 30);
    for (const QJsonValue& s : all)
        QTest::newRow(qPrintable(s[QLatin1String("name")].toString())) << s.toObject();
}

void TestGuidance::householdsGetExactlyTheirGuidance()
{
    QFETCH(QJsonObject, situation);
    QStringList expected;
    for (const QJsonValue& e : situation.value(QLatin1String("expected")).toArray()) {
        const QJsonArray item = e.toArray();
        QStringList members;
        for (const QJsonValue& m : item.at(1).toArray())
            members << QString::number(m.toInt());
        expected << (members.isEmpty() ? item.at(0).toString()
                                       : item.at(0).toString() + QLatin1Char(' ') + members.join(QLatin1Char(',')));
    }
    QCOMPARE(described(guidanceFor(household(situation))), expected);
}

void TestGuidance::deadlinesAndTextsFollowTheRule()
{
    const PreEntry p = household(QJsonObject {{QStringLiteral("name"), QStringLiteral("deadlines")},
        {QStringLiteral("procedure"), QStringLiteral("moving_in")},
        {QStringLiteral("move_date"), QStringLiteral("2026-03-28")},
        {QStringLiteral("members"),
            QJsonArray {QJsonObject {{QStringLiteral("birth_date"), QStringLiteral("1986-01-01")}},
                QJsonObject {{QStringLiteral("birth_date"), QStringLiteral("2019-05-01")}}}},
        {QStringLiteral("answers"), QJsonObject {{QStringLiteral("owns_dog"), true}}}});
    const QList<Item> items = guidanceFor(p);
    const QJsonObject ja = toJson(p, items, QStringLiteral("ja"));
    const QJsonObject en = toJson(p, items, QStringLiteral("en"));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue& g : ja.value(QLatin1String("guidance")).toArray())
        byId.insert(g[QLatin1String("id")].toString(), g.toObject());
    // 14 days for the notification, 15 for the child allowance, 30 for the dog.
    QCOMPARE(byId.value(QStringLiteral("moving_in_notice")).value(QLatin1String("deadline")).toString(),
        QStringLiteral("2026-04-11"));
    QCOMPARE(byId.value(QStringLiteral("child_allowance")).value(QLatin1String("deadline")).toString(),
        QStringLiteral("2026-04-12"));
    QCOMPARE(byId.value(QStringLiteral("dog_registration")).value(QLatin1String("deadline")).toString(),
        QStringLiteral("2026-04-27"));
    QVERIFY(!byId.value(QStringLiteral("child_medical_subsidy")).contains(QLatin1String("deadline")));
    QCOMPARE(byId.value(QStringLiteral("moving_in_notice")).value(QLatin1String("procedure")).toString(),
        QStringLiteral("転入届"));
    QCOMPARE(byId.value(QStringLiteral("child_allowance"))
                 .value(QLatin1String("members"))
                 .toArray()
                 .at(0)[QLatin1String("name")]
                 .toString(),
        QStringLiteral("川崎　2"));
    QCOMPARE(en.value(QLatin1String("guidance")).toArray().at(0)[QLatin1String("procedure")].toString(),
        QStringLiteral("Moving-in notification"));
    QCOMPARE(ja.value(QLatin1String("move_date")).toString(), QStringLiteral("2026-03-28"));
}

void TestGuidance::brokenRuleFileIsRefusedWithItsLine_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray head = "{\n  \"version\": 1,\n  \"settings\": {\"limit\": 74},\n  \"rules\": [\n";
    const QByteArray good
        = "    {\"id\": \"a\", \"for\": [\"moving_in\"], \"title\": \"転入届\", \"department\": \"区民課\"},\n";
    QTest::newRow("syntax") << head + good + "    {\"id\": \"b\",, }\n  ]\n}\n" << QStringLiteral("rules.json line 6:");
    QTest::newRow("unknown key") << head + good
            + "    {\"id\": \"b\", \"for\": [\"moving_in\"], \"title\": \"x\", \"department\": \"y\",\n"
              "     \"member\": {\"agee_min\": 3}}\n  ]\n}\n"
                                 << QStringLiteral(
                                        "rules.json line 6 (rule \"b\"): unknown key \"agee_min\" in member");
    QTest::newRow("unknown setting")
        << head + good
            + "    {\"id\": \"c\", \"for\": [\"moving_in\"], \"title\": \"x\", \"department\": \"y\",\n"
              "     \"member\": {\"age_max\": \"$limt\"}}\n  ]\n}\n"
        << QStringLiteral("rules.json line 6 (rule \"c\"): \"age_max\" refers to the setting \"limt\"");
    const QByteArray last = QByteArray(good).replace("},\n", "}\n");
    QTest::newRow("unknown procedure") << head + good
            + QByteArray(last).replace("\"a\"", "\"d\"").replace("moving_in", "moving")
            + "  ]\n}\n" << QStringLiteral("rules.json line 6 (rule \"d\"): \"moving\" is no procedure");
    QTest::newRow("duplicate id") << head + good + last + "  ]\n}\n"
                                  << QStringLiteral("rules.json line 6 (rule \"a\"): a second rule");
    QTest::newRow("no title") << head + "    {\"id\": \"e\", \"for\": [\"moving_in\"], \"department\": \"y\"}\n  ]\n}\n"
                              << QStringLiteral("rules.json line 5 (rule \"e\"): \"title\" must be");
    const QByteArray asked
        = "{\n  \"version\": 1,\n  \"questions\": [\n    {\"key\": \"owns_dog\", \"text\": \"犬\"},\n";
    QTest::newRow("answer no question asks")
        << asked + "    {\"key\": \"moped\", \"text\": \"原付\"}\n  ],\n  \"rules\": [\n"
            + "    {\"id\": \"dog\", \"for\": [\"moving_in\"], \"answers\": {\"given\": [\"owns_dg\"]},\n"
              "     \"title\": \"犬\", \"department\": \"y\"}\n  ]\n}\n"
        << QStringLiteral("rules.json line 8 (rule \"dog\"): the answer \"owns_dg\" is asked by no question");
    QTest::newRow("question twice") << asked
            + "    {\"key\": \"owns_dog\", \"text\": \"犬\"}\n  ],\n  \"rules\": []\n}\n"
                                    << QStringLiteral("rules.json line 5: a second question with the key");
    QTest::newRow("question text in a language not spoken") << asked
            + "    {\"key\": \"moped\", \"text\": {\"ja\": \"原付\", \"fr\": \"mobylette\"}}\n  ],\n  \"rules\": "
              "[]\n}\n" << QStringLiteral("rules.json line 5: unknown key \"fr\" in text");
    QTest::newRow("not version 1") << QByteArray("{\"version\": 2, \"rules\": []}")
                                   << QStringLiteral("rules.json line 1: not a rule file");
}

void TestGuidance::shippedQuestionsAskEveryAnswerInSixLanguages()
{
    const GuidanceRules& rules = GuidanceRules::builtIn();
    QVERIFY(rules.questions().size() >= 10);
    QSet<QString> asked;
    for (const Question& q : rules.questions()) {
        asked.insert(q.key);
        for (const QString& language : residentLanguages())
            QVERIFY2(!q.text.other.value(language, language == QStringLiteral("ja") ? q.text.ja : q.text.en).isEmpty(),
                qPrintable(q.key + QStringLiteral(" in ") + language));
        for (const Question::Choice& c : q.choices)
            QCOMPARE(c.text.other.size(), 4);
    }
    for (const Rule& r : rules.rules()) {
        for (const QString& key : r.answers.is.keys() + r.answers.isNot.keys() + r.answers.given + r.answers.notGiven)
            QVERIFY2(asked.contains(key), qPrintable(r.id + QStringLiteral(": ") + key));
        // The tablet's last screen names each procedure in the resident's language.
        QVERIFY2(r.title.other.size() == 4 && r.department.other.size() == 4, qPrintable(r.id));
        for (const Text& b : r.bring)
            QVERIFY2(b.other.size() == 4, qPrintable(r.id + QStringLiteral(": ") + b.ja));
    }
    // A language the city did not write falls back to English, English to Japanese.
    const Text t {QStringLiteral("犬"), QStringLiteral("Dog"), {{QStringLiteral("ko"), QStringLiteral("개")}}};
    QCOMPARE(t.in(QStringLiteral("ko")), QStringLiteral("개"));
    QCOMPARE(t.in(QStringLiteral("vi")), QStringLiteral("Dog"));
    QCOMPARE(t.in(QStringLiteral("ja")), QStringLiteral("犬"));
    QCOMPARE((Text {QStringLiteral("犬"), {}, {}}).in(QStringLiteral("pt")), QStringLiteral("犬"));
}

void TestGuidance::brokenRuleFileIsRefusedWithItsLine()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const auto parsed = GuidanceRules::parse(json, QStringLiteral("rules.json"));
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().startsWith(message), qPrintable(parsed.error()));
}

void TestGuidance::cityThresholdsComeFromSettings()
{
    // A city that subsidises children's medical costs only to the end of junior high school.
    QFile f(QStringLiteral(":/guidance/rules.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray json = f.readAll();
    const QByteArray from = "\"child_medical_until_march_after\": 18";
    QVERIFY(json.contains(from));
    json.replace(from, "\"child_medical_until_march_after\": 15");
    const auto rules = GuidanceRules::parse(json, QStringLiteral("city.json"));
    QVERIFY2(rules, qPrintable(rules.error()));
    const PreEntry p = household(QJsonObject {{QStringLiteral("name"), QStringLiteral("teen")},
        {QStringLiteral("procedure"), QStringLiteral("moving_in")},
        {QStringLiteral("members"),
            QJsonArray {QJsonObject {{QStringLiteral("birth_date"), QStringLiteral("2009-06-01")}}}},
        {QStringLiteral("answers"), QJsonObject {{QStringLiteral("employee_insurance"), true}}}});
    QCOMPARE(described(guidanceFor(p, rules.value())),
        (QStringList {QStringLiteral("moving_in_notice"), QStringLiteral("child_allowance 0")}));
    QCOMPARE(described(guidanceFor(p)),
        (QStringList {QStringLiteral("moving_in_notice"), QStringLiteral("child_allowance 0"),
            QStringLiteral("child_medical_subsidy 0")}));
}

void TestGuidance::sheetListsTheWindowsInOrder()
{
    // Read back as a resident's eyes would not, but a test can: the PDF's text.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QFAIL("pdftotext (Debian's poppler-utils, installed by installer/dev.sh test) is needed to read the sheet");
    const PreEntry p = household(QJsonObject {{QStringLiteral("name"), QStringLiteral("sheet")},
        {QStringLiteral("procedure"), QStringLiteral("moving_in")},
        {QStringLiteral("move_date"), QStringLiteral("2026-03-28")},
        {QStringLiteral("members"),
            QJsonArray {QJsonObject {{QStringLiteral("birth_date"), QStringLiteral("1986-01-01")}},
                QJsonObject {{QStringLiteral("birth_date"), QStringLiteral("2016-05-01")}}}},
        {QStringLiteral("answers"), QJsonObject {{QStringLiteral("owns_dog"), true}}}});
    const QList<Item> items = guidanceFor(p);
    QTemporaryDir dir;
    const auto text = [&](const QString& language) {
        const QString pdf = dir.filePath(language + QStringLiteral(".pdf"));
        const auto written
            = writeSheet(pdf, {QStringLiteral("K7Q-4M2-93X"), 12, QStringLiteral("川崎　1")}, p, items, language);
        if (!written)
            return written.error();
        QProcess run;
        run.start(pdftotext, {pdf, QStringLiteral("-")});
        run.waitForFinished(30000);
        // Full-width forms folded, words wrapped in their cells joined again.
        return QString::fromUtf8(run.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .remove(QRegularExpression(QStringLiteral("\\s")));
    };
    const QString ja = text(QStringLiteral("ja"));
    for (const char* expected :
        {"関連手続きのご案内", "受付番号12", "転入届", "国民健康保険の加入", "児童手当の認定請求", "転入学の手続き",
            "犬の登録事項の変更", "4月11日まで", "4月12日まで", "川崎2", "転出証明書"})
        QVERIFY2(ja.contains(QString::fromUtf8(expected)), expected);
    // In the order of the windows.
    QVERIFY(ja.indexOf(QStringLiteral("転入届")) < ja.indexOf(QStringLiteral("国民健康保険の加入")));
    QVERIFY(ja.indexOf(QStringLiteral("国民健康保険の加入")) < ja.indexOf(QStringLiteral("児童手当の認定請求")));
    QVERIFY(ja.indexOf(QStringLiteral("児童手当の認定請求")) < ja.indexOf(QStringLiteral("犬の登録事項の変更")));
    const QString en = text(QStringLiteral("en"));
    for (const char* expected : {"Yourrelatedprocedures", "Moving-innotification", "Childallowanceclaim", "11Apr2026"})
        QVERIFY2(en.contains(QString::fromUtf8(expected)), expected);
}

QTEST_MAIN(TestGuidance)
#include "tst_guidance.moc"
