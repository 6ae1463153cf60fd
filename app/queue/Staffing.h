#pragma once

#include <optional>

// How many clerks a stage needs to keep its wait within a target, from the arrivals
// expected in an hour and the stage's measured service time: the stage as an M/M/c queue
// (Erlang C). Arrivals come at random at a steady rate within the hour, service times are
// exponential around their mean, and any free clerk of the stage calls the next number.
// Counter work varies less than exponential, so the model over-states waits a little and
// the staffing it gives errs on the safe side.
namespace mdg::queue {

struct StageLoad
{
    double arrivalsPerHour = 0;
    double meanServiceMinutes = 0;
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

} // namespace mdg::queue
