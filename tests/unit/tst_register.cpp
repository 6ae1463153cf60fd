// The built-in records connector: a generated register searched as the counter does.
#include "connectors/LocalRegister.h"
#include "connectors/PopulationGenerator.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mdg;

class TestRegister : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void populationIsPlausible();
    void searchByReadingPrefixFoldsKana();
    void searchByNameFoldsVariantsAndSpacing();
    void searchByBirthDateAddressAndCode();
    void householdComesHeadFirst();
    void existingRegistrationIsFound();
    void submitIsIdempotentByReceptionNumber();
    void badRequestsAreTyped();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalRegister> m_reg;
    static constexpr qint64 Population = 20000;
};

void TestRegister::initTestCase()
{
    m_reg = std::make_unique<LocalRegister>(m_dir.filePath(QStringLiteral("register.sqlite")));
    const auto opened = m_reg->open();
    QVERIFY2(opened, qPrintable(opened.error()));
    QVERIFY(generateKawasakiPopulation(*m_reg, Population, 7));
    // Known residents to look for, one in a variant form.
    QVERIFY(m_reg->beginLoad());
    QVERIFY(m_reg->add({QStringLiteral("T1"), QStringLiteral("HT1"), QStringLiteral("髙橋　健太郎"),
        QStringLiteral("タカハシ　ケンタロウ"), QDate(1984, 6, 15), Sex::Male, QStringLiteral("世帯主"),
        QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号"), QStringLiteral("12345678901")}));
    QVERIFY(m_reg->add({QStringLiteral("T2"), QStringLiteral("HT1"), QStringLiteral("高橋　美和子"),
        QStringLiteral("タカハシ　ミワコ"), QDate(1986, 11, 2), Sex::Female, QStringLiteral("妻"),
        QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号"), QStringLiteral("23456789012")}));
    QVERIFY(m_reg->endLoad());
}

void TestRegister::populationIsPlausible()
{
    QCOMPARE(m_reg->count(), Population + 2);
    // Every ward has residents, heads of household exist, readings are katakana.
    for (const char* ward : {"川崎区", "幸区", "中原区", "高津区", "多摩区", "宮前区", "麻生区"}) {
        PersonQuery q;
        q.address = QStringLiteral("川崎市") + QString::fromUtf8(ward);
        q.limit = 5;
        const auto r = m_reg->searchPersons(q);
        QVERIFY2(r && !r.value().isEmpty(), ward);
        QVERIFY(r.value().first().nameKana.contains(QChar(0x3000)));
    }
}

void TestRegister::searchByReadingPrefixFoldsKana()
{
    PersonQuery q;
    q.kanaPrefix = QStringLiteral("たかはし　けん"); // hiragana, as a clerk may type it
    const auto r = m_reg->searchPersons(q);
    QVERIFY(r);
    QVERIFY(!r.value().isEmpty());
    for (const ResidentRecord& p : r.value())
        QVERIFY2(LocalRegister::kanaKey(p.nameKana).startsWith(QStringLiteral("タカハシケン")), qPrintable(p.nameKana));
    // Small kana typed large, as old records do: サトウ キヨウコ finds サトウ キョウコ.
    q.kanaPrefix = QStringLiteral("サトウ　キヨウコ");
    const auto large = m_reg->searchPersons(q);
    QVERIFY(large);
    QVERIFY(!large.value().isEmpty());
    for (const ResidentRecord& p : large.value())
        QCOMPARE(p.nameKana, QStringLiteral("サトウ　キョウコ"));
}

void TestRegister::searchByNameFoldsVariantsAndSpacing()
{
    PersonQuery q;
    q.name = QStringLiteral("高橋健太郎"); // the register keeps 髙橋, the clerk types 高橋 without a space
    auto r = m_reg->searchPersons(q);
    QVERIFY(r);
    QCOMPARE(r.value().size(), 1);
    QCOMPARE(r.value().first().residentNo, QStringLiteral("T1"));
    // A part of a name (three characters or more) through the trigram index.
    q.name = QStringLiteral("健太郎");
    r = m_reg->searchPersons(q);
    QVERIFY(r);
    bool found = false;
    for (const ResidentRecord& p : r.value())
        found = found || p.residentNo == QLatin1String("T1");
    QVERIFY(found);
}

void TestRegister::searchByBirthDateAddressAndCode()
{
    PersonQuery q;
    q.birthDate = QDate(1986, 11, 2);
    q.address = QStringLiteral("小杉町");
    auto r = m_reg->searchPersons(q);
    QVERIFY(r);
    QVERIFY(!r.value().isEmpty());
    for (const ResidentRecord& p : r.value()) {
        QCOMPARE(p.birthDate, QDate(1986, 11, 2));
        QVERIFY(p.address.contains(QStringLiteral("小杉町")));
    }
    PersonQuery byCode;
    byCode.residentCode = QStringLiteral("２３４５６７８９０１２"); // full-width, as typed from paper
    r = m_reg->searchPersons(byCode);
    QVERIFY(r);
    QCOMPARE(r.value().size(), 1);
    QCOMPARE(r.value().first().name, QStringLiteral("高橋　美和子"));
}

void TestRegister::householdComesHeadFirst()
{
    const auto r = m_reg->household(QStringLiteral("HT1"));
    QVERIFY(r);
    QCOMPARE(r.value().size(), 2);
    QCOMPARE(r.value().first().relationship, QStringLiteral("世帯主"));
    const auto none = m_reg->household(QStringLiteral("H-none"));
    QVERIFY(!none);
    QCOMPARE(none.code(), ErrorCode::NotFound);
}

void TestRegister::existingRegistrationIsFound()
{
    Person incoming;
    incoming.name = QStringLiteral("高橋 健太郎");
    incoming.birthDate = QDate(1984, 6, 15);
    auto r = m_reg->existingRegistrations(incoming);
    QVERIFY(r);
    QCOMPARE(r.value().size(), 1);
    Person stranger;
    stranger.name = QStringLiteral("高橋 健太郎");
    stranger.birthDate = QDate(1984, 6, 16);
    r = m_reg->existingRegistrations(stranger);
    QVERIFY(r);
    QVERIFY(r.value().isEmpty());
    stranger.residentCode = QStringLiteral("12345678901");
    QCOMPARE(m_reg->existingRegistrations(stranger).value().size(), 1);
}

void TestRegister::submitIsIdempotentByReceptionNumber()
{
    ChangeNotification change;
    change.receptionNo = QStringLiteral("K7Q-4M2-93X");
    change.household.members << Person {{}, QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"),
        QDate(1985, 4, 12), Sex::Male, QStringLiteral("世帯主"), {}, {}};
    const auto first = m_reg->submit(change);
    QVERIFY(first);
    QVERIFY(first->receiptNo.startsWith(QStringLiteral("R-")));
    const auto again = m_reg->submit(change);
    QVERIFY(again);
    QCOMPARE(again->receiptNo, first->receiptNo);
}

void TestRegister::badRequestsAreTyped()
{
    const auto empty = m_reg->searchPersons(PersonQuery {});
    QVERIFY(!empty);
    QCOMPARE(empty.code(), ErrorCode::Invalid);
    const auto noMembers = m_reg->submit(ChangeNotification {QStringLiteral("X"), Procedure::MovingIn, {}});
    QVERIFY(!noMembers);
    QCOMPARE(noMembers.code(), ErrorCode::Rejected);
    LocalRegister nowhere(QStringLiteral("/proc/no-such-dir/register.sqlite"));
    const auto opened = nowhere.open();
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Unreachable);
    QVERIFY(!opened.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
