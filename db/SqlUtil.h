#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <QVariantList>
#include <stdexcept>

namespace mdg {

// Raised by the repositories; services catch it, roll back and report a message.
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString& what)
        : std::runtime_error(what.toStdString())
    { }
    QString message() const { return QString::fromStdString(what()); }
};

QSqlQuery execSql(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});

// Times are stored as ISO 8601 UTC text with milliseconds: sortable and readable.
QString toDbTime(const QDateTime& t);
QDateTime fromDbTime(const QVariant& v);
QVariant toDbDate(const QDate& d);
QDate fromDbDate(const QVariant& v);
// Ids as text without braces, JSON as one compact line.
QString toDbId(const QUuid& id);
QString toDbJson(const QJsonObject& o);
QJsonObject fromDbJson(const QVariant& v);

bool isSqlite(const QSqlDatabase& db);

// On SQLite, BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock on an
// upgrade from a read lock. Rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

// A part of a transaction that fails alone: rolled back to its start unless released.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    void release();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace mdg
