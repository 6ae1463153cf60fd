#include "domain/JapaneseDate.h"

#include <QTest>

using namespace mdg;

class TestJapaneseDate : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void formatsEveryStyleAndParsesBack();
    void kanjiNumerals();
};

void TestJapaneseDate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("kanji era ascii") << QStringLiteral("昭和60年4月12日") << QDate(1985, 4, 12);
    QTest::newRow("full-width") << QStringLiteral("昭和６０年４月１２日") << QDate(1985, 4, 12);
    QTest::newRow("kanji digits") << QStringLiteral("昭和六十年四月十二日") << QDate(1985, 4, 12);
    QTest::newRow("letter") << QStringLiteral("S60.4.12") << QDate(1985, 4, 12);
    QTest::newRow("one kanji") << QStringLiteral("昭60.4.12") << QDate(1985, 4, 12);
    QTest::newRow("spaces") << QStringLiteral("平成 元年 1月 8日") << QDate(1989, 1, 8);
    QTest::newRow("gannen reiwa") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("1nen reiwa") << QStringLiteral("令和1年5月1日") << QDate(2019, 5, 1);
    QTest::newRow("meiji 45 last day") << QStringLiteral("明治45年7月30日") << QDate(1912, 7, 30);
    QTest::newRow("taisho gannen same day") << QStringLiteral("大正元年7月30日") << QDate(1912, 7, 30);
    QTest::newRow("taisho 15 last day") << QStringLiteral("大正15年12月25日") << QDate(1926, 12, 25);
    QTest::newRow("showa gannen") << QStringLiteral("昭和元年12月25日") << QDate(1926, 12, 25);
    QTest::newRow("showa 64 last day") << QStringLiteral("昭和64年1月7日") << QDate(1989, 1, 7);
    QTest::newRow("heisei 31 last day") << QStringLiteral("平成31年4月30日") << QDate(2019, 4, 30);
    QTest::newRow("gregorian kanji") << QStringLiteral("2024年3月25日") << QDate(2024, 3, 25);
    QTest::newRow("iso") << QStringLiteral("2024-03-25") << QDate(2024, 3, 25);
    QTest::newRow("positional kanji year") << QStringLiteral("二〇二四年三月二十五日") << QDate(2024, 3, 25);
    QTest::newRow("reiwa full-width") << QStringLiteral("令和６年３月２５日") << QDate(2024, 3, 25);
    QTest::newRow("leap day") << QStringLiteral("令和2年2月29日") << QDate(2020, 2, 29);
}

void TestJapaneseDate::parses()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(JapaneseDate::parse(text).value_or(QDate()), date);
}

void TestJapaneseDate::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("showa 64 jan 8") << QStringLiteral("昭和64年1月8日");
    QTest::newRow("heisei 31 may 1") << QStringLiteral("平成31年5月1日");
    QTest::newRow("heisei before start") << QStringLiteral("平成元年1月7日");
    QTest::newRow("feb 30") << QStringLiteral("令和6年2月30日");
    QTest::newRow("not leap") << QStringLiteral("令和3年2月29日");
    QTest::newRow("year 0") << QStringLiteral("令和0年5月1日");
    QTest::newRow("text") << QStringLiteral("住所");
    QTest::newRow("empty") << QString();
    QTest::newRow("month 13") << QStringLiteral("S60.13.1");
}

void TestJapaneseDate::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!JapaneseDate::parse(text));
}

void TestJapaneseDate::formatsEveryStyleAndParsesBack()
{
    for (const QDate d : {QDate(1985, 4, 12), QDate(1926, 12, 25), QDate(1989, 1, 8), QDate(2019, 5, 1),
             QDate(2024, 12, 31), QDate(1912, 7, 30)}) {
        for (auto digits :
            {JapaneseDate::Digits::Ascii, JapaneseDate::Digits::FullWidth, JapaneseDate::Digits::Kanji}) {
            const QString text = JapaneseDate::format(d, digits);
            QCOMPARE(JapaneseDate::parse(text).value_or(QDate()), d);
        }
    }
    QCOMPARE(JapaneseDate::format(QDate(2019, 5, 1)), QStringLiteral("令和元年5月1日"));
    QCOMPARE(
        JapaneseDate::format(QDate(1985, 4, 12), JapaneseDate::Digits::Kanji), QStringLiteral("昭和六十年四月十二日"));
    QCOMPARE(JapaneseDate::format(QDate(1985, 4, 12), JapaneseDate::Digits::FullWidth),
        QStringLiteral("昭和６０年４月１２日"));
    QCOMPARE(
        JapaneseDate::format(QDate(1912, 7, 30)), QStringLiteral("大正元年7月30日")); // the later era on the boundary
}

void TestJapaneseDate::kanjiNumerals()
{
    QCOMPARE(JapaneseDate::normaliseDigits(u"三丁目二十五番地"), QStringLiteral("3丁目25番地"));
    QCOMPARE(JapaneseDate::normaliseDigits(u"１２３"), QStringLiteral("123"));
    QCOMPARE(JapaneseDate::normaliseDigits(u"千九百八十五"), QStringLiteral("1985"));
    QCOMPARE(JapaneseDate::normaliseDigits(u"百"), QStringLiteral("100"));
}

QTEST_GUILESS_MAIN(TestJapaneseDate)
#include "tst_japanesedate.moc"
