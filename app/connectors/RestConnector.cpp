#include "RestConnector.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

namespace mdg {
namespace {

ResidentRecord recordFrom(const QJsonObject& o)
{
    return {o.value(QLatin1String("resident_no")).toString(), o.value(QLatin1String("household_no")).toString(),
        o.value(QLatin1String("name")).toString(), o.value(QLatin1String("name_kana")).toString(),
        QDate::fromString(o.value(QLatin1String("birth_date")).toString(), Qt::ISODate),
        sexFromKey(o.value(QLatin1String("sex")).toString()).value_or(Sex::Male),
        o.value(QLatin1String("relationship")).toString(), o.value(QLatin1String("address")).toString(),
        o.value(QLatin1String("resident_code")).toString()};
}

bool isLoopback(const QUrl& url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

} // namespace

RestConnector::RestConnector(Options options)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    if (!m_options.base.isValid() || m_options.base.host().isEmpty())
        m_problem = tr("The records system's address is not a valid URL.");
    else if (m_options.base.scheme() != QLatin1String("https") && !isLoopback(m_options.base))
        m_problem = tr("The records system must be reached over HTTPS.");
    else if (!m_options.caCertificatesFile.isEmpty()
        && QSslCertificate::fromPath(m_options.caCertificatesFile).isEmpty())
        m_problem = tr("The records system's CA certificates cannot be read.");
}

RestConnector::~RestConnector() = default;

std::optional<QString> RestConnector::problem() const
{
    return m_problem.isEmpty() ? std::nullopt : std::optional<QString>(m_problem);
}

QString RestConnector::name() const
{
    return tr("Records system at %1").arg(m_options.base.host());
}

Result<RestConnector::Reply> RestConnector::call(const QByteArray& verb, const QString& path, const QUrlQuery& query,
    const QByteArray& body, const QByteArray& idempotencyKey)
{
    if (!m_problem.isEmpty())
        return Failure {ErrorCode::Invalid, m_problem};
    QUrl url = m_options.base;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    if (!idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", idempotencyKey);
    if (!m_options.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_options.token.toUtf8());
    if (!m_options.caCertificatesFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_options.caCertificatesFile));
        request.setSslConfiguration(tls);
    }
    QString lastProblem;
    int wait = m_options.backoffMs;
    for (int attempt = 0; attempt <= m_options.retries; ++attempt) {
        if (attempt > 0) {
            QThread::msleep(ulong(wait));
            wait *= 2;
        }
        std::unique_ptr<QNetworkReply> reply(m_network->sendCustomRequest(request, verb, body));
        QEventLoop loop;
        QTimer timeout;
        timeout.setSingleShot(true);
        QObject::connect(&timeout, &QTimer::timeout, reply.get(), &QNetworkReply::abort);
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        timeout.start(m_options.timeoutMs);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0 || status >= 500) {
            // No answer, a refused or reset connection, a TLS failure or a server error: try
            // again. Described without the URL, which carries the search (personal data).
            if (!timeout.isActive())
                lastProblem = tr("no answer within %1 s").arg(m_options.timeoutMs / 1000.0);
            else if (status >= 500)
                lastProblem = tr("server error %1").arg(status);
            else if (reply->error() == QNetworkReply::SslHandshakeFailedError)
                lastProblem = tr("its certificate is not trusted");
            else
                lastProblem = tr("connection failed");
            qWarning("Records system: attempt %d failed (network error %d, HTTP %d)", attempt + 1, int(reply->error()),
                status);
            continue;
        }
        return Reply {status, reply->readAll()};
    }
    return Failure {ErrorCode::Unreachable,
        tr("The records system does not answer (%1). Try again; nothing was changed.").arg(lastProblem)};
}

Result<QList<ResidentRecord>> RestConnector::persons(const Result<Reply>& reply, const char* key)
{
    if (!reply)
        return Failure {reply.code(), reply.error()};
    return personsFrom(reply->status, reply->body, key);
}

Result<QList<ResidentRecord>> RestConnector::personsFrom(int status, const QByteArray& body, const char* key)
{
    if (status == 404)
        return Failure {ErrorCode::NotFound, tr("The records system has no such entry.")};
    if (status >= 400)
        return Failure {ErrorCode::Rejected, tr("The records system refused the request (HTTP %1).").arg(status)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject() || !doc.object().value(QLatin1String(key)).isArray())
        return Failure {ErrorCode::Unreachable, tr("The records system answered something unreadable.")};
    QList<ResidentRecord> out;
    for (const QJsonValue& v : doc.object().value(QLatin1String(key)).toArray())
        out << recordFrom(v.toObject());
    return out;
}

Result<QList<ResidentRecord>> RestConnector::searchPersons(const PersonQuery& q)
{
    if (q.isEmpty())
        return Failure {ErrorCode::Invalid, tr("Give a name, reading, birth date, address or code.")};
    QUrlQuery query;
    const auto put = [&query](const char* key, const QString& value) {
        if (!value.trimmed().isEmpty())
            query.addQueryItem(QLatin1String(key), value.trimmed());
    };
    put("name", q.name);
    put("kana", q.kanaPrefix);
    put("birth_date", q.birthDate.isValid() ? q.birthDate.toString(Qt::ISODate) : QString());
    put("address", q.address);
    put("resident_code", q.residentCode);
    query.addQueryItem(QStringLiteral("limit"), QString::number(q.limit));
    return persons(call("GET", QStringLiteral("/persons"), query), "persons");
}

Result<QList<ResidentRecord>> RestConnector::household(const QString& householdNo)
{
    return persons(
        call("GET", QStringLiteral("/households/") + QString::fromLatin1(QUrl::toPercentEncoding(householdNo)), {}),
        "members");
}

Result<QList<ResidentRecord>> RestConnector::existingRegistrations(const Person& incoming)
{
    const QJsonObject body {{QStringLiteral("name"), incoming.name},
        {QStringLiteral("birth_date"), incoming.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("resident_code"), incoming.residentCode}};
    return persons(call("POST", QStringLiteral("/registrations/check"), {}, QJsonDocument(body).toJson()), "persons");
}

Result<Receipt> RestConnector::submit(const ChangeNotification& change)
{
    QJsonArray members;
    for (const Person& p : change.household.members)
        members.append(QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("name_kana"), p.nameKana},
            {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)}, {QStringLiteral("sex"), sexKey(p.sex)},
            {QStringLiteral("relationship"), p.relationship}, {QStringLiteral("resident_code"), p.residentCode}});
    const QJsonObject body {{QStringLiteral("reception_no"), change.receptionNo},
        {QStringLiteral("procedure"), procedureKey(change.procedure)},
        {QStringLiteral("move_date"), change.household.moveDate.toString(Qt::ISODate)},
        {QStringLiteral("previous_address"), change.household.previousAddress},
        {QStringLiteral("new_address"), change.household.newAddress}, {QStringLiteral("members"), members}};
    // The reception number makes a retried submission the same submission.
    const auto reply
        = call("POST", QStringLiteral("/notifications"), {}, QJsonDocument(body).toJson(), change.receptionNo.toUtf8());
    if (!reply)
        return Failure {reply.code(), reply.error()};
    return receiptFrom(reply->status, reply->body);
}

Result<Receipt> RestConnector::receiptFrom(int status, const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (status == 422 || status == 409 || status == 400)
        return Failure {ErrorCode::Rejected,
            tr("The records system refused the change: %1").arg(o.value(QLatin1String("reason")).toString())};
    if (status >= 300 || o.value(QLatin1String("receipt_no")).toString().isEmpty())
        return Failure {ErrorCode::Unreachable,
            tr("The records system gave no receipt (HTTP %1); the change may be retried.").arg(status)};
    return Receipt {o.value(QLatin1String("receipt_no")).toString(),
        QDateTime::fromString(o.value(QLatin1String("accepted_at")).toString(), Qt::ISODate)};
}

Result<TransferOutCertificate> RestConnector::transferOutInformation(const TransferOutQuery& who)
{
    QUrlQuery query;
    if (!who.residentCode.trimmed().isEmpty()) {
        query.addQueryItem(QStringLiteral("resident_code"), who.residentCode.trimmed());
    } else {
        query.addQueryItem(QStringLiteral("name"), who.name.trimmed());
        query.addQueryItem(QStringLiteral("birth_date"), who.birthDate.toString(Qt::ISODate));
    }
    const auto reply = call("GET", QStringLiteral("/transfer-out"), query);
    if (!reply)
        return Failure {reply.code(), reply.error()};
    return transferOutFrom(reply->status, reply->body);
}

Result<TransferOutCertificate> RestConnector::transferOutFrom(int status, const QByteArray& body)
{
    if (status == 404)
        return Failure {ErrorCode::NotFound, tr("No transfer-out information has arrived for this person.")};
    if (status >= 400)
        return Failure {ErrorCode::Rejected, tr("The records system refused the request (HTTP %1).").arg(status)};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject() || !doc.object().value(QLatin1String("members")).isArray())
        return Failure {ErrorCode::Unreachable, tr("The records system answered something unreadable.")};
    TransferOutCertificate c = TransferOutCertificate::fromJson(doc.object());
    if (c.members.isEmpty())
        return Failure {ErrorCode::Unreachable, tr("The records system answered something unreadable.")};
    c.source = TransferOutCertificate::Source::RegistryNetwork;
    return c;
}

} // namespace mdg
