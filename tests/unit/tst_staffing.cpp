// The staffing model (issue 20) against Erlang C values worked by hand and against an M/M/c
// queue simulated event by event.
#include "queue/Staffing.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <queue>
#include <random>
#include <vector>

using namespace mdg::queue;

namespace {

// Each arrival's wait at a stage of `servers` clerks: Poisson arrivals, exponential
// service, first come first served.
std::vector<double> simulatedWaits(const StageLoad& load, int servers, int arrivals, unsigned seed)
{
    std::mt19937_64 random(seed);
    std::exponential_distribution<double> gap(load.arrivalsPerHour / 60.0);
    std::exponential_distribution<double> service(1.0 / load.meanServiceMinutes);
    std::priority_queue<double, std::vector<double>, std::greater<>> freeAt;
    for (int k = 0; k < servers; ++k)
        freeAt.push(0.0);
    std::vector<double> waits;
    waits.reserve(std::size_t(arrivals));
    double now = 0;
    for (int i = 0; i < arrivals; ++i) {
        now += gap(random);
        const double start = std::max(now, freeAt.top());
        freeAt.pop();
        freeAt.push(start + service(random));
        waits.push_back(start - now);
    }
    return waits;
}

double quantile(std::vector<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values[std::size_t(share * double(values.size() - 1))];
}

} // namespace

class TestStaffing : public QObject
{
    Q_OBJECT

private slots:
    void erlangCByHand();
    void overloadedStageHasNoWait();
    void fewestClerksForTheTarget();
    void modelAgreesWithASimulatedQueue();
    void oneMoveThatHelpsMost();
};

void TestStaffing::erlangCByHand()
{
    // 60 arrivals an hour, 2 minutes each: 2 Erlangs. With 3 clerks
    // C = (2³/3! · 3/1) / (1 + 2 + 2²/2! + 2³/3! · 3/1) = 4/9.
    const StageLoad load {60, 2};
    QVERIFY(qAbs(waitProbability(load, 3) - 4.0 / 9.0) < 1e-9);
    // Mean wait C·S/(c − a) = 8/9 minute; p90 wait S/(c − a)·ln(C/0.1) = 2·ln(40/9).
    QVERIFY(qAbs(*meanWaitMinutes(load, 3) - 8.0 / 9.0) < 1e-9);
    QVERIFY(qAbs(*waitQuantileMinutes(load, 3, 0.9) - 2 * std::log(40.0 / 9.0)) < 1e-9);
    // Fewer than 4/9 wait at all: the median arrival does not wait.
    QCOMPARE(*waitQuantileMinutes(load, 3, 0.5), 0.0);
    // No arrivals, no wait.
    QCOMPARE(waitProbability({0, 2}, 1), 0.0);
    QCOMPARE(*meanWaitMinutes({0, 2}, 1), 0.0);
}

void TestStaffing::overloadedStageHasNoWait()
{
    // 2 Erlangs and 2 clerks: the queue grows without end.
    const StageLoad load {60, 2};
    QCOMPARE(waitProbability(load, 2), 1.0);
    QVERIFY(!meanWaitMinutes(load, 2));
    QVERIFY(!waitQuantileMinutes(load, 2, 0.9));
    QVERIFY(!waitQuantileMinutes(load, 0, 0.9));
}

void TestStaffing::fewestClerksForTheTarget()
{
    const StageLoad load {60, 2};
    // p90 within 1 minute: 3 clerks give 2.98, 4 give ln(C₄/0.1) with C₄ ≈ 0.174, 0.55.
    QCOMPARE(*serversNeeded(load, 1.0, 0.9), 4);
    QCOMPARE(*serversNeeded(load, 3.0, 0.9), 3);
    // A spring-peak stage: 90 residents an hour at 12 minutes each (18 Erlangs), p90 within 30 min.
    const StageLoad peak {90, 12};
    const int clerks = *serversNeeded(peak, 30.0, 0.9);
    QVERIFY(*waitQuantileMinutes(peak, clerks, 0.9) <= 30.0);
    QVERIFY(!waitQuantileMinutes(peak, clerks - 1, 0.9) || *waitQuantileMinutes(peak, clerks - 1, 0.9) > 30.0);
    QCOMPARE(clerks, 19);
    // More clerks than the cap allows: none.
    QVERIFY(!serversNeeded(peak, 30.0, 0.9, 18));
}

void TestStaffing::modelAgreesWithASimulatedQueue()
{
    for (const auto& [load, servers] :
        {std::pair {StageLoad {60, 2}, 3}, std::pair {StageLoad {90, 12}, 19}, std::pair {StageLoad {40, 8}, 6}}) {
        const std::vector<double> waits = simulatedWaits(load, servers, 200'000, 7);
        const double waited = double(std::count_if(waits.cbegin(), waits.cend(), [](double w) { return w > 0; }));
        const double share = waited / double(waits.size());
        QVERIFY2(qAbs(share - waitProbability(load, servers)) < 0.02,
            qPrintable(QStringLiteral("waited %1, model %2").arg(share).arg(waitProbability(load, servers))));
        const double p90 = quantile(waits, 0.9);
        const double model = *waitQuantileMinutes(load, servers, 0.9);
        QVERIFY2(qAbs(p90 - model) <= 0.1 * model + 0.05,
            qPrintable(QStringLiteral("simulated p90 %1, model %2").arg(p90).arg(model)));
    }
}

void TestStaffing::oneMoveThatHelpsMost()
{
    // A spring morning, 25 residents an hour: entry holds eight clerks for 5.4 Erlangs,
    // review one for 0.83 (2 minutes each). Review's p90 (25 minutes) is the worst; a clerk
    // from entry to review helps most, though entry then waits longer (12 minutes).
    const QList<StageStaffing> stages {{QStringLiteral("Reception"), {25, 3}, 2},
        {QStringLiteral("Entry"), {25, 13}, 8}, {QStringLiteral("Review"), {25, 2}, 1}};
    const auto move = bestMove(stages, 0.9);
    QVERIFY(move);
    QCOMPARE(move->from, 1);
    QCOMPARE(move->to, 2);
    const double reviewNow = *waitQuantileMinutes(stages[2].load, 1, 0.9);
    const double entryAfter = *waitQuantileMinutes(stages[1].load, 7, 0.9);
    QCOMPARE(move->worstBefore,
        std::max(
            {reviewNow, *waitQuantileMinutes(stages[1].load, 8, 0.9), *waitQuantileMinutes(stages[0].load, 2, 0.9)}));
    QVERIFY(move->worstAfter < move->worstBefore);
    QCOMPARE(move->worstAfter,
        std::max(
            {entryAfter, *waitQuantileMinutes(stages[2].load, 2, 0.9), *waitQuantileMinutes(stages[0].load, 2, 0.9)}));
    QVERIFY(reviewNow > 20 && move->worstAfter < 15);
    // A stage that cannot keep up (review, 30 an hour at 2.5 minutes on one clerk) is the worst
    // of all: a clerk goes there.
    const QList<StageStaffing> overloaded {
        {QStringLiteral("Entry"), {30, 10}, 8}, {QStringLiteral("Review"), {30, 2.5}, 1}};
    const auto rescue = bestMove(overloaded, 0.9);
    QVERIFY(rescue);
    QCOMPARE(rescue->to, 1);
    QVERIFY(std::isinf(rescue->worstBefore));
    QVERIFY(!std::isinf(rescue->worstAfter));
    // Staffed to the load already (each stage has what it needs, no one to spare): no move.
    const QList<StageStaffing> balanced {
        {QStringLiteral("Entry"), {30, 10}, 6}, {QStringLiteral("Review"), {30, 2}, 2}};
    QVERIFY(!bestMove(balanced, 0.9));
}

QTEST_GUILESS_MAIN(TestStaffing)
#include "tst_staffing.moc"
