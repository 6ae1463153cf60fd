// The office's queue: the rules of calling (priority, longest waiting, out of order with a
// reason, recall, no-show and park, hold, transfer), the tickets the central store derives
// from pushed events, and calls from two workstations racing on one central store (each
// number called once). Runs on SQLite and, as the ".postgresql" variant, on PostgreSQL.
#include "../CentralStoreFixture.h"
#include "../TestSupport.h"
#include "db/EventRepository.h"
#include "queue/Ticket.h"
#include "workflow/CaseService.h"
#include "workflow/QueueService.h"

#include <QSet>
#include <QtConcurrent>

using namespace mdg;
using queue::Action;
using queue::Request;
using queue::Ticket;
using queue::TicketStatus;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 3, 30), QTime(0, 30), Qt::UTC);

Ticket waiting(int number, int minutesAgo, Stage stage = Stage::Entry)
{
    Ticket t;
    t.caseId = QUuid::createUuid();
    t.number = number;
    t.stage = stage;
    t.waitingSince = T0.addSecs(-60 * minutesAgo);
    t.arrivedAt = t.waitingSince;
    return t;
}

Request call(const QString& counter, const QString& reason = {})
{
    Request r;
    r.action = Action::Call;
    r.counter = counter;
    r.staffId = QStringLiteral("staff-1");
    r.reason = reason;
    return r;
}

Request request(Action a, const QString& reason = {})
{
    Request r;
    r.action = a;
    r.reason = reason;
    r.counter = QStringLiteral("3");
    return r;
}

} // namespace

class TestQueue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void nextIsPriorityThenLongestWaiting();
    void outOfOrderNeedsAReason();
    void noShowParksAfterItsCallsAndComesBack();
    void holdKeepsThePlaceTransferStartsAnew();
    void caseEventsMoveTheTicket();
    void callsRecordEventsOfTheCase();
    void racingCountersCallEachNumberOnce();
    void yesterdaysNumbersAreNotCalled();
    void aNumberFromAnotherWorkstationIsPulledAndItsCallRecorded();
    void centralStoreDownSaysSo();

private:
    struct Workstation : test::SyncedWorkstation
    {
        Workstation(const QString& location, const QString& id, const Clock& clock)
            : SyncedWorkstation(location, id, QStringLiteral("clerk-") + id, {Role::Clerk})
            , calls(std::make_unique<QueueService>(*store.db, location, clock))
        { }
        std::unique_ptr<QueueService> calls;
    };
    // Cases opened at `a` and moved to Entry, where they wait to be called; pushed.
    QList<QUuid> waitingAtEntry(Workstation& a, int n);

    std::unique_ptr<test::CentralStoreFixture> m_fixture;
    std::unique_ptr<ManualClock> m_clock;
};

void TestQueue::initTestCase()
{
    m_fixture = std::make_unique<test::CentralStoreFixture>();
    m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
}

void TestQueue::cleanupTestCase()
{
    m_fixture.reset();
}

void TestQueue::nextIsPriorityThenLongestWaiting()
{
    QList<Ticket> line {waiting(11, 20), waiting(12, 35), waiting(13, 5), waiting(14, 50, Stage::Review)};
    // 12 waits longest at Entry (14 waits at another stage).
    QCOMPARE(line.at(*queue::pickNext(line, Stage::Entry, QStringLiteral("3"))).number, 12);
    line[2].priority = true; // 13 came with an infant
    QCOMPARE(line.at(*queue::pickNext(line, Stage::Entry, QStringLiteral("3"))).number, 13);
    // A number sent to counter 5 is not counter 3's, and a called one is nobody's next.
    line[2].counter = QStringLiteral("5");
    line[1].status = TicketStatus::Called;
    QCOMPARE(line.at(*queue::pickNext(line, Stage::Entry, QStringLiteral("3"))).number, 11);
    QCOMPARE(line.at(*queue::pickNext(line, Stage::Entry, QStringLiteral("5"))).number, 13);
    QVERIFY(!queue::pickNext(line, Stage::Completion, QStringLiteral("3")));
}

void TestQueue::outOfOrderNeedsAReason()
{
    const QList<Ticket> line {waiting(21, 30), waiting(22, 10)};
    const auto inOrder = queue::apply(line[0], call(QStringLiteral("3")), line, T0);
    QVERIFY2(inOrder, qPrintable(inOrder.error()));
    QCOMPARE(inOrder->status, TicketStatus::Called);
    QCOMPARE(inOrder->calls, 1);
    QCOMPARE(inOrder->calledCounter, QStringLiteral("3"));
    QCOMPARE(inOrder->calledAt, T0);
    const auto skipped = queue::apply(line[1], call(QStringLiteral("3")), line, T0);
    QVERIFY(!skipped);
    QCOMPARE(skipped.code(), ErrorCode::Invalid);
    QVERIFY(skipped.error().contains(QStringLiteral("22")));
    QVERIFY(queue::apply(line[1], call(QStringLiteral("3"), QStringLiteral("wheelchair counter")), line, T0));
    // A number kept for counter 5 is not called at counter 3, reason or not.
    Ticket kept = line[1];
    kept.counter = QStringLiteral("5");
    QVERIFY(!queue::apply(kept, call(QStringLiteral("3"), QStringLiteral("any")), {kept}, T0));
}

void TestQueue::noShowParksAfterItsCallsAndComesBack()
{
    Ticket t = waiting(31, 15);
    t = queue::apply(t, call(QStringLiteral("3")), {t}, T0).value();
    Request none = request(Action::NoAnswer);
    none.maxCalls = 2;
    QCOMPARE(queue::apply(t, none, {}, T0).code(), ErrorCode::Invalid); // one call is not enough
    t = queue::apply(t, request(Action::Recall), {}, T0.addSecs(60)).value();
    QCOMPARE(t.calls, 2);
    QCOMPARE(t.calledAt, T0.addSecs(60));
    t = queue::apply(t, none, {}, T0.addSecs(120)).value();
    QCOMPARE(t.status, TicketStatus::Parked);
    QVERIFY(!queue::apply(t, call(QStringLiteral("3")), {t}, T0)); // parked numbers are not called
    t = queue::apply(t, request(Action::Unpark), {}, T0.addSecs(600)).value();
    QCOMPARE(t.status, TicketStatus::Waiting);
    QCOMPARE(t.waitingSince, T0.addSecs(600)); // at the end of the line
    QCOMPARE(t.calls, 0);
    QVERIFY(!queue::apply(t, request(Action::Recall), {}, T0)); // not called since it came back
}

void TestQueue::holdKeepsThePlaceTransferStartsAnew()
{
    const Ticket first = waiting(41, 40);
    Ticket held = queue::apply(first, request(Action::Hold), {}, T0).value();
    QCOMPARE(held.status, TicketStatus::Held);
    QVERIFY(!queue::pickNext({held}, Stage::Entry, QStringLiteral("3")));
    held = queue::apply(held, request(Action::Resume), {}, T0.addSecs(900)).value();
    QCOMPARE(held.waitingSince, first.waitingSince);
    QCOMPARE(held.status, TicketStatus::Waiting);

    Request to = request(Action::Transfer);
    to.stage = Stage::Review;
    to.counter = QStringLiteral("7");
    const Ticket moved = queue::apply(held, to, {}, T0).value();
    QCOMPARE(moved.stage, Stage::Review);
    QCOMPARE(moved.counter, QStringLiteral("7"));
    QCOMPARE(moved.waitingSince, T0);
    to.stage = Stage::Completion;
    QVERIFY(!queue::apply(held, to, {}, T0));

    QVERIFY(!queue::apply(held, request(Action::Prioritise), {}, T0)); // a reason is required
    QVERIFY(queue::apply(held, request(Action::Prioritise, QStringLiteral("elderly")), {}, T0)->priority);
    Ticket gone = held;
    gone.status = TicketStatus::Done;
    QVERIFY(!queue::apply(gone, request(Action::Unpark), {}, T0));
}

void TestQueue::caseEventsMoveTheTicket()
{
    const QUuid id = QUuid::createUuid();
    const auto desk = queue::afterCaseEvent(
        std::nullopt, id, 7, Procedure::MovingOut, QLatin1String(EventKind::Created), Stage::Reception, true, T0);
    QCOMPARE(desk->status, TicketStatus::Waiting);
    QCOMPARE(desk->number, 7);
    QCOMPARE(desk->procedure, Procedure::MovingOut);
    QCOMPARE(desk->arrivedAt, T0);
    const auto atCounter = queue::afterCaseEvent(
        std::nullopt, id, 7, Procedure::MovingOut, QLatin1String(EventKind::Created), Stage::Reception, false, T0);
    QCOMPARE(atCounter->status, TicketStatus::Serving);
    const auto served = queue::afterCaseEvent(
        desk, id, 7, Procedure::MovingOut, QLatin1String(EventKind::Claimed), std::nullopt, false, T0);
    QCOMPARE(served->status, TicketStatus::Serving);
    const auto entry = queue::afterCaseEvent(served, id, 7, Procedure::MovingOut,
        QLatin1String(EventKind::StageChanged), Stage::Entry, false, T0.addSecs(300));
    QCOMPARE(entry->status, TicketStatus::Waiting);
    QCOMPARE(entry->stage, Stage::Entry);
    QCOMPARE(entry->waitingSince, T0.addSecs(300));
    QCOMPARE(entry->arrivedAt, T0);
    const auto done = queue::afterCaseEvent(entry, id, 7, Procedure::MovingOut, QLatin1String(EventKind::StageChanged),
        Stage::Completion, false, T0.addSecs(900));
    QCOMPARE(done->status, TicketStatus::Done);
    QVERIFY(!queue::afterCaseEvent(
        entry, id, 7, Procedure::MovingOut, QLatin1String(EventKind::HouseholdChanged), std::nullopt, false, T0));
}

QList<QUuid> TestQueue::waitingAtEntry(Workstation& a, int n)
{
    CaseService cases(*a.store.db, *m_clock);
    QList<QUuid> ids;
    for (int i = 0; i < n; ++i) {
        Case c = cases.create(a.actor, Procedure::MovingIn, test::twoMembers()).value();
        c = cases.changeStage(a.actor, c.id, c.version, Stage::Entry).value();
        ids << c.id;
        m_clock->advanceSecs(30);
    }
    a.sync->syncOnce();
    return ids;
}

void TestQueue::callsRecordEventsOfTheCase()
{
    const QString location = m_fixture->newLocation();
    Workstation a(location, QStringLiteral("ws-a"), *m_clock);
    const QList<QUuid> ids = waitingAtEntry(a, 3);
    const auto first = a.calls->callNext(a.actor, Stage::Entry, QStringLiteral("3"));
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->has_value());
    QCOMPARE(first->value().caseId, ids[0]);
    const auto events = EventRepository(a.store.db->connection()).forCase(ids[0]);
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::NumberCalled));
    QCOMPARE(events.last().detail.value(QLatin1String("counter")).toString(), QStringLiteral("3"));
    QCOMPARE(events.last().detail.value(QLatin1String("calls")).toInt(), 1);

    // Nobody comes: called again, then a no-show, parked; the event log says so.
    m_clock->advanceSecs(60);
    QVERIFY(a.calls->act(a.actor, ids[0], request(Action::Recall)));
    QCOMPARE(a.calls->act(a.actor, ids[0], request(Action::NoAnswer))->status, TicketStatus::Parked);
    QCOMPARE(EventRepository(a.store.db->connection()).forCase(ids[0]).last().kind,
        QString::fromLatin1(EventKind::NumberParked));
    // Out of order: the store applies the same rule.
    const auto skip = a.calls->act(a.actor, ids[2], call(QStringLiteral("3")));
    QCOMPARE(skip.code(), ErrorCode::Invalid);
    QVERIFY(a.calls->act(a.actor, ids[2], call(QStringLiteral("3"), QStringLiteral("interpreter is here"))));
    // The resident is served (claimed), then the case leaves for Review: the ticket follows.
    CaseService cases(*a.store.db, *m_clock);
    Case c = cases.open(a.actor, ids[2]).value();
    c = cases.changeStage(a.actor, c.id, c.version, Stage::Review).value();
    a.sync->syncOnce();
    const auto today = a.calls->tickets();
    QVERIFY2(today, qPrintable(today.error()));
    QHash<QUuid, Ticket> byCase;
    for (const Ticket& t : today.value())
        byCase.insert(t.caseId, t);
    QCOMPARE(byCase.size(), 3);
    QCOMPARE(byCase[ids[0]].status, TicketStatus::Parked);
    QCOMPARE(byCase[ids[1]].status, TicketStatus::Waiting);
    QCOMPARE(byCase[ids[2]].stage, Stage::Review);
    QCOMPARE(byCase[ids[2]].status, TicketStatus::Waiting);
    // A workstation without a counter is told to set one.
    QCOMPARE(a.calls->callNext(a.actor, Stage::Entry, QString()).code(), ErrorCode::Invalid);
    // A desk device does not call.
    Actor desk = a.actor;
    desk.staff.roles = {Role::Desk};
    QCOMPARE(a.calls->callNext(desk, Stage::Entry, QStringLiteral("3")).code(), ErrorCode::NotAllowed);
}

void TestQueue::racingCountersCallEachNumberOnce()
{
    const QString location = m_fixture->newLocation();
    Workstation a(location, QStringLiteral("ws-a"), *m_clock);
    Workstation b(location, QStringLiteral("ws-b"), *m_clock);
    const QList<QUuid> ids = waitingAtEntry(a, 12);
    b.sync->syncOnce();
    // Each counter calls on its own thread with its own connections until nobody waits.
    const auto callAll = [](Workstation& w, const QString& counter) {
        QList<QUuid> called;
        for (;;) {
            const auto next = w.calls->callNext(w.actor, Stage::Entry, counter);
            if (!next || !next->has_value())
                return called;
            called << next->value().caseId;
        }
    };
    auto fa = QtConcurrent::run([&] { return callAll(a, QStringLiteral("1")); });
    auto fb = QtConcurrent::run([&] { return callAll(b, QStringLiteral("2")); });
    const QList<QUuid> byA = fa.result(), byB = fb.result();
    QSet<QUuid> all;
    for (const QUuid& id : byA + byB)
        QVERIFY2(!all.contains(id), "a number was called twice");
    for (const QUuid& id : byA + byB)
        all.insert(id);
    QCOMPARE(all, QSet<QUuid>(ids.cbegin(), ids.cend()));
}

void TestQueue::yesterdaysNumbersAreNotCalled()
{
    const QString location = m_fixture->newLocation();
    Workstation a(location, QStringLiteral("ws-a"), *m_clock);
    const QUuid left = waitingAtEntry(a, 1).first(); // the case stays in Entry overnight
    m_clock->advanceSecs(24 * 3600);
    const auto next = a.calls->callNext(a.actor, Stage::Entry, QStringLiteral("3"));
    QVERIFY2(next, qPrintable(next.error()));
    QVERIFY(!next->has_value()); // its resident went home: nobody waits today
    QVERIFY(a.calls->tickets()->isEmpty());
    // Called by hand it is out of today's line, so only with a reason.
    QCOMPARE(a.calls->act(a.actor, left, call(QStringLiteral("3"))).code(), ErrorCode::Invalid);
    const QUuid today = waitingAtEntry(a, 1).first();
    QCOMPARE(a.calls->callNext(a.actor, Stage::Entry, QStringLiteral("3"))->value().caseId, today);
}

void TestQueue::aNumberFromAnotherWorkstationIsPulledAndItsCallRecorded()
{
    const QString location = m_fixture->newLocation();
    Workstation desk(location, QStringLiteral("ws-desk"), *m_clock);
    Workstation counter(location, QStringLiteral("ws-counter"), *m_clock);
    const QUuid id = waitingAtEntry(desk, 1).first(); // pushed by the desk, not pulled at the counter
    QVERIFY(EventRepository(counter.store.db->connection()).forCase(id).isEmpty());
    const auto called = counter.calls->callNext(counter.actor, Stage::Entry, QStringLiteral("2"));
    QVERIFY2(called && called->has_value(), qPrintable(called.error()));
    const auto events = EventRepository(counter.store.db->connection()).forCase(id);
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.last().kind, QString::fromLatin1(EventKind::NumberCalled));
    QCOMPARE(events.last().workstationId, QStringLiteral("ws-counter"));
}

void TestQueue::centralStoreDownSaysSo()
{
    test::TempStore store;
    const Actor clerk = test::makeActor(*store.db, QStringLiteral("c"), {Role::Clerk});
    QueueService calls(*store.db,
        m_fixture->isPostgres() ? QStringLiteral("postgresql://postgres@127.0.0.1:1/none")
                                : QStringLiteral("/proc/no-such-dir/central.sqlite"),
        *m_clock);
    const auto r = calls.callNext(clerk, Stage::Entry, QStringLiteral("3"));
    QCOMPARE(r.code(), ErrorCode::Unreachable);
    QVERIFY(!r.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
