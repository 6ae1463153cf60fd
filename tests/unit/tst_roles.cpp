// Roles as a table (issue 22): every role against every piece of work and every stage move
// the core knows, allowed or refused with its reason. An administrator is not a reviewer
// unless given the role; the writing desk's tablet only opens cases.
#include "workflow/CasePolicy.h"

#include <QTest>

using namespace mdg;
using Work = CasePolicy::Work;

namespace {

// Columns: Clerk, Reviewer, Supervisor, Admin, Desk. 1 allowed, 0 refused.
const QList<Role> Columns {Role::Clerk, Role::Reviewer, Role::Supervisor, Role::Admin, Role::Desk};

struct WorkRow
{
    const char* name;
    Work work;
    std::optional<Stage> stage;
    const char* allowed;
};

const QList<WorkRow> WorkTable {
    {"open a case", Work::OpenCase, std::nullopt, "10001"},
    {"change the entered data", Work::EnterData, Stage::Entry, "10000"},
    {"check a certificate", Work::CheckCertificate, Stage::Entry, "10000"},
    {"resolve a finding", Work::ResolveFinding, Stage::Entry, "10000"},
    {"tick a related procedure", Work::MarkGuidance, Stage::Entry, "10000"},
    {"settle a conflict", Work::SettleConflict, std::nullopt, "10000"},
    {"take from the review queue", Work::ReviewQueue, std::nullopt, "01100"},
    {"read a case's audit trail", Work::ReadAuditTrail, std::nullopt, "01110"},
    {"see and export the dashboard", Work::Dashboard, std::nullopt, "00110"},
    {"administer stores, keys and staff", Work::ChangeSettings, std::nullopt, "00010"},
    {"call numbers", Work::CallNumbers, std::nullopt, "11100"},
    // The data of a case in review does not change, whoever asks.
    {"change the data in review", Work::EnterData, Stage::Review, "00000"},
};

struct MoveRow
{
    const char* name;
    Stage from;
    Stage to;
    const char* reason;
    const char* allowed;
};

const QList<MoveRow> MoveTable {
    {"reception to entry", Stage::Reception, Stage::Entry, "", "10000"},
    {"entry to review", Stage::Entry, Stage::Review, "", "10000"},
    {"approve", Stage::Review, Stage::Completion, "", "01000"},
    {"send back", Stage::Review, Stage::SentBack, "a missing seal", "01000"},
    {"cancel", Stage::Entry, Stage::Cancelled, "the resident withdrew", "10100"},
};

} // namespace

class TestRoles : public QObject
{
    Q_OBJECT
private slots:
    void work_data();
    void work();
    void moves_data();
    void moves();
    void administratorIsNoReviewerUnlessGivenTheRole();
};

void TestRoles::work_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    for (int r = 0; r < WorkTable.size(); ++r)
        for (int c = 0; c < Columns.size(); ++c)
            QTest::addRow("%s / %s", WorkTable[r].name, qPrintable(roleKey(Columns[c]))) << r << c;
}

void TestRoles::work()
{
    QFETCH(int, row);
    QFETCH(int, column);
    const WorkRow& w = WorkTable[row];
    const auto answer = CasePolicy::may({Columns[column]}, w.work, w.stage);
    QCOMPARE(answer.allowed, w.allowed[column] == '1');
    if (!answer.allowed)
        QVERIFY2(!answer.reason.trimmed().isEmpty(), "a refusal says why");
}

void TestRoles::moves_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    for (int r = 0; r < MoveTable.size(); ++r)
        for (int c = 0; c < Columns.size(); ++c)
            QTest::addRow("%s / %s", MoveTable[r].name, qPrintable(roleKey(Columns[c]))) << r << c;
}

void TestRoles::moves()
{
    QFETCH(int, row);
    QFETCH(int, column);
    const MoveRow& m = MoveTable[row];
    CasePolicy::CaseFacts facts;
    facts.stage = m.from;
    const auto answer = CasePolicy::mayMove({Columns[column]}, facts, m.to, QString::fromUtf8(m.reason));
    QCOMPARE(answer.allowed, m.allowed[column] == '1');
    if (!answer.allowed)
        QVERIFY2(!answer.reason.trimmed().isEmpty(), "a refusal says why");
}

void TestRoles::administratorIsNoReviewerUnlessGivenTheRole()
{
    CasePolicy::CaseFacts inReview;
    inReview.stage = Stage::Review;
    QVERIFY(!CasePolicy::mayMove({Role::Admin}, inReview, Stage::Completion).allowed);
    QVERIFY(!CasePolicy::may({Role::Admin}, Work::ReviewQueue).allowed);
    QVERIFY(CasePolicy::mayMove({Role::Admin, Role::Reviewer}, inReview, Stage::Completion).allowed);
    // Four eyes hold for a reviewer who entered the data, whatever other roles they have.
    inReview.actorEnteredData = true;
    QVERIFY(!CasePolicy::mayMove({Role::Admin, Role::Reviewer, Role::Clerk}, inReview, Stage::Completion).allowed);
}

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
