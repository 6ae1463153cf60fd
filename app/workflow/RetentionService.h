#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Result.h"

namespace mdg {

// Personal data kept only as long as it is needed (issue 22): `days` after a case was
// completed or cancelled and all its events reached the central store, its certificate
// (photo and readings) and findings are removed; signed pre-entries of the inbox go the
// same number of days after they arrived once their case is closed, or `graceDays` after
// they expired when the resident never came, never while their case is open. Each removal is
// an audit row (ids only). The figures do not change: they come from the events.
class RetentionService
{
public:
    RetentionService(Database& db, QString workstationId, const Clock& clock = Clock::system())
        : m_db(db)
        , m_workstationId(std::move(workstationId))
        , m_clock(clock)
    { }

    struct Purged
    {
        int cases = 0;
        int inbox = 0;
    };
    // `graceDays`: how long a pre-entry that never reached the counter is kept after it expired.
    Result<Purged> purge(int days, int graceDays = 7);

private:
    Database& m_db;
    QString m_workstationId;
    const Clock& m_clock;
};

} // namespace mdg
