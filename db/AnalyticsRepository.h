#pragma once

#include "domain/EventRow.h"

#include <functional>

#include <QSqlDatabase>

namespace mdg {

// Reads the event log for the supervisors' figures from a cursor: a dashboard loads the
// history once and then only what is new. Reads ids, kinds, stages, staff, workstation and
// time, ward and procedure of the case_created events, item and mark of the guidance_marked
// ones: nothing personal. A failed statement throws DbError,
// answered by Database::read/write.
class AnalyticsRepository
{
public:
    explicit AnalyticsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Returns the new cursor (the last event sequence number read).
    qint64 load(const std::function<void(const EventRow&)>& sink, qint64 afterSeq) const;

private:
    QSqlDatabase m_db;
};

} // namespace mdg
