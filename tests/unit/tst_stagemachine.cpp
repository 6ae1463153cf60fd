#include "workflow/CasePolicy.h"
#include "workflow/StageMachine.h"

#include <QTest>

using namespace mdg;

Q_DECLARE_METATYPE(mdg::Stage)

class TestStageMachine : public QObject
{
    Q_OBJECT
private slots:
    void everyPair_data();
    void everyPair();
    void reasonRequired();
    void rolesPerTransition();
    void terminalStagesHaveNoExit();
    void policyWorkByRoleAndStage();
    void policyFourEyesAndOpenFindings();
    void policyForwardStage();
};

namespace {
// The legal transitions, written out independently of the implementation.
const QList<QPair<Stage, Stage>> Legal = {
    {Stage::Reception, Stage::Entry},
    {Stage::Reception, Stage::Cancelled},
    {Stage::Entry, Stage::Review},
    {Stage::Entry, Stage::Cancelled},
    {Stage::Review, Stage::Completion},
    {Stage::Review, Stage::SentBack},
    {Stage::Review, Stage::Cancelled},
    {Stage::SentBack, Stage::Entry},
    {Stage::SentBack, Stage::Cancelled},
};
} // namespace

void TestStageMachine::everyPair_data()
{
    QTest::addColumn<Stage>("from");
    QTest::addColumn<Stage>("to");
    QTest::addColumn<bool>("legal");
    for (Stage from : allStages())
        for (Stage to : allStages())
            QTest::addRow("%s->%s", qPrintable(stageKey(from)), qPrintable(stageKey(to)))
                << from << to << Legal.contains({from, to});
}

void TestStageMachine::everyPair()
{
    QFETCH(Stage, from);
    QFETCH(Stage, to);
    QFETCH(bool, legal);
    const auto v = StageMachine::check(from, to, QStringLiteral("a reason"));
    QCOMPARE(v.allowed, legal);
    QCOMPARE(v.reason.isEmpty(), legal); // a refusal always says why
    QCOMPARE(StageMachine::nextStages(from).contains(to), legal);
}

void TestStageMachine::reasonRequired()
{
    QVERIFY(!StageMachine::check(Stage::Review, Stage::SentBack));
    QVERIFY(!StageMachine::check(Stage::Review, Stage::SentBack, QStringLiteral("   ")));
    QVERIFY(StageMachine::check(Stage::Review, Stage::SentBack, QStringLiteral("住所の番地が違う")));
    QVERIFY(!StageMachine::check(Stage::Entry, Stage::Cancelled));
    QVERIFY(StageMachine::check(Stage::Entry, Stage::Review)); // no reason needed
}

void TestStageMachine::rolesPerTransition()
{
    const QString r = QStringLiteral("reason");
    QVERIFY(StageMachine::checkFor({Role::Clerk}, Stage::Reception, Stage::Entry));
    QVERIFY(!StageMachine::checkFor({Role::Reviewer}, Stage::Reception, Stage::Entry));
    QVERIFY(StageMachine::checkFor({Role::Clerk}, Stage::Entry, Stage::Review));
    QVERIFY(!StageMachine::checkFor({Role::Clerk}, Stage::Review, Stage::Completion));
    QVERIFY(StageMachine::checkFor({Role::Reviewer}, Stage::Review, Stage::Completion));
    QVERIFY(StageMachine::checkFor({Role::Reviewer}, Stage::Review, Stage::SentBack, r));
    QVERIFY(!StageMachine::checkFor({Role::Admin}, Stage::Review, Stage::SentBack, r));
    QVERIFY(StageMachine::checkFor({Role::Supervisor}, Stage::Entry, Stage::Cancelled, r));
    QVERIFY(!StageMachine::checkFor({Role::Reviewer}, Stage::Entry, Stage::Cancelled, r));
    const auto refused = StageMachine::checkFor({Role::Clerk}, Stage::Review, Stage::Completion);
    QVERIFY(!refused.reason.isEmpty());
    // A person holding several roles may do what any of them allows.
    QVERIFY(StageMachine::checkFor({Role::Clerk, Role::Reviewer}, Stage::Review, Stage::Completion));
}

void TestStageMachine::terminalStagesHaveNoExit()
{
    for (Stage t : {Stage::Completion, Stage::Cancelled}) {
        QVERIFY(isTerminal(t));
        QVERIFY(StageMachine::nextStages(t).isEmpty());
        QVERIFY(!StageMachine::check(t, Stage::Entry).reason.isEmpty());
    }
}

// Every work a page offers, for every role and stage: who may, and a reason when not.
void TestStageMachine::policyWorkByRoleAndStage()
{
    using W = CasePolicy::Work;
    const Roles clerk {Role::Clerk}, reviewer {Role::Reviewer}, supervisor {Role::Supervisor}, admin {Role::Admin};
    const auto may = [](const Roles& r, W w, std::optional<Stage> s = std::nullopt) {
        const auto a = CasePolicy::may(r, w, s);
        if (!a)
            [&] { QVERIFY2(!a.reason.isEmpty(), "a refusal says why"); }();
        return a.allowed;
    };
    for (W w : {W::OpenCase, W::EnterData, W::CheckCertificate, W::ResolveFinding, W::SettleConflict}) {
        QVERIFY(may(clerk, w));
        QVERIFY(!may(reviewer, w));
        QVERIFY(!may(supervisor, w));
        QVERIFY(!may(admin, w));
    }
    for (W w : {W::EnterData, W::CheckCertificate, W::ResolveFinding}) {
        QVERIFY(may(clerk, w, Stage::Reception));
        QVERIFY(may(clerk, w, Stage::Entry));
        QVERIFY(may(clerk, w, Stage::SentBack));
        QVERIFY(!may(clerk, w, Stage::Review));
        QVERIFY(!may(clerk, w, Stage::Completion));
        QVERIFY(!may(clerk, w, Stage::Cancelled));
    }
    QVERIFY(may(reviewer, W::ReviewQueue) && may(supervisor, W::ReviewQueue));
    QVERIFY(!may(clerk, W::ReviewQueue) && !may(admin, W::ReviewQueue));
    QVERIFY(may(reviewer, W::ReadAuditTrail) && may(supervisor, W::ReadAuditTrail) && may(admin, W::ReadAuditTrail));
    QVERIFY(!may(clerk, W::ReadAuditTrail));
    QVERIFY(may(supervisor, W::Dashboard) && may(admin, W::Dashboard));
    QVERIFY(!may(clerk, W::Dashboard) && !may(reviewer, W::Dashboard));
    QVERIFY(may(admin, W::ChangeSettings));
    QVERIFY(!may(clerk, W::ChangeSettings) && !may(reviewer, W::ChangeSettings) && !may(supervisor, W::ChangeSettings));
}

void TestStageMachine::policyFourEyesAndOpenFindings()
{
    const Roles clerk {Role::Clerk}, reviewer {Role::Reviewer};
    CasePolicy::CaseFacts review {Stage::Review, false, 0};
    QVERIFY(CasePolicy::mayMove(reviewer, review, Stage::Completion));
    QVERIFY(CasePolicy::mayMove(reviewer, review, Stage::SentBack, QStringLiteral("date wrong")));
    // Who entered data does not approve or send back, but may still cancel as a clerk would.
    review.actorEnteredData = true;
    const auto approve = CasePolicy::mayMove(Roles {Role::Clerk, Role::Reviewer}, review, Stage::Completion);
    QVERIFY(!approve);
    QVERIFY(approve.reason != StageMachine::checkFor(reviewer, Stage::Review, Stage::Completion).reason);
    QVERIFY(!CasePolicy::mayMove(reviewer, review, Stage::SentBack, QStringLiteral("date wrong")));
    QVERIFY(CasePolicy::mayMove(Roles {Role::Clerk, Role::Reviewer}, review, Stage::Cancelled, QStringLiteral("x")));
    // No review while the certificate check has open findings; Entry is still fine.
    CasePolicy::CaseFacts entry {Stage::Entry, true, 2};
    QVERIFY(!CasePolicy::mayMove(clerk, entry, Stage::Review));
    entry.openFindings = 0;
    QVERIFY(CasePolicy::mayMove(clerk, entry, Stage::Review));
    QVERIFY(CasePolicy::mayMove(clerk, {Stage::Reception, false, 3}, Stage::Entry));
    // The stage machine's own refusals come through unchanged.
    QVERIFY(!CasePolicy::mayMove(reviewer, {Stage::Entry, false, 0}, Stage::Review));
    QVERIFY(!CasePolicy::mayMove(clerk, {Stage::Entry, false, 0}, Stage::Cancelled));
}

void TestStageMachine::policyForwardStage()
{
    QCOMPARE(CasePolicy::forwardStage(Stage::Reception), std::optional<Stage>(Stage::Entry));
    QCOMPARE(CasePolicy::forwardStage(Stage::SentBack), std::optional<Stage>(Stage::Entry));
    QCOMPARE(CasePolicy::forwardStage(Stage::Entry), std::optional<Stage>(Stage::Review));
    QCOMPARE(CasePolicy::forwardStage(Stage::Review), std::optional<Stage>(Stage::Completion));
    QCOMPARE(CasePolicy::forwardStage(Stage::Completion), std::nullopt);
    QCOMPARE(CasePolicy::forwardStage(Stage::Cancelled), std::nullopt);
    // Every forward move is one the stage machine knows.
    for (Stage s : {Stage::Reception, Stage::Entry, Stage::Review, Stage::SentBack})
        QVERIFY(StageMachine::nextStages(s).contains(*CasePolicy::forwardStage(s)));
}

QTEST_GUILESS_MAIN(TestStageMachine)
#include "tst_stagemachine.moc"
