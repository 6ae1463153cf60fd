#include "QueueService.h"

#include "CaseLog.h"
#include "CasePolicy.h"
#include "db/CaseRepository.h"
#include "domain/Audit.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"

namespace mdg {
namespace {

std::unique_ptr<CentralStore> open(const QString& location)
{
    return SqlCentralStore::connect(location, "Queue");
}

} // namespace

QString QueueService::unreachable() const
{
    return tr("Numbers are called through the central store, which cannot be reached now. Call the resident by "
              "voice and try again in a moment.");
}

void QueueService::record(CentralStore& store, const Actor& actor, const queue::Ticket& t, const queue::Request& r)
{
    // A number from another workstation (the desk's tablet) may not have been pulled yet.
    const auto here = m_local.read([&](QSqlDatabase db) { return CaseRepository(db).find(t.caseId).has_value(); });
    if (here && !here.value())
        SyncService(m_local, store, actor.workstationId, m_clock).pullOnce();
    const char* kind = r.action == queue::Action::Call || r.action == queue::Action::Recall ? EventKind::NumberCalled
        : t.status == queue::TicketStatus::Parked                                           ? EventKind::NumberParked
                                                                                            : EventKind::NumberMoved;
    QJsonObject detail {{QStringLiteral("action"), queue::actionKey(r.action)},
        {QStringLiteral("stage"), stageKey(t.stage)}, {QStringLiteral("calls"), t.calls}};
    if (!t.calledCounter.isEmpty() && kind == EventKind::NumberCalled)
        detail.insert(QStringLiteral("counter"), t.calledCounter);
    if (r.action == queue::Action::Transfer && !t.counter.isEmpty())
        detail.insert(QStringLiteral("counter"), t.counter);
    if (!r.reason.isEmpty())
        detail.insert(QStringLiteral("reason"), r.reason);
    // The central store has decided; when this store cannot note it the call still stands
    // (the case may not have arrived here yet, or the disk failed: the log says which).
    const auto noted = m_local.write(
        [&](QSqlDatabase db) { return caselog::noteOnCase(db, actor, t.caseId, kind, m_clock.nowUtc(), detail); });
    if (!noted)
        qWarning("Queue: the local store could not note a call: %s", qPrintable(noted.error()));
}

Result<std::optional<queue::Ticket>> QueueService::callNext(const Actor& actor, Stage stage, const QString& counter)
{
    using Answer = Result<std::optional<queue::Ticket>>;
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::CallNumbers); !may)
        return Answer::failure(ErrorCode::NotAllowed, may.reason);
    if (counter.trimmed().isEmpty())
        return Answer::failure(ErrorCode::Invalid, tr("Set this workstation's counter in Settings before calling."));
    auto store = open(m_centralLocation);
    if (!store)
        return Answer::failure(ErrorCode::Unreachable, unreachable());
    queue::Request r;
    r.action = queue::Action::Call;
    r.counter = counter;
    r.staffId = actor.staff.id;
    r.issuedSince = today();
    const auto called = store->callNext(stage, r, m_clock.nowUtc());
    if (!called)
        return called.code() == ErrorCode::Unreachable ? Answer::failure(ErrorCode::Unreachable, unreachable())
                                                       : called;
    if (called.value())
        record(*store, actor, *called.value(), r);
    return called;
}

Result<queue::Ticket> QueueService::act(const Actor& actor, const QUuid& caseId, queue::Request r)
{
    if (const auto may = CasePolicy::may(actor.staff.roles, CasePolicy::Work::CallNumbers); !may)
        return Result<queue::Ticket>::failure(ErrorCode::NotAllowed, may.reason);
    auto store = open(m_centralLocation);
    if (!store)
        return Result<queue::Ticket>::failure(ErrorCode::Unreachable, unreachable());
    r.staffId = actor.staff.id;
    r.maxCalls = m_callsBeforeNoShow;
    r.issuedSince = today();
    const auto changed = store->act(caseId, r, m_clock.nowUtc());
    if (!changed)
        return changed.code() == ErrorCode::Unreachable
            ? Result<queue::Ticket>::failure(ErrorCode::Unreachable, unreachable())
            : changed;
    record(*store, actor, changed.value(), r);
    return changed;
}

QDateTime QueueService::today() const
{
    return QDateTime(m_clock.nowUtc().toLocalTime().date(), QTime(0, 0)).toUTC();
}

Result<QList<queue::Ticket>> QueueService::tickets()
{
    auto store = open(m_centralLocation);
    if (!store)
        return Result<QList<queue::Ticket>>::failure(ErrorCode::Unreachable, unreachable());
    return store->tickets(today());
}

Result<queue::Ticket> QueueService::findNumber(int number)
{
    const auto today = tickets();
    if (!today)
        return Result<queue::Ticket>::failure(today);
    QList<queue::Ticket> found;
    for (const queue::Ticket& t : today.value())
        if (t.number == number && t.status != queue::TicketStatus::Done)
            found << t;
    if (found.isEmpty())
        return Result<queue::Ticket>::failure(
            ErrorCode::NotFound, tr("Number %1 is not in the office today.").arg(number));
    if (found.size() > 1)
        return Result<queue::Ticket>::failure(ErrorCode::Invalid,
            tr("Number %1 was given out at %2 places today; call it when it is next at its stage.")
                .arg(number)
                .arg(found.size()));
    return found.first();
}

Result<queue::Board> QueueService::board()
{
    auto store = open(m_centralLocation);
    if (!store)
        return Result<queue::Board>::failure(ErrorCode::Unreachable, unreachable());
    const QDateTime now = m_clock.nowUtc();
    const auto tickets = store->tickets(today());
    const auto calls = store->firstCalls(now.addSecs(-3600));
    if (!tickets || !calls)
        return Result<queue::Board>::failure(ErrorCode::Unreachable, unreachable());
    return queue::boardOf(tickets.value(), calls.value(), now);
}

} // namespace mdg
