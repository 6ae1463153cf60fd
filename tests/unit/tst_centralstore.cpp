// The central store as workstations use it: idempotent pushes, version-guarded changes
// (a conflict, never a silent overwrite), pulls from a cursor.
#include "db/SqliteCentralStore.h"

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
    void init();
    void cleanup();
    void pushIsIdempotentByEventId();
    void concurrentEditsConflictNeverOverwrite();
    void laterChangesOfAConflictedCaseConflictToo();
    void pullFollowsTheCursorAndSkipsOwnChanges();
    void twoWorkstationsRacingOneCaseExactlyOneWins();
    void unreachableStoreIsReported();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteCentralStore> m_store;
    QString path() const { return m_dir->filePath(QStringLiteral("central.sqlite")); }
};

void TestCentralStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<SqliteCentralStore>(path());
    QString error;
    QVERIFY2(m_store->open(&error), qPrintable(error));
}

void TestCentralStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
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
            SqliteCentralStore mine(path());
            QString error;
            if (!mine.open(&error))
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
    SqliteCentralStore nowhere(QStringLiteral("/proc/no-such-dir/central.sqlite"));
    QString error;
    QVERIFY(!nowhere.open(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCentralStore)
#include "tst_centralstore.moc"
