// The calling board and the public congestion page: what a board holds (numbers, counters,
// counts, the estimated wait from the numbers ahead at the last hour's pace), that neither
// its JSON nor its HTML carries anything personal, and the HTTP server on loopback: GET
// only, 404 elsewhere, a bounded burst answered and the rest told to wait (429).
#include "congestion/CongestionServer.h"
#include "domain/Clock.h"
#include "queue/Board.h"
#include <QTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace mdg;
using queue::Ticket;
using queue::TicketStatus;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 3, 30), QTime(1, 0), Qt::UTC); // 10:00 in Japan

Ticket ticket(int number, TicketStatus status, Stage stage = Stage::Reception)
{
    Ticket t;
    t.caseId = QUuid::createUuid();
    t.number = number;
    t.status = status;
    t.stage = stage;
    t.procedure = number % 2 ? Procedure::MovingIn : Procedure::MovingOut;
    t.waitingSince = Now.addSecs(-600 - number);
    t.arrivedAt = t.waitingSince;
    t.calledBy = QStringLiteral("staff-secret-id");
    return t;
}

// A morning at reception: 12 first calls in the last hour, 6 waiting, 2 being called.
queue::Board morning(QList<Ticket>* out = nullptr)
{
    QList<Ticket> tickets;
    for (int n = 1; n <= 6; ++n)
        tickets << ticket(100 + n, TicketStatus::Waiting);
    Ticket a = ticket(90, TicketStatus::Called);
    a.calledCounter = QStringLiteral("3");
    a.calledAt = Now.addSecs(-30);
    a.calls = 1;
    Ticket b = ticket(89, TicketStatus::Called);
    b.calledCounter = QStringLiteral("5");
    b.calledAt = Now.addSecs(-90);
    b.calls = 2;
    // Three moves-in finished in the last two hours after 30, 50 and 40 minutes; one earlier.
    for (const auto& [minutes, leftAgo] : {std::pair {30, 10}, {50, 20}, {40, 100}, {5, 200}}) {
        Ticket done = ticket(60 + minutes, TicketStatus::Done, Stage::Completion);
        done.procedure = Procedure::MovingIn;
        done.changedAt = Now.addSecs(-60 * leftAgo);
        done.arrivedAt = done.changedAt.addSecs(-60 * minutes);
        tickets << done;
    }
    Ticket served = ticket(80, TicketStatus::Serving);
    served.calledCounter = QStringLiteral("4");
    served.calledAt = Now.addSecs(-400);
    tickets << a << b << served << ticket(70, TicketStatus::Waiting, Stage::Review);
    QList<queue::FirstCall> calls;
    for (int i = 0; i < 12; ++i)
        calls << queue::FirstCall {Stage::Reception, Now.addSecs(-60 - 290 * i)};
    calls << queue::FirstCall {Stage::Reception, Now.addSecs(-3700)}; // over an hour ago: not the pace
    if (out)
        *out = tickets;
    return queue::boardOf(tickets, calls, Now);
}

} // namespace

class TestCongestion : public QObject
{
    Q_OBJECT
private slots:
    void estimateIsTheLineAheadAtTheRecentPace();
    void boardHoldsNumbersAndCountsOnly();
    void pageAnswersGetAndRefusesTheRest();
    void aBurstIsBoundedAndThePageSurvives();

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray type;
    };
    Reply request(const QByteArray& verb, const QString& path, quint16 port);
    QNetworkAccessManager m_net;
};

void TestCongestion::estimateIsTheLineAheadAtTheRecentPace()
{
    QCOMPARE(queue::estimatedWaitMinutes(0, 0), 0.0); // nobody ahead: the next free clerk
    QCOMPARE(queue::estimatedWaitMinutes(6, 12), 30.0); // six ahead, one call every 5 min
    QCOMPARE(queue::estimatedWaitMinutes(1, 60), 1.0);
    QVERIFY(!queue::estimatedWaitMinutes(3, 0)); // numbers wait, nobody was called: unknown
}

void TestCongestion::boardHoldsNumbersAndCountsOnly()
{
    QList<Ticket> tickets;
    const queue::Board b = morning(&tickets);
    QCOMPARE(b.calling.size(), 2);
    QCOMPARE(b.calling.first().number, 90); // the newest call first
    QCOMPARE(b.calling.first().counter, QStringLiteral("3"));
    QCOMPARE(b.recent.size(), 1);
    QCOMPARE(b.recent.first().number, 80);
    QCOMPARE(b.stages.first().stage, Stage::Reception);
    QCOMPARE(b.stages.first().waiting, 6);
    QCOMPARE(b.stages.first().callsLastHour, 12);
    QCOMPARE(*b.estimatedWaitMinutes, 30.0);
    int movingIn = 0;
    for (const queue::ProcedureLine& p : b.procedures)
        movingIn += p.procedure == Procedure::MovingIn ? p.waiting : 0;
    QCOMPARE(movingIn, 4); // 101, 103, 105 waiting and 89 called (odd numbers are moving in in this fixture)
    for (const queue::ProcedureLine& p : b.procedures)
        if (p.procedure == Procedure::MovingIn)
            QCOMPARE(*p.recentVisitMinutes, 40.0); // the median of 30, 50, 40; the one before two hours is out
        else
            QVERIFY(!p.recentVisitMinutes); // fewer than three: no figure

    const QByteArray json = QJsonDocument(queue::toJson(b)).toJson();
    const QString html = queue::toHtml(b);
    for (const Ticket& t : tickets) {
        QVERIFY(!json.contains(t.caseId.toString(QUuid::WithoutBraces).toUtf8()));
        QVERIFY(!html.contains(t.caseId.toString(QUuid::WithoutBraces)));
    }
    QVERIFY(!json.contains("staff-secret-id") && !html.contains(QStringLiteral("staff-secret-id")));
    QVERIFY(html.contains(QStringLiteral("<b>90</b>")));
    QVERIFY(!html.contains(QStringLiteral("<form")) && !html.contains(QStringLiteral("<script")));
    QCOMPARE(queue::toJson(b).value(QLatin1String("estimated_wait_min")).toDouble(), 30.0);
}

TestCongestion::Reply TestCongestion::request(const QByteArray& verb, const QString& path, quint16 port)
{
    QNetworkRequest r(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    QNetworkReply* reply = m_net.sendCustomRequest(r, verb, verb == "POST" ? QByteArray("x=1") : QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(5000))
        return {};
    Reply out {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
        reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    reply->deleteLater();
    return out;
}

void TestCongestion::pageAnswersGetAndRefusesTheRest()
{
    ManualClock clock(Now);
    congestion::CongestionServer server(clock);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    server.setBoard(morning());
    const Reply page = request("GET", QStringLiteral("/"), port);
    QCOMPARE(page.status, 200);
    QVERIFY(page.type.startsWith("text/html"));
    QVERIFY(page.body.contains("<b>90</b>"));
    const Reply json = request("GET", QStringLiteral("/board.json"), port);
    QCOMPARE(json.status, 200);
    QCOMPARE(QJsonDocument::fromJson(json.body).object().value(QLatin1String("calling")).toArray().size(), 2);
    for (const QByteArray verb : {"POST", "PUT", "DELETE", "PATCH"}) {
        const Reply refused = request(verb, QStringLiteral("/"), port);
        QVERIFY2(refused.status == 405, verb.constData());
    }
    QCOMPARE(request("GET", QStringLiteral("/admin"), port).status, 404);
}

void TestCongestion::aBurstIsBoundedAndThePageSurvives()
{
    ManualClock clock(Now);
    congestion::CongestionServer server(clock);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port > 0);
    server.setBoard(morning());
    int ok = 0, busy = 0;
    for (int i = 0; i < 60; ++i) {
        const int status = request("GET", QStringLiteral("/board.json"), port).status;
        ok += status == 200;
        busy += status == 429;
    }
    QCOMPARE(ok, 30); // one phone refreshing every two seconds for a minute at most
    QCOMPARE(busy, 30);
    clock.advanceSecs(60);
    QCOMPARE(request("GET", QStringLiteral("/"), port).status, 200); // the next minute serves again
}

QTEST_GUILESS_MAIN(TestCongestion)
#include "tst_congestion.moc"
