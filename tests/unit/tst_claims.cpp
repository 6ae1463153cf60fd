// Claims across workstations: exclusive (decided by the central store, so two workstations
// racing for a case end with exactly one holder), renewed by the holder, handed over,
// released at sign-out, expired when idle, and recorded as events of the case so that
// waiting and handling times come from the log. Runs on SQLite and, as the ".postgresql"
// variants, on a PostgreSQL server of its own.
#include "../CentralStoreFixture.h"
#include "../TestSupport.h"
#include "db/EventRepository.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"
#include "workflow/CaseService.h"
#include "workflow/ClaimService.h"

#include <QtConcurrent>

using namespace mdg;

class TestClaims : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void claimIsExclusiveAndRecordedAsAnEvent();
    void handOverAndSignOutRelease();
    void idleClaimExpires();
    void racingWorkstationsExactlyOneWins();
    void centralStoreDownSaysSo();

private:
    struct Workstation : test::SyncedWorkstation
    {
        Workstation(const QString& location, const QString& id, const Clock& clock)
            : SyncedWorkstation(location, id, QStringLiteral("reviewer-") + id, {Role::Reviewer})
            , reviewer(actor)
            , claims(std::make_unique<ClaimService>(*store.db, location, clock))
        { }
        Actor& reviewer;
        std::unique_ptr<ClaimService> claims;
    };
    std::unique_ptr<Workstation> workstation(const QString& id) const;
    QUuid caseInReviewAtBoth(Workstation& a, Workstation& b) const;

    std::unique_ptr<test::CentralStoreFixture> m_fixture;
    QString m_location;
    std::unique_ptr<ManualClock> m_clock;
};

void TestClaims::initTestCase()
{
    m_fixture = std::make_unique<test::CentralStoreFixture>();
}

void TestClaims::cleanupTestCase()
{
    m_fixture.reset();
}

void TestClaims::init()
{
    m_location = m_fixture->newLocation();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
}

void TestClaims::cleanup()
{
    m_clock.reset();
}

std::unique_ptr<TestClaims::Workstation> TestClaims::workstation(const QString& id) const
{
    return std::make_unique<Workstation>(m_location, id, *m_clock);
}

QUuid TestClaims::caseInReviewAtBoth(Workstation& a, Workstation& b) const
{
    static int n = 0;
    const Actor clerk
        = test::makeActor(*a.store.db, QStringLiteral("clerk-%1").arg(++n), {Role::Clerk}, QStringLiteral("ws-a"));
    CaseService cases(*a.store.db);
    Case c = cases.create(clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = cases.changeStage(clerk, c.id, c.version, Stage::Entry).value();
    c = cases.changeStage(clerk, c.id, c.version, Stage::Review).value();
    a.sync->syncOnce();
    b.sync->syncOnce();
    return c.id;
}

void TestClaims::claimIsExclusiveAndRecordedAsAnEvent()
{
    auto a = workstation(QStringLiteral("ws-a"));
    auto b = workstation(QStringLiteral("ws-b"));
    const QUuid id = caseInReviewAtBoth(*a, *b);
    const auto mine = a->claims->claim(a->reviewer, id);
    QVERIFY2(mine, qPrintable(mine.error()));
    QVERIFY(mine->heldBy(a->reviewer.staff.id, QStringLiteral("ws-a")));
    const auto events = EventRepository(a->store.db->connection()).forCase(id);
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::Claimed));
    QCOMPARE(events.last().staffId, a->reviewer.staff.id);
    // The other workstation is told, and gets nothing.
    const auto theirs = b->claims->claim(b->reviewer, id);
    QVERIFY(!theirs);
    QCOMPARE(theirs.code(), ErrorCode::Taken);
    // Renewing writes no second event.
    m_clock->advanceSecs(300);
    QVERIFY(a->claims->claim(a->reviewer, id));
    QCOMPARE(EventRepository(a->store.db->connection()).forCase(id).size(), events.size());
    QCOMPARE(a->claims->claims()->size(), 1);
}

void TestClaims::handOverAndSignOutRelease()
{
    auto a = workstation(QStringLiteral("ws-a"));
    auto b = workstation(QStringLiteral("ws-b"));
    const QUuid id = caseInReviewAtBoth(*a, *b);
    QVERIFY(a->claims->claim(a->reviewer, id));
    QCOMPARE(a->claims->release(a->reviewer, id).value(), 1);
    QCOMPARE(
        EventRepository(a->store.db->connection()).forCase(id).last().kind, QString::fromLatin1(EventKind::Released));
    QCOMPARE(a->sync->syncOnce().pushed, 2);
    // B takes it over: its claim builds on A's events (pulled first), so nothing conflicts.
    QVERIFY(b->claims->claim(b->reviewer, id));
    const auto s = b->sync->syncOnce();
    QCOMPARE(s.conflicts, 0);
    QCOMPARE(s.pushed, 1);
    // Sign-out hands back everything B held.
    const Actor clerk = test::makeActor(*b->store.db, QStringLiteral("clerk-b"), {Role::Clerk}, QStringLiteral("ws-b"));
    const Case other = CaseService(*b->store.db).create(clerk, Procedure::MovingOut, test::twoMembers()).value();
    QVERIFY(b->claims->claim(b->reviewer, other.id));
    QCOMPARE(b->claims->releaseAll(b->reviewer).value(), 2);
    QVERIFY(b->claims->claims()->isEmpty());
}

void TestClaims::idleClaimExpires()
{
    auto a = workstation(QStringLiteral("ws-a"));
    auto b = workstation(QStringLiteral("ws-b"));
    const QUuid id = caseInReviewAtBoth(*a, *b);
    QVERIFY(a->claims->claim(a->reviewer, id));
    m_clock->advanceSecs(14 * 60);
    QVERIFY(!b->claims->claim(b->reviewer, id));
    // A left the workstation without signing out: after 15 idle minutes the case is free.
    m_clock->advanceSecs(2 * 60);
    const auto taken = b->claims->claim(b->reviewer, id);
    QVERIFY2(taken, qPrintable(taken.error()));
    QVERIFY(taken->heldBy(b->reviewer.staff.id, QStringLiteral("ws-b")));
}

void TestClaims::racingWorkstationsExactlyOneWins()
{
    auto a = workstation(QStringLiteral("ws-a"));
    auto b = workstation(QStringLiteral("ws-b"));
    for (int round = 0; round < 8; ++round) {
        const QUuid id = caseInReviewAtBoth(*a, *b);
        // Each claim runs on its own thread with its own connections, as two workstations do.
        auto fa = QtConcurrent::run([&] { return bool(a->claims->claim(a->reviewer, id)); });
        auto fb = QtConcurrent::run([&] { return bool(b->claims->claim(b->reviewer, id)); });
        QCOMPARE(int(fa.result()) + int(fb.result()), 1);
    }
}

void TestClaims::centralStoreDownSaysSo()
{
    test::TempStore store;
    const Actor reviewer = test::makeActor(*store.db, QStringLiteral("r"), {Role::Reviewer});
    ClaimService claims(*store.db,
        m_fixture->isPostgres() ? QStringLiteral("postgresql://postgres@127.0.0.1:1/none")
                                : QStringLiteral("/proc/no-such-dir/central.sqlite"),
        *m_clock);
    const auto r = claims.claim(reviewer, QUuid::createUuid());
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Unreachable);
}

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"
