#pragma once

#include "Dashboard.h"
#include "queue/Staffing.h"

namespace mdg::analytics {

// The staffing decision the figures serve (人員配置の見直し): at the busiest hour of the
// selected days, each stage's arrivals per hour and measured service time, the clerks
// seen working it at once, how many it needs to keep 90 % of waits within the target
// (queue::serversNeeded, Erlang C), and the one move of a clerk that helps most now.
struct StaffingAdvice
{
    int peakHour = -1; // local hour of the day with the most arrivals; -1 without data
    QList<queue::StageStaffing> stages; // Reception, Entry, Review: load and clerks seen
    QList<std::optional<int>> needed; // per stage: clerks for the target; none when no number will do
    std::optional<queue::ClerkMove> move;
    int targetMinutes = 30;
};

// `clerks`: per stage (Reception, Entry, Review) as the roster has them; none: the most
// services seen running at once in the busiest hour, averaged over the days.
StaffingAdvice staffingAdvice(
    const VisitLog& log, const Filter& filter, int targetMinutes, const QList<int>& clerks = {});

// "At the busiest hour (10:00–11:00) one clerk from Entry to Review brings the p90 wait
// from 38 to 19 minutes."
QString describeStaffing(const StaffingAdvice& a);

} // namespace mdg::analytics
