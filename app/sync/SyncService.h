#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "sync/CentralStore.h"

#include <QCoreApplication>
#include <QString>

namespace mdg {

// Sends the outbox to the central store, oldest first, in batches. Accepted changes move
// the pushed cursor; a change the store refuses (another workstation changed the case
// first) is kept as a conflict for the clerk and the cursor moves past it, so one case
// never holds back the others. When the store cannot be reached nothing moves: the outbox
// keeps everything and the next round sends it.
//
// Then it pulls the other workstations' changes from its cursor into the local store, so
// queues and figures cover the whole city. A pulled change never overwrites work of this
// workstation: a case with changes still to send, or with a conflict to settle, keeps its
// local state (the conflict shows the newest central version instead).
class SyncService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::SyncService)

public:
    SyncService(Database& local, CentralStore& central, QString workstationId, const Clock& clock = Clock::system())
        : m_local(local)
        , m_central(central)
        , m_workstationId(std::move(workstationId))
        , m_clock(clock)
    { }

    struct Status
    {
        bool reachable = true;
        int pushed = 0; // this round
        int conflicts = 0; // this round
        int waiting = 0; // still in the outbox
        int pulled = 0; // this round: other workstations' changes now here
        int auditPushed = 0; // this round: audit rows now in the central store
        int unresolvedConflicts = 0;
        QString message; // for the status bar
    };
    Status pushOnce(int batchSize = 200);
    static constexpr int PullBatch = 500;
    Status pullOnce(int limit = PullBatch);
    Status syncOnce(); // push, then pull
    // What waits in the outbox and how many conflicts are unsettled; needs no central store.
    static Status status(Database& local);

private:
    Database& m_local;
    Status finish(Status s) const;
    // After the changes: the audit rows not yet in the central store, a batch a round.
    Status pushAudit(Status s, int batchSize = 500);
    void applyPulled(QSqlDatabase db, const SyncedChange& change) const;

    CentralStore& m_central;
    QString m_workstationId;
    const Clock& m_clock;
};

} // namespace mdg
