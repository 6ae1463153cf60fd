// The central PostgreSQL server stopped in the middle of a sync burst: the outbox keeps
// every change while it is down, drains after the restart, and the store ends with each
// change exactly once, none missing.
#include "../CentralStoreFixture.h"
#include "../TestSupport.h"
#include "db/EventRepository.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"
#include "workflow/CaseService.h"

#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent>

using namespace mdg;

class TestCentralFaults : public QObject
{
    Q_OBJECT
private slots:
    void serverStoppedMidBurstLosesNothingAndDuplicatesNothing();
};

void TestCentralFaults::serverStoppedMidBurstLosesNothingAndDuplicatesNothing()
{
    test::CentralStoreFixture fixture(true);
    const QString location = fixture.newLocation();
    test::TempStore local;
    const Actor clerk = test::makeActor(*local.db, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("ws-a"));
    CaseService cases(*local.db);
    for (int i = 0; i < 400; ++i)
        QVERIFY(cases.create(clerk, Procedure::MovingIn, test::twoMembers()));

    auto central = std::make_unique<SqlCentralStore>(location);
    QVERIFY_OK(central->open());
    // The server goes down while small batches are on their way.
    QFuture<bool> stopper = QtConcurrent::run([&fixture] {
        QThread::msleep(40);
        return fixture.server()->stop().ok();
    });
    int unreachableRounds = 0;
    for (int round = 0; round < 400 && unreachableRounds < 3; ++round) {
        const auto s = SyncService(*local.db, *central, QStringLiteral("ws-a")).pushOnce(10);
        if (!s.reachable) {
            ++unreachableRounds;
            QVERIFY(!s.message.isEmpty()); // the status bar says so
        }
        if (s.waiting == 0)
            break;
    }
    QVERIFY(stopper.result());
    const int waitingWhileDown = SyncService::status(*local.db).waiting;
    QVERIFY2(waitingWhileDown > 0, "the burst finished before the server stopped; nothing was tested");
    QCOMPARE(unreachableRounds, 3);
    // Work goes on at the counter meanwhile.
    for (int i = 0; i < 25; ++i)
        QVERIFY(cases.create(clerk, Procedure::MovingOut, test::twoMembers()));
    QCOMPARE(SyncService::status(*local.db).waiting, waitingWhileDown + 25);

    // Back up: a fresh connection, as the sync engine makes one, drains the outbox.
    QVERIFY_OK(fixture.server()->start());
    central = std::make_unique<SqlCentralStore>(location);
    QVERIFY_OK(central->open());
    SyncService sync(*local.db, *central, QStringLiteral("ws-a"));
    for (int round = 0; round < 100 && SyncService::status(*local.db).waiting > 0; ++round)
        QVERIFY(sync.pushOnce(50).reachable);
    QCOMPARE(SyncService::status(*local.db).waiting, 0);

    QSet<QUuid> sent;
    for (const CaseEvent& e : EventRepository(local.db->connection()).since(0, 10000))
        sent.insert(e.eventId);
    QCOMPARE(sent.size(), 425);
    QSet<QUuid> stored;
    int rows = 0;
    for (qint64 cursor = 0;;) {
        const auto page = central->pull(cursor, QStringLiteral("nobody"), 1000).value();
        if (page.isEmpty())
            break;
        for (const PulledChange& p : page) {
            stored.insert(p.change.event.eventId);
            ++rows;
        }
        cursor = page.last().cursor;
    }
    QCOMPARE(rows, 425); // no change twice
    QCOMPARE(stored, sent); // none missing
}

QTEST_GUILESS_MAIN(TestCentralFaults)
#include "tst_centralfaults.moc"
