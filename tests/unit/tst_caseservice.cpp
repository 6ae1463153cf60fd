#include "../TestSupport.h"
#include "db/AnalyticsRepository.h"
#include "db/AuditRepository.h"
#include "db/CaseRepository.h"
#include "db/EventRepository.h"
#include "db/SqlUtil.h"
#include "workflow/CasePolicy.h"
#include "workflow/CaseService.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

using namespace mdg;

class TestCaseService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createWritesCaseEventAndAudit();
    void queueNumbersRestartEachDay();
    void fullLifecycleWithSendBack();
    void illegalTransitionChangesNothing();
    void staleVersionIsRefused();
    void roleIsEnforcedInTheCore();
    void householdEditOnlyBeforeReview();
    void openAndViewAreAudited();
    void auditHoldsNoPersonalData();
    void historyNamesTheStaff();
    void whoEnteredDataDoesNotReview();
    void aFailingStoreChangesNothingAndSaysSo();
    void guidanceIsTickedAsEventsWithWhoAndWhen();

private:
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    Actor m_clerk;
    Actor m_reviewer;
    int eventCount(const QUuid& id) { return int(EventRepository(m_store->db->connection()).forCase(id).size()); }
};

void TestCaseService::init()
{
    m_store = std::make_unique<test::TempStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    m_clerk = test::makeActor(*m_store->db, QStringLiteral("clerk"), {Role::Clerk});
    m_reviewer = test::makeActor(*m_store->db, QStringLiteral("reviewer"), {Role::Reviewer});
}

void TestCaseService::cleanup()
{
    m_store.reset();
}

void TestCaseService::createWritesCaseEventAndAudit()
{
    CaseService cases(*m_store->db, *m_clock);
    auto c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers());
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->stage, Stage::Reception);
    QCOMPARE(c->version, 1);
    QCOMPARE(c->queueNumber, 1);
    QVERIFY(QRegularExpression(QStringLiteral("^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$")).match(c->reference).hasMatch());
    const auto events = EventRepository(m_store->db->connection()).forCase(c->id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().kind, QString::fromLatin1(EventKind::Created));
    QCOMPARE(events.first().caseVersion, 1);
    QCOMPARE(events.first().staffId, m_clerk.staff.id);
    QCOMPARE(events.first().workstationId, m_clerk.workstationId);
    QCOMPARE(events.first().occurredAt, m_clock->nowUtc());
    const auto audit = AuditRepository(m_store->db->connection()).forCase(c->id.toString(QUuid::WithoutBraces));
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QString::fromLatin1(AuditAction::CaseCreate));
    auto reread = cases.open(m_clerk, c->id);
    QCOMPARE(reread->household.members.size(), 2);
}

void TestCaseService::queueNumbersRestartEachDay()
{
    CaseService cases(*m_store->db, *m_clock);
    QCOMPARE(cases.create(m_clerk, Procedure::MovingIn, test::twoMembers())->queueNumber, 1);
    QCOMPARE(cases.create(m_clerk, Procedure::MovingOut, test::twoMembers())->queueNumber, 2);
    m_clock->advanceSecs(24 * 3600);
    auto next = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers());
    QCOMPARE(next->queueNumber, 1);
    QCOMPARE(cases.todaysCases()->size(), 1);
}

void TestCaseService::fullLifecycleWithSendBack()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    auto step = [&](const Actor& who, Stage to, const QString& reason = {}) {
        m_clock->advanceSecs(60);
        auto r = cases.changeStage(who, c.id, c.version, to, reason);
        if (!r)
            qWarning("%s", qPrintable(r.error()));
        QVERIFY(r);
        c = r.value();
    };
    step(m_clerk, Stage::Entry);
    step(m_clerk, Stage::Review);
    step(m_reviewer, Stage::SentBack, QStringLiteral("転出予定日を確認"));
    QCOMPARE(c.sentBackReason, QStringLiteral("転出予定日を確認"));
    step(m_clerk, Stage::Entry);
    QCOMPARE(c.sentBackReason, QStringLiteral("転出予定日を確認")); // shown while the clerk fixes it
    step(m_clerk, Stage::Review);
    QVERIFY(c.sentBackReason.isEmpty());
    step(m_reviewer, Stage::Completion);
    QCOMPARE(c.stage, Stage::Completion);
    QCOMPARE(c.version, 7);
    const auto events = EventRepository(m_store->db->connection()).forCase(c.id);
    QCOMPARE(events.size(), 7);
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(events.at(i).caseVersion, i + 1); // one event per version, in order
    QCOMPARE(events.at(3).detail.value(QStringLiteral("reason")).toString(), QStringLiteral("転出予定日を確認"));
    QCOMPARE(events.at(3).staffId, m_reviewer.staff.id);
    QCOMPARE(cases.countsByStage()->value(Stage::Completion), 1);
}

void TestCaseService::illegalTransitionChangesNothing()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    auto r = cases.changeStage(m_clerk, c.id, c.version, Stage::Review);
    QVERIFY(!r);
    QVERIFY(!r.error().isEmpty());
    auto reread = cases.open(m_clerk, c.id);
    QCOMPARE(reread->stage, Stage::Reception);
    QCOMPARE(reread->version, 1);
    QCOMPARE(eventCount(c.id), 1);
    // A reason is needed to cancel.
    QVERIFY(!cases.changeStage(m_clerk, c.id, c.version, Stage::Cancelled));
    QVERIFY(cases.changeStage(m_clerk, c.id, c.version, Stage::Cancelled, QStringLiteral("取り下げ")));
}

void TestCaseService::staleVersionIsRefused()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    QVERIFY(cases.changeStage(m_clerk, c.id, c.version, Stage::Entry));
    // Another screen still holds version 1.
    auto r = cases.changeStage(m_clerk, c.id, 1, Stage::Cancelled, QStringLiteral("x"));
    QVERIFY(!r);
    QCOMPARE(cases.open(m_clerk, c.id)->stage, Stage::Entry);
    QCOMPARE(eventCount(c.id), 2);
}

void TestCaseService::roleIsEnforcedInTheCore()
{
    CaseService cases(*m_store->db, *m_clock);
    QVERIFY(!cases.create(m_reviewer, Procedure::MovingIn, test::twoMembers()));
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Review).value();
    auto r = cases.changeStage(m_clerk, c.id, c.version, Stage::Completion);
    QVERIFY(!r);
    QCOMPARE(cases.open(m_clerk, c.id)->stage, Stage::Review);
}

void TestCaseService::householdEditOnlyBeforeReview()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    Household h = c.household;
    h.members.removeLast();
    h.newAddress = QStringLiteral("神奈川県川崎市幸区堀川町580番地");
    auto r = cases.updateHousehold(m_clerk, c.id, c.version, h);
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->household.members.size(), 1);
    QCOMPARE(r->household.newAddress, h.newAddress);
    QCOMPARE(r->version, 2);
    c = cases.changeStage(m_clerk, c.id, r->version, Stage::Entry).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Review).value();
    QVERIFY(!cases.updateHousehold(m_clerk, c.id, c.version, h));
}

void TestCaseService::openAndViewAreAudited()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    QVERIFY(cases.open(m_reviewer, c.id));
    QVERIFY(cases.open(m_reviewer, c.id, AuditAction::CaseView));
    const auto audit = AuditRepository(m_store->db->connection()).forCase(c.id.toString(QUuid::WithoutBraces));
    QCOMPARE(audit.size(), 3);
    QCOMPARE(audit.at(1).action, QString::fromLatin1(AuditAction::CaseOpen));
    QCOMPARE(audit.at(1).staffId, m_reviewer.staff.id);
    QCOMPARE(audit.at(2).action, QString::fromLatin1(AuditAction::CaseView));
}

void TestCaseService::auditHoldsNoPersonalData()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    QVERIFY(cases.updateHousehold(m_clerk, c.id, c.version, test::twoMembers()));
    for (const AuditEntry& a : AuditRepository(m_store->db->connection()).recent(100)) {
        // The ids are ids (a random UUID may hold the digits 1985 by chance)…
        QVERIFY2(a.caseId.isEmpty() || !QUuid::fromString(a.caseId).isNull(), qPrintable(a.caseId));
        QVERIFY2(a.staffId.isEmpty() || !QUuid::fromString(a.staffId).isNull(), qPrintable(a.staffId));
        // …and the rest names no one.
        const QString row = a.detail + a.action;
        for (const char* personal : {"山田", "ヤマダ", "1985", "神奈川", "12345678901"})
            QVERIFY2(!row.contains(QString::fromUtf8(personal)), qPrintable(row));
    }
}

void TestCaseService::historyNamesTheStaff()
{
    CaseService cases(*m_store->db, *m_clock);
    Case c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    QVERIFY(cases.changeStage(m_clerk, c.id, c.version, Stage::Entry));
    const auto history = cases.history(c.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(1).staffName, m_clerk.staff.displayName);
    QCOMPARE(history->at(1).event.toStage, std::optional<Stage>(Stage::Entry));
}

void TestCaseService::whoEnteredDataDoesNotReview()
{
    CaseService cases(*m_store->db, *m_clock);
    // A team lead holds both roles; entering a case makes them its clerk, not its reviewer.
    const Actor lead = test::makeActor(*m_store->db, QStringLiteral("lead"), {Role::Clerk, Role::Reviewer});
    Case c = cases.create(lead, Procedure::MovingIn, test::twoMembers()).value();
    c = cases.changeStage(lead, c.id, c.version, Stage::Entry).value();
    c = cases.changeStage(lead, c.id, c.version, Stage::Review).value();
    for (const auto& [to, reason] :
        {std::pair {Stage::Completion, QString()}, {Stage::SentBack, QStringLiteral("x")}}) {
        const auto refused = cases.changeStage(lead, c.id, c.version, to, reason);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::NotAllowed);
        QCOMPARE(refused.error(), CasePolicy::mayMove(lead.staff.roles, {Stage::Review, true, 0}, to, reason).reason);
    }
    QCOMPARE(cases.open(m_reviewer, c.id)->stage, Stage::Review);
    // Someone else reviews it.
    QVERIFY(cases.changeStage(m_reviewer, c.id, c.version, Stage::Completion));
}

// A write that fails half-way (here the audit row, as on a full disk) rolls the whole change
// back and reaches the caller as a Store failure with the clerk's message, never as an exception.
void TestCaseService::aFailingStoreChangesNothingAndSaysSo()
{
    CaseService cases(*m_store->db, *m_clock);
    const auto c = cases.create(m_clerk, Procedure::MovingIn, test::twoMembers());
    QVERIFY2(c, qPrintable(c.error()));
    execSql(m_store->db->connection(),
        QStringLiteral(
            "CREATE TRIGGER full_disk BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END"));

    const auto moved = cases.changeStage(m_clerk, c->id, c->version, Stage::Entry);
    QVERIFY(!moved);
    QCOMPARE(moved.code(), ErrorCode::Store);
    QCOMPARE(moved.error(), Database::unavailable());
    QCOMPARE(eventCount(c->id), 1);
    const auto stored = m_store->db->read([&](QSqlDatabase db) { return CaseRepository(db).find(c->id); });
    QVERIFY(stored && stored.value());
    QCOMPARE(stored.value()->stage, Stage::Reception);
    QCOMPARE(stored.value()->version, c->version);

    const auto created = cases.create(m_clerk, Procedure::MovingOut, test::twoMembers());
    QCOMPARE(created.code(), ErrorCode::Store);
    QCOMPARE(cases.todaysCases()->size(), 1);
}

void TestCaseService::guidanceIsTickedAsEventsWithWhoAndWhen()
{
    CaseService cases(*m_store->db, *m_clock);
    Household h = test::twoMembers();
    h.members << Person {{}, QStringLiteral("山田　陽翔"), QStringLiteral("ヤマダ　ハルト"), QDate(2016, 6, 6),
        Sex::Male, QStringLiteral("子"), {}, {}};
    Case c = cases.create(m_clerk, Procedure::MovingIn, h).value();
    // A school child of a household with no answers: insurance, child allowance, school.
    QList<guidance::ChecklistEntry> list = guidance::checklist(c, {});
    QStringList ids;
    for (const auto& e : list)
        ids << e.item.rule->id;
    QVERIFY2(ids.contains(QStringLiteral("child_allowance")) && ids.contains(QStringLiteral("school_transfer")),
        qPrintable(ids.join(QLatin1Char(' '))));
    QVERIFY(std::all_of(list.cbegin(), list.cend(), [](const auto& e) { return e.mark == guidance::Mark::Open; }));

    m_clock->advanceSecs(60);
    auto marked
        = cases.markGuidance(m_clerk, c.id, c.version, QStringLiteral("child_allowance"), guidance::Mark::Referred);
    QVERIFY2(marked, qPrintable(marked.error()));
    c = marked.value();
    QList<CaseEvent> events;
    for (const auto& e : EventRepository(m_store->db->connection()).forCase(c.id))
        events << e;
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::GuidanceMarked));
    QCOMPARE(events.last().detail.value(QLatin1String("item")).toString(), QStringLiteral("child_allowance"));
    list = guidance::checklist(c, events);
    const auto allowance = std::find_if(
        list.cbegin(), list.cend(), [](const auto& e) { return e.item.rule->id == QLatin1String("child_allowance"); });
    QCOMPARE(allowance->mark, guidance::Mark::Referred);
    QCOMPARE(allowance->staffId, m_clerk.staff.id);
    QCOMPARE(allowance->at, m_clock->nowUtc());
    const auto audit = AuditRepository(m_store->db->connection()).forCase(c.id.toString(QUuid::WithoutBraces));
    QVERIFY(std::any_of(audit.cbegin(), audit.cend(),
        [](const auto& a) { return a.detail == QLatin1String("guidance child_allowance referred"); }));

    // The supervisors' figures read the tick from the log: item and mark, no names.
    QList<EventRow> rows;
    AnalyticsRepository(m_store->db->connection()).load([&](const EventRow& r) { rows << r; }, 0);
    QCOMPARE(rows.last().kind, QString::fromLatin1(EventKind::GuidanceMarked));
    QCOMPARE(rows.last().guidanceItem, QStringLiteral("child_allowance"));
    QCOMPARE(rows.last().guidanceMark, QStringLiteral("referred"));

    // A procedure the household does not bring, a stale version, a reviewer: refused, nothing written.
    const int before = eventCount(c.id);
    QCOMPARE(cases.markGuidance(m_clerk, c.id, c.version, QStringLiteral("moped_plate"), guidance::Mark::Done).code(),
        ErrorCode::NotFound);
    QVERIFY(!cases.markGuidance(m_clerk, c.id, c.version - 1, QStringLiteral("school_transfer"), guidance::Mark::Done));
    QCOMPARE(
        cases.markGuidance(m_reviewer, c.id, c.version, QStringLiteral("school_transfer"), guidance::Mark::Done).code(),
        ErrorCode::NotAllowed);
    QCOMPARE(eventCount(c.id), before);
    // Ticks go on after review, up to the hand-over.
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    c = cases.changeStage(m_clerk, c.id, c.version, Stage::Review).value();
    QVERIFY(cases.markGuidance(m_clerk, c.id, c.version, QStringLiteral("school_transfer"), guidance::Mark::Done));

    // The resident's sheet: written, audited (ids only); refused to a reviewer and to a folder that is not there.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sheet.pdf"));
    const auto written = cases.writeGuidanceSheet(m_clerk, c.id, pdf, QStringLiteral("ja"));
    QVERIFY2(written, qPrintable(written.error()));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const auto printed = AuditRepository(m_store->db->connection()).forCase(c.id.toString(QUuid::WithoutBraces));
    QVERIFY(std::any_of(printed.cbegin(), printed.cend(), [](const auto& a) {
        return a.action == QLatin1String(AuditAction::CasePrint) && a.detail == QLatin1String("guidance sheet");
    }));
    QCOMPARE(cases.writeGuidanceSheet(m_reviewer, c.id, pdf, QStringLiteral("ja")).code(), ErrorCode::NotAllowed);
    QVERIFY(!cases.writeGuidanceSheet(
        m_clerk, c.id, dir.filePath(QStringLiteral("no/such/folder/sheet.pdf")), QStringLiteral("ja")));
}

QTEST_MAIN(TestCaseService)
#include "tst_caseservice.moc"
