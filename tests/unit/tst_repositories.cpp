#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/EventRepository.h"
#include "db/SqlUtil.h"
#include "db/StaffRepository.h"

#include <QThread>

using namespace mdg;

class TestRepositories : public QObject
{
    Q_OBJECT
private slots:
    void caseRoundTrip();
    void listsAndCounts();
    void eventRoundTripAndCursor();
    void eventVersionIsUniquePerCase();
    void staffRoundTrip();
    void auditRoundTrip();
    void eachThreadHasItsOwnConnection();
};

namespace {
Case sampleCase(int queueNumber, Stage stage = Stage::Entry)
{
    Case c;
    c.id = QUuid::createUuid();
    c.procedure = Procedure::IntraCityMove;
    c.stage = stage;
    c.version = 4;
    c.reference = makeCaseReference();
    c.queueDate = QDate(2026, 3, 30);
    c.queueNumber = queueNumber;
    c.queueOrigin = QStringLiteral("ws-1");
    c.createdAt = QDateTime::fromString(QStringLiteral("2026-03-30T00:15:00.250Z"), Qt::ISODateWithMs);
    c.updatedAt = c.createdAt.addSecs(600);
    c.sentBackReason = QStringLiteral("番地の確認");
    c.household = test::twoMembers();
    c.household.destinationAddress = QStringLiteral("東京都千代田区千代田1番1号");
    return c;
}
} // namespace

void TestRepositories::caseRoundTrip()
{
    test::TempStore store;
    CaseRepository repo(store.db->connection());
    Case c = sampleCase(1);
    repo.insert(c);
    auto back = repo.find(c.id);
    QVERIFY(back);
    QCOMPARE(back->id, c.id);
    QCOMPARE(back->procedure, c.procedure);
    QCOMPARE(back->stage, c.stage);
    QCOMPARE(back->version, c.version);
    QCOMPARE(back->reference, c.reference);
    QCOMPARE(back->queueOrigin, c.queueOrigin);
    QCOMPARE(back->queueDate, c.queueDate);
    QCOMPARE(back->queueNumber, c.queueNumber);
    QCOMPARE(back->createdAt, c.createdAt);
    QCOMPARE(back->updatedAt, c.updatedAt);
    QCOMPARE(back->sentBackReason, c.sentBackReason);
    QCOMPARE(back->household.members.size(), 2);
    // Members come back in order with every field; ids were assigned on insert.
    for (int i = 0; i < 2; ++i) {
        Person expected = c.household.members.at(i);
        expected.id = back->household.members.at(i).id;
        QVERIFY(!expected.id.isEmpty());
        QCOMPARE(back->household.members.at(i), expected);
    }
    Household h = back->household;
    h.members.clear();
    Household e = c.household;
    e.members.clear();
    QCOMPARE(h, e);
    QVERIFY(!repo.find(QUuid::createUuid()));

    back->stage = Stage::Review;
    back->version = 5;
    back->household.newAddress = QStringLiteral("神奈川県川崎市麻生区");
    repo.update(*back);
    auto again = repo.find(c.id);
    QCOMPARE(again->stage, Stage::Review);
    QCOMPARE(again->version, 5);
    QCOMPARE(again->household.newAddress, QStringLiteral("神奈川県川崎市麻生区"));
}

void TestRepositories::listsAndCounts()
{
    test::TempStore store;
    CaseRepository repo(store.db->connection());
    repo.insert(sampleCase(1, Stage::Review));
    repo.insert(sampleCase(2, Stage::Review));
    repo.insert(sampleCase(3, Stage::Entry));
    QCOMPARE(repo.listByQueueDate(QDate(2026, 3, 30)).size(), 3);
    QCOMPARE(repo.listByQueueDate(QDate(2026, 3, 31)).size(), 0);
    QCOMPARE(repo.listByStage(Stage::Review).size(), 2);
    const auto counts = repo.countByStage();
    QCOMPARE(counts.value(Stage::Review), 2);
    QCOMPARE(counts.value(Stage::Entry), 1);
    QCOMPARE(counts.value(Stage::Completion), 0);
    QCOMPARE(repo.nextQueueNumber(QDate(2026, 3, 30), QStringLiteral("ws-1")), 4);
    QCOMPARE(repo.nextQueueNumber(QDate(2026, 3, 31), QStringLiteral("ws-1")), 1);
    // Another workstation's counter numbers its own queue; its cases arrive by sync.
    QCOMPARE(repo.nextQueueNumber(QDate(2026, 3, 30), QStringLiteral("ws-2")), 1);
    Case synced = sampleCase(1, Stage::Entry);
    synced.queueOrigin = QStringLiteral("ws-2");
    repo.insert(synced);
    QCOMPARE(repo.nextQueueNumber(QDate(2026, 3, 30), QStringLiteral("ws-2")), 2);
    const auto list = repo.listByStage(Stage::Review);
    const auto members = repo.memberCounts({list.at(0).id, list.at(1).id});
    QCOMPARE(members.value(list.at(0).id), 2);
}

void TestRepositories::eventRoundTripAndCursor()
{
    test::TempStore store;
    QSqlDatabase db = store.db->connection();
    Case c = sampleCase(1);
    CaseRepository(db).insert(c);
    EventRepository events(db);
    QList<CaseEvent> written;
    for (int v = 1; v <= 3; ++v) {
        CaseEvent e;
        e.eventId = QUuid::createUuid();
        e.caseId = c.id;
        e.caseVersion = v;
        e.kind = QString::fromLatin1(EventKind::StageChanged);
        e.fromStage = Stage::Reception;
        e.toStage = Stage::Entry;
        e.staffId = QStringLiteral("staff-1");
        e.workstationId = QStringLiteral("ws-1");
        e.occurredAt = QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00.125Z"), Qt::ISODateWithMs).addSecs(v);
        e.detail = {{QStringLiteral("reason"), QStringLiteral("理由 %1").arg(v)}};
        e.seq = events.append(e);
        written << e;
    }
    const auto forCase = events.forCase(c.id);
    QCOMPARE(forCase.size(), 3);
    for (int i = 0; i < 3; ++i) {
        const CaseEvent& a = forCase.at(i);
        const CaseEvent& b = written.at(i);
        QCOMPARE(a.seq, b.seq);
        QCOMPARE(a.eventId, b.eventId);
        QCOMPARE(a.caseVersion, b.caseVersion);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.fromStage, b.fromStage);
        QCOMPARE(a.toStage, b.toStage);
        QCOMPARE(a.staffId, b.staffId);
        QCOMPARE(a.workstationId, b.workstationId);
        QCOMPARE(a.occurredAt, b.occurredAt);
        QCOMPARE(a.detail, b.detail);
    }
    QCOMPARE(events.since(written.at(0).seq, 10).size(), 2);
    QCOMPARE(events.since(0, 2).size(), 2);
    QCOMPARE(events.since(written.at(2).seq, 10).size(), 0);
}

void TestRepositories::eventVersionIsUniquePerCase()
{
    test::TempStore store;
    QSqlDatabase db = store.db->connection();
    Case c = sampleCase(1);
    CaseRepository(db).insert(c);
    CaseEvent e;
    e.eventId = QUuid::createUuid();
    e.caseId = c.id;
    e.caseVersion = 1;
    e.kind = QStringLiteral("x");
    e.staffId = e.workstationId = QStringLiteral("s");
    e.occurredAt = QDateTime::currentDateTimeUtc();
    EventRepository(db).append(e);
    CaseEvent dup = e;
    dup.eventId = QUuid::createUuid();
    QVERIFY_THROWS_EXCEPTION(mdg::DbError, EventRepository(db).append(dup));
    CaseEvent sameId = e;
    sameId.caseVersion = 2;
    QVERIFY_THROWS_EXCEPTION(mdg::DbError, EventRepository(db).append(sameId));
}

void TestRepositories::staffRoundTrip()
{
    test::TempStore store;
    StaffRepository repo(store.db->connection());
    StaffMember s {QStringLiteral("id-1"), QStringLiteral("Sato"), QStringLiteral("佐藤　誠"),
        {Role::Clerk, Role::Reviewer}, true};
    repo.insert(s, QStringLiteral("hash"), QDateTime::currentDateTimeUtc());
    auto creds = repo.findByLogin(QStringLiteral("sato")); // logins are case-insensitive
    QVERIFY(creds);
    QCOMPARE(creds->staff.displayName, s.displayName);
    QCOMPARE(creds->staff.roles, s.roles);
    QCOMPARE(creds->passwordHash, QStringLiteral("hash"));
    QCOMPARE(creds->failedAttempts, 0);
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-03-30T01:02:03.004Z"), Qt::ISODateWithMs);
    repo.recordFailure(s.id, t);
    repo.recordFailure(s.id, t);
    creds = repo.findByLogin(QStringLiteral("Sato"));
    QCOMPARE(creds->failedAttempts, 2);
    QCOMPARE(creds->lastFailedAt, t);
    repo.resetFailures(s.id);
    QCOMPARE(repo.findByLogin(QStringLiteral("Sato"))->failedAttempts, 0);
    QCOMPARE(repo.find(s.id)->roles, s.roles);
    QCOMPARE(repo.list().size(), 1);
    QCOMPARE(repo.count(), 1);
}

void TestRepositories::auditRoundTrip()
{
    test::TempStore store;
    AuditRepository repo(store.db->connection());
    const QDateTime t = QDateTime::fromString(QStringLiteral("2026-03-30T01:02:03.004Z"), Qt::ISODateWithMs);
    repo.append(
        {0, t, QStringLiteral("s1"), QStringLiteral("ws"), QStringLiteral("case_open"), QStringLiteral("c1"), {}});
    repo.append({0, t, {}, QStringLiteral("ws"), QStringLiteral("sign_in_failed"), {}, {}});
    const auto forCase = repo.forCase(QStringLiteral("c1"));
    QCOMPARE(forCase.size(), 1);
    QCOMPARE(forCase.first().action, QStringLiteral("case_open"));
    QCOMPARE(forCase.first().at, t);
    const auto recent = repo.recent(10);
    QCOMPARE(recent.size(), 2);
    QCOMPARE(recent.first().action, QStringLiteral("sign_in_failed")); // newest first
    QVERIFY(recent.first().staffId.isEmpty());
}

void TestRepositories::eachThreadHasItsOwnConnection()
{
    test::TempStore store;
    QString workerName;
    Case c = sampleCase(9);
    QThread* worker = QThread::create([&] {
        QSqlDatabase db = store.db->connection();
        workerName = db.connectionName();
        CaseRepository(db).insert(c);
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != store.db->connection().connectionName());
    // The worker's connection goes away with its thread (thread-local destructors run
    // just after wait() returns); its write is visible here.
    QTRY_VERIFY(!QSqlDatabase::connectionNames().contains(workerName));
    QVERIFY(CaseRepository(store.db->connection()).find(c.id));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
