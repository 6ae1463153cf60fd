// Retention of personal data: a closed case's certificate (photo and readings) and findings
// go `days` after it closed, once every event has reached the central store; inbox files
// go the same days after arrival unless their case is open; each removal is audited and the
// events (the figures' source) stay.
#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/EventRepository.h"
#include "db/FindingRepository.h"
#include "db/InboxRepository.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"
#include "workflow/CaseService.h"
#include "workflow/RetentionService.h"

using namespace mdg;

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void closedAndSyncedCasesLoseTheirCertificate();
    void theStoreIsReadableByItsUserOnly();
    void aPreEntryWaitsForItsResidentUntilItExpires();
};

void TestRetention::theStoreIsReadableByItsUserOnly()
{
    test::TempStore store;
    QCOMPARE(QFile::permissions(store.path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(
        QFile::permissions(store.dir.path()) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestRetention::closedAndSyncedCasesLoseTheirCertificate()
{
    test::TempStore store;
    ManualClock clock(QDateTime(QDate(2026, 4, 1), QTime(1, 0), Qt::UTC));
    const Actor clerk = test::makeActor(*store.db, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("ws-1"));
    CaseService cases(*store.db, clock);
    Case open = cases.create(clerk, Procedure::MovingIn, test::twoMembers()).value();
    Case closed = cases.create(clerk, Procedure::MovingIn, test::twoMembers()).value();
    for (Case* c : {&open, &closed}) {
        TransferOutCertificate certificate;
        certificate.householdHead = QStringLiteral("山田　太郎");
        certificate.previousAddress = QStringLiteral("神奈川県横浜市港北区日吉本町一丁目2番3号");
        *c = cases.attachCertificate(clerk, c->id, c->version, certificate, QByteArray("jpeg")).value();
    }
    closed = cases.changeStage(clerk, closed.id, closed.version, Stage::Cancelled, QStringLiteral("withdrawn")).value();
    const auto inboxAdded = store.db->write([&](QSqlDatabase db) {
        return InboxRepository(db).add(
            QUuid::createUuid(), QByteArray("signed"), QStringLiteral("web"), clock.nowUtc(), QDateTime());
    });
    QVERIFY(inboxAdded && inboxAdded.value());
    const qsizetype events = EventRepository(store.db->connection()).forCase(closed.id).size();
    RetentionService retention(*store.db, QStringLiteral("ws-1"), clock);

    // Too early, then old enough but not yet at the central store: nothing goes.
    QCOMPARE(retention.purge(30)->cases, 0);
    clock.advanceSecs(31 * 86400);
    const auto unsynced = retention.purge(30);
    QCOMPARE(unsynced->cases, 0);
    QCOMPARE(unsynced->inbox, 1); // the inbox file's own time is up (its case never came)
    QVERIFY(FindingRepository(store.db->connection()).hasCertificate(closed.id));

    QTemporaryDir central;
    SqlCentralStore centralStore(central.filePath(QStringLiteral("central.sqlite")));
    QVERIFY(centralStore.open());
    SyncService(*store.db, centralStore, QStringLiteral("ws-1"), clock).syncOnce();
    const auto purged = retention.purge(30);
    QVERIFY2(purged, qPrintable(purged.error()));
    QCOMPARE(purged->cases, 1);
    QCOMPARE(purged->inbox, 0);
    QVERIFY(!FindingRepository(store.db->connection()).hasCertificate(closed.id));
    QVERIFY(FindingRepository(store.db->connection()).hasCertificate(open.id)); // still open: kept
    QCOMPARE(EventRepository(store.db->connection()).forCase(closed.id).size(), events);
    const auto audit = AuditRepository(store.db->connection()).forCase(closed.id.toString(QUuid::WithoutBraces));
    QCOMPARE(audit.last().action, QString::fromLatin1(AuditAction::RetentionPurge));
    QCOMPARE(retention.purge(30)->cases, 0); // once
    QCOMPARE(AuditRepository(store.db->connection()).verify().firstBadSeq, 0);
}

void TestRetention::aPreEntryWaitsForItsResidentUntilItExpires()
{
    test::TempStore store;
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC));
    const QDateTime arrived = clock.nowUtc();
    const QUuid longLived = QUuid::createUuid(), shortLived = QUuid::createUuid();
    QVERIFY(store.db
                ->write([&](QSqlDatabase db) {
                    InboxRepository inbox(db);
                    return inbox.add(longLived, "signed", QStringLiteral("web"), arrived, arrived.addDays(60))
                        && inbox.add(shortLived, "signed", QStringLiteral("web"), arrived, arrived.addDays(10));
                })
                .value());
    RetentionService retention(*store.db, QStringLiteral("ws-1"), clock);
    const auto held
        = [&](const QUuid& id) { return InboxRepository(store.db->connection()).signedPayload(id).has_value(); };
    clock.advanceSecs(15 * 86400); // the short one expired 5 days ago: within the grace
    QCOMPARE(retention.purge(30, 7)->inbox, 0);
    clock.advanceSecs(3 * 86400); // 8 days after its expiry
    QCOMPARE(retention.purge(30, 7)->inbox, 1);
    QVERIFY(!held(shortLived));
    clock.advanceSecs(22 * 86400); // 40 days after arrival: the resident may still come
    QCOMPARE(retention.purge(30, 7)->inbox, 0);
    QVERIFY(held(longLived));
    clock.advanceSecs(28 * 86400); // 8 days after its expiry
    QCOMPARE(retention.purge(30, 7)->inbox, 1);
    QVERIFY(!held(longLived));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
