// The central store as workstations use it: idempotent pushes, version-guarded changes
// (a conflict, never a silent overwrite), pulls from a cursor, exclusive claims. Runs on
// SQLite and, as the ".postgresql" variants, on a PostgreSQL server of its own.
#include "../CentralStoreFixture.h"
#include "sync/SqlCentralStore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace mdg;

namespace {

SyncedChange change(const QUuid& caseId, int version, const QString& workstation, const QString& head)
{
    SyncedChange c;
    c.event.eventId = QUuid::createUuid();
    c.event.caseId = caseId;
    c.event.caseVersion = version;
    c.event.kind = QString::fromLatin1(version == 1 ? EventKind::Created : EventKind::HouseholdChanged);
    c.event.staffId = QStringLiteral("staff-") + workstation;
    c.event.workstationId = workstation;
    c.event.occurredAt = QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate).addSecs(version);
    c.event.detail = {{QStringLiteral("members"), 2}};
    c.caseSnapshot = {{QStringLiteral("id"), caseId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("version"), version}, {QStringLiteral("head"), head}};
    return c;
}

} // namespace

class TestCentralStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void pushIsIdempotentByEventId();
    void concurrentEditsConflictNeverOverwrite();
    void laterChangesOfAConflictedCaseConflictToo();
    void pullFollowsTheCursorAndSkipsOwnChanges();
    void twoWorkstationsRacingOneCaseExactlyOneWins();
    void unreachableStoreIsReported();
    void settledConflictBuildsOnTheStoresVersion();
    void claimIsExclusiveUntilReleasedOrExpired();
    void claimsRacingFromManyConnectionsExactlyOneWins();

private:
    std::unique_ptr<test::CentralStoreFixture> m_fixture;
    QString m_location;
    std::unique_ptr<SqlCentralStore> m_store;
    QString path() const { return m_location; }
};

void TestCentralStore::initTestCase()
{
    m_fixture = std::make_unique<test::CentralStoreFixture>();
}

void TestCentralStore::cleanupTestCase()
{
    m_fixture.reset();
}

void TestCentralStore::init()
{
    m_location = m_fixture->newLocation();
    m_store = std::make_unique<SqlCentralStore>(path());
    QVERIFY_OK(m_store->open());
}

void TestCentralStore::cleanup()
{
    m_store.reset();
}

void TestCentralStore::pushIsIdempotentByEventId()
{
    const QUuid id = QUuid::createUuid();
    const QList<SyncedChange> batch {change(id, 1, QStringLiteral("A"), QStringLiteral("山田")),
        change(id, 2, QStringLiteral("A"), QStringLiteral("山田"))};
    auto first = m_store->push(batch);
    QVERIFY(first);
    QCOMPARE(first->accepted.size(), 2);
    // The acknowledgement was lost and the workstation pushes the same events again.
    auto again = m_store->push(batch);
    QVERIFY(again);
    QCOMPARE(again->accepted.size(), 2);
    QVERIFY(again->conflicts.isEmpty());
    QCOMPARE(m_store->pull(0, QStringLiteral("B"), 100)->size(), 2);
}

void TestCentralStore::concurrentEditsConflictNeverOverwrite()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_store->push({change(id, 1, QStringLiteral("A"), QStringLiteral("山田"))}));
    // Both workstations hold version 1 and edit it; A reaches the store first.
    QCOMPARE(m_store->push({change(id, 2, QStringLiteral("A"), QStringLiteral("山田　太郎"))})->accepted.size(), 1);
    const auto b = m_store->push({change(id, 2, QStringLiteral("B"), QStringLiteral("山田　次郎"))});
    QVERIFY(b);
    QVERIFY(b->accepted.isEmpty());
    QCOMPARE(b->conflicts.size(), 1);
    QCOMPARE(b->conflicts.first().centralVersion, 2);
    QCOMPARE(
        b->conflicts.first().centralSnapshot.value(QLatin1String("head")).toString(), QStringLiteral("山田　太郎"));
    // What others see is A's case; B's change is not in the store.
    const auto seen = m_store->pull(0, QStringLiteral("C"), 100).value();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.last().change.caseSnapshot.value(QLatin1String("head")).toString(), QStringLiteral("山田　太郎"));
}

void TestCentralStore::laterChangesOfAConflictedCaseConflictToo()
{
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
    QVERIFY(m_store->push({change(a, 1, QStringLiteral("A"), QStringLiteral("x")),
        change(a, 2, QStringLiteral("A"), QStringLiteral("x"))}));
    const auto r = m_store->push(
        {change(a, 2, QStringLiteral("B"), QStringLiteral("y")), change(a, 3, QStringLiteral("B"), QStringLiteral("y")),
            change(b, 1, QStringLiteral("B"), QStringLiteral("z"))});
    QVERIFY(r);
    QCOMPARE(r->conflicts.size(), 2); // version 3 builds on B's version 2, which the store refused
    QCOMPARE(r->accepted.size(), 1); // the other case goes through
}

void TestCentralStore::pullFollowsTheCursorAndSkipsOwnChanges()
{
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid();
    QVERIFY(m_store->push(
        {change(a, 1, QStringLiteral("A"), QStringLiteral("x")), change(a, 2, QStringLiteral("A"), QStringLiteral("x")),
            change(a, 3, QStringLiteral("A"), QStringLiteral("x"))}));
    QVERIFY(m_store->push({change(b, 1, QStringLiteral("B"), QStringLiteral("y"))}));
    const auto forB = m_store->pull(0, QStringLiteral("B"), 100).value();
    QCOMPARE(forB.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(forB[i].change.event.caseVersion, i + 1); // in the order accepted
    QVERIFY(m_store->pull(forB.last().cursor, QStringLiteral("B"), 100)->isEmpty());
    const auto forA = m_store->pull(0, QStringLiteral("A"), 100).value();
    QCOMPARE(forA.size(), 1);
    QCOMPARE(forA.first().change.event.caseId, b);
    QCOMPARE(forA.first().change.event.kind, QString::fromLatin1(EventKind::Created));
    // Paging: a small limit and the cursor walk the whole log.
    QCOMPARE(m_store->pull(0, QStringLiteral("B"), 2)->size(), 2);
}

void TestCentralStore::twoWorkstationsRacingOneCaseExactlyOneWins()
{
    for (int round = 0; round < 20; ++round) {
        const QUuid id = QUuid::createUuid();
        QVERIFY(m_store->push({change(id, 1, QStringLiteral("A"), QStringLiteral("x"))}));
        // Two workstations, each with its own connection, push a version 2 at the same time.
        const auto racer = [this, id](const QString& ws) {
            SqlCentralStore mine(path());
            if (!mine.open())
                return -1;
            const auto r = mine.push({change(id, 2, ws, ws)});
            return r ? int(r->accepted.size()) : -1;
        };
        auto fa = QtConcurrent::run(racer, QStringLiteral("A"));
        auto fb = QtConcurrent::run(racer, QStringLiteral("B"));
        const int a = fa.result(), b = fb.result();
        QVERIFY2(a >= 0 && b >= 0, "a push failed outright");
        QCOMPARE(a + b, 1);
    }
}

void TestCentralStore::unreachableStoreIsReported()
{
    SqlCentralStore nowhere(m_fixture->isPostgres() ? QStringLiteral("postgresql://postgres@127.0.0.1:1/none")
                                                    : QStringLiteral("/proc/no-such-dir/central.sqlite"));
    const auto opened = nowhere.open();
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Unreachable);
    QVERIFY(!opened.error().isEmpty());
}

void TestCentralStore::settledConflictBuildsOnTheStoresVersion()
{
    const QUuid id = QUuid::createUuid();
    QVERIFY(m_store->push({change(id, 1, QStringLiteral("A"), QStringLiteral("x")),
        change(id, 2, QStringLiteral("A"), QStringLiteral("x")),
        change(id, 3, QStringLiteral("A"), QStringLiteral("x"))}));
    // B made versions 2..4 offline; its clerk saw the store at version 3 and kept B's data:
    // the settling change is version 5, built on 3.
    SyncedChange settled = change(id, 5, QStringLiteral("B"), QStringLiteral("y"));
    settled.expectedVersion = 3;
    const auto r = m_store->push({settled});
    QVERIFY(r);
    QCOMPARE(r->accepted.size(), 1);
    // Had the store moved on meanwhile, the same choice would have been refused.
    SyncedChange stale = change(id, 6, QStringLiteral("B"), QStringLiteral("z"));
    stale.expectedVersion = 3;
    QCOMPARE(m_store->push({stale})->conflicts.size(), 1);
    const auto seen = m_store->pull(0, QStringLiteral("C"), 100).value();
    QCOMPARE(seen.last().change.event.caseVersion, 5);
    QCOMPARE(seen.last().change.caseSnapshot.value(QLatin1String("head")).toString(), QStringLiteral("y"));
}

void TestCentralStore::claimIsExclusiveUntilReleasedOrExpired()
{
    const QUuid id = QUuid::createUuid();
    const QDateTime t0 = QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate);
    const auto a = m_store->claim(id, QStringLiteral("clerk-a"), QStringLiteral("A"), t0, t0.addSecs(900));
    QVERIFY(a);
    QVERIFY(a->heldBy(QStringLiteral("clerk-a"), QStringLiteral("A")));
    // Another clerk elsewhere is told who holds it.
    const auto b = m_store->claim(id, QStringLiteral("clerk-b"), QStringLiteral("B"), t0.addSecs(60), t0.addSecs(960));
    QVERIFY(b);
    QVERIFY(b->heldBy(QStringLiteral("clerk-a"), QStringLiteral("A")));
    // The holder renews: the claim keeps its start and runs longer.
    const auto renewed
        = m_store->claim(id, QStringLiteral("clerk-a"), QStringLiteral("A"), t0.addSecs(600), t0.addSecs(1500));
    QCOMPARE(renewed->claimedAt, t0);
    QCOMPARE(renewed->expiresAt, t0.addSecs(1500));
    QCOMPARE(m_store->claims(t0.addSecs(700))->size(), 1);
    // Only the holder can hand it back.
    QCOMPARE(m_store->release(id, QStringLiteral("clerk-b"), QStringLiteral("B")).value(), 0);
    QCOMPARE(m_store->release(id, QStringLiteral("clerk-a"), QStringLiteral("A")).value(), 1);
    QVERIFY(m_store->claim(id, QStringLiteral("clerk-b"), QStringLiteral("B"), t0.addSecs(1600), t0.addSecs(2500))
                ->heldBy(QStringLiteral("clerk-b"), QStringLiteral("B")));
    // An idle claim expires and may be taken over.
    const auto late
        = m_store->claim(id, QStringLiteral("clerk-c"), QStringLiteral("C"), t0.addSecs(2500), t0.addSecs(3400));
    QVERIFY(late->heldBy(QStringLiteral("clerk-c"), QStringLiteral("C")));
    QVERIFY(m_store->claims(t0.addSecs(3400))->isEmpty());
    // Sign-out hands back everything the clerk held at that workstation.
    const QUuid other = QUuid::createUuid();
    QVERIFY(m_store->claim(other, QStringLiteral("clerk-c"), QStringLiteral("C"), t0.addSecs(2600), t0.addSecs(3400)));
    QCOMPARE(m_store->release(QUuid(), QStringLiteral("clerk-c"), QStringLiteral("C")).value(), 2);
}

void TestCentralStore::claimsRacingFromManyConnectionsExactlyOneWins()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < 10; ++round) {
        const QUuid id = QUuid::createUuid();
        // Four workstations, each with its own connection, claim the same case at once.
        const auto racer = [this, id, now](int ws) {
            SqlCentralStore mine(path());
            if (!mine.open())
                return QString();
            const QString name = QStringLiteral("ws-%1").arg(ws);
            const auto c = mine.claim(id, QStringLiteral("clerk"), name, now, now.addSecs(600));
            return c ? c->workstationId : QString();
        };
        QList<QFuture<QString>> futures;
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (int ws = 0; ws < 4; ++ws)
            futures << QtConcurrent::run(&pool, racer, ws);
        QSet<QString> winners;
        for (auto& f : futures) {
            const QString w = f.result();
            QVERIFY2(!w.isEmpty(), "a claim failed outright");
            winners.insert(w);
        }
        QCOMPARE(winners.size(), 1); // every racer was told the same holder
        QCOMPARE(m_store->claims(now)->size(), round + 1);
    }
}

QTEST_GUILESS_MAIN(TestCentralStore)
#include "tst_centralstore.moc"
