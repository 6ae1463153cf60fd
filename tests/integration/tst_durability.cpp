// A workstation killed with SIGKILL in the middle of a burst of writes, twenty times: every
// change it acknowledged is in the store afterwards, with its outbox row, and the store
// opens cleanly each time.
#include "../TestSupport.h"
#include "db/EventRepository.h"
#include "db/SqlUtil.h"
#include "sync/OutboxRepository.h"
#include "workflow/CaseService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace mdg;

class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingItAcknowledged();
};

void TestDurability::killedWriterLosesNothingItAcknowledged()
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    QRandomGenerator rng(42);
    int acknowledged = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(BURST_WRITER), {store});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // Let it write for a while (a few to a few dozen cases), then kill it mid-burst.
        const int wanted = 3 + int(rng.bounded(30));
        QByteArray out;
        while (out.count('\n') < wanted && writer.state() == QProcess::Running)
            if (writer.waitForReadyRead(10000))
                out += writer.readAllStandardOutput();
        QTest::qWait(int(rng.bounded(15)));
        writer.kill(); // SIGKILL: no clean-up of any kind
        QVERIFY(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit, writer.readAllStandardError().constData());

        Database db(store);
        QVERIFY_OK(db.open());
        QSqlDatabase c = db.connection();
        QSqlQuery check = execSql(c, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        EventRepository events(c);
        for (const QByteArray& line : out.split('\n')) {
            const QList<QByteArray> parts = line.trimmed().split(' ');
            if (parts.size() != 2)
                continue; // a line cut by the kill was never an acknowledgement
            const QUuid id = QUuid::fromString(QString::fromLatin1(parts[0]));
            const auto history = events.forCase(id);
            QVERIFY2(history.size() == 2, parts[0].constData());
            QCOMPARE(history.last().caseVersion, parts[1].toInt());
            ++acknowledged;
        }
        // Every event has its outbox row: nothing the sync must send was lost either.
        QSqlQuery orphans = execSql(c,
            QStringLiteral("SELECT COUNT(*) FROM case_events e LEFT JOIN outbox o "
                           "ON o.seq = e.seq WHERE o.seq IS NULL"));
        QVERIFY(orphans.next());
        QCOMPARE(orphans.value(0).toInt(), 0);
    }
    qInfo("%d acknowledged cases checked over 20 kills", acknowledged);
    QVERIFY(acknowledged >= 20 * 3);
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
