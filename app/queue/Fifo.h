#pragma once

#include <QVector>

namespace mdg::queue {

// A line served first come, first served by `servers` clerks, each taking the next number
// as soon as it is free: the time each arrival is called. `arrivals` in order; arrival i
// keeps its clerk for `occupancy[i]` from its call (walking to the counter and service).
// The simulated year and the staffing benchmark run their lines through this.
QVector<double> callTimes(const QVector<double>& arrivals, const QVector<double>& occupancy, int servers);

} // namespace mdg::queue
