#pragma once

#include <QList>
#include <QString>

#include <optional>

// How many clerks a stage needs to keep its wait within a target, from the arrivals
// expected in an hour and the stage's measured service time: the stage as an M/M/c queue
// (Erlang C). Arrivals come at random at a steady rate within the hour, service times are
// exponential around their mean, and any free clerk of the stage calls the next number.
// Counter work varies less than exponential: with the measured spread of service times
// (their coefficient of variation) the waits are scaled by (1 + CV²) / 2, the
// Allen–Cunneen approximation for a general service time (M/G/c); CV 1 is Erlang C itself.
namespace mdg::queue {

struct StageLoad
{
    double arrivalsPerHour = 0;
    double meanServiceMinutes = 0;
    double serviceCv = 1; // standard deviation / mean of the service times
};

// The share of arrivals that wait at all with `servers` clerks (Erlang's C formula); 1
// when the clerks cannot keep up (the offered load reaches their number).
double waitProbability(const StageLoad& load, int servers);

// The mean wait in minutes; none when the clerks cannot keep up.
std::optional<double> meanWaitMinutes(const StageLoad& load, int servers);

// The wait in minutes that `share` of arrivals do not exceed (0.9: the p90 wait); none
// when the clerks cannot keep up.
std::optional<double> waitQuantileMinutes(const StageLoad& load, int servers, double share);

// The fewest clerks (one at least) whose `share` wait stays within `targetMinutes`; none
// when even `maxServers` cannot.
std::optional<int> serversNeeded(const StageLoad& load, double targetMinutes, double share, int maxServers = 100);

// A stage as staffed now: its load and its clerks.
struct StageStaffing
{
    QString stage;
    StageLoad load;
    int clerks = 0;
};

// One clerk moved from one stage to another, and the p90 (or other quantile) wait of the
// worst-off stage before and after; infinity where a stage cannot keep up.
struct ClerkMove
{
    qsizetype from = -1;
    qsizetype to = -1;
    double worstBefore = 0;
    double worstAfter = 0;
};

// The one move of a clerk between stages that most shortens the worst stage's wait at
// `share` (0.9: the p90), the total wait then, over all residents, breaking ties; none when
// no move shortens it. A stage keeps one clerk at least.
std::optional<ClerkMove> bestMove(const QList<StageStaffing>& stages, double share);

} // namespace mdg::queue
