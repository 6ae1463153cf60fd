#pragma once

#include "connectors/RecordsConnector.h"
#include "db/Database.h"
#include "db/SubmissionRepository.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/StaffMember.h"

#include <QCoreApplication>
#include <QUuid>
#include <optional>

namespace mdg {

// Sends approved changes through the RecordsConnector and keeps what came back. A case
// the records system has not accepted stays approved-but-not-submitted, listed by
// waiting() and sent again by submit(); the receipt, once there, is kept with the case.
// submit() reaches the records system: call it off the GUI thread.
class SubmissionService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::SubmissionService)

public:
    SubmissionService(Database& db, const Clock& clock = Clock::system())
        : m_db(db)
        , m_clock(clock)
    { }

    Result<std::optional<Submission>> forCase(const QUuid& caseId);
    Result<QList<Submission>> waiting(); // oldest approval first
    Result<Submission> submit(const Actor& actor, const QUuid& caseId, RecordsConnector& connector);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace mdg
