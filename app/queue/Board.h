#pragma once

#include "Ticket.h"

#include <QJsonObject>
#include <QList>
#include <optional>

namespace mdg::queue {

// What the calling display and the public congestion page show: numbers, counters and
// counts only. Nothing in it names a resident, a case or a staff member, so it can hang
// on a wall and be served to any phone on the office network.
struct BoardCall
{
    int number = 0;
    QString counter;
    QDateTime at; // UTC, the latest call
    int calls = 0; // 2 and more: called again
};

// A number called for the first time at a stage (recalls are not counted): the pace of a line.
struct FirstCall
{
    Stage stage = Stage::Reception;
    QDateTime at; // UTC
};

struct ProcedureLine
{
    Procedure procedure = Procedure::MovingIn;
    int waiting = 0; // residents of this procedure waiting anywhere in the office (not being served)
    // The median time in the office of those who finished this procedure in the last two
    // hours (three at least): what a resident coming now can expect the visit to take.
    std::optional<double> recentVisitMinutes;
};

struct StageLine
{
    Stage stage = Stage::Reception;
    int waiting = 0;
    int callsLastHour = 0;
    std::optional<double> estimatedWaitMinutes; // for a number joining now; none without recent calls
};

struct Board
{
    QDateTime at; // UTC
    QList<BoardCall> calling; // called and not yet served, the newest first
    QList<BoardCall> recent; // the calls before those, the newest first
    QList<StageLine> stages; // Reception, Entry, Review (and Sent back while it holds anyone)
    QList<ProcedureLine> procedures; // the four procedures
    // The wait to be called at reception for a number drawn now (Reception's line).
    std::optional<double> estimatedWaitMinutes;
};

// The board from the office's tickets (CentralStore::tickets of today) and the first calls
// of the last hour (CentralStore::firstCalls) at `now`.
Board boardOf(
    const QList<Ticket>& tickets, const QList<FirstCall>& lastHour, const QDateTime& now, int recentCalls = 6);

// The wait for a number joining a line with `ahead` numbers before it, when the line was
// called `callsLastHour` times in the last hour: the time the recent pace takes to call
// everyone ahead (none ahead: called when the next clerk is free, about at once). None when
// numbers wait but nobody was called in the hour.
std::optional<double> estimatedWaitMinutes(int ahead, int callsLastHour);

QJsonObject toJson(const Board& b); // the public page's /board.json
QString toHtml(const Board& b); // the public page, in the application's language

} // namespace mdg::queue
