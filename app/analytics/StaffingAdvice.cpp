#include "StaffingAdvice.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace mdg::analytics {
namespace {

constexpr std::array<Stage, 3> Staffed {Stage::Reception, Stage::Entry, Stage::Review};
constexpr qint64 Hour = 3'600'000;
constexpr qint64 Day = 24 * Hour;

QString tr(const char* text)
{
    return QCoreApplication::translate("mdg::analytics", text);
}

// The most services of one stage running at once: the clerks seen working it.
int mostAtOnce(std::vector<std::pair<qint64, int>>& edges)
{
    std::sort(edges.begin(), edges.end());
    int now = 0, most = 0;
    for (const auto& [at, step] : edges) {
        now += step;
        most = std::max(most, now);
    }
    return most;
}

QString minutes(double m)
{
    return std::isfinite(m) ? QString::number(std::lround(m)) : tr("more than an hour");
}

} // namespace

StaffingAdvice staffingAdvice(const VisitLog& log, const Filter& filter, int targetMinutes, const QList<int>& clerks)
{
    StaffingAdvice a;
    a.targetMinutes = targetMinutes;
    const auto& cases = log.cases();
    std::array<int, 24> arrivals {};
    QVector<bool> selected(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const CaseInfo& c = cases.at(i);
        selected[i] = filter.selects(c);
        if (selected[i])
            ++arrivals[size_t(c.localHour)];
    }
    const auto peak = std::max_element(arrivals.cbegin(), arrivals.cend());
    if (*peak == 0)
        return a;
    a.peakHour = int(peak - arrivals.cbegin());
    const qint64 offset = log.utcOffsetMs();
    // Per stage: visits entering in the peak hour, their service, and per day the services
    // running during that hour.
    std::array<int, 3> entered {};
    std::array<double, 3> serviceSum {}, serviceSquares {};
    std::array<int, 3> served {};
    std::array<QHash<qint64, std::vector<std::pair<qint64, int>>>, 3> edgesByDay;
    QSet<qint64> days;
    for (const Visit& v : log.visits()) {
        if (!selected[v.caseIndex])
            continue;
        const auto slot = std::find(Staffed.cbegin(), Staffed.cend(), v.stage);
        if (slot == Staffed.cend())
            continue;
        const size_t s = size_t(slot - Staffed.cbegin());
        const qint64 local = v.entered + offset;
        const qint64 day = local / Day;
        const qint64 hourStart = day * Day + a.peakHour * Hour - offset;
        if ((local % Day) / Hour == a.peakHour) {
            ++entered[s];
            days.insert(day);
            if (v.claimed >= 0 && v.left >= 0) {
                const double minutes = double(v.handlingMs()) / 60'000.0;
                serviceSum[s] += minutes;
                serviceSquares[s] += minutes * minutes;
                ++served[s];
            }
        }
        if (v.claimed >= 0 && v.claimed < hourStart + Hour && (v.left < 0 || v.left > hourStart)) {
            auto& edges = edgesByDay[s][day];
            edges.emplace_back(std::max(v.claimed, hourStart), 1);
            edges.emplace_back(v.left < 0 ? hourStart + Hour : std::min(v.left, hourStart + Hour), -1);
        }
    }
    const double dayCount = std::max<qsizetype>(1, days.size());
    for (size_t s = 0; s < Staffed.size(); ++s) {
        double seen = 0;
        for (auto it = edgesByDay[s].begin(); it != edgesByDay[s].end(); ++it)
            seen += mostAtOnce(*it);
        queue::StageStaffing st;
        st.stage = stageDisplayName(Staffed[s]);
        st.load.arrivalsPerHour = double(entered[s]) / dayCount;
        st.load.meanServiceMinutes = served[s] > 0 ? serviceSum[s] / served[s] : 0;
        if (served[s] > 1 && st.load.meanServiceMinutes > 0) {
            const double mean = st.load.meanServiceMinutes;
            const double variance = std::max(0.0, serviceSquares[s] / served[s] - mean * mean);
            st.load.serviceCv = std::sqrt(variance) / mean;
        }
        st.clerks = std::max(1,
            clerks.size() == qsizetype(Staffed.size())
                ? clerks[qsizetype(s)]
                : int(std::lround(seen / double(std::max<qsizetype>(1, edgesByDay[s].size())))));
        a.stages << st;
        a.needed << queue::serversNeeded(st.load, targetMinutes, 0.9);
    }
    a.move = queue::bestMove(a.stages, 0.9);
    return a;
}

QString describeStaffing(const StaffingAdvice& a)
{
    if (a.peakHour < 0)
        return tr("No arrivals in this range: no staffing advice.");
    const QString hours = QStringLiteral("%1:00–%2:00").arg(a.peakHour).arg(a.peakHour + 1);
    QStringList needs;
    for (qsizetype i = 0; i < a.stages.size(); ++i)
        needs << (a.needed[i]
                ? tr("%1 needs %2 (now %3)").arg(a.stages[i].stage).arg(*a.needed[i]).arg(a.stages[i].clerks)
                : tr("%1 cannot keep the target with any number of clerks").arg(a.stages[i].stage));
    const QString need = tr("To keep 90 % of waits within %1 min at the busiest hour (%2): %3.")
                             .arg(a.targetMinutes)
                             .arg(hours, needs.join(tr(", ")));
    if (!a.move || a.move->worstBefore < 1)
        return need + QLatin1Char(' ') + tr("No single move of a clerk shortens the longest wait now.");
    return need + QLatin1Char(' ')
        + tr("One clerk from %1 to %2 brings the p90 wait from %3 to %4 minutes.")
              .arg(a.stages[a.move->from].stage, a.stages[a.move->to].stage, minutes(a.move->worstBefore),
                  minutes(a.move->worstAfter));
}

} // namespace mdg::analytics
