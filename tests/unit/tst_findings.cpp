// The cross-check as a case lives it: findings stored with the case, resolved by a clerk,
// and a case with an open finding refused at Review by the core.
#include "../TestSupport.h"
#include "db/AuditRepository.h"
#include "db/EventRepository.h"
#include "workflow/CasePolicy.h"
#include "workflow/CaseService.h"
#include "workflow/CaseTimeline.h"
#include "workflow/ConsistentPath.h"

#include <QJsonDocument>

using namespace mdg;

namespace {

// The certificate of twoMembers() as a city prints it, with one real difference: the
// wife's birth date is a day later than entered.
TransferOutCertificate certificateWithOneMismatch()
{
    TransferOutCertificate t;
    t.issuer = QStringLiteral("横浜市港北区長");
    t.previousAddress = QStringLiteral("横浜市港北区日吉本町1-2-3");
    t.destinationAddress = QStringLiteral("川崎市中原区小杉町3-5-1");
    t.plannedMoveDate = QDate(2026, 3, 28);
    t.householdHead = QStringLiteral("山田 太郎");
    t.members = {{QStringLiteral("山田　花子"), QStringLiteral("ヤマダ　ハナコ"), QDate(1987, 9, 4), Sex::Female,
                     QStringLiteral("妻"), QStringLiteral("23456789012")},
        {QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"), QDate(1985, 4, 12), Sex::Male,
            QStringLiteral("世帯主"), QStringLiteral("１２３４５６７８９０１")}};
    return t;
}

const CaseFinding* findingFor(const QList<CaseFinding>& list, const QString& field)
{
    for (const CaseFinding& f : list)
        if (f.finding.field == field)
            return &f;
    return nullptr;
}

} // namespace

class TestFindings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void certificateIsComparedAndStored();
    void openFindingBlocksReviewInTheCore();
    void keepingTheEnteredValueNeedsAReason();
    void takingTheCertificateValueChangesTheCase();
    void editingTheCaseRecomparesIt();
    void onlyAClerkResolves();
    void eventsCarryNoPersonalData();
    void aConsistentCaseGoesToReviewByItself();
    void anUnsureReadingHoldsTheCaseForTheClerk();

private:
    Case newCaseWithCertificate();
    std::unique_ptr<test::TempStore> m_store;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CaseService> m_cases;
    Actor m_clerk;
    Actor m_reviewer;
};

void TestFindings::init()
{
    m_store = std::make_unique<test::TempStore>();
    m_clock = std::make_unique<ManualClock>(QDateTime::fromString(QStringLiteral("2026-03-30T01:00:00Z"), Qt::ISODate));
    m_cases = std::make_unique<CaseService>(*m_store->db, *m_clock);
    m_clerk = test::makeActor(*m_store->db, QStringLiteral("clerk"), {Role::Clerk});
    m_reviewer = test::makeActor(*m_store->db, QStringLiteral("reviewer"), {Role::Reviewer});
}

void TestFindings::cleanup()
{
    m_cases.reset();
    m_store.reset();
}

Case TestFindings::newCaseWithCertificate()
{
    auto c = m_cases->create(m_clerk, Procedure::MovingIn, test::twoMembers());
    if (!c)
        qFatal("create: %s", qPrintable(c.error()));
    auto checked = m_cases->attachCertificate(
        m_clerk, c->id, c->version, certificateWithOneMismatch(), QByteArrayLiteral("\xFF\xD8 jpeg"));
    if (!checked)
        qFatal("attach: %s", qPrintable(checked.error()));
    return checked.value();
}

void TestFindings::certificateIsComparedAndStored()
{
    const Case c = newCaseWithCertificate();
    const auto state = m_cases->crossCheck(m_clerk, c.id);
    QVERIFY(state);
    QVERIFY(state->certificate);
    QCOMPARE(state->certificate->certificate.issuer, QStringLiteral("横浜市港北区長"));
    QCOMPARE(state->certificate->imageJpeg, QByteArrayLiteral("\xFF\xD8 jpeg"));
    QCOMPARE(state->open(), 1);
    // Showing another person's certificate is audited as that.
    const auto shown = m_store->db->read([](QSqlDatabase db) { return AuditRepository(db).recent(1); });
    QCOMPARE(shown->first().action, QString::fromLatin1(AuditAction::CertificateView));
    QCOMPARE(shown->first().caseId, c.id.toString(QUuid::WithoutBraces));
    // Members paired by name and birth date although the certificate lists them the other way round.
    const CaseFinding* born = findingFor(state->findings, QStringLiteral("members[1].birth_date"));
    QVERIFY(born);
    QCOMPARE(born->finding.verdict, Verdict::Mismatch);
    QCOMPARE(born->finding.certificateKey, QStringLiteral("members[0].birth_date"));
    QCOMPARE(
        findingFor(state->findings, QStringLiteral("members[0].resident_code"))->finding.verdict, Verdict::Equivalent);
    QCOMPARE(findingFor(state->findings, QStringLiteral("previous_address"))->finding.verdict, Verdict::Equivalent);
}

void TestFindings::openFindingBlocksReviewInTheCore()
{
    Case c = newCaseWithCertificate();
    c = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    const auto refused = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Review);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::NotAllowed);
    QCOMPARE(refused.error(), CasePolicy::mayMove(m_clerk.staff.roles, {Stage::Entry, true, 1}, Stage::Review).reason);
    QCOMPARE(m_cases->open(m_clerk, c.id)->stage, Stage::Entry);

    Resolution keep {Resolution::Kind::KeepEntered, {}, QStringLiteral("本人確認書類で1987-09-03を確認"), {}, {}};
    c = m_cases->resolveFinding(m_clerk, c.id, c.version, QStringLiteral("members[1].birth_date"), keep).value();
    const auto moved = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Review);
    QVERIFY2(moved, qPrintable(moved.error()));
}

void TestFindings::keepingTheEnteredValueNeedsAReason()
{
    const Case c = newCaseWithCertificate();
    const auto refused = m_cases->resolveFinding(m_clerk, c.id, c.version, QStringLiteral("members[1].birth_date"),
        {Resolution::Kind::KeepEntered, {}, QStringLiteral("  "), {}, {}});
    QVERIFY(!refused);
    QCOMPARE(m_cases->crossCheck(m_clerk, c.id)->open(), 1);
    QCOMPARE(m_cases->open(m_clerk, c.id)->version, c.version);
}

void TestFindings::takingTheCertificateValueChangesTheCase()
{
    const Case c = newCaseWithCertificate();
    m_clock->advanceSecs(60);
    const auto r = m_cases->resolveFinding(m_clerk, c.id, c.version, QStringLiteral("members[1].birth_date"),
        {Resolution::Kind::TakeCertificate, {}, {}, {}, {}});
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->household.members[1].birthDate, QDate(1987, 9, 4));
    const auto state = m_cases->crossCheck(m_clerk, c.id).value();
    QCOMPARE(state.open(), 0);
    const CaseFinding* born = findingFor(state.findings, QStringLiteral("members[1].birth_date"));
    QCOMPARE(born->finding.verdict, Verdict::Match);
    // The resolution stays as the record of who took which value when.
    QVERIFY(born->resolution);
    QCOMPARE(born->resolution->kind, Resolution::Kind::TakeCertificate);
    QCOMPARE(born->resolution->staffId, m_clerk.staff.id);
    QCOMPARE(born->resolution->at, m_clock->nowUtc());
    const auto events = EventRepository(m_store->db->connection()).forCase(c.id);
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::FindingResolved));
    QCOMPARE(events.last().staffId, m_clerk.staff.id);
    QCOMPARE(events.last().detail.value(QLatin1String("resolution")).toString(), QStringLiteral("take_certificate"));
}

void TestFindings::editingTheCaseRecomparesIt()
{
    const Case c = newCaseWithCertificate();
    Household h = c.household;
    h.members[1].birthDate = QDate(1987, 9, 4);
    QVERIFY(m_cases->updateHousehold(m_clerk, c.id, c.version, h));
    QCOMPARE(m_cases->crossCheck(m_clerk, c.id)->open(), 0);
    // Typing a wrong given name opens a new finding.
    h.members[0].name = QStringLiteral("山田　次郎");
    const Case edited = m_cases->updateHousehold(m_clerk, c.id, c.version + 1, h).value();
    const auto state = m_cases->crossCheck(m_clerk, c.id).value();
    QCOMPARE(findingFor(state.findings, QStringLiteral("members[0].name"))->finding.reasonKeys,
        QStringList {QStringLiteral("given_name")});
    const auto r = m_cases->resolveFinding(m_clerk, c.id, edited.version, QStringLiteral("members[0].name"),
        {Resolution::Kind::Edited, QStringLiteral("山田　太郎"), {}, {}, {}});
    QVERIFY2(r, qPrintable(r.error()));
    QCOMPARE(r->household.members[0].name, QStringLiteral("山田　太郎"));
}

void TestFindings::onlyAClerkResolves()
{
    const Case c = newCaseWithCertificate();
    QVERIFY(!m_cases->resolveFinding(m_reviewer, c.id, c.version, QStringLiteral("members[1].birth_date"),
        {Resolution::Kind::TakeCertificate, {}, {}, {}, {}}));
    QVERIFY(!m_cases->attachCertificate(m_reviewer, c.id, c.version, certificateWithOneMismatch(), {}));
}

void TestFindings::eventsCarryNoPersonalData()
{
    const Case c = newCaseWithCertificate();
    QVERIFY(m_cases->resolveFinding(m_clerk, c.id, c.version, QStringLiteral("members[1].birth_date"),
        {Resolution::Kind::KeepEntered, {}, QStringLiteral("住民票で確認"), {}, {}}));
    QSqlDatabase db = m_store->db->connection();
    QString logged;
    for (const CaseEvent& e : EventRepository(db).forCase(c.id))
        logged += QString::fromUtf8(QJsonDocument(e.detail).toJson());
    for (const AuditEntry& a : AuditRepository(db).forCase(c.id.toString(QUuid::WithoutBraces)))
        logged += a.detail;
    for (const char* personal : {"山田", "1987", "ヤマダ", "住民票で確認", "12345678901"})
        QVERIFY2(!logged.contains(QString::fromUtf8(personal)), personal);
    QVERIFY(logged.contains(QStringLiteral("members[1].birth_date")));
}

void TestFindings::aConsistentCaseGoesToReviewByItself()
{
    Case c = newCaseWithCertificate();
    // Not from Reception, and not while the certificate differs: each refusal says why.
    QCOMPARE(m_cases->sendToReviewByItself(m_clerk, c.id, c.version, 0.8).code(), ErrorCode::NotAllowed);
    c = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    const auto held = m_cases->sendToReviewByItself(m_clerk, c.id, c.version, 0.8);
    QCOMPARE(held.code(), ErrorCode::NotAllowed);
    QCOMPARE(m_cases->open(m_clerk, c.id)->stage, Stage::Entry);
    // What the counter's bar shows: the stop, and where the clerk starts.
    const auto before = m_cases->consistency(c.id, 0.8).value();
    QCOMPARE(before.judgement.stops, QList {consistent_path::Stop::Mismatch});
    QCOMPARE(before.judgement.firstField, QStringLiteral("members[1].birth_date"));
    QCOMPARE(before.version, c.version);

    // The clerk takes the certificate's date (one action); the case then goes on by itself.
    Resolution take {Resolution::Kind::TakeCertificate, {}, {}, {}, {}};
    c = m_cases->resolveFinding(m_clerk, c.id, c.version, QStringLiteral("members[1].birth_date"), take).value();
    QVERIFY(m_cases->consistency(c.id, 0.8)->judgement.consistent());
    const auto moved = m_cases->sendToReviewByItself(m_clerk, c.id, c.version, 0.8);
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(moved->stage, Stage::Review);
    const CaseEvent last = EventRepository(m_store->db->connection()).forCase(c.id).last();
    QCOMPARE(last.kind, QString::fromLatin1(EventKind::StageChanged));
    QCOMPARE(last.toStage, std::optional<Stage>(Stage::Review));
    QCOMPARE(last.detail.value(QStringLiteral("by_itself")).toBool(), true);
    QVERIFY(last.detail.value(QStringLiteral("agreeing")).toInt() >= 8);
    // The clerk's one line: opened, read with one to check, settled, Entry, then by itself to Review.
    const QString timeline = caseTimeline(EventRepository(m_store->db->connection()).forCase(c.id));
    const QString at = m_clock->nowUtc().toLocalTime().time().toString(QStringLiteral("HH:mm:ss"));
    QCOMPARE(timeline,
        QStringLiteral("opened %1 · certificate read %1 (1 to check) · to Entry %1 · finding settled %1 · %2 fields "
                       "agree · to Review by itself %1")
            .arg(at)
            .arg(last.detail.value(QStringLiteral("agreeing")).toInt()));
}

void TestFindings::anUnsureReadingHoldsTheCaseForTheClerk()
{
    auto c = m_cases->create(m_clerk, Procedure::MovingIn, test::twoMembers()).value();
    TransferOutCertificate agreeing = certificateWithOneMismatch();
    agreeing.members[0].birthDate = QDate(1987, 9, 3); // as entered: nothing differs
    // The address was hard to read but says what was entered; a reading was hard to read and
    // differs (advisory on its own).
    agreeing.fields << TransferOutCertificate::Field {
        QStringLiteral("previous_address"), QStringLiteral("横浜市港北区日吉本町1-2-3"), 0.55, {}};
    agreeing.members[0].nameKana = QStringLiteral("ヤマダ　ハナエ");
    agreeing.fields << TransferOutCertificate::Field {
        QStringLiteral("members[0].name_kana"), QStringLiteral("ヤマダ　ハナエ"), 0.6, {}};
    c = m_cases->attachCertificate(m_clerk, c.id, c.version, agreeing, {}).value();
    c = m_cases->changeStage(m_clerk, c.id, c.version, Stage::Entry).value();
    const auto held = m_cases->sendToReviewByItself(m_clerk, c.id, c.version, 0.8);
    QCOMPARE(held.code(), ErrorCode::NotAllowed);
    QCOMPARE(held.error(), consistent_path::stopText(consistent_path::Stop::Unsure));
    QCOMPARE(m_cases->consistency(c.id, 0.8)->judgement.firstField, QStringLiteral("members[1].name_kana"));
    // Sure enough by a lower bar, it goes on; the event counts the unsure values the entry
    // corroborated.
    const auto moved = m_cases->sendToReviewByItself(m_clerk, c.id, c.version, 0.58);
    QVERIFY2(moved, qPrintable(moved.error()));
    const CaseEvent last = EventRepository(m_store->db->connection()).forCase(c.id).last();
    QCOMPARE(last.detail.value(QStringLiteral("corroborated")).toInt(), 1);
    QCOMPARE(last.detail.value(QStringLiteral("advisories")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"
