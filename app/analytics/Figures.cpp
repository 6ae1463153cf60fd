#include "Figures.h"

#include <QtConcurrent>

namespace mdg::analytics {

Figures computeFigures(const VisitLog& log, const Filter& filter, qint64 nowMs, int targetMinutes)
{
    Figures f;
    auto rest = QtConcurrent::run([&log, &filter, nowMs, targetMinutes] {
        return std::make_pair(
            officeFigures(log, filter, nowMs, targetMinutes), staffingAdvice(log, filter, targetMinutes));
    });
    f.dashboard = computeDashboard(log, filter, nowMs);
    auto [office, staffing] = rest.result();
    f.office = std::move(office);
    f.staffing = std::move(staffing);
    return f;
}

} // namespace mdg::analytics
