// `madoguchi-cli simulate` writes a year of counter work into a store; `bench dashboard`
// measures the supervisors' figures over such a year.
#include "CliIo.h"
#include "analytics/Figures.h"
#include "config/Config.h"
#include "db/AnalyticsRepository.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "harness/YearSimulation.h"
#include "queue/Board.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>

namespace mdg::cli {

int simulate(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a simulated year of counter work into a store."));
    p.addHelpOption();
    p.addOption(
        {QStringLiteral("days"), QStringLiteral("Days, ending now."), QStringLiteral("n"), QStringLiteral("365")});
    p.addOption({QStringLiteral("wards"), QStringLiteral("Wards (1–7)."), QStringLiteral("n"), QStringLiteral("7")});
    p.addOption({QStringLiteral("cases"), QStringLiteral("Cases per year for the whole city."), QStringLiteral("n"),
        QStringLiteral("300000")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("20260401")});
    p.addOption({QStringLiteral("config"), QStringLiteral("INI file to use."), QStringLiteral("path")});
    p.addOption({QStringLiteral("db"),
        QStringLiteral("Store to write (default: the local store of the configuration)."), QStringLiteral("path")});
    p.process(args);
    Config config(p.value(QStringLiteral("config")));
    const QString path = p.isSet(QStringLiteral("db")) ? p.value(QStringLiteral("db")) : config.localStorePath();
    Database db(path);
    if (const auto opened = db.open(); !opened) {
        err() << "simulate: " << opened.error() << '\n';
        return 1;
    }
    YearSimulation sim;
    sim.days = std::clamp(p.value(QStringLiteral("days")).toInt(), 1, 3660);
    sim.wards = std::clamp(p.value(QStringLiteral("wards")).toInt(), 1, 7);
    sim.casesPerYear = std::max(1, p.value(QStringLiteral("cases")).toInt());
    sim.seed = p.value(QStringLiteral("seed")).toUInt();
    QElapsedTimer timer;
    timer.start();
    const auto outcome = sim.writeTo(db, [](int done, int days) {
        if (done % 30 == 0 || done == days) {
            err() << done << "/" << days << " days…\n";
            err().flush();
        }
    });
    if (!outcome) {
        err() << "simulate: " << outcome.error() << '\n';
        return 1;
    }
    out() << "Simulated " << outcome->cases << " cases and " << outcome->events << " events over " << sim.days
          << " days in " << sim.wards << " wards into " << path << " in " << timer.elapsed() / 1000.0 << " s\n";
    return 0;
}

// The wait a new arrival is told (queue::estimatedWaitMinutes: the numbers ahead at the
// recent pace of calls, as the display and the public page say it) against the wait each
// walk-in of the simulated year then had until reception called it, ward by ward.
void benchWaitEstimate(const analytics::VisitLog& log)
{
    struct Line
    {
        std::vector<qint64> arrived, called;
    };
    QHash<int, Line> byWard;
    for (const analytics::Visit& v : log.visits())
        if (v.stage == Stage::Reception && v.called >= 0) {
            Line& l = byWard[log.cases().at(v.caseIndex).ward];
            l.arrived.push_back(v.entered);
            l.called.push_back(v.called);
        }
    std::vector<double> errors, waits, errorsInLine; // the last: arrivals who found numbers ahead
    int unknown = 0;
    for (Line& l : byWard) {
        std::vector<qint64> calls = l.called;
        std::sort(calls.begin(), calls.end());
        std::vector<qint64> arrivals = l.arrived;
        std::sort(arrivals.begin(), arrivals.end());
        for (size_t i = 0; i < l.arrived.size(); ++i) {
            const qint64 at = l.arrived[i];
            // Ahead: arrived before, not yet called. Pace: first calls in the hour before.
            const auto arrivedBefore = std::lower_bound(arrivals.cbegin(), arrivals.cend(), at) - arrivals.cbegin();
            const auto calledBefore = std::upper_bound(calls.cbegin(), calls.cend(), at) - calls.cbegin();
            const auto calledHourAgo = std::upper_bound(calls.cbegin(), calls.cend(), at - 3'600'000) - calls.cbegin();
            const int ahead = int(std::max<qint64>(0, arrivedBefore - calledBefore));
            const auto estimate = queue::estimatedWaitMinutes(ahead, int(calledBefore - calledHourAgo));
            if (!estimate) {
                ++unknown;
                continue;
            }
            const double actual = double(l.called[i] - at) / 60'000.0;
            errors.push_back(std::abs(*estimate - actual));
            waits.push_back(actual);
            if (ahead > 0)
                errorsInLine.push_back(errors.back());
        }
    }
    // In minutes, through the dashboard's own percentiles (median, nearest-rank p90).
    const auto of = [](const std::vector<double>& v) {
        return analytics::Durations::of(std::vector<float>(v.cbegin(), v.cend()));
    };
    const analytics::Durations error = of(errors), errorInLine = of(errorsInLine), wait = of(waits);
    printJson({{QStringLiteral("bench"), QStringLiteral("wait_estimate")},
        {QStringLiteral("arrivals"), int(errors.size())}, {QStringLiteral("no_estimate"), unknown},
        {QStringLiteral("median_error_min"), error.median}, {QStringLiteral("p90_error_min"), error.p90},
        {QStringLiteral("arrivals_with_numbers_ahead"), int(errorsInLine.size())},
        {QStringLiteral("median_error_with_numbers_ahead_min"), errorInLine.median},
        {QStringLiteral("p90_error_with_numbers_ahead_min"), errorInLine.p90},
        {QStringLiteral("median_wait_min"), wait.median}, {QStringLiteral("p90_wait_min"), wait.p90}});
}

void benchDashboard(int runs, const QString& store)
{
    QTemporaryDir dir;
    const QString path = store.isEmpty() ? dir.filePath(QStringLiteral("year.sqlite")) : store;
    Database db(path);
    if (const auto opened = db.open(); !opened) {
        err() << "bench dashboard: " << opened.error() << '\n';
        return;
    }
    if (store.isEmpty()) {
        QElapsedTimer sim;
        sim.start();
        const auto outcome = YearSimulation().writeTo(db);
        if (!outcome) {
            err() << "bench dashboard: " << outcome.error() << '\n';
            return;
        }
        printJson({{QStringLiteral("bench"), QStringLiteral("dashboard_simulate")},
            {QStringLiteral("cases"), outcome->cases}, {QStringLiteral("events"), double(outcome->events)},
            {QStringLiteral("elapsed_ms"), double(sim.elapsed())}});
    }
    // Loaded once, then extended from the cursor as events arrive.
    QElapsedTimer load;
    load.start();
    analytics::VisitLog log;
    const auto loaded = db.read(
        [&log](QSqlDatabase c) { return AnalyticsRepository(c).load([&log](const EventRow& e) { log.add(e); }, 0); });
    if (!loaded) {
        err() << "bench dashboard: " << loaded.error() << '\n';
        return;
    }
    {
        const double loadMs = double(load.nsecsElapsed()) / 1e6;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<double> ms;
        analytics::Dashboard d;
        analytics::OfficeFigures office;
        analytics::StaffingAdvice staffing;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            // Everything the dashboard page shows for a question: stages, time in the office, staffing.
            analytics::Figures f = analytics::computeFigures(log, {}, now, 30);
            ms << double(t.nsecsElapsed()) / 1e6;
            d = std::move(f.dashboard);
            office = std::move(f.office);
            staffing = std::move(f.staffing);
        }
        std::sort(ms.begin(), ms.end());

        // The March–April peak, as the dashboard's arrivals-by-day chart shows it.
        int spring = 0, all = 0;
        for (int day = 1; day <= 366; ++day) {
            all += d.arrivalsByDayOfYear[size_t(day)];
            if (day >= QDate(2026, 3, 1).dayOfYear() && day <= QDate(2026, 4, 30).dayOfYear())
                spring += d.arrivalsByDayOfYear[size_t(day)];
        }
        printJson({{QStringLiteral("bench"), QStringLiteral("dashboard")}, {QStringLiteral("runs"), runs},
            {QStringLiteral("elapsed_ms"), ms[ms.size() / 2]}, {QStringLiteral("p99_ms"), ms.last()},

            {QStringLiteral("load_ms"), loadMs}, {QStringLiteral("events"), double(log.eventCount())},
            {QStringLiteral("cases"), d.cases}, {QStringLiteral("visits"), int(log.visits().size())},
            {QStringLiteral("spring_share_pct"), all > 0 ? 100.0 * spring / all : 0.0},
            {QStringLiteral("bottleneck"), d.bottleneck ? stageKey(*d.bottleneck) : QString()},
            {QStringLiteral("residents"), office.residents},
            {QStringLiteral("in_office_median_min"), office.timeInOffice.median / 60.0},
            {QStringLiteral("in_office_p90_min"), office.timeInOffice.p90 / 60.0},
            {QStringLiteral("over_target_pct"), 100.0 * office.overTargetShare},
            {QStringLiteral("walking_median_min"), office.walking.median / 60.0},
            {QStringLiteral("no_shows"), office.noShows}});
        benchWaitEstimate(log);
    }
}

} // namespace mdg::cli
