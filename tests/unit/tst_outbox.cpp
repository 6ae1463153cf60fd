// Every change reaches the outbox in its own transaction, with the case as it stood, and
// the outbox drains into the central store in order.
#include "../TestSupport.h"
#include "sync/OutboxRepository.h"
#include "sync/SqlCentralStore.h"
#include "workflow/CaseService.h"

using namespace mdg;

class TestOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyChangeWithTheCaseAsItStood();
    void aRefusedChangeWritesNothing();
    void caseSnapshotRoundTrips();
    void outboxDrainsIntoTheCentralStoreInOrder();

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<CaseService> m_cases;
    Actor m_clerk;
};

void TestOutbox::init()
{
    m_store = std::make_unique<test::TempStore>();
    m_cases = std::make_unique<CaseService>(*m_store->db);
    m_clerk = test::makeActor(*m_store->db, QStringLiteral("clerk"), {Role::Clerk});
}

void TestOutbox::cleanup()
{
    m_cases.reset();
    m_store.reset();
}

void TestOutbox::everyChangeWithTheCaseAsItStood()
{
    Case c = m_cases->create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    Household h = c.household;
    h.headName = QStringLiteral("山田　次郎");
    c = m_cases->updateHousehold(m_clerk, c.id, c.version, h).value();
    const auto pending = OutboxRepository(m_store->db->connection()).pending(100);
    QCOMPARE(pending.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(pending[i].event.caseVersion, i + 1);
        QCOMPARE(pending[i].caseSnapshot.value(QLatin1String("version")).toInt(), i + 1);
    }
    QCOMPARE(pending[1].caseSnapshot.value(QLatin1String("stage")).toString(), QStringLiteral("entry"));
    const auto last = Case::fromJson(pending[2].caseSnapshot);
    QVERIFY(last);
    QCOMPARE(last->household.headName, QStringLiteral("山田　次郎"));
    QCOMPARE(last->household.members.size(), 2);
}

void TestOutbox::aRefusedChangeWritesNothing()
{
    const Case c = m_cases->create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    QVERIFY(!m_cases->changeStage(m_clerk, c.id, c.version, Stage::Completion));
    QVERIFY(!m_cases->changeStage(m_clerk, c.id, c.version + 5, Stage::Entry));
    QCOMPARE(OutboxRepository(m_store->db->connection()).pendingCount(), 1);
}

void TestOutbox::caseSnapshotRoundTrips()
{
    const Case c = m_cases->create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    const Case loaded = m_cases->open(m_clerk, c.id).value();
    const auto back = Case::fromJson(loaded.toJson());
    QVERIFY(back);
    QCOMPARE(back->id, loaded.id);
    QCOMPARE(back->version, loaded.version);
    QCOMPARE(back->reference, loaded.reference);
    QCOMPARE(back->queueDate, loaded.queueDate);
    QCOMPARE(back->household, loaded.household);
    QCOMPARE(back->createdAt, loaded.createdAt);
    QVERIFY(!Case::fromJson(QJsonObject {{QStringLiteral("id"), QStringLiteral("x")}}));
}

void TestOutbox::outboxDrainsIntoTheCentralStoreInOrder()
{
    QTemporaryDir central;
    SqlCentralStore store(central.filePath(QStringLiteral("central.sqlite")));
    QVERIFY_OK(store.open());
    Case c = m_cases->create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    OutboxRepository outbox(m_store->db->connection());
    // Pushed in small batches, as a sync engine does; the cursor moves with each.
    while (outbox.pendingCount() > 0) {
        const auto batch = outbox.pending(1);
        const auto pushed = store.push(batch);
        QVERIFY(pushed);
        QCOMPARE(pushed->accepted.size(), 1);
        outbox.setPushedSeq(batch.last().event.seq);
    }
    const auto seen = store.pull(0, QStringLiteral("another-workstation"), 10).value();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.last().change.caseSnapshot.value(QLatin1String("stage")).toString(), QStringLiteral("entry"));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
