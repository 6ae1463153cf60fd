#include "LocalRegister.h"

#include "crosscheck/TextFold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace mdg {
namespace {

const char* const Schema[] = {
    "CREATE TABLE IF NOT EXISTS residents ("
    " resident_no TEXT PRIMARY KEY, household_no TEXT NOT NULL, name TEXT NOT NULL, name_kana TEXT NOT NULL,"
    " birth_date TEXT NOT NULL, sex TEXT NOT NULL, relationship TEXT NOT NULL, address TEXT NOT NULL,"
    " resident_code TEXT NOT NULL, name_key TEXT NOT NULL, kana_key TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS residents_household ON residents (household_no)",
    "CREATE INDEX IF NOT EXISTS residents_name ON residents (name_key, birth_date)",
    "CREATE INDEX IF NOT EXISTS residents_kana ON residents (kana_key)",
    "CREATE INDEX IF NOT EXISTS residents_birth ON residents (birth_date)",
    "CREATE INDEX IF NOT EXISTS residents_code ON residents (resident_code)",
    // Parts of names, readings and addresses (3 characters or more) through trigrams.
    "CREATE VIRTUAL TABLE IF NOT EXISTS residents_text USING fts5(name_key, kana_key, address,"
    " content='residents', content_rowid='rowid', tokenize='trigram')",
    "CREATE TABLE IF NOT EXISTS notifications (reception_no TEXT PRIMARY KEY, receipt_no TEXT NOT NULL,"
    " accepted_at TEXT NOT NULL, procedure TEXT NOT NULL, body TEXT NOT NULL)",
    // 特例転入: what previous cities sent over the registry network, one row per moving member
    // (the household's information as JSON in each), found by name and birth date or code.
    "CREATE TABLE IF NOT EXISTS transfer_out_information (name_key TEXT NOT NULL, birth_date TEXT NOT NULL,"
    " resident_code TEXT NOT NULL, received_seq INTEGER NOT NULL, body TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS transfer_out_by_name ON transfer_out_information (name_key, birth_date)",
    "CREATE INDEX IF NOT EXISTS transfer_out_by_code ON transfer_out_information (resident_code)",
};

Failure unavailable(const QString& what)
{
    // The SQL error text names tables, never residents; it goes to the log, not the clerk.
    qWarning("Local register: %s", qPrintable(what));
    return {ErrorCode::Unreachable,
        QCoreApplication::translate("mdg::LocalRegister", "The resident register cannot be read right now.")};
}

QString quoted(const QString& s)
{
    return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

LocalRegister::LocalRegister(QString path)
    : m_path(std::move(path))
    , m_connection(QStringLiteral("register-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)))
{ }

LocalRegister::~LocalRegister()
{
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<void> LocalRegister::open()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return Result<void>::failure(ErrorCode::Unreachable, m_db.lastError().text());
    QSqlQuery q(m_db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=5000"})
        q.exec(QString::fromLatin1(pragma));
    for (const char* sql : Schema) {
        if (!q.exec(QString::fromLatin1(sql)))
            return Result<void>::failure(ErrorCode::Unreachable, q.lastError().text());
    }
    return {};
}

QString LocalRegister::name() const
{
    return QCoreApplication::translate("mdg::LocalRegister", "Local register");
}

QString LocalRegister::nameKey(QStringView name)
{
    return fold::variants(fold::width(fold::spaces(name)));
}

QString LocalRegister::kanaKey(QStringView kana)
{
    return fold::largeKana(fold::katakana(fold::width(fold::spaces(kana))));
}

Result<QList<ResidentRecord>> LocalRegister::select(const QString& where, const QVariantList& binds, int limit)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT resident_no, household_no, name, name_kana, birth_date, sex, relationship, address,"
                       " resident_code FROM residents WHERE %1 ORDER BY household_no, relationship != '世帯主',"
                       " birth_date LIMIT %2")
            .arg(where)
            .arg(std::clamp(limit, 1, 1000)));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return unavailable(q.lastError().text());
    QList<ResidentRecord> out;
    while (q.next())
        out << ResidentRecord {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
            sexFromKey(q.value(5).toString()).value_or(Sex::Male), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString()};
    return out;
}

Result<QList<ResidentRecord>> LocalRegister::searchPersons(const PersonQuery& query)
{
    if (query.isEmpty())
        return Failure {ErrorCode::Invalid,
            QCoreApplication::translate("mdg::LocalRegister", "Give a name, reading, birth date, address or code.")};
    QStringList where;
    QVariantList binds;
    if (const QString code = fold::width(fold::spaces(query.residentCode)); !code.isEmpty()) {
        where << QStringLiteral("resident_code = ?");
        binds << code;
    }
    if (const QString name = nameKey(query.name); !name.isEmpty()) {
        // A whole name through its index; a part of one (3 characters or more) through trigrams.
        if (name.size() >= 3)
            where << QStringLiteral(
                "(name_key = ? OR rowid IN (SELECT rowid FROM residents_text WHERE name_key MATCH ?))");
        else
            where << QStringLiteral("(name_key = ? OR name_key LIKE ?)");
        binds << name << (name.size() >= 3 ? quoted(name) : name + QLatin1Char('%'));
    }
    if (const QString kana = kanaKey(query.kanaPrefix); !kana.isEmpty()) {
        where << QStringLiteral("kana_key >= ? AND kana_key < ?");
        binds << kana << kana + QChar(0xFFFF);
    }
    if (query.birthDate.isValid()) {
        where << QStringLiteral("birth_date = ?");
        binds << query.birthDate.toString(Qt::ISODate);
    }
    if (const QString address = fold::width(fold::spaces(query.address)); !address.isEmpty()) {
        if (address.size() >= 3)
            where << QStringLiteral("rowid IN (SELECT rowid FROM residents_text WHERE address MATCH ?)");
        else
            where << QStringLiteral("address LIKE ?");
        binds << (address.size() >= 3 ? quoted(address) : QLatin1Char('%') + address + QLatin1Char('%'));
    }
    return select(where.join(QStringLiteral(" AND ")), binds, query.limit);
}

Result<QList<ResidentRecord>> LocalRegister::household(const QString& householdNo)
{
    auto r = select(QStringLiteral("household_no = ?"), {householdNo}, 100);
    if (r && r.value().isEmpty())
        return Failure {
            ErrorCode::NotFound, QCoreApplication::translate("mdg::LocalRegister", "No household with this number.")};
    return r;
}

Result<QList<ResidentRecord>> LocalRegister::existingRegistrations(const Person& incoming)
{
    QStringList where {QStringLiteral("(name_key = ? AND birth_date = ?)")};
    QVariantList binds {nameKey(incoming.name), incoming.birthDate.toString(Qt::ISODate)};
    if (const QString code = fold::width(fold::spaces(incoming.residentCode)); !code.isEmpty()) {
        where << QStringLiteral("resident_code = ?");
        binds << code;
    }
    return select(where.join(QStringLiteral(" OR ")), binds, 20);
}

Result<Receipt> LocalRegister::submit(const ChangeNotification& change)
{
    if (change.receptionNo.isEmpty() || change.household.members.isEmpty())
        return Failure {ErrorCode::Rejected,
            QCoreApplication::translate(
                "mdg::LocalRegister", "The notification has no reception number or no member.")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT receipt_no, accepted_at FROM notifications WHERE reception_no = ?"));
    q.addBindValue(change.receptionNo);
    if (!q.exec())
        return unavailable(q.lastError().text());
    if (q.next())
        return Receipt {q.value(0).toString(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs)};
    QJsonArray members;
    for (const Person& p : change.household.members)
        members.append(QJsonObject {{QStringLiteral("name"), p.name}, {QStringLiteral("name_kana"), p.nameKana},
            {QStringLiteral("birth_date"), p.birthDate.toString(Qt::ISODate)}, {QStringLiteral("sex"), sexKey(p.sex)},
            {QStringLiteral("relationship"), p.relationship}});
    const QJsonObject body {{QStringLiteral("members"), members},
        {QStringLiteral("previous_address"), change.household.previousAddress},
        {QStringLiteral("new_address"), change.household.newAddress},
        {QStringLiteral("move_date"), change.household.moveDate.toString(Qt::ISODate)}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Receipt receipt {
        QStringLiteral("R-%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12).toUpper()), now};
    q.prepare(QStringLiteral(
        "INSERT INTO notifications (reception_no, receipt_no, accepted_at, procedure, body) VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant& v : QVariantList {change.receptionNo, receipt.receiptNo, now.toString(Qt::ISODateWithMs),
             procedureKey(change.procedure), QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))})
        q.addBindValue(v);
    if (!q.exec())
        return unavailable(q.lastError().text());
    return receipt;
}

Result<TransferOutCertificate> LocalRegister::transferOutInformation(const TransferOutQuery& who)
{
    QSqlQuery q(m_db);
    if (!who.residentCode.trimmed().isEmpty()) {
        q.prepare(QStringLiteral("SELECT body FROM transfer_out_information WHERE resident_code = ?"
                                 " ORDER BY received_seq DESC LIMIT 1"));
        q.addBindValue(who.residentCode.trimmed());
    } else {
        q.prepare(QStringLiteral("SELECT body FROM transfer_out_information WHERE name_key = ? AND birth_date = ?"
                                 " ORDER BY received_seq DESC LIMIT 1"));
        q.addBindValue(nameKey(who.name));
        q.addBindValue(who.birthDate.toString(Qt::ISODate));
    }
    if (!q.exec())
        return unavailable(q.lastError().text());
    if (!q.next())
        return Failure {ErrorCode::NotFound,
            QCoreApplication::translate(
                "mdg::LocalRegister", "No transfer-out information has arrived for this person.")};
    TransferOutCertificate c
        = TransferOutCertificate::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    c.source = TransferOutCertificate::Source::RegistryNetwork;
    return c;
}

bool LocalRegister::addTransferOutInformation(const TransferOutCertificate& information)
{
    QSqlQuery seq(m_db);
    if (!seq.exec(QStringLiteral("SELECT COALESCE(MAX(received_seq), 0) + 1 FROM transfer_out_information"))
        || !seq.next())
        return false;
    TransferOutCertificate c = information;
    c.source = TransferOutCertificate::Source::RegistryNetwork;
    const QString body = QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO transfer_out_information (name_key, birth_date, resident_code, received_seq,"
                             " body) VALUES (?, ?, ?, ?, ?)"));
    for (const TransferOutCertificate::Member& m : c.members) {
        for (const QVariant& v :
            QVariantList {nameKey(m.name), m.birthDate.toString(Qt::ISODate), m.residentCode, seq.value(0), body})
            q.addBindValue(v);
        if (!q.exec())
            return false;
    }
    return true;
}

bool LocalRegister::beginLoad()
{
    if (!m_db.transaction())
        return false;
    m_insert = std::make_unique<QSqlQuery>(m_db);
    return m_insert->prepare(
        QStringLiteral("INSERT INTO residents (resident_no, household_no, name, name_kana, birth_date, sex,"
                       " relationship, address, resident_code, name_key, kana_key)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

bool LocalRegister::add(const ResidentRecord& r)
{
    if (!m_insert)
        return false;
    int i = 0;
    for (const QVariant& v :
        QVariantList {r.residentNo, r.householdNo, r.name, r.nameKana, r.birthDate.toString(Qt::ISODate), sexKey(r.sex),
            r.relationship, r.address, r.residentCode, nameKey(r.name), kanaKey(r.nameKana)})
        m_insert->bindValue(i++, v);
    return m_insert->exec();
}

bool LocalRegister::endLoad()
{
    m_insert.reset();
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("INSERT INTO residents_text (residents_text) VALUES ('rebuild')")) && m_db.commit();
}

void LocalRegister::cancelLoad()
{
    m_insert.reset();
    m_db.rollback();
}

qint64 LocalRegister::count()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM residents")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace mdg
