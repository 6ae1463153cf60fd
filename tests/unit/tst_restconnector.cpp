// The REST/JSON connector against a small HTTP server the test runs on loopback.
#include "connectors/RestConnector.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <functional>

using namespace mdg;

namespace {

// One request as the server saw it.
struct Request
{
    QByteArray verb;
    QByteArray target; // path and query
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};
struct Response
{
    int status = 200;
    QByteArray body;
    bool silent = false; // never answer (a hung system)
};

// HTTP/1.1 on loopback, enough for the connector: one request per connection.
class TestServer : public QObject
{
public:
    std::function<Response(const Request&)> handler;
    QList<Request> seen;

    TestServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                QObject::connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(m_server.serverPort())); }

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request r;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        r.verb = first.value(0);
        r.target = first.value(1);
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const int length = r.headers.value("content-length").toInt();
        if (buffer.size() < end + 4 + length)
            return; // the body is still coming
        r.body = buffer.mid(end + 4, length);
        buffer.clear();
        seen << r;
        const Response answer = handler ? handler(r) : Response {};
        if (answer.silent)
            return;
        s->write("HTTP/1.1 " + QByteArray::number(answer.status) + " X\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\nConnection: close\r\n\r\n"
            + answer.body);
        s->disconnectFromHost();
    }
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray personsJson(const char* key)
{
    const QJsonObject head {{QStringLiteral("resident_no"), QStringLiteral("A1")},
        {QStringLiteral("household_no"), QStringLiteral("H1")}, {QStringLiteral("name"), QStringLiteral("山田　太郎")},
        {QStringLiteral("name_kana"), QStringLiteral("ヤマダ　タロウ")},
        {QStringLiteral("birth_date"), QStringLiteral("1985-04-12")}, {QStringLiteral("sex"), QStringLiteral("male")},
        {QStringLiteral("relationship"), QStringLiteral("世帯主")}};
    return QJsonDocument(QJsonObject {{QLatin1String(key), QJsonArray {head}}}).toJson();
}

RestConnector::Options options(const QUrl& base)
{
    RestConnector::Options o;
    o.base = base;
    o.timeoutMs = 400;
    o.retries = 2;
    o.backoffMs = 10;
    return o;
}

} // namespace

class TestRestConnector : public QObject
{
    Q_OBJECT
private slots:
    void searchSendsTheQueryAndReadsPersons();
    void householdNotFoundIsTyped();
    void serverErrorsAreRetriedThenUnavailable();
    void hungServerTimesOutWithinBounds();
    void deadAddressIsUnavailable();
    void submitCarriesTheIdempotencyKeyAndReadsRejections();
    void plainHttpIsRefusedBeyondThisMachine();
};

void TestRestConnector::searchSendsTheQueryAndReadsPersons()
{
    TestServer server;
    server.handler = [](const Request&) { return Response {200, personsJson("persons")}; };
    RestConnector c(options(server.url()));
    PersonQuery q;
    q.kanaPrefix = QStringLiteral("ヤマダ");
    q.birthDate = QDate(1985, 4, 12);
    const auto r = c.searchPersons(q);
    QVERIFY(r);
    QCOMPARE(r.value().size(), 1);
    QCOMPARE(r.value().first().name, QStringLiteral("山田　太郎"));
    QCOMPARE(r.value().first().birthDate, QDate(1985, 4, 12));
    QCOMPARE(server.seen.size(), 1);
    QCOMPARE(server.seen.first().verb, QByteArray("GET"));
    const QUrl target(QString::fromUtf8(server.seen.first().target));
    QCOMPARE(target.path(), QStringLiteral("/api/persons"));
    QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("kana"), QUrl::FullyDecoded), QStringLiteral("ヤマダ"));
    QCOMPARE(QUrlQuery(target).queryItemValue(QStringLiteral("birth_date")), QStringLiteral("1985-04-12"));
}

void TestRestConnector::householdNotFoundIsTyped()
{
    TestServer server;
    server.handler = [](const Request& r) {
        return r.target.endsWith("/H1") ? Response {200, personsJson("members")} : Response {404, "{}"};
    };
    RestConnector c(options(server.url()));
    QCOMPARE(c.household(QStringLiteral("H1")).value().size(), 1);
    const auto none = c.household(QStringLiteral("H2"));
    QVERIFY(!none);
    QCOMPARE(none.code(), ErrorCode::NotFound);
}

void TestRestConnector::serverErrorsAreRetriedThenUnavailable()
{
    TestServer server;
    int calls = 0;
    // Two failures, then an answer: the retries hide a brief outage.
    server.handler = [&calls](const Request&) {
        return ++calls <= 2 ? Response {503, "{}"} : Response {200, personsJson("persons")};
    };
    RestConnector c(options(server.url()));
    PersonQuery q;
    q.name = QStringLiteral("山田");
    QVERIFY(c.searchPersons(q));
    QCOMPARE(calls, 3);
    // Always failing: three attempts (the first and two retries), then a typed error.
    calls = -100;
    server.seen.clear();
    const auto r = c.searchPersons(q);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Unreachable);
    QCOMPARE(server.seen.size(), 3);
    QVERIFY2(!r.error().contains(QStringLiteral("山田")), "no personal data in the message");
}

void TestRestConnector::hungServerTimesOutWithinBounds()
{
    TestServer server;
    server.handler = [](const Request&) { return Response {200, {}, true}; };
    RestConnector c(options(server.url()));
    QElapsedTimer t;
    t.start();
    PersonQuery q;
    q.name = QStringLiteral("山田");
    const auto r = c.searchPersons(q);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Unreachable);
    QCOMPARE(server.seen.size(), 3);
    // Three timeouts of 0.4 s and short back-offs: bounded, not hanging the worker.
    QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
}

void TestRestConnector::deadAddressIsUnavailable()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        port = probe.serverPort();
    } // closed again: nothing listens there now
    RestConnector c(options(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port))));
    PersonQuery q;
    q.name = QStringLiteral("山田");
    const auto r = c.searchPersons(q);
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::Unreachable);
}

void TestRestConnector::submitCarriesTheIdempotencyKeyAndReadsRejections()
{
    TestServer server;
    server.handler = [](const Request& r) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (body.value(QLatin1String("members")).toArray().isEmpty())
            return Response {422, R"({"reason": "no members"})"};
        return Response {201, R"({"receipt_no": "R-1", "accepted_at": "2026-03-30T01:02:03Z"})"};
    };
    RestConnector c(options(server.url()));
    ChangeNotification change {QStringLiteral("K7Q-4M2-93X"), Procedure::MovingIn, {}};
    change.household.members << Person {{}, QStringLiteral("山田　太郎"), QStringLiteral("ヤマダ　タロウ"),
        QDate(1985, 4, 12), Sex::Male, QStringLiteral("世帯主"), {}, {}};
    const auto receipt = c.submit(change);
    QVERIFY(receipt);
    QCOMPARE(receipt->receiptNo, QStringLiteral("R-1"));
    QCOMPARE(server.seen.last().headers.value("idempotency-key"), QByteArray("K7Q-4M2-93X"));
    QCOMPARE(server.seen.last().verb, QByteArray("POST"));
    change.household.members.clear();
    const auto refused = c.submit(change);
    QVERIFY(!refused);
    QCOMPARE(refused.code(), ErrorCode::Rejected);
    QVERIFY(refused.error().contains(QStringLiteral("no members")));
}

void TestRestConnector::plainHttpIsRefusedBeyondThisMachine()
{
    RestConnector c(options(QUrl(QStringLiteral("http://records.city.example/api"))));
    QVERIFY(c.problem());
    PersonQuery q;
    q.name = QStringLiteral("山田");
    QCOMPARE(c.searchPersons(q).code(), ErrorCode::Invalid);
    QVERIFY(!RestConnector(options(QUrl(QStringLiteral("https://records.city.example/api")))).problem());
}

QTEST_GUILESS_MAIN(TestRestConnector)
#include "tst_restconnector.moc"
