#include "../PreEntryFixtures.h"
#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/EventRepository.h"
#include "intake/IntakeService.h"

#include <QFile>
#include <QThread>

using namespace mdg;

class TestIntakeService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void scanOpensPrefilledCase();
    void sameCodeAgainReopensTheCase();
    void versionOneAndTwoOpenTheSameCase();
    void rejectedCodeOpensNothingAndIsAudited();
    void inboxDetailArrivesLater();
    void concurrentScansOpenOneCase();

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<IntakeService> m_intake;
    Ed25519Key m_key = Ed25519Key::generate();
    Actor m_clerk;
    QString inboxDir() const { return m_store->dir.filePath(QStringLiteral("inbox")); }
    int caseCount() { return int(CaseRepository(m_store->db->connection()).listByQueueDate(m_cases->today()).size()); }
};

void TestIntakeService::init()
{
    m_store = std::make_unique<test::TempStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    m_cases = std::make_unique<CaseService>(*m_store->db, *m_clock);
    KeyRing keys;
    keys.add("web-2026", *Ed25519Key::fromPem(m_key.publicPem()));
    QDir().mkpath(inboxDir());
    m_intake = std::make_unique<IntakeService>(*m_store->db, *m_cases, keys, inboxDir(), *m_clock);
    m_clerk = test::makeActor(*m_store->db, QStringLiteral("clerk"), {Role::Clerk});
}

void TestIntakeService::cleanup()
{
    m_intake.reset();
    m_cases.reset();
    m_store.reset();
}

void TestIntakeService::scanOpensPrefilledCase()
{
    const PreEntry p = test::familyOfFour(m_clock->nowUtc());
    auto r = m_intake->open(m_clerk, PreEntryCodec::encode(p, "web-2026", m_key));
    QVERIFY2(r, qPrintable(r.error()));
    QVERIFY(!r->reopened);
    const Case c = m_cases->open(m_clerk, r->c.id).value();
    QCOMPARE(c.procedure, Procedure::MovingIn);
    // The resident answered reception's questions on the web: the scan was the reception step.
    QCOMPARE(c.stage, Stage::Entry);
    QCOMPARE(c.reference, p.ref);
    QCOMPARE(c.queueNumber, 1);
    QCOMPARE(c.preEntryId, p.id);
    QCOMPARE(c.household.members.size(), 4);
    QCOMPARE(c.household.members.at(3).name, QStringLiteral("髙橋　結衣"));
    QCOMPARE(c.household.members.at(1).sex, Sex::Female);
    QCOMPARE(c.household.previousAddress, p.move.previousAddress);
    QCOMPARE(c.household.moveDate, p.move.date);
    QCOMPARE(c.certificates.size(), 2);
    QCOMPARE(c.answers.value(QStringLiteral("has_card")).toBool(), true);
    QCOMPARE(c.applicant.value(QStringLiteral("phone")).toString(), QStringLiteral("090-1234-5678"));
    const auto events = EventRepository(m_store->db->connection()).forCase(c.id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.first().detail.value(QStringLiteral("source")).toString(), QStringLiteral("qr"));
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::StageChanged));
    QVERIFY(events.last().detail.value(QStringLiteral("by_scan")).toBool());
}


void TestIntakeService::sameCodeAgainReopensTheCase()
{
    const QString text = PreEntryCodec::encode(test::familyOfFour(m_clock->nowUtc()), "web-2026", m_key);
    const auto first = m_intake->open(m_clerk, text);
    QVERIFY(first);
    m_clock->advanceSecs(120);
    const auto second = m_intake->open(m_clerk, text);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(second->reopened);
    QCOMPARE(second->c.id, first->c.id);
    QCOMPARE(second->c.version, 3); // created, moved to Entry by the scan, scanned again
    QCOMPARE(caseCount(), 1);
    const auto events = EventRepository(m_store->db->connection()).forCase(first->c.id);
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::QrRescanned));
}

// The web service moves to version 2 while version 1 codes are still in residents' hands:
// either code of one pre-entry opens the one case.
void TestIntakeService::versionOneAndTwoOpenTheSameCase()
{
    const PreEntry p = test::familyOfFour(m_clock->nowUtc());
    const auto fromV1 = m_intake->open(m_clerk, PreEntryCodec::encode(p, "web-2026", m_key, PreEntryCodec::Format::V1));
    QVERIFY2(fromV1, qPrintable(fromV1.error()));
    QCOMPARE(fromV1->c.household.members.size(), 4);
    const auto fromV2 = m_intake->open(m_clerk, PreEntryCodec::encode(p, "web-2026", m_key, PreEntryCodec::Format::V2));
    QVERIFY2(fromV2, qPrintable(fromV2.error()));
    QVERIFY(fromV2->reopened);
    QCOMPARE(fromV2->c.id, fromV1->c.id);
    QCOMPARE(fromV2->c.household, fromV1->c.household);
    QCOMPARE(caseCount(), 1);
}

void TestIntakeService::rejectedCodeOpensNothingAndIsAudited()
{
    PreEntry p = test::familyOfFour(m_clock->nowUtc());
    p.expiresAt = m_clock->nowUtc().addSecs(-60);
    const auto r = m_intake->open(m_clerk, PreEntryCodec::encode(p, "web-2026", m_key));
    QVERIFY(!r);
    QCOMPARE(r.error(), PreEntryCodec::rejectionMessage(PreEntryCodec::Rejection::Expired));
    QCOMPARE(caseCount(), 0);
    const auto audit = AuditRepository(m_store->db->connection()).recent(1);
    QCOMPARE(audit.first().action, QString::fromLatin1(AuditAction::QrRejected));
    QCOMPARE(audit.first().detail, QStringLiteral("expired"));
    QVERIFY(!m_intake->open(m_clerk, QStringLiteral("MDG1:%%%")));
    QCOMPARE(caseCount(), 0);
}

void TestIntakeService::inboxDetailArrivesLater()
{
    const PreEntry full = test::familyOfFour(m_clock->nowUtc());
    PreEntry idOnly = full;
    idOnly.detailInInbox = true;
    const QString text = PreEntryCodec::encode(idOnly, "web-2026", m_key);
    QVERIFY(text.size() < 400); // the short form really is short
    auto r = m_intake->open(m_clerk, text);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::NotFound);
    QVERIFY2(r.error().contains(full.ref), qPrintable(r.error()));
    QCOMPARE(caseCount(), 0);

    QFile f(inboxDir() + QStringLiteral("/") + full.id.toString(QUuid::WithoutBraces) + QStringLiteral(".cose"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(PreEntryCodec::sign(full, "web-2026", m_key));
    f.close();
    QFile junk(inboxDir() + QStringLiteral("/junk.cose"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not signed at all");
    junk.close();

    r = m_intake->open(m_clerk, text);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->c.household.members.size(), 4);
    QCOMPARE(m_intake->importInbox(), 0); // already imported, the junk never
}

void TestIntakeService::concurrentScansOpenOneCase()
{
    const QString text = PreEntryCodec::encode(test::familyOfFour(m_clock->nowUtc()), "web-2026", m_key);
    QList<QUuid> ids(4);
    QList<QThread*> threads;
    for (int i = 0; i < 4; ++i)
        threads << QThread::create([&, i] {
            auto r = m_intake->open(m_clerk, text);
            if (r)
                ids[i] = r->c.id;
        });
    for (QThread* t : threads)
        t->start();
    for (QThread* t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    for (const QUuid& id : ids)
        QCOMPARE(id, ids.first());
    QVERIFY(!ids.first().isNull());
    QCOMPARE(caseCount(), 1);
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "tst_intakeservice.moc"
