#pragma once

#include "SqlUtil.h"

#include <QSqlDatabase>
#include <QString>

namespace mdg {

// The local SQLite store. Each thread that touches it gets its own connection (Qt Sql
// connections cannot cross threads before 6.8); the connection is opened on first use
// in that thread and removed when the thread ends or the Database is destroyed.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file (creating it), applies pending migrations and refuses a database
    // written by a newer build (ErrorCode::Store with a message for the user).
    Result<void> open();
    const QString& path() const { return m_path; }

    // This thread's connection, opened with WAL and foreign keys on.
    QSqlDatabase connection() const;

    // Runs work(connection) and answers what it returns as a Result; a statement that fails
    // comes back as ErrorCode::Store with unavailable() as the message.
    template <typename F> StoreResult<F, QSqlDatabase> read(F&& work) const
    {
        return guarded([&] { return work(connection()); }, ErrorCode::Store, unavailable(), "Local store");
    }
    // The same inside one transaction, committed when work succeeds (a failed Result rolls it back).
    template <typename F> StoreResult<F, QSqlDatabase> write(F&& work) const
    {
        return guarded(
            [&] {
                QSqlDatabase db = connection();
                Transaction tx(db);
                auto done = work(db);
                if (detail::succeeded(done))
                    tx.commit();
                return done;
            },
            ErrorCode::Store, unavailable(), "Local store");
    }
    // For the person at the counter when the store cannot read or write.
    static QString unavailable();

    // Called before every connection is handed out, on the asking thread. The GUI tests set
    // one that aborts when the GUI thread asks while it handles an event: no page may wait
    // on the store. Set it before the first query; null (the default) checks nothing.
    using ConnectionCheck = void (*)();
    static void setConnectionCheck(ConnectionCheck check);

private:
    QString m_path;
    QString m_namePrefix;
};

} // namespace mdg
