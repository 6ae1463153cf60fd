// The audit log as a hash chain: intact as written, and the first row that was changed,
// removed or slipped in is named; rows from before the chain stand apart. The rows reach the
// central store with the sync, where each workstation's chain is checked again and the local
// log against its copy: a log cut at its end shows there (SQLite and PostgreSQL).
#include "../CentralStoreFixture.h"
#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/SqlUtil.h"
#include "sync/AuditCheck.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"

#include <QSqlQuery>

using namespace mdg;

namespace {

void writeRows(Database& db, int n, const QString& workstation = QStringLiteral("ws-1"), int fromMinute = 0)
{
    const auto written = db.write([&](QSqlDatabase c) {
        for (int i = 0; i < n; ++i)
            AuditRepository(c).append(AuditEntry {0, QDateTime(QDate(2026, 4, 1), QTime(1, fromMinute + i), Qt::UTC),
                QStringLiteral("staff-1"), workstation, QStringLiteral("case_view"), QStringLiteral("case-%1").arg(i),
                QString()});
        return true;
    });
    QVERIFY(written);
}

AuditVerdict verify(Database& db)
{
    return db.read([](QSqlDatabase c) { return AuditRepository(c).verify(); }).value();
}

void exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

void exec(Database& db, const QString& sql)
{
    exec(db.connection(), sql);
}

// What someone with the file in hand does first: the log refuses changes until its guard goes.
void dropGuards(Database& db)
{
    exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update"));
    exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete"));
}

// The central store as a second connection of the test, to tamper with it.
QSqlDatabase tamperWith(const QString& location)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        SqlCentralStore::isPostgresLocation(location) ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
        QStringLiteral("tamper-%1").arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (!SqlCentralStore::configurePostgres(db, QUrl(location)))
        db.setDatabaseName(location);
    if (!db.open())
        qFatal("cannot open the central store to tamper with it");
    // The store refuses changes and removals while its guard stands.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("UPDATE central_audit SET detail = detail"))
        || q.exec(QStringLiteral("DELETE FROM central_audit")))
        qFatal("the central audit accepted a change");
    if (SqlCentralStore::isPostgresLocation(location))
        exec(db, QStringLiteral("ALTER TABLE central_audit DISABLE TRIGGER central_audit_no_change"));
    else {
        exec(db, QStringLiteral("DROP TRIGGER central_audit_no_update"));
        exec(db, QStringLiteral("DROP TRIGGER central_audit_no_delete"));
    }
    return db;
}

SyncService::Status pushAll(Database& local, CentralStore& central, const QString& workstation)
{
    return SyncService(local, central, workstation).pushOnce();
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_central = std::make_unique<test::CentralStoreFixture>(); }
    void cleanupTestCase() { m_central.reset(); }
    void intactAsWritten();
    void theLogRefusesChanges();
    void rowsReachTheCentralStoreOnce();
    void centralChainsAreChecked();
    void aLogCutAtItsEndShowsAgainstTheCentralStore();
    void aStoreMadeAnewStartsASecondChain();
    void rowsSentButLostCentrallyShow();
    void aChangedRowIsNamed();
    void aRemovedRowIsNamed();
    void aForgedRowIsNamed();
    void rowsBeforeTheChainStandApart();

private:
    std::unique_ptr<test::CentralStoreFixture> m_central;
};

void TestAuditChain::intactAsWritten()
{
    test::TempStore store;
    writeRows(*store.db, 5);
    const auto v = verify(*store.db);
    QCOMPARE(v.rows, 5);
    QCOMPARE(v.firstBadSeq, 0);
}

void TestAuditChain::aChangedRowIsNamed()
{
    test::TempStore store;
    writeRows(*store.db, 5);
    dropGuards(*store.db);
    exec(*store.db, QStringLiteral("UPDATE audit_log SET case_id = 'another' WHERE seq = 3"));
    const auto v = verify(*store.db);
    QCOMPARE(v.firstBadSeq, 3);
    QCOMPARE(v.problem, QStringLiteral("changed"));
    QCOMPARE(v.rows, 5);
}

void TestAuditChain::aRemovedRowIsNamed()
{
    test::TempStore store;
    writeRows(*store.db, 5);
    dropGuards(*store.db);
    exec(*store.db, QStringLiteral("DELETE FROM audit_log WHERE seq = 2"));
    const auto v = verify(*store.db);
    QCOMPARE(v.firstBadSeq, 3); // the row after the gap no longer links
    QCOMPARE(v.problem, QStringLiteral("removed or inserted"));
}

void TestAuditChain::aForgedRowIsNamed()
{
    test::TempStore store;
    writeRows(*store.db, 3);
    // A row slipped in at the end with a hash of its own making: it does not link to the last.
    exec(*store.db,
        QStringLiteral("INSERT INTO audit_log (at, staff_id, workstation_id, action, case_id, detail, prev_hash, hash)"
                       " VALUES ('2026-04-01T02:00:00.000Z', 'staff-2', 'ws-1', 'case_view', 'x', '', 'abc', 'def')"));
    const auto v = verify(*store.db);
    QCOMPARE(v.firstBadSeq, 4);
    QCOMPARE(v.problem, QStringLiteral("removed or inserted"));
}

void TestAuditChain::rowsBeforeTheChainStandApart()
{
    test::TempStore store;
    exec(*store.db,
        QStringLiteral("INSERT INTO audit_log (at, workstation_id, action) VALUES ('2026-01-01T00:00:00.000Z', 'ws-1', "
                       "'sign_in'), ('2026-01-01T00:01:00.000Z', 'ws-1', 'sign_out')"));
    writeRows(*store.db, 2);
    const auto v = verify(*store.db);
    QCOMPARE(v.beforeChain, 2);
    QCOMPARE(v.firstBadSeq, 0);
    // A row without its hash after the chain began is a break, not an old row.
    dropGuards(*store.db);
    exec(*store.db, QStringLiteral("UPDATE audit_log SET hash = '' WHERE seq = 4"));
    QCOMPARE(verify(*store.db).firstBadSeq, 4);
}

void TestAuditChain::theLogRefusesChanges()
{
    test::TempStore store;
    writeRows(*store.db, 2);
    QSqlQuery q(store.db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE seq = 1")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(verify(*store.db).rows, 2);
}

void TestAuditChain::rowsReachTheCentralStoreOnce()
{
    test::TempStore store;
    writeRows(*store.db, 7);
    SqlCentralStore central(m_central->newLocation());
    QVERIFY_OK(central.open());
    QCOMPARE(pushAll(*store.db, central, QStringLiteral("ws-1")).auditPushed, 7);
    QCOMPARE(pushAll(*store.db, central, QStringLiteral("ws-1")).auditPushed, 0); // nothing new
    // The same rows again (a cursor lost with a crash) change nothing there.
    const auto rows = store.db->read([](QSqlDatabase c) { return AuditRepository(c).chainedAfter(0, 100); });
    QCOMPARE(central.pushAudit(rows.value()).value(), 0);
    writeRows(*store.db, 2);
    QCOMPARE(pushAll(*store.db, central, QStringLiteral("ws-1")).auditPushed, 2);
    const auto there = central.auditOf(QStringLiteral("ws-1"));
    QCOMPARE(there->size(), 9);
    QCOMPARE(there->first().hash, rows->first().hash);
    const auto chains = AuditCheck::central(central);
    QCOMPARE(chains->size(), 1);
    QVERIFY(chains->first().verdict.intact());
    QCOMPARE(chains->first().verdict.chains, 1);
    QVERIFY(AuditCheck::compare(*store.db, central, QStringLiteral("ws-1"))->intact());
}

void TestAuditChain::centralChainsAreChecked()
{
    const QString location = m_central->newLocation();
    SqlCentralStore central(location);
    QVERIFY_OK(central.open());
    for (const char* ws : {"ws-a", "ws-b"}) {
        test::TempStore store;
        writeRows(*store.db, 6, QString::fromLatin1(ws));
        QCOMPARE(pushAll(*store.db, central, QString::fromLatin1(ws)).auditPushed, 6);
    }
    QSqlDatabase db = tamperWith(location);
    exec(db, QStringLiteral("UPDATE central_audit SET detail = 'edited' WHERE workstation_id = 'ws-a' AND seq = 3"));
    exec(db, QStringLiteral("DELETE FROM central_audit WHERE workstation_id = 'ws-b' AND seq = 4"));
    const auto chains = AuditCheck::central(central);
    QCOMPARE(chains->size(), 2);
    QCOMPARE(chains->at(0).workstation, QStringLiteral("ws-a"));
    QCOMPARE(chains->at(0).verdict.firstBadSeq, 3);
    QCOMPARE(chains->at(0).verdict.problem, QStringLiteral("changed"));
    QCOMPARE(chains->at(1).verdict.firstBadSeq, 5);
    QCOMPARE(chains->at(1).verdict.problem, QStringLiteral("removed before it"));
    db.close();
}

void TestAuditChain::aLogCutAtItsEndShowsAgainstTheCentralStore()
{
    test::TempStore store;
    writeRows(*store.db, 6);
    SqlCentralStore central(m_central->newLocation());
    QVERIFY_OK(central.open());
    QCOMPARE(pushAll(*store.db, central, QStringLiteral("ws-1")).auditPushed, 6);
    // The last two rows removed here: the chain that is left is whole on its own ...
    dropGuards(*store.db);
    exec(*store.db, QStringLiteral("DELETE FROM audit_log WHERE seq > 4"));
    QVERIFY(verify(*store.db).intact());
    // ... and the central copy tells.
    const auto c = AuditCheck::compare(*store.db, central, QStringLiteral("ws-1"));
    QVERIFY(!c->intact());
    QCOMPARE(c->localLastSeq, 4);
    QCOMPARE(c->missingHere, 2);
    QCOMPARE(c->firstMissingSeq, 5);
}

void TestAuditChain::aStoreMadeAnewStartsASecondChain()
{
    SqlCentralStore central(m_central->newLocation());
    QVERIFY_OK(central.open());
    {
        test::TempStore before;
        writeRows(*before.db, 3);
        QCOMPARE(pushAll(*before.db, central, QStringLiteral("ws-1")).auditPushed, 3);
    }
    test::TempStore anew; // the same workstation, its store made again: seq starts at 1 once more
    writeRows(*anew.db, 4, QStringLiteral("ws-1"), 30);
    QCOMPARE(pushAll(*anew.db, central, QStringLiteral("ws-1")).auditPushed, 4);
    const auto chains = AuditCheck::central(central);
    QCOMPARE(chains->size(), 1);
    QVERIFY2(chains->first().verdict.intact(), qPrintable(chains->first().verdict.problem));
    QCOMPARE(chains->first().verdict.rows, 7);
    QCOMPARE(chains->first().verdict.chains, 2);
    QVERIFY(AuditCheck::compare(*anew.db, central, QStringLiteral("ws-1"))->intact());
}

void TestAuditChain::rowsSentButLostCentrallyShow()
{
    test::TempStore store;
    writeRows(*store.db, 5);
    const QString location = m_central->newLocation();
    SqlCentralStore central(location);
    QVERIFY_OK(central.open());
    QCOMPARE(pushAll(*store.db, central, QStringLiteral("ws-1")).auditPushed, 5);
    QSqlDatabase db = tamperWith(location);
    exec(db, QStringLiteral("DELETE FROM central_audit WHERE seq = 5"));
    db.close();
    const auto c = AuditCheck::compare(*store.db, central, QStringLiteral("ws-1"));
    QCOMPARE(c->missingCentrally, 1);
    QVERIFY(!c->intact());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
