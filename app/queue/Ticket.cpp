#include "Ticket.h"

#include "domain/Case.h"

#include <array>

namespace mdg::queue {
namespace {

constexpr std::array<std::pair<TicketStatus, const char*>, 6> StatusKeys {
    {{TicketStatus::Waiting, "waiting"}, {TicketStatus::Called, "called"}, {TicketStatus::Serving, "serving"},
        {TicketStatus::Parked, "parked"}, {TicketStatus::Held, "held"}, {TicketStatus::Done, "done"}}};

Result<Ticket> refuse(const QString& why)
{
    return Result<Ticket>::failure(ErrorCode::Invalid, why);
}

// Earlier in the calling order.
bool before(const Ticket& a, const Ticket& b)
{
    if (a.priority != b.priority)
        return a.priority;
    if (a.waitingSince != b.waitingSince)
        return a.waitingSince < b.waitingSince;
    return a.number < b.number;
}

} // namespace

QString statusKey(TicketStatus s)
{
    for (const auto& [status, key] : StatusKeys)
        if (status == s)
            return QString::fromLatin1(key);
    return {};
}

std::optional<TicketStatus> statusFromKey(const QString& key)
{
    for (const auto& [status, k] : StatusKeys)
        if (key == QLatin1String(k))
            return status;
    return std::nullopt;
}

QString actionKey(Action a)
{
    switch (a) {
    case Action::Call: return QStringLiteral("call");
    case Action::Recall: return QStringLiteral("recall");
    case Action::NoAnswer: return QStringLiteral("no_answer");
    case Action::Unpark: return QStringLiteral("unpark");
    case Action::Hold: return QStringLiteral("hold");
    case Action::Resume: return QStringLiteral("resume");
    case Action::Transfer: return QStringLiteral("transfer");
    case Action::Prioritise: return QStringLiteral("prioritise");
    }
    return {};
}

std::optional<qsizetype> pickNext(const QList<Ticket>& tickets, Stage stage, const QString& counter)
{
    std::optional<qsizetype> best;
    for (qsizetype i = 0; i < tickets.size(); ++i) {
        const Ticket& t = tickets.at(i);
        if (!t.isCallable() || t.stage != stage || (!t.counter.isEmpty() && t.counter != counter))
            continue;
        if (!best || before(t, tickets.at(*best)))
            best = i;
    }
    return best;
}

Result<Ticket> apply(const Ticket& t, const Request& r, const QList<Ticket>& queue, const QDateTime& now)
{
    if (t.status == TicketStatus::Done)
        return refuse(QCoreApplication::translate("Queue", "Number %1 has already left the office.").arg(t.number));
    Ticket n = t;
    switch (r.action) {
    case Action::Call: {
        if (t.status != TicketStatus::Waiting)
            return refuse(QCoreApplication::translate("Queue", "Number %1 is not waiting to be called.").arg(t.number));
        if (!t.counter.isEmpty() && t.counter != r.counter)
            return refuse(
                QCoreApplication::translate("Queue", "Number %1 waits for counter %2.").arg(t.number).arg(t.counter));
        const auto next = pickNext(queue, t.stage, r.counter);
        const bool inOrder = next && queue.at(*next).caseId == t.caseId;
        if (!inOrder && r.reason.trimmed().isEmpty())
            return refuse(QCoreApplication::translate(
                "Queue", "Number %1 is not next in line: say why it is called out of order.")
                              .arg(t.number));
        n.status = TicketStatus::Called;
        n.calls = t.calls + 1;
        n.calledAt = now;
        n.calledCounter = r.counter;
        n.calledBy = r.staffId;
        return n;
    }
    case Action::Recall:
        if (t.status != TicketStatus::Called)
            return refuse(
                QCoreApplication::translate("Queue", "Number %1 has not been called, so it cannot be called again.")
                    .arg(t.number));
        n.calls = t.calls + 1;
        n.calledAt = now;
        n.calledCounter = r.counter.isEmpty() ? t.calledCounter : r.counter;
        n.calledBy = r.staffId;
        return n;
    case Action::NoAnswer:
        if (t.status != TicketStatus::Called)
            return refuse(QCoreApplication::translate("Queue", "Number %1 has not been called.").arg(t.number));
        if (t.calls < r.maxCalls)
            return refuse(QCoreApplication::translate("Queue",
                "Number %1 has been called %2 of %3 times: call it again before it counts as "
                "not present.")
                              .arg(t.number)
                              .arg(t.calls)
                              .arg(r.maxCalls));
        n.status = TicketStatus::Parked;
        return n;
    case Action::Unpark:
        if (t.status != TicketStatus::Parked)
            return refuse(QCoreApplication::translate("Queue", "Number %1 is not parked.").arg(t.number));
        // Back at the end of the line: the clerk may still call it at once, with a reason.
        n.status = TicketStatus::Waiting;
        n.waitingSince = now;
        n.calls = 0;
        return n;
    case Action::Hold:
        if (t.status != TicketStatus::Waiting && t.status != TicketStatus::Called)
            return refuse(
                QCoreApplication::translate("Queue", "Number %1 can only be held while it waits or is called.")
                    .arg(t.number));
        n.status = TicketStatus::Held;
        return n;
    case Action::Resume:
        if (t.status != TicketStatus::Held)
            return refuse(QCoreApplication::translate("Queue", "Number %1 is not on hold.").arg(t.number));
        // A hold keeps the resident's place in the line.
        n.status = TicketStatus::Waiting;
        n.calls = 0;
        return n;
    case Action::Transfer:
        if (r.stage && isTerminal(*r.stage))
            return refuse(
                QCoreApplication::translate("Queue", "A number is transferred to a stage that serves residents."));
        n.status = TicketStatus::Waiting;
        n.stage = r.stage.value_or(t.stage);
        n.counter = r.counter;
        n.waitingSince = now;
        n.calls = 0;
        return n;
    case Action::Prioritise:
        if (r.reason.trimmed().isEmpty())
            return refuse(QCoreApplication::translate("Queue", "Say why number %1 is called first.").arg(t.number));
        n.priority = true;
        return n;
    }
    return refuse(QString());
}

std::optional<Ticket> afterCaseEvent(const std::optional<Ticket>& current, const QUuid& caseId, int number,
    Procedure procedure, const QString& kind, std::optional<Stage> toStage, bool openedAtDesk, const QDateTime& at)
{
    if (kind == QLatin1String(EventKind::Created)) {
        Ticket t;
        t.caseId = caseId;
        t.number = number;
        t.procedure = procedure;
        t.stage = Stage::Reception;
        t.arrivedAt = at;
        t.waitingSince = at;
        // The clerk who opens a case from the resident's QR has the resident at the counter.
        t.status = openedAtDesk ? TicketStatus::Waiting : TicketStatus::Serving;
        return t;
    }
    if (kind == QLatin1String(EventKind::StageChanged) && toStage) {
        Ticket t = current.value_or(Ticket {});
        if (!current) {
            t.caseId = caseId;
            t.number = number;
            t.procedure = procedure;
            t.arrivedAt = at;
        }
        if (current && current->status == TicketStatus::Done)
            return std::nullopt;
        t.stage = *toStage;
        t.counter.clear();
        t.calls = 0;
        t.waitingSince = at;
        t.status = isTerminal(*toStage) ? TicketStatus::Done : TicketStatus::Waiting;
        return t;
    }
    if (!current || current->status == TicketStatus::Done)
        return std::nullopt;
    if (kind == QLatin1String(EventKind::Claimed)) {
        Ticket t = *current;
        t.status = TicketStatus::Serving;
        return t;
    }
    if (kind == QLatin1String(EventKind::Released) && current->status == TicketStatus::Serving) {
        Ticket t = *current;
        t.status = TicketStatus::Waiting;
        t.waitingSince = at;
        t.calls = 0;
        return t;
    }
    return std::nullopt;
}

} // namespace mdg::queue
