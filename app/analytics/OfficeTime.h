#pragma once

#include "Dashboard.h"

#include <QDate>

namespace mdg::analytics {

// One day of residents' time in the office.
struct DayInOffice
{
    QDate day; // the city's date of the arrivals
    int residents = 0;
    Durations timeInOffice; // seconds
    int overTarget = 0; // residents who waited longer than the target in all
};

// How long residents stayed in the office, from the events alone: arrival (the number
// issued or the QR scanned: the case opened), departure (completed or cancelled), waiting
// (to each call, or to the service where nobody called), walking (from a call to the
// service) and service, summed over the stages of each visit. Parked numbers that were not
// brought back are no-shows and count apart.
struct OfficeFigures
{
    int residents = 0; // arrived in the range and left the office served
    Durations timeInOffice; // arrival to departure, seconds
    Durations waiting; // the resident's waiting summed over the stages, seconds
    Durations walking; // per call answered, seconds
    std::array<Durations, 24> byHour {}; // time in office by the hour of arrival
    QList<DayInOffice> byDay; // oldest first
    int targetMinutes = 30;
    int overTarget = 0;
    double overTargetShare = 0; // 0..1 of residents
    int noShows = 0;
    int inOfficeNow = 0; // arrived, not yet left
};

OfficeFigures officeFigures(const VisitLog& log, const Filter& filter, qint64 nowMs, int targetMinutes);

// "Residents served: 212 — median 41 min in the office, 90 % within 78 min; 18 % waited longer than 30 min …"
QString describeOfficeTime(const OfficeFigures& f);

} // namespace mdg::analytics
