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

QTEST_GUILESS_MAIN(TestStageMachine)
#include "tst_stagemachine.moc"
