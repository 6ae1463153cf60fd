#pragma once

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
    // written by a newer build. False with a message for the user otherwise.
    bool open(QString* error);
    const QString& path() const { return m_path; }

    // This thread's connection, opened with WAL and foreign keys on.
    QSqlDatabase connection() const;

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
