#pragma once

#include "Dashboard.h"
#include "OfficeTime.h"
#include "StaffingAdvice.h"

namespace mdg::analytics {

// Everything the dashboard shows for one question.
struct Figures
{
    Dashboard dashboard;
    OfficeFigures office;
    StaffingAdvice staffing;
};

// The stage figures on this thread while the time in the office and the staffing advice are
// computed on a second (the log is only read), so a year's question stays within the
// dashboard's time on two cores.
Figures computeFigures(const VisitLog& log, const Filter& filter, qint64 nowMs, int targetMinutes);

} // namespace mdg::analytics
