// `madoguchi-cli bench staffing`: the dashboard's staffing advice over a simulated year,
// checked against a simulator. For each stage at the busiest hour the Erlang C model's p90
// wait (predicted_p90_min) stands beside the p90 of a first-come-first-served line run with
// the same arrivals per hour, clerks, and measured mean and spread of service times, drawn
// log-normal as counter work is (simulated_p90_min), before and after the move the advice names.
#include "CliIo.h"
#include "analytics/StaffingAdvice.h"
#include "db/AnalyticsRepository.h"
#include "harness/YearSimulation.h"
#include "queue/Fifo.h"
#include "queue/Staffing.h"

#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <random>

namespace mdg::cli {
namespace {

// The p90 wait in minutes of `hours` of steady Poisson arrivals through `clerks`.
double simulatedP90(const queue::StageLoad& load, int clerks, double hours, quint32 seed)
{
    if (load.arrivalsPerHour <= 0 || load.meanServiceMinutes <= 0)
        return 0;
    std::mt19937_64 rng(seed);
    std::exponential_distribution<double> gap(load.arrivalsPerHour / 60.0);
    // Log-normal with the measured mean and spread (the model only scales its waits by them).
    const double sigma = std::sqrt(std::log(1 + load.serviceCv * load.serviceCv));
    std::lognormal_distribution<double> service(std::log(load.meanServiceMinutes) - sigma * sigma / 2, sigma);
    QVector<double> arrivals, occupancy;
    for (double t = gap(rng); t < hours * 60; t += gap(rng)) {
        arrivals << t;
        occupancy << service(rng);
    }
    const QVector<double> calls = queue::callTimes(arrivals, occupancy, clerks);
    std::vector<float> waits;
    // The first tenth warms the line up from empty.
    for (qsizetype i = arrivals.size() / 10; i < arrivals.size(); ++i)
        waits.push_back(float(calls[i] - arrivals[i]));
    return analytics::Durations::of(std::move(waits)).p90; // nearest rank, as the dashboard counts it
}

QJsonValue minutes(std::optional<double> m)
{
    return m && std::isfinite(*m) ? QJsonValue(std::round(*m * 10) / 10) : QJsonValue(QStringLiteral("overloaded"));
}

} // namespace

void benchStaffing(const QString& store, const QList<int>& roster)
{
    QTemporaryDir dir;
    Database db(store.isEmpty() ? dir.filePath(QStringLiteral("year.sqlite")) : store);
    if (const auto opened = db.open(); !opened) {
        err() << "bench staffing: " << opened.error() << '\n';
        return;
    }
    if (store.isEmpty())
        if (const auto written = YearSimulation().writeTo(db); !written) {
            err() << "bench staffing: " << written.error() << '\n';
            return;
        }
    analytics::VisitLog log;
    if (const auto loaded = db.read([&log](QSqlDatabase c) {
            return AnalyticsRepository(c).load([&log](const EventRow& e) { log.add(e); }, 0);
        });
        !loaded) {
        err() << "bench staffing: " << loaded.error() << '\n';
        return;
    }
    // One ward office: clerks move between its stages, not between wards.
    analytics::Filter ward;
    ward.wards = {log.wardIndex(YearSimulation::wardNames().first())};
    const analytics::StaffingAdvice a = analytics::staffingAdvice(log, ward, 30, roster);
    if (a.peakHour < 0) {
        err() << "bench staffing: no arrivals\n";
        return;
    }
    QList<queue::StageStaffing> after = a.stages;
    if (a.move) {
        --after[a.move->from].clerks;
        ++after[a.move->to].clerks;
    }
    constexpr double Hours = 2000; // steady state: long enough for a stable p90
    double worstPredicted[2] = {0, 0}, worstSimulated[2] = {0, 0};
    for (qsizetype i = 0; i < a.stages.size(); ++i) {
        const queue::StageStaffing& before = a.stages[i];
        const auto predictedBefore = queue::waitQuantileMinutes(before.load, before.clerks, 0.9);
        const auto predictedAfter = queue::waitQuantileMinutes(after[i].load, after[i].clerks, 0.9);
        const double simulatedBefore = simulatedP90(before.load, before.clerks, Hours, 11 + quint32(i));
        const double simulatedAfter = simulatedP90(after[i].load, after[i].clerks, Hours, 11 + quint32(i));
        worstPredicted[0] = std::max(worstPredicted[0], predictedBefore.value_or(INFINITY));
        worstPredicted[1] = std::max(worstPredicted[1], predictedAfter.value_or(INFINITY));
        worstSimulated[0] = std::max(worstSimulated[0], simulatedBefore);
        worstSimulated[1] = std::max(worstSimulated[1], simulatedAfter);
        printJson({{QStringLiteral("bench"), QStringLiteral("staffing_stage")}, {QStringLiteral("stage"), before.stage},
            {QStringLiteral("arrivals_per_h"), std::round(before.load.arrivalsPerHour * 10) / 10},
            {QStringLiteral("mean_service_min"), std::round(before.load.meanServiceMinutes * 10) / 10},
            {QStringLiteral("service_cv"), std::round(before.load.serviceCv * 100) / 100},
            {QStringLiteral("clerks_before"), before.clerks}, {QStringLiteral("clerks_after"), after[i].clerks},
            {QStringLiteral("predicted_p90_min"), minutes(predictedBefore)},
            {QStringLiteral("simulated_p90_min"), std::round(simulatedBefore * 10) / 10},
            {QStringLiteral("predicted_p90_after_min"), minutes(predictedAfter)},
            {QStringLiteral("simulated_p90_after_min"), std::round(simulatedAfter * 10) / 10}});
    }
    printJson({{QStringLiteral("bench"), QStringLiteral("staffing")},
        {QStringLiteral("ward"), YearSimulation::wardNames().first()}, {QStringLiteral("peak_hour"), a.peakHour},
        {QStringLiteral("predicted_p90_min"), minutes(worstPredicted[0])},
        {QStringLiteral("simulated_p90_min"), std::round(worstSimulated[0] * 10) / 10},
        {QStringLiteral("predicted_p90_after_min"), minutes(worstPredicted[1])},
        {QStringLiteral("simulated_p90_after_min"), std::round(worstSimulated[1] * 10) / 10},
        {QStringLiteral("advice"), analytics::describeStaffing(a)}});
}

} // namespace mdg::cli
