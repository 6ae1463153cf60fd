// The outbox reaching the central store: drained in order, kept whole while the store is
// down, and a change another workstation overtook kept as a conflict, not overwritten.
#include "../TestSupport.h"
#include "db/CaseService.h"
#include "db/OutboxRepository.h"
#include "db/SqliteCentralStore.h"
#include "db/SyncService.h"

using namespace mdg;

namespace {
// The central store behind a dead network.
class DownStore : public CentralStore
{
public:
    bool open(QString*) override { return true; }
    Result<PushOutcome> push(const QList<SyncedChange>&) override
    {
        ++attempts;
        return Result<PushOutcome>::failure(QStringLiteral("unreachable"));
    }
    Result<QList<PulledChange>> pull(qint64, const QString&, int) override
    {
        return Result<QList<PulledChange>>::failure(QStringLiteral("unreachable"));
    }
    int attempts = 0;
};
} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void outboxDrainsInOrder();
    void deadStoreKeepsEverythingThenDrains();
    void overtakenChangeIsKeptAsAConflict();

private:
    std::unique_ptr<test::TempStore> m_local;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCentralStore> m_central;
    Actor m_clerk;
};

void TestSync::init()
{
    m_local = std::make_unique<test::TempStore>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_central = std::make_unique<SqliteCentralStore>(m_dir->filePath(QStringLiteral("central.sqlite")));
    QString error;
    QVERIFY2(m_central->open(&error), qPrintable(error));
    m_clerk = test::makeActor(*m_local->db, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("ws-a"));
}

void TestSync::cleanup()
{
    m_central.reset();
    m_dir.reset();
    m_local.reset();
}

void TestSync::outboxDrainsInOrder()
{
    CaseService cases(*m_local->db);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    cases.create(m_clerk, Procedure::MovingOut, test::twoMembers()).value();
    SyncService sync(*m_local->db, *m_central);
    QCOMPARE(SyncService::status(*m_local->db).waiting, 3);
    // Small batches: three rounds, each in order.
    for (int round = 0; round < 3; ++round)
        QCOMPARE(sync.pushOnce(1).pushed, 1);
    const auto s = sync.pushOnce(1);
    QVERIFY(s.reachable);
    QCOMPARE(s.waiting, 0);
    QCOMPARE(m_central->pull(0, QStringLiteral("ws-other"), 100)->size(), 3);
}

void TestSync::deadStoreKeepsEverythingThenDrains()
{
    CaseService cases(*m_local->db);
    for (int i = 0; i < 5; ++i)
        QVERIFY(cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()));
    DownStore down;
    SyncService offline(*m_local->db, down);
    for (int round = 0; round < 3; ++round) {
        const auto s = offline.pushOnce();
        QVERIFY(!s.reachable);
        QCOMPARE(s.waiting, 5);
        QVERIFY2(s.message.contains(QStringLiteral("not reachable")), qPrintable(s.message));
    }
    QCOMPARE(down.attempts, 3);
    // Work goes on while the store is down.
    QVERIFY(cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()));
    // Back online: everything arrives once, nothing twice.
    SyncService online(*m_local->db, *m_central);
    const auto s = online.pushOnce();
    QCOMPARE(s.pushed, 6);
    QCOMPARE(s.waiting, 0);
    QCOMPARE(online.pushOnce().pushed, 0);
    QCOMPARE(m_central->pull(0, QStringLiteral("ws-other"), 100)->size(), 6);
}

void TestSync::overtakenChangeIsKeptAsAConflict()
{
    CaseService cases(*m_local->db);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    SyncService sync(*m_local->db, *m_central);
    QCOMPARE(sync.pushOnce().pushed, 1);
    // Another workstation changes the case first (its version 2 reaches the store).
    SyncedChange theirs;
    theirs.event.eventId = QUuid::createUuid();
    theirs.event.caseId = c.id;
    theirs.event.caseVersion = 2;
    theirs.event.kind = QString::fromLatin1(EventKind::HouseholdChanged);
    theirs.event.staffId = QStringLiteral("other");
    theirs.event.workstationId = QStringLiteral("ws-b");
    theirs.event.occurredAt = QDateTime::currentDateTimeUtc();
    theirs.caseSnapshot = {{QStringLiteral("version"), 2}, {QStringLiteral("by"), QStringLiteral("ws-b")}};
    QCOMPARE(m_central->push({theirs})->accepted.size(), 1);
    // This workstation's own version 2 arrives second: kept here as a conflict.
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    const auto s = sync.pushOnce();
    QCOMPARE(s.pushed, 0);
    QCOMPARE(s.conflicts, 1);
    QCOMPARE(s.unresolvedConflicts, 1);
    QCOMPARE(s.waiting, 0); // answered, not stuck at the head of the outbox
    QVERIFY(s.message.contains(QStringLiteral("conflicts to settle")));
    const auto seen = m_central->pull(0, QStringLiteral("ws-c"), 100).value();
    QCOMPARE(seen.last().change.caseSnapshot.value(QLatin1String("by")).toString(), QStringLiteral("ws-b"));
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
