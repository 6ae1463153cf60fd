#include "Dashboard.h"

#include <QHash>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace mdg::analytics {
namespace {

constexpr std::array<Stage, 4> QueueStages {Stage::Reception, Stage::Entry, Stage::Review, Stage::SentBack};

int stageSlot(Stage s)
{
    switch (s) {
    case Stage::Reception: return 0;
    case Stage::Entry: return 1;
    case Stage::Review: return 2;
    case Stage::SentBack: return 3;
    default: return -1;
    }
}

// Seconds as float: a year of a city is a million visits, and halving the bytes halves the
// time the percentiles take.
struct Collector
{
    std::vector<float> waiting, handling;
    int handled = 0;
    void add(float w, float h)
    {
        waiting.push_back(w);
        handling.push_back(h);
        ++handled;
    }
};

QList<Breakdown> breakdown(const QStringList& names, std::vector<Collector>& by)
{
    QList<Breakdown> out;
    for (size_t i = 0; i < by.size() && i < size_t(names.size()); ++i) {
        if (by[i].handled == 0)
            continue;
        out << Breakdown {names.at(qsizetype(i)), by[i].handled, Durations::of(std::move(by[i].handling)),
            Durations::of(std::move(by[i].waiting))};
    }
    std::sort(out.begin(), out.end(), [](const Breakdown& a, const Breakdown& b) {
        return a.handled != b.handled ? a.handled > b.handled : a.name < b.name;
    });
    return out;
}

} // namespace

Durations Durations::of(std::vector<float> v)
{
    Durations d;
    d.count = int(v.size());
    if (v.empty())
        return d;
    d.mean = std::accumulate(v.cbegin(), v.cend(), 0.0) / double(v.size());
    const auto n = std::ptrdiff_t(v.size());
    auto mid = v.begin() + n / 2;
    std::nth_element(v.begin(), mid, v.end());
    d.median = *mid;
    if (n % 2 == 0)
        d.median = (d.median + double(*std::max_element(v.begin(), mid))) / 2.0;
    // p90 lies in the upper half, which the median's partition already separated.
    const auto rank = std::clamp<std::ptrdiff_t>(std::ptrdiff_t(std::ceil(0.9 * double(n))) - 1, 0, n - 1);
    auto p = v.begin() + rank;
    if (rank > n / 2)
        std::nth_element(mid + 1, p, v.end());
    else if (rank < n / 2)
        std::nth_element(v.begin(), p, mid);
    d.p90 = *p;
    return d;
}

Dashboard computeDashboard(const VisitLog& log, const Filter& filter, qint64 nowMs)
{
    Dashboard d;
    const auto& cases = log.cases();
    // Which cases the filter selects, decided once per case.
    QVector<bool> selected(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const CaseInfo& c = cases.at(i);
        const bool in = filter.selects(c);
        selected[i] = in;
        if (in) {
            ++d.cases;
            ++d.arrivalsByHour[size_t(c.localHour)];
            ++d.arrivalsByDayOfYear[size_t(c.localDayOfYear)];
        }
    }
    std::array<Collector, 4> perStage;
    std::array<int, 4> inProgress {}, waitingNow {}, sentBack {};
    // Hours in which each stage completed something, as flags from the first arrival's hour.
    const qint64 firstHour = cases.isEmpty() ? 0 : cases.first().created / 3'600'000;
    std::array<std::vector<char>, 4> activeHours;
    std::vector<Collector> byStaff(size_t(log.staff().size())), byCounter(size_t(log.counters().size())),
        byWard(size_t(log.wards().size()));
    const auto add = [](std::vector<Collector>& by, int key, float waiting, float handling) {
        if (key >= 0 && size_t(key) < by.size())
            by[size_t(key)].add(waiting, handling);
    };
    {
        // Sizes first, so every collector is allocated once instead of growing by doubling.
        std::array<size_t, 4> stageCount {};
        std::vector<size_t> staffCount(byStaff.size()), counterCount(byCounter.size()), wardCount(byWard.size());
        const auto count = [](std::vector<size_t>& counts, int key) {
            if (key >= 0 && size_t(key) < counts.size())
                ++counts[size_t(key)];
        };
        for (const Visit& v : log.visits()) {
            const int s = stageSlot(v.stage);
            if (s < 0 || v.left < 0 || !selected[v.caseIndex])
                continue;
            ++stageCount[size_t(s)];
            count(staffCount, v.staff);
            count(counterCount, v.counter);
            count(wardCount, cases.at(v.caseIndex).ward);
        }
        const auto reserve = [](Collector& c, size_t n) {
            c.waiting.reserve(n);
            c.handling.reserve(n);
        };
        for (size_t i = 0; i < perStage.size(); ++i)
            reserve(perStage[i], stageCount[i]);
        for (size_t i = 0; i < byStaff.size(); ++i)
            reserve(byStaff[i], staffCount[i]);
        for (size_t i = 0; i < byCounter.size(); ++i)
            reserve(byCounter[i], counterCount[i]);
        for (size_t i = 0; i < byWard.size(); ++i)
            reserve(byWard[i], wardCount[i]);
    }
    for (const Visit& v : log.visits()) {
        if (!selected[v.caseIndex])
            continue;
        const int s = stageSlot(v.stage);
        if (s < 0)
            continue;
        if (v.left < 0) {
            ++inProgress[size_t(s)];
            if (v.claimed < 0)
                ++waitingNow[size_t(s)];
            continue;
        }
        const float waiting = float(v.waitingMs(nowMs)) / 1000.0f;
        const float handling = float(v.handlingMs()) / 1000.0f;
        perStage[size_t(s)].add(waiting, handling);
        const size_t hour = size_t(std::max<qint64>(0, v.left / 3'600'000 - firstHour));
        std::vector<char>& hours = activeHours[size_t(s)];
        if (hours.size() <= hour)
            hours.resize(hour + 1 + 24 * 30);
        hours[hour] = 1;
        if (v.sentBack)
            ++sentBack[size_t(s)];
        add(byStaff, v.staff, waiting, handling);
        add(byCounter, v.counter, waiting, handling);
        add(byWard, cases.at(v.caseIndex).ward, waiting, handling);
    }
    double totalWaiting = 0;
    for (const Collector& c : perStage)
        totalWaiting += std::accumulate(c.waiting.cbegin(), c.waiting.cend(), 0.0);
    double largest = -1;
    for (size_t s = 0; s < QueueStages.size(); ++s) {
        StageFigures f;
        f.stage = QueueStages[s];
        f.completed = perStage[s].handled;
        f.inProgress = inProgress[s];
        f.waitingNow = waitingNow[s];
        f.sentBack = sentBack[s];
        const double waitingSum = std::accumulate(perStage[s].waiting.cbegin(), perStage[s].waiting.cend(), 0.0);
        f.waitingShare = totalWaiting > 0 ? waitingSum / totalWaiting : 0;
        const auto hoursActive = std::count(activeHours[s].cbegin(), activeHours[s].cend(), char(1));
        f.perHour = hoursActive == 0 ? 0 : double(f.completed) / double(hoursActive);
        f.waiting = Durations::of(std::move(perStage[s].waiting));
        f.handling = Durations::of(std::move(perStage[s].handling));
        if (waitingSum > largest && waitingSum > 0) {
            largest = waitingSum;
            d.bottleneck = f.stage;
        }
        d.stages << f;
    }
    d.byStaff = breakdown(log.staff(), byStaff);
    d.byCounter = breakdown(log.counters(), byCounter);
    d.byWard = breakdown(log.wards(), byWard);
    QHash<int, GuidanceCount> ticks;
    for (auto it = log.guidanceTicks().cbegin(); it != log.guidanceTicks().cend(); ++it) {
        const auto c = qsizetype(it.key() >> 8);
        const int item = int(it.key() & 0xff);
        if (c >= selected.size() || !selected[c])
            continue;
        GuidanceCount& g = ticks[item];
        g.item = log.guidanceItems().value(item);
        const QString mark = log.guidanceMarks().value(it.value());
        g.done += mark == QLatin1String("done") ? 1 : 0;
        g.referred += mark == QLatin1String("referred") ? 1 : 0;
        g.notNeeded += mark == QLatin1String("not_needed") ? 1 : 0;
    }
    d.guidance = ticks.values();
    d.guidance.removeIf([](const GuidanceCount& g) { return g.done + g.referred + g.notNeeded == 0; });
    std::sort(d.guidance.begin(), d.guidance.end(), [](const GuidanceCount& a, const GuidanceCount& b) {
        const int ta = a.done + a.referred + a.notNeeded, tb = b.done + b.referred + b.notNeeded;
        return ta != tb ? ta > tb : a.item < b.item;
    });
    return d;
}

QString describeBottleneck(const Dashboard& d)
{
    if (!d.bottleneck)
        return QCoreApplication::translate("mdg::analytics", "No waiting recorded in this range.");
    for (const StageFigures& f : d.stages)
        if (f.stage == *d.bottleneck)
            return QCoreApplication::translate("mdg::analytics",
                "Most of the waiting is before %1: %2 % of all waiting time (median wait %3 min, 90 % within %4 min).")
                .arg(stageDisplayName(f.stage))
                .arg(qRound(f.waitingShare * 100))
                .arg(QString::number(f.waiting.median / 60.0, 'f', 1), QString::number(f.waiting.p90 / 60.0, 'f', 1));
    return {};
}

} // namespace mdg::analytics
