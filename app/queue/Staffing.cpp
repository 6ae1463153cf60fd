#include "Staffing.h"

#include <cmath>
#include <limits>

namespace mdg::queue {

namespace {
// The offered load in Erlangs: how many clerks would be busy all the time.
double offered(const StageLoad& load)
{
    return load.arrivalsPerHour / 60.0 * load.meanServiceMinutes;
}

// Allen–Cunneen: a general service time's waits against exponential ones.
double spread(const StageLoad& load)
{
    return (1 + load.serviceCv * load.serviceCv) / 2;
}
} // namespace

double waitProbability(const StageLoad& load, int servers)
{
    const double a = offered(load);
    if (a <= 0)
        return 0;
    if (servers <= 0 || a >= servers)
        return 1;
    // Erlang B by its recursion (no factorials to overflow), then C from B.
    double b = 1;
    for (int k = 1; k <= servers; ++k)
        b = a * b / (k + a * b);
    return servers * b / (servers - a * (1 - b));
}

std::optional<double> meanWaitMinutes(const StageLoad& load, int servers)
{
    const double a = offered(load);
    if (a <= 0)
        return 0.0;
    if (servers <= 0 || a >= servers)
        return std::nullopt;
    return waitProbability(load, servers) * load.meanServiceMinutes / (servers - a) * spread(load);
}

std::optional<double> waitQuantileMinutes(const StageLoad& load, int servers, double share)
{
    const double a = offered(load);
    if (a <= 0)
        return 0.0;
    if (servers <= 0 || a >= servers)
        return std::nullopt;
    // P(wait > t) = C · exp(−(c − a) · t / S).
    const double c = waitProbability(load, servers);
    const double beyond = 1 - share;
    if (c <= beyond)
        return 0.0;
    return load.meanServiceMinutes / (servers - a) * spread(load) * std::log(c / beyond);
}

std::optional<int> serversNeeded(const StageLoad& load, double targetMinutes, double share, int maxServers)
{
    for (int servers = 1; servers <= maxServers; ++servers)
        if (const auto wait = waitQuantileMinutes(load, servers, share); wait && *wait <= targetMinutes)
            return servers;
    return std::nullopt;
}

namespace {
constexpr double Unbounded = std::numeric_limits<double>::infinity();

// The worst stage's wait at `share`, and the mean wait summed over all arrivals an hour.
std::pair<double, double> standing(const QList<StageStaffing>& stages, double share)
{
    double worst = 0, total = 0;
    for (const StageStaffing& s : stages) {
        const auto wait = waitQuantileMinutes(s.load, s.clerks, share);
        const auto mean = meanWaitMinutes(s.load, s.clerks);
        worst = std::max(worst, wait.value_or(Unbounded));
        total += mean ? *mean * s.load.arrivalsPerHour : Unbounded;
    }
    return {worst, total};
}
} // namespace

std::optional<ClerkMove> bestMove(const QList<StageStaffing>& stages, double share)
{
    const auto [worstNow, totalNow] = standing(stages, share);
    std::optional<ClerkMove> best;
    double bestTotal = totalNow;
    for (qsizetype from = 0; from < stages.size(); ++from) {
        if (stages[from].clerks <= 1)
            continue;
        for (qsizetype to = 0; to < stages.size(); ++to) {
            if (to == from)
                continue;
            QList<StageStaffing> moved = stages;
            --moved[from].clerks;
            ++moved[to].clerks;
            const auto [worst, total] = standing(moved, share);
            const double bestWorst = best ? best->worstAfter : worstNow;
            if (worst < bestWorst || (worst == bestWorst && best && total < bestTotal)) {
                best = ClerkMove {from, to, worstNow, worst};
                bestTotal = total;
            }
        }
    }
    return best;
}

} // namespace mdg::queue
