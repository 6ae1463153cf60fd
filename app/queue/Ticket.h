#pragma once

#include "domain/Procedure.h"
#include "domain/Result.h"
#include "domain/Stage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>
#include <optional>

// A resident's number in the office's queue and the rules of calling it (issue 20). The
// central store holds one ticket per case and decides each call (SqlCentralStore), so two
// counters never call the same number; the rules it applies are these.
namespace mdg::queue {

enum class TicketStatus {
    Waiting, // for a call at its stage
    Called, // called to a counter, not yet served there
    Serving, // a clerk works on the case with the resident
    Parked, // did not come after the last call; a clerk can bring it back
    Held, // kept out of the calls for now (the resident stepped out, a document is missing)
    Done, // left the office (completed or cancelled)
};
QString statusKey(TicketStatus s);
std::optional<TicketStatus> statusFromKey(const QString& key);

struct Ticket
{
    QUuid caseId;
    int number = 0; // as on the resident's slip
    Procedure procedure = Procedure::MovingIn;
    Stage stage = Stage::Reception;
    QString counter; // the counter it waits for; empty: any counter of the stage
    bool priority = false; // elderly, disabled, with infants: called first
    TicketStatus status = TicketStatus::Waiting;
    QDateTime waitingSince; // UTC: when it joined its stage's queue (or came back from parked/held)
    QDateTime arrivedAt; // UTC: when the number was issued
    int calls = 0; // calls since it last joined the queue
    QDateTime calledAt; // UTC, the latest call
    QString calledCounter; // where it was called to
    QString calledBy; // staff id of the caller
    QDateTime changedAt; // UTC, as the store last wrote it (for a Done ticket: when the resident left)

    bool isCallable() const { return status == TicketStatus::Waiting; }
};

// The ticket "call next" takes for `stage` at `counter`: priority numbers first, then the
// longest waiting; a number waiting for another counter is not this counter's. An index
// into `tickets`; none when nobody waits.
std::optional<qsizetype> pickNext(const QList<Ticket>& tickets, Stage stage, const QString& counter);

// What a clerk does with a number.
enum class Action {
    Call, // call this number now (out of order needs a reason)
    Recall, // call the number called before once more
    NoAnswer, // nobody came: parked once it has had its calls
    Unpark, // back in the queue (the resident came late)
    Hold, // out of the calls for now
    Resume, // back from hold
    Transfer, // to another stage or counter
    Prioritise, // mark as priority (elderly, disabled, with infants)
};
QString actionKey(Action a);

struct Request
{
    Action action = Action::Call;
    QString counter; // Call/Recall: the calling counter; Transfer: the target counter (empty: any)
    QString staffId;
    std::optional<Stage> stage; // Transfer: the target stage (none: stays)
    QString reason; // Call out of order, Transfer, Hold
    int maxCalls = 3; // NoAnswer parks at this many calls
    QDateTime issuedSince; // UTC: the line is today's numbers; earlier ones are not called (none: all)
};

// The ticket after the request, or why not (ErrorCode::Invalid, for the clerk). `queue` is
// every ticket of the office, so a call out of order is recognised and needs its reason.
Result<Ticket> apply(const Ticket& t, const Request& r, const QList<Ticket>& queue, const QDateTime& nowUtc);

// The ticket after an event of its case (the central store applies each pushed event): a
// new case waits at its stage unless the clerk who opened it serves it there; a case
// claimed at its stage is served; a move to another stage joins that stage's queue; a
// terminal stage ends the visit. None when the event does not touch the queue.
std::optional<Ticket> afterCaseEvent(const std::optional<Ticket>& current, const QUuid& caseId, int number,
    Procedure procedure, const QString& kind, std::optional<Stage> toStage, bool openedAtDesk, const QDateTime& atUtc);

} // namespace mdg::queue
