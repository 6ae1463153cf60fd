// The outbox reaching the central store: drained in order, kept whole while the store is
// down, and a change another workstation overtook kept as a conflict, not overwritten.
#include "../CentralStoreFixture.h"
#include "../TestSupport.h"
#include "sync/OutboxRepository.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"
#include "workflow/CaseService.h"

using namespace mdg;

namespace {
// The central store behind a dead network.
class DownStore : public CentralStore
{
public:
    Result<void> open() override { return {}; }
    Result<PushOutcome> push(const QList<SyncedChange>&) override
    {
        ++attempts;
        return Result<PushOutcome>::failure(QStringLiteral("unreachable"));
    }
    Result<QList<PulledChange>> pull(qint64, const QString&, int) override
    {
        return Result<QList<PulledChange>>::failure(QStringLiteral("unreachable"));
    }
    Result<Claim> claim(const QUuid&, const QString&, const QString&, const QDateTime&, const QDateTime&) override
    {
        return Result<Claim>::failure(QStringLiteral("unreachable"));
    }
    Result<int> release(const QUuid&, const QString&, const QString&) override
    {
        return Result<int>::failure(QStringLiteral("unreachable"));
    }
    Result<QList<Claim>> claims(const QDateTime&) override
    {
        return Result<QList<Claim>>::failure(QStringLiteral("unreachable"));
    }
    Result<QList<queue::Ticket>> tickets(const QDateTime&) override
    {
        return Result<QList<queue::Ticket>>::failure(QStringLiteral("unreachable"));
    }
    Result<std::optional<queue::Ticket>> callNext(Stage, const queue::Request&, const QDateTime&) override
    {
        return Result<std::optional<queue::Ticket>>::failure(QStringLiteral("unreachable"));
    }
    Result<queue::Ticket> act(const QUuid&, const queue::Request&, const QDateTime&) override
    {
        return Result<queue::Ticket>::failure(QStringLiteral("unreachable"));
    }
    Result<QList<queue::FirstCall>> firstCalls(const QDateTime&) override
    {
        return Result<QList<queue::FirstCall>>::failure(QStringLiteral("unreachable"));
    }
    Result<int> pushAudit(const QList<ChainedAuditEntry>&) override
    {
        return Result<int>::failure(QStringLiteral("unreachable"));
    }
    Result<QStringList> auditWorkstations() override
    {
        return Result<QStringList>::failure(QStringLiteral("unreachable"));
    }
    Result<QList<ChainedAuditEntry>> auditOf(const QString&) override
    {
        return Result<QList<ChainedAuditEntry>>::failure(QStringLiteral("unreachable"));
    }
    int attempts = 0;
};
} // namespace

class TestSync : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void outboxDrainsInOrder();
    void deadStoreKeepsEverythingThenDrains();
    void overtakenChangeIsKeptAsAConflict();
    void twoWorkstationsSeeEachOthersCases();
    void concurrentEditsEndInAConflictTheClerkSettles();
    void pulledChangeNeverOverwritesUnsentWork();
    void engineCatchesUpABacklogAtOnce();

private:
    // A second workstation: its own local store, clerk and sync over the same central store.
    struct Workstation : test::SyncedWorkstation
    {
        Workstation(const QString& location, const QString& id, const QString& login)
            : SyncedWorkstation(location, id, login, {Role::Clerk})
            , clerk(actor)
            , cases(std::make_unique<CaseService>(*store.db))
        { }
        Actor& clerk;
        std::unique_ptr<CaseService> cases;
    };
    std::unique_ptr<Workstation> workstation(const QString& id, const QString& login) const;

    std::unique_ptr<test::CentralStoreFixture> m_fixture;
    QString m_location;
    std::unique_ptr<test::TempStore> m_local;
    std::unique_ptr<SqlCentralStore> m_central;
    Actor m_clerk;
};

std::unique_ptr<TestSync::Workstation> TestSync::workstation(const QString& id, const QString& login) const
{
    return std::make_unique<Workstation>(m_location, id, login);
}

void TestSync::initTestCase()
{
    m_fixture = std::make_unique<test::CentralStoreFixture>();
}

void TestSync::cleanupTestCase()
{
    m_fixture.reset();
}

void TestSync::init()
{
    m_local = std::make_unique<test::TempStore>();
    m_location = m_fixture->newLocation();
    m_central = std::make_unique<SqlCentralStore>(m_location);
    QVERIFY_OK(m_central->open());
    m_clerk = test::makeActor(*m_local->db, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("ws-a"));
}

void TestSync::cleanup()
{
    m_central.reset();
    m_local.reset();
}

void TestSync::outboxDrainsInOrder()
{
    CaseService cases(*m_local->db);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    cases.create(m_clerk, Procedure::MovingOut, test::twoMembers()).value();
    SyncService sync(*m_local->db, *m_central, QStringLiteral("ws-test"));
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
    SyncService offline(*m_local->db, down, QStringLiteral("ws-test"));
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
    SyncService online(*m_local->db, *m_central, QStringLiteral("ws-test"));
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
    SyncService sync(*m_local->db, *m_central, QStringLiteral("ws-test"));
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

void TestSync::twoWorkstationsSeeEachOthersCases()
{
    auto a = workstation(QStringLiteral("ws-a"), QStringLiteral("clerk-a"));
    auto b = workstation(QStringLiteral("ws-b"), QStringLiteral("clerk-b"));
    const Case opened = a->cases->create(a->clerk, Procedure::MovingIn, test::twoMembers()).value();
    // Each counter gives out its own queue numbers: both start at 1 today.
    const Case local = b->cases->create(b->clerk, Procedure::MovingOut, test::twoMembers()).value();
    QCOMPARE(opened.queueNumber, 1);
    QCOMPARE(local.queueNumber, 1);
    QCOMPARE(a->sync->syncOnce().pushed, 1);
    const auto bs = b->sync->syncOnce();
    QVERIFY2(bs.reachable, qPrintable(bs.message));
    QCOMPARE(bs.pushed, 1);
    QCOMPARE(bs.pulled, 1);
    // B can open A's case with everything A entered, and moves it on.
    const Case atB = b->cases->open(b->clerk, opened.id).value();
    QCOMPARE(atB.household, opened.household);
    QCOMPARE(atB.reference, opened.reference);
    QCOMPARE(atB.queueOrigin, QStringLiteral("ws-a"));
    QVERIFY(b->cases->changeStage(b->clerk, opened.id, atB.version, Stage::Entry));
    QCOMPARE(b->sync->syncOnce().pushed, 1);
    // A sees B's case and B's change of its own case, with the history of both.
    QCOMPARE(a->sync->syncOnce().pulled, 2);
    QCOMPARE(a->cases->open(a->clerk, opened.id)->stage, Stage::Entry);
    QCOMPARE(a->cases->open(a->clerk, local.id)->procedure, Procedure::MovingOut);
    const auto history = a->cases->history(opened.id).value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(a->cases->todaysCases()->size(), 2);
    // Nothing pulled goes back out.
    QCOMPARE(SyncService::status(*a->store.db).waiting, 0);
    QCOMPARE(a->sync->syncOnce().pulled, 0);
}

void TestSync::concurrentEditsEndInAConflictTheClerkSettles()
{
    auto a = workstation(QStringLiteral("ws-a"), QStringLiteral("clerk-a"));
    auto b = workstation(QStringLiteral("ws-b"), QStringLiteral("clerk-b"));
    const Case c = a->cases->create(a->clerk, Procedure::MovingIn, test::twoMembers()).value();
    a->sync->syncOnce();
    b->sync->syncOnce();
    // Both counters correct the same case at once.
    Household fromA = c.household, fromB = c.household;
    fromA.newAddress = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号 101号室");
    fromB.newAddress = QStringLiteral("神奈川県川崎市中原区小杉町三丁目5番1号 201号室");
    QVERIFY(a->cases->updateHousehold(a->clerk, c.id, c.version, fromA));
    QVERIFY(b->cases->updateHousehold(b->clerk, c.id, c.version, fromB));
    QCOMPARE(a->sync->syncOnce().pushed, 1);
    const auto bs = b->sync->syncOnce();
    QCOMPARE(bs.conflicts, 1);
    QCOMPARE(bs.unresolvedConflicts, 1);
    // Nothing was overwritten: B still holds its own entry, and sees both versions.
    auto conflict = b->cases->conflict(b->clerk, c.id).value();
    QVERIFY(conflict.has_value());
    QCOMPARE(conflict->mine.household.newAddress, fromB.newAddress);
    QVERIFY(conflict->theirs.has_value());
    QCOMPARE(conflict->theirs->household.newAddress, fromA.newAddress);
    QCOMPARE(conflict->centralVersion, 2);
    // B's clerk checks with the resident and keeps B's version; it reaches the store.
    const Case settled = b->cases->settleConflict(b->clerk, c.id, CaseService::Keep::Mine).value();
    QCOMPARE(settled.household.newAddress, fromB.newAddress);
    QVERIFY(!b->cases->conflict(b->clerk, c.id)->has_value());
    const auto after = b->sync->syncOnce();
    QCOMPARE(after.pushed, 1);
    QCOMPARE(after.unresolvedConflicts, 0);
    // A receives the settled version.
    a->sync->syncOnce();
    QCOMPARE(a->cases->open(a->clerk, c.id)->household.newAddress, fromB.newAddress);
    QCOMPARE(a->cases->open(a->clerk, c.id)->version, settled.version);
    // Taking the store's version instead is the other choice.
    QVERIFY(a->cases->updateHousehold(a->clerk, c.id, settled.version, fromA));
    QVERIFY(b->cases->updateHousehold(b->clerk, c.id, settled.version, fromB));
    a->sync->syncOnce();
    QCOMPARE(b->sync->syncOnce().conflicts, 1);
    const Case taken = b->cases->settleConflict(b->clerk, c.id, CaseService::Keep::Theirs).value();
    QCOMPARE(taken.household.newAddress, fromA.newAddress);
    QCOMPARE(b->sync->syncOnce().pushed, 1);
}

void TestSync::pulledChangeNeverOverwritesUnsentWork()
{
    auto a = workstation(QStringLiteral("ws-a"), QStringLiteral("clerk-a"));
    auto b = workstation(QStringLiteral("ws-b"), QStringLiteral("clerk-b"));
    Case c = a->cases->create(a->clerk, Procedure::MovingIn, test::twoMembers()).value();
    a->sync->syncOnce();
    b->sync->syncOnce();
    // A moves the case on twice; B, not yet synced, corrects it.
    c = a->cases->changeStage(a->clerk, c.id, c.version, Stage::Entry).value();
    c = a->cases->changeStage(a->clerk, c.id, c.version, Stage::Review).value();
    a->sync->syncOnce();
    Household mine = c.household;
    mine.headName = QStringLiteral("山田　太朗");
    QVERIFY(b->cases->updateHousehold(b->clerk, c.id, 1, mine));
    // Pulling alone (the push has not run) must leave B's correction in place.
    b->sync->pullOnce();
    QCOMPARE(b->cases->open(b->clerk, c.id)->household.headName, mine.headName);
    QCOMPARE(SyncService::status(*b->store.db).waiting, 1);
    // The push then finds A's versions first: a conflict, B's data still there.
    const auto s = b->sync->syncOnce();
    QCOMPARE(s.conflicts, 1);
    QCOMPARE(b->cases->open(b->clerk, c.id)->household.headName, mine.headName);
    QCOMPARE(b->cases->conflict(b->clerk, c.id)->value().theirs->stage, Stage::Review);
}

// A backlog bigger than one pull (a morning's catch-up, a new workstation) arrives in one
// go, not one batch per interval: with an interval of a minute, all of it within seconds.
void TestSync::engineCatchesUpABacklogAtOnce()
{
    auto other = workstation(QStringLiteral("ws-other"), QStringLiteral("clerk-other"));
    const int cases = SyncService::PullBatch + 100;
    for (int i = 0; i < cases; ++i)
        QVERIFY(other->cases->create(other->clerk, Procedure::MovingIn, test::twoMembers()));
    for (int pushed = 0; pushed < cases;) {
        const auto s = other->sync->pushOnce();
        QVERIFY2(s.reachable, qPrintable(s.message));
        pushed += s.pushed;
    }
    auto here = workstation(QStringLiteral("ws-here"), QStringLiteral("clerk-here"));
    int arrived = 0;
    SyncEngine engine(*here->store.db, m_location, QStringLiteral("ws-here"), 60'000);
    connect(&engine, &SyncEngine::changesArrived, this, [&](int n) { arrived += n; });
    QTRY_COMPARE_WITH_TIMEOUT(arrived, cases, 30'000);
    QCOMPARE(here->cases->todaysCases()->size(), cases);
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
