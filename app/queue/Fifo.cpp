#include "Fifo.h"

#include <algorithm>
#include <functional>
#include <queue>
#include <vector>

namespace mdg::queue {

QVector<double> callTimes(const QVector<double>& arrivals, const QVector<double>& occupancy, int servers)
{
    QVector<double> calls(arrivals.size());
    // When each clerk is free next, the earliest on top.
    std::priority_queue<double, std::vector<double>, std::greater<>> free;
    for (int i = 0; i < std::max(1, servers); ++i)
        free.push(arrivals.isEmpty() ? 0.0 : arrivals.first());
    for (qsizetype i = 0; i < arrivals.size(); ++i) {
        const double clerk = free.top();
        free.pop();
        calls[i] = std::max(arrivals[i], clerk);
        free.push(calls[i] + occupancy.value(i));
    }
    return calls;
}

} // namespace mdg::queue
