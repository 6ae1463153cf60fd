#include "SqlUtil.h"

#include <QJsonDocument>

#include <QSqlError>

namespace mdg {

QSqlQuery execSql(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery q(db);
    // PostgreSQL cannot PREPARE utility statements (BEGIN, CREATE TABLE): run those as they are.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            throw DbError(q.lastError().text());
        return q;
    }
    if (!q.prepare(sql))
        throw DbError(q.lastError().text());
    // A null QString binds as SQL NULL; text columns want '' for "nothing entered".
    // Pass an invalid QVariant() to write NULL on purpose.
    for (const QVariant& b : binds)
        q.addBindValue(b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(QStringLiteral("")) : b);
    if (!q.exec())
        throw DbError(q.lastError().text());
    return q;
}

namespace detail {
void logStoreFailure(const char* where, const DbError& e)
{
    qWarning("%s: %s", where, e.what());
}
} // namespace detail

PreparedSql::PreparedSql(QSqlDatabase db, const QString& sql)
    : m_q(db)
{
    if (!m_q.prepare(sql))
        throw DbError(m_q.lastError().text());
}

QSqlQuery& PreparedSql::run(const QVariantList& binds)
{
    for (int i = 0; i < binds.size(); ++i)
        m_q.bindValue(i, binds[i]);
    if (!m_q.exec())
        throw DbError(m_q.lastError().text());
    return m_q;
}

QString toDbTime(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime fromDbTime(const QVariant& v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

QVariant toDbDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate fromDbDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

bool isSqlite(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (isSqlite(m_db))
        execSql(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    else if (!m_db.transaction())
        throw DbError(m_db.lastError().text());
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    if (isSqlite(m_db))
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    else
        m_db.rollback();
}

void Transaction::commit()
{
    if (isSqlite(m_db))
        execSql(m_db, QStringLiteral("COMMIT"));
    else if (!m_db.commit())
        throw DbError(m_db.lastError().text());
    m_done = true;
}

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    execSql(m_db, QStringLiteral("SAVEPOINT part"));
}

Savepoint::~Savepoint()
{
    if (m_done)
        return;
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO SAVEPOINT part"));
    QSqlQuery(m_db).exec(QStringLiteral("RELEASE SAVEPOINT part"));
}

void Savepoint::release()
{
    execSql(m_db, QStringLiteral("RELEASE SAVEPOINT part"));
    m_done = true;
}

QString toDbId(const QUuid& id)
{
    return id.toString(QUuid::WithoutBraces);
}

QString toDbJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromDbJson(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

} // namespace mdg
