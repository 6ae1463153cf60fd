// The audit log as a hash chain: intact as written, and the first row that was changed,
// removed or slipped in is named; rows from before the chain stand apart.
#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

using namespace mdg;

namespace {

void writeRows(Database& db, int n)
{
    const auto written = db.write([n](QSqlDatabase c) {
        for (int i = 0; i < n; ++i)
            AuditRepository(c).append(
                AuditEntry {0, QDateTime(QDate(2026, 4, 1), QTime(1, i), Qt::UTC), QStringLiteral("staff-1"),
                    QStringLiteral("ws-1"), QStringLiteral("case_view"), QStringLiteral("case-%1").arg(i), QString()});
        return true;
    });
    QVERIFY(written);
}

AuditRepository::Verdict verify(Database& db)
{
    return db.read([](QSqlDatabase c) { return AuditRepository(c).verify(); }).value();
}

void exec(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(sql));
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT
private slots:
    void intactAsWritten();
    void aChangedRowIsNamed();
    void aRemovedRowIsNamed();
    void aForgedRowIsNamed();
    void rowsBeforeTheChainStandApart();
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
    exec(*store.db, QStringLiteral("UPDATE audit_log SET hash = '' WHERE seq = 4"));
    QCOMPARE(verify(*store.db).firstBadSeq, 4);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
