#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/StaffMember.h"
#include "queue/Board.h"
#include "queue/Ticket.h"
#include "sync/CentralStore.h"

#include <QCoreApplication>

namespace mdg {

// The clerk's side of the office's queue: call next, call a number out of order, call
// again, no-show, bring back, hold, transfer, priority. The central store decides each
// (two counters never call one number); the answer is then an event of the case here,
// so the time from a call to the service is measured from the event log like the rest.
// Reaches the central store: call it off the GUI thread.
class QueueService
{
    Q_DECLARE_TR_FUNCTIONS(mdg::QueueService)

public:
    QueueService(
        Database& local, QString centralLocation, const Clock& clock = Clock::system(), int callsBeforeNoShow = 2)
        : m_local(local)
        , m_centralLocation(std::move(centralLocation))
        , m_clock(clock)
        , m_callsBeforeNoShow(callsBeforeNoShow)
    { }

    // The longest waiting number for `stage` at `counter` (priority first); none when
    // nobody waits.
    Result<std::optional<queue::Ticket>> callNext(const Actor& actor, Stage stage, const QString& counter);
    // Any other request on one number; the staff id and the calls before a no-show are filled in.
    Result<queue::Ticket> act(const Actor& actor, const QUuid& caseId, queue::Request request);
    // Today's numbers: those in the office now and those that left.
    Result<QList<queue::Ticket>> tickets();
    // Today's number `number` still in the office: NotFound without one, Invalid when two
    // workstations gave it out (say which, by calling it from its own stage).
    Result<queue::Ticket> findNumber(int number);
    // What the calling display and the public page show now (numbers and counts only):
    // needs no sign-in.
    Result<queue::Board> board();

private:
    // The store's decision as an event of the case here (pulled first when it has not arrived).
    void record(CentralStore& store, const Actor& actor, const queue::Ticket& t, const queue::Request& r);
    QDateTime today() const; // UTC: the local midnight that starts today's numbers
    QString unreachable() const;

    Database& m_local;
    QString m_centralLocation;
    const Clock& m_clock;
    int m_callsBeforeNoShow;
};

} // namespace mdg
