// Approve submits the change through the records connector: the receipt stays with the
// case; a records system that is down leaves the case approved-but-not-submitted, listed
// and sent again later, never lost.
#include "../TestSupport.h"
#include "connectors/LocalRegister.h"
#include "db/EventRepository.h"
#include "workflow/CaseService.h"
#include "workflow/SubmissionService.h"

using namespace mdg;

namespace {
// The records system behind a dead network.
class DownConnector : public RecordsConnector
{
public:
    QString name() const override { return QStringLiteral("down"); }
    Result<QList<ResidentRecord>> searchPersons(const PersonQuery&) override { return down(); }
    Result<QList<ResidentRecord>> household(const QString&) override { return down(); }
    Result<QList<ResidentRecord>> existingRegistrations(const Person&) override { return down(); }
    Result<TransferOutCertificate> transferOutInformation(const TransferOutQuery&) override { return down(); }
    Result<Receipt> submit(const ChangeNotification&) override
    {
        ++attempts;
        return Failure {ErrorCode::Unreachable, QStringLiteral("The records system did not answer.")};
    }
    int attempts = 0;

private:
    static Failure down() { return {ErrorCode::Unreachable, QStringLiteral("The records system did not answer.")}; }
};
} // namespace

class TestSubmission : public QObject
{
    Q_OBJECT
private slots:
    void approvalOwesASubmissionAndKeepsTheReceipt();
    void recordsSystemDownLeavesTheCaseListedForRetry();
    void nothingToSubmitBeforeApproval();
};

namespace {
struct Approved
{
    test::TempStore store;
    Actor clerk, reviewer;
    std::unique_ptr<CaseService> cases;
    Case c;
    Approved()
    {
        clerk = test::makeActor(*store.db, QStringLiteral("clerk"), {Role::Clerk});
        reviewer = test::makeActor(*store.db, QStringLiteral("reviewer"), {Role::Reviewer});
        cases = std::make_unique<CaseService>(*store.db);
        c = cases->create(clerk, Procedure::MovingIn, test::twoMembers()).value();
        c = cases->changeStage(clerk, c.id, c.version, Stage::Entry).value();
        c = cases->changeStage(clerk, c.id, c.version, Stage::Review).value();
        c = cases->changeStage(reviewer, c.id, c.version, Stage::Completion).value();
    }
};
} // namespace

void TestSubmission::approvalOwesASubmissionAndKeepsTheReceipt()
{
    Approved a;
    SubmissionService submissions(*a.store.db);
    // The approval itself wrote what is owed, in its own transaction.
    const auto owed = submissions.waiting().value();
    QCOMPARE(owed.size(), 1);
    QCOMPARE(owed.first().caseId, a.c.id);
    QVERIFY(!owed.first().submitted);
    QTemporaryDir dir;
    LocalRegister reg(dir.filePath(QStringLiteral("register.sqlite")));
    QVERIFY_OK(reg.open());
    const auto sent = submissions.submit(a.reviewer, a.c.id, reg);
    QVERIFY2(sent, qPrintable(sent.error()));
    QVERIFY(sent->submitted);
    QVERIFY(sent->receiptNo.startsWith(QStringLiteral("R-")));
    QVERIFY(submissions.waiting()->isEmpty());
    // The receipt is an event of the case, and reaches the outbox like any change.
    const auto events = EventRepository(a.store.db->connection()).forCase(a.c.id);
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::ChangeSubmitted));
    QCOMPARE(events.last().detail.value(QLatin1String("receipt")).toString(), sent->receiptNo);
    // Sending again changes nothing: the receipt stands.
    QCOMPARE(submissions.submit(a.reviewer, a.c.id, reg)->receiptNo, sent->receiptNo);
    QCOMPARE(EventRepository(a.store.db->connection()).forCase(a.c.id).size(), events.size());
}

void TestSubmission::recordsSystemDownLeavesTheCaseListedForRetry()
{
    Approved a;
    SubmissionService submissions(*a.store.db);
    DownConnector down;
    const auto failed = submissions.submit(a.reviewer, a.c.id, down);
    QVERIFY(!failed);
    QCOMPARE(failed.code(), ErrorCode::Unreachable);
    // The records system's own words reach the clerk.
    QVERIFY2(failed.error().contains(QStringLiteral("did not answer")), qPrintable(failed.error()));
    // Approved, not submitted, visible with what went wrong.
    QCOMPARE(a.cases->open(a.reviewer, a.c.id)->stage, Stage::Completion);
    auto waiting = submissions.waiting().value();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().attempts, 1);
    QVERIFY(waiting.first().lastError.contains(QStringLiteral("did not answer")));
    QVERIFY(!submissions.submit(a.reviewer, a.c.id, down));
    QCOMPARE(submissions.waiting()->first().attempts, 2);
    // The records system is back: the retry goes through.
    QTemporaryDir dir;
    LocalRegister reg(dir.filePath(QStringLiteral("register.sqlite")));
    QVERIFY_OK(reg.open());
    const auto sent = submissions.submit(a.reviewer, a.c.id, reg);
    QVERIFY2(sent, qPrintable(sent.error()));
    QCOMPARE(sent->attempts, 3);
    QVERIFY(sent->lastError.isEmpty());
    QVERIFY(submissions.waiting()->isEmpty());
}

void TestSubmission::nothingToSubmitBeforeApproval()
{
    test::TempStore store;
    const Actor clerk = test::makeActor(*store.db, QStringLiteral("clerk"), {Role::Clerk});
    CaseService cases(*store.db);
    const Case c = cases.create(clerk, Procedure::MovingOut, test::twoMembers()).value();
    DownConnector down;
    const auto r = SubmissionService(*store.db).submit(clerk, c.id, down);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::NotFound);
    QCOMPARE(down.attempts, 0);
    QVERIFY(!SubmissionService(*store.db).forCase(c.id)->has_value());
}

QTEST_GUILESS_MAIN(TestSubmission)
#include "tst_submission.moc"
