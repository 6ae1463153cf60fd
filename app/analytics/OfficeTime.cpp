#include "OfficeTime.h"

#include <QCoreApplication>

namespace mdg::analytics {

OfficeFigures officeFigures(const VisitLog& log, const Filter& filter, qint64 nowMs, int targetMinutes)
{
    OfficeFigures f;
    f.targetMinutes = targetMinutes;
    const auto& cases = log.cases();
    std::vector<float> waitingOf(size_t(cases.size()), 0.0f);
    std::vector<float> walking;
    for (const Visit& v : log.visits()) {
        const CaseInfo& c = cases.at(v.caseIndex);
        // A no-show's visit ends with the case closed at day's end, not with a walk to the counter.
        if (v.called >= 0 && v.claimed >= v.called && !c.noShow && filter.selects(c))
            walking.push_back(float(v.walkingMs()) / 1000.0f);
        waitingOf[size_t(v.caseIndex)] += float(v.waitingMs(nowMs)) / 1000.0f;
    }
    const float target = float(targetMinutes) * 60.0f;
    std::vector<float> inOffice, waited;
    std::array<std::vector<float>, 24> byHour;
    struct Day
    {
        std::vector<float> inOffice;
        int overTarget = 0;
    };
    // By day, indexed from the first arrival's day (the log is in the order of arrival).
    const int firstDay = cases.isEmpty() ? 0 : cases.first().localDay;
    std::vector<Day> byDay;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const CaseInfo& c = cases.at(i);
        if (!filter.selects(c))
            continue;
        if (c.noShow) {
            ++f.noShows;
            continue;
        }
        if (c.departed < 0) {
            ++f.inOfficeNow;
            continue;
        }
        const float stay = float(c.departed - c.created) / 1000.0f;
        const float w = waitingOf[size_t(i)];
        ++f.residents;
        inOffice.push_back(stay);
        waited.push_back(w);
        byHour[size_t(c.localHour)].push_back(stay);
        const size_t dayIndex = size_t(std::max(0, c.localDay - firstDay));
        if (byDay.size() <= dayIndex)
            byDay.resize(dayIndex + 1);
        Day& d = byDay[dayIndex];
        d.inOffice.push_back(stay);
        if (w > target) {
            ++f.overTarget;
            ++d.overTarget;
        }
    }
    f.overTargetShare = f.residents > 0 ? double(f.overTarget) / double(f.residents) : 0;
    f.timeInOffice = Durations::of(std::move(inOffice));
    f.waiting = Durations::of(std::move(waited));
    f.walking = Durations::of(std::move(walking));
    for (size_t h = 0; h < byHour.size(); ++h)
        f.byHour[h] = Durations::of(std::move(byHour[h]));
    for (size_t i = 0; i < byDay.size(); ++i) {
        if (byDay[i].inOffice.empty())
            continue;
        DayInOffice d;
        d.day = QDate(1970, 1, 1).addDays(firstDay + qint64(i));
        d.residents = int(byDay[i].inOffice.size());
        d.overTarget = byDay[i].overTarget;
        d.timeInOffice = Durations::of(std::move(byDay[i].inOffice));
        f.byDay << d;
    }
    return f;
}

QString describeOfficeTime(const OfficeFigures& f)
{
    if (f.residents == 0)
        return QCoreApplication::translate("mdg::analytics", "No resident has left the office in this range yet.");
    return QCoreApplication::translate("mdg::analytics",
        "Residents served: %1 — median %2 min in the office, 90 % within %3 min; %4 % waited longer than %5 min "
        "in all; %6 did not come when called.")
        .arg(f.residents)
        .arg(QString::number(f.timeInOffice.median / 60.0, 'f', 0), QString::number(f.timeInOffice.p90 / 60.0, 'f', 0))
        .arg(qRound(f.overTargetShare * 100))
        .arg(f.targetMinutes)
        .arg(f.noShows);
}

} // namespace mdg::analytics
