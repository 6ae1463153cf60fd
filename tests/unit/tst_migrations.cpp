#include "../TestSupport.h"
#include "db/Migrations.h"
#include "db/SqlUtil.h"

#include <QSqlQuery>

using namespace mdg;

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void fromEmptyDatabase();
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void runningTwiceIsHarmless();
    void refusesNewerDatabase();
    void refusesFileThatIsNotADatabase();
    void walAndForeignKeysAreOn();
};

namespace {
QStringList tables(QSqlDatabase db)
{
    QStringList t = db.tables();
    t.sort();
    return t;
}
} // namespace

void TestMigrations::fromEmptyDatabase()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY_OK(db.open());
    QCOMPARE(Migrations::currentVersion(db.connection()), Migrations::latestVersion());
    QVERIFY(Migrations::latestVersion() >= 2);
    const QStringList t = tables(db.connection());
    for (const char* name : {"cases", "persons", "case_events", "staff", "staff_roles", "audit_log", "schema_version"})
        QVERIFY2(t.contains(QString::fromLatin1(name)), name);
}

void TestMigrations::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("start");
    for (int v = 1; v < Migrations::latestVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::fromEachEarlierVersion()
{
    QFETCH(int, start);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        // Build the old schema as an older build would have left it, with a case in it.
        Database old(path);
        QVERIFY_OK(Migrations::apply(old.connection(), start));
        QCOMPARE(Migrations::currentVersion(old.connection()), start);
        execSql(old.connection(),
            QStringLiteral("INSERT INTO cases (id, procedure, stage, version, reference, queue_date, queue_number, "
                           "created_at, updated_at) VALUES ('c1', 'moving_in', 'entry', 3, 'AAA-BBB-CCC', "
                           "'2026-03-30', 7, '2026-03-30T00:00:00.000Z', '2026-03-30T00:00:00.000Z')"));
    }
    Database db(path);
    QVERIFY_OK(db.open());
    QCOMPARE(Migrations::currentVersion(db.connection()), Migrations::latestVersion());
    QSqlQuery q
        = execSql(db.connection(), QStringLiteral("SELECT stage, version, queue_number FROM cases WHERE id = 'c1'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("entry"));
    QCOMPARE(q.value(1).toInt(), 3);
    QCOMPARE(q.value(2).toInt(), 7);
}

void TestMigrations::runningTwiceIsHarmless()
{
    test::TempStore store;
    QVERIFY_OK(Migrations::apply(store.db->connection()));
    QSqlQuery q = execSql(store.db->connection(), QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), Migrations::latestVersion());
}

void TestMigrations::refusesNewerDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        Database db(path);
        QVERIFY_OK(db.open());
        execSql(db.connection(), QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')"),
            {Migrations::latestVersion() + 1});
    }
    Database db(path);
    const auto opened = db.open();
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Store);
    QVERIFY2(opened.error().contains(QStringLiteral("newer")), qPrintable(opened.error()));
}

void TestMigrations::refusesFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    Database db(path);
    const auto opened = db.open();
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Store);
    QVERIFY(!opened.error().isEmpty());
}

void TestMigrations::walAndForeignKeysAreOn()
{
    test::TempStore store;
    QSqlQuery q = execSql(store.db->connection(), QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    q = execSql(store.db->connection(), QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
