#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/EventRepository.h"
#include "kiosk/DeskEntry.h"
#include "kiosk/DeskIntake.h"
#include "kiosk/IdleWatch.h"
#include "kiosk/KioskPin.h"
#include "kiosk/PostalCodes.h"
#include "security/PasswordHasher.h"
#include "workflow/CasePolicy.h"

#include <QtTest>

using namespace mdg;
using namespace mdg::kiosk;

// The tablet at the writing desk, without its screens: postal codes, answers checked as
// given, the hand-over to intake, the idle wipe and the PIN.
class TestKiosk : public QObject
{
    Q_OBJECT
private slots:
    void postalCodeGivesMunicipalityAndTown();
    void datesByEraOrWesternYear_data();
    void datesByEraOrWesternYear();
    void readingsAreKana();
    void answersAreCheckedAsGiven();
    void handOverOpensOneCaseInReceptionMarkedAsDesk();
    void theDeskMayOnlyOpenCases();
    void idleTabletAsksThenWipes();
    void wrongPinsLockTheExit();

private:
    static DeskEntry family(const QDate& today);
};

void TestKiosk::postalCodeGivesMunicipalityAndTown()
{
    const PostalCodes& table = PostalCodes::builtIn();
    for (const QString& typed :
        {QStringLiteral("2110063"), QStringLiteral("211-0063"), QStringLiteral("〒２１１－００６３")}) {
        const QList<PostalPlace> places = table.lookup(typed);
        QCOMPARE(places.size(), 1);
        QCOMPARE(places.first().municipalityCode, QStringLiteral("141330"));
        QCOMPARE(places.first().address(), QStringLiteral("神奈川県川崎市中原区小杉町"));
    }
    // One code, several towns of one municipality (a rural delivery area).
    const QList<PostalPlace> towns = table.lookup(u"0288402");
    QCOMPARE(towns.size(), 3);
    QCOMPARE(towns.at(1).town, QStringLiteral("北山"));
    // A code covering whole municipalities: no town, and two municipalities.
    const QList<PostalPlace> whole = table.lookup(u"0040000");
    QCOMPARE(whole.size(), 2);
    QVERIFY(whole.first().town.isEmpty());
    QVERIFY(whole.first().municipality.startsWith(QStringLiteral("北海道札幌市")));
    QVERIFY(table.lookup(u"211006").isEmpty());
    QVERIFY(table.lookup(u"9999999").isEmpty());
    QVERIFY(table.lookup(u"21100a3").isEmpty());
}

void TestKiosk::datesByEraOrWesternYear_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("reiwa") << QStringLiteral("令和") << 6 << 2 << 29 << QDate(2024, 2, 29);
    QTest::newRow("showa") << QStringLiteral("昭和") << 60 << 4 << 12 << QDate(1985, 4, 12);
    QTest::newRow("last heisei day") << QStringLiteral("平成") << 31 << 4 << 30 << QDate(2019, 4, 30);
    QTest::newRow("reiwa before it began") << QStringLiteral("令和") << 1 << 4 << 30 << QDate();
    QTest::newRow("showa 64 after it ended") << QStringLiteral("昭和") << 64 << 1 << 8 << QDate();
    QTest::newRow("western") << QString() << 2026 << 3 << 31 << QDate(2026, 3, 31);
    QTest::newRow("no 29 February") << QString() << 2023 << 2 << 29 << QDate();
    QTest::newRow("no day") << QString() << 2026 << 3 << 0 << QDate();
}

void TestKiosk::datesByEraOrWesternYear()
{
    QFETCH(QString, era);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, expected);
    QCOMPARE(dateOf({era, year, month, day}).value_or(QDate()), expected);
}

void TestKiosk::readingsAreKana()
{
    QCOMPARE(readingOf(QStringLiteral("たかはし みなと")), QStringLiteral("タカハシ　ミナト"));
    QCOMPARE(readingOf(QStringLiteral(" タカハシ　　ユミ ")), QStringLiteral("タカハシ　ユミ"));
    QCOMPARE(readingOf(QStringLiteral("スズキ イチロー")), QStringLiteral("スズキ　イチロー"));
    QVERIFY(readingOf(QStringLiteral("高橋 湊")).isEmpty());
    QVERIFY(readingOf(QStringLiteral("takahashi")).isEmpty());
}

DeskEntry TestKiosk::family(const QDate& today)
{
    DeskEntry e;
    e.procedure = Procedure::MovingIn;
    e.moveDate = today.addDays(-3);
    e.fromAddress = QStringLiteral("愛知県蒲郡市神ノ郷町5丁目32番11号");
    e.toAddress = QStringLiteral("神奈川県川崎市中原区小杉町3丁目1番地");
    Person head;
    head.name = QStringLiteral("髙橋　湊");
    head.nameKana = QStringLiteral("タカハシ　ミナト");
    head.birthDate = QDate(1989, 10, 25);
    head.relationship = QStringLiteral("世帯主");
    Person child = head;
    child.name = QStringLiteral("髙橋　結衣");
    child.nameKana = QStringLiteral("タカハシ　ユイ");
    child.birthDate = today.addYears(-2);
    child.sex = Sex::Female;
    child.relationship = QStringLiteral("子");
    e.members = {head, child};
    e.answers = QJsonObject {{QStringLiteral("owns_dog"), true}};
    return e;
}

void TestKiosk::answersAreCheckedAsGiven()
{
    const QDate today(2026, 3, 30);
    DeskEntry e = family(today);
    QVERIFY(e.problems(today).isEmpty());
    e.moveDate = today.addDays(2); // moving in is reported after the move
    QCOMPARE(e.moveDateProblems(today).size(), 1);
    QCOMPARE(e.moveDateProblems(today).first().kind, Problem::Kind::MoveDateOutOfRange);
    e.procedure = Procedure::MovingOut; // moving out up to a month before
    QVERIFY(e.moveDateProblems(today).isEmpty());
    e.moveDate = {};
    QCOMPARE(e.moveDateProblems(today).first().kind, Problem::Kind::Missing);

    e = family(today);
    e.members[1].nameKana = QStringLiteral("高橋結衣");
    e.members[1].birthDate = today.addDays(1);
    const QList<Problem> problems = e.memberProblems(1, today);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("members[1].name_kana"));
    QCOMPARE(problems.at(0).kind, Problem::Kind::NotKana);
    QCOMPARE(problems.at(1).kind, Problem::Kind::BirthInFuture);
    QVERIFY(!problems.at(0).message().isEmpty());
    e.members.clear();
    QCOMPARE(e.problems(today).last().kind, Problem::Kind::NoMembers);
}

void TestKiosk::handOverOpensOneCaseInReceptionMarkedAsDesk()
{
    test::TempStore store;
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    CaseService cases(*store.db, clock);
    DeskIntake desk(cases, QStringLiteral("desk-1"), clock);
    const QUuid entryId = QUuid::createUuid();
    const DeskEntry entry = family(clock.nowUtc().toLocalTime().date());

    const auto first = desk.handOver(entry, entryId);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->queueNumber, 1);
    QCOMPARE(first->entry.answers.value(QStringLiteral("entered_at")).toString(), QStringLiteral("desk"));
    // A double tap or a retry: the same case and number, never a second case.
    const auto again = desk.handOver(entry, entryId);
    QVERIFY(again);
    QCOMPARE(again->queueNumber, 1);
    QCOMPARE(again->reference, first->reference);
    const QList<Case> today = CaseRepository(store.db->connection()).listByQueueDate(cases.today());
    QCOMPARE(today.size(), 1);
    // It waits in Reception for a clerk: the desk may not move it on.
    QCOMPARE(today.first().stage, Stage::Reception);
    const QList<CaseEvent> events = EventRepository(store.db->connection()).forCase(today.first().id);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.first().detail.value(QStringLiteral("source")).toString(), QStringLiteral("desk"));
    QCOMPARE(events.first().workstationId, QStringLiteral("desk-1"));
    QCOMPARE(events.first().staffId, DeskIntake::actor(QStringLiteral("desk-1")).staff.id);
    // The clerk sees the household as entered.
    const Actor clerk = test::makeActor(*store.db, QStringLiteral("clerk"), {Role::Clerk});
    const Case opened = cases.open(clerk, today.first().id).value();
    QCOMPARE(opened.household.members.size(), 2);
    QCOMPARE(opened.household.members.at(1).nameKana, QStringLiteral("タカハシ　ユイ"));
    QCOMPARE(opened.answers.value(QStringLiteral("owns_dog")).toBool(), true);

    // An entry with a problem is not handed over.
    DeskEntry broken = entry;
    broken.members[0].nameKana.clear();
    const auto refused = desk.handOver(broken, QUuid::createUuid());
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::Invalid);
    QCOMPARE(CaseRepository(store.db->connection()).listByQueueDate(cases.today()).size(), 1);
}

void TestKiosk::theDeskMayOnlyOpenCases()
{
    const Roles desk {Role::Desk};
    QVERIFY(CasePolicy::may(desk, CasePolicy::Work::OpenCase));
    for (const auto work :
        {CasePolicy::Work::EnterData, CasePolicy::Work::CheckCertificate, CasePolicy::Work::ResolveFinding,
            CasePolicy::Work::MarkGuidance, CasePolicy::Work::SettleConflict, CasePolicy::Work::ReviewQueue,
            CasePolicy::Work::ReadAuditTrail, CasePolicy::Work::Dashboard, CasePolicy::Work::ChangeSettings})
        QVERIFY(!CasePolicy::may(desk, work, Stage::Reception));
    QVERIFY(!allRoles().contains(Role::Desk)); // no staff account holds it
}

void TestKiosk::idleTabletAsksThenWipes()
{
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    IdleWatch idle(clock);
    clock.advanceSecs(59);
    QCOMPARE(idle.check(), IdleWatch::State::Active);
    idle.touched();
    clock.advanceSecs(59);
    QCOMPARE(idle.check(), IdleWatch::State::Active);
    clock.advanceSecs(1);
    QCOMPARE(idle.check(), IdleWatch::State::Asking);
    QCOMPARE(idle.secondsToWipe(), 30);
    clock.advanceSecs(29);
    QCOMPARE(idle.check(), IdleWatch::State::Asking);
    clock.advanceSecs(1);
    QCOMPARE(idle.check(), IdleWatch::State::Wipe);
    idle.touched(); // "still here" while asking
    QCOMPARE(idle.check(), IdleWatch::State::Active);
}

void TestKiosk::wrongPinsLockTheExit()
{
    ManualClock clock(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    KioskPin pin(PasswordHasher::hash(QStringLiteral("2468"), 1000), clock);
    QVERIFY(pin.isSet());
    QCOMPARE(pin.verify(QStringLiteral("2468")), KioskPin::Outcome::Accepted);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pin.verify(QStringLiteral("0000")), KioskPin::Outcome::Wrong);
    // A fourth guess waits; even the right PIN is refused until the lock ends.
    QCOMPARE(pin.verify(QStringLiteral("2468")), KioskPin::Outcome::Locked);
    clock.advanceSecs(31);
    QCOMPARE(pin.verify(QStringLiteral("2468")), KioskPin::Outcome::Accepted);
    // Without a PIN configured nothing opens the exit.
    KioskPin none(QString(), clock);
    QCOMPARE(none.verify(QString()), KioskPin::Outcome::Wrong);
}

QTEST_GUILESS_MAIN(TestKiosk)
#include "tst_kiosk.moc"
