#pragma once

#include "domain/Result.h"

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
#include <type_traits>

namespace mdg {

// Raised by a statement that fails (a full disk, a lock held past the busy timeout, a damaged
// file, a lost server). It never leaves db/: guarded() below, Database::read and Database::write
// turn it into a Result, so no other module catches it (cmake/CheckIncludes.cmake refuses the name).
class DbError : public std::runtime_error
{
public:
    explicit DbError(const QString& what)
        : std::runtime_error(what.toStdString())
    { }
    QString message() const { return QString::fromStdString(what()); }
};

namespace detail {
template <typename T> struct AsResult
{
    using type = Result<T>;
};
template <typename T> struct AsResult<Result<T>>
{
    using type = Result<T>;
};
template <typename T> bool succeeded(const T&)
{
    return true;
}
template <typename T> bool succeeded(const Result<T>& r)
{
    return r.ok();
}
void logStoreFailure(const char* where, const DbError& e);
} // namespace detail

// What work returns, as a Result (a Result stays as it is).
template <typename F, typename... Args>
using StoreResult = typename detail::AsResult<std::invoke_result_t<F, Args...>>::type;

// Runs `work`, whose statements may fail; a failure comes back with `code` and `message` for the
// person at the counter, its cause in the log under `where` (the driver's text: no personal data).
template <typename F> StoreResult<F> guarded(F&& work, ErrorCode code, const QString& message, const char* where)
{
    static_assert(!std::is_void_v<std::invoke_result_t<F>>, "return what the work did (a count, true)");
    using R = StoreResult<F>;
    try {
        return R(work());
    } catch (const DbError& e) {
        detail::logStoreFailure(where, e);
        return R::failure(code, message);
    }
}

QSqlQuery execSql(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});

// A statement prepared once and run for every row of a batch: PostgreSQL would otherwise
// prepare and deallocate it per row.
class PreparedSql
{
public:
    PreparedSql(QSqlDatabase db, const QString& sql);
    QSqlQuery& run(const QVariantList& binds);

private:
    QSqlQuery m_q;
};

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
