// `madoguchi-cli simulate` writes a year of counter work into a store; `bench dashboard`
// measures the supervisors' figures over such a year.
#include "CliIo.h"
#include "analytics/Dashboard.h"
#include "config/Config.h"
#include "db/AnalyticsRepository.h"
#include "db/Database.h"
#include "db/SqlUtil.h"
#include "harness/YearSimulation.h"

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
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            d = analytics::computeDashboard(log, {}, now);
            ms << double(t.nsecsElapsed()) / 1e6;
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
            {QStringLiteral("bottleneck"), d.bottleneck ? stageKey(*d.bottleneck) : QString()}});
    }
}

} // namespace mdg::cli
