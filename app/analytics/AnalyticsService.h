#pragma once

#include "analytics/Dashboard.h"
#include "analytics/OfficeTime.h"
#include "analytics/StaffingAdvice.h"
#include "db/Database.h"
#include "domain/StaffMember.h"

#include <QDate>
#include <QString>
#include <optional>

namespace mdg {

// The supervisors' figures over the local store's event log (which holds the whole city's
// events once sync has pulled them). The log is read once and then from its cursor; the
// figures are computed afresh for every question. Not thread-safe: the dashboard runs it
// on one worker thread, never on the GUI thread.
class AnalyticsService
{
public:
    explicit AnalyticsService(Database& db)
        : m_db(db)
    { }

    struct Query
    {
        QDate from; // arrivals on or after, in local time; invalid: from the beginning
        QDate to; // arrivals on or before; invalid: until now
        QString ward; // empty: all
        std::optional<Procedure> procedure;
        int targetWaitMinutes = 30; // the waiting the city aims to keep residents within
    };
    struct Answer
    {
        analytics::Dashboard dashboard;
        analytics::OfficeFigures office; // residents' time in the office
        analytics::StaffingAdvice staffing;
        QStringList wards; // every ward seen, for the filter
        qint64 events = 0;
        QString warning; // for the supervisor: the figures are from what was read before the store failed
    };
    Answer compute(const Query& q, qint64 nowMs);

    // The figures written to `path` as CSV, and the export audited (what, not the file's name,
    // which may say whose desktop it went to). Nothing is written when the audit cannot be.
    static Result<void> exportCsv(
        Database& db, const Actor& actor, const analytics::Dashboard& d, const QString& path, const QDateTime& now);

private:
    Database& m_db;
    analytics::VisitLog m_log;
    qint64 m_cursor = 0;
};

} // namespace mdg
