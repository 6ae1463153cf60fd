#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace mdg {

namespace {

// Names of connections that are still registered with Qt Sql, so a thread ending after
// its Database was destroyed (or the reverse) removes each connection exactly once.
struct Registry
{
    QMutex mutex;
    QSet<QString> names;
};

// Never destroyed: pool threads end during static destruction, after a function-local
// static would be gone, and their thread-local destructors still look here.
Registry& registry()
{
    static Registry* r = new Registry;
    return *r;
}

void removeIfRegistered(const QString& name)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.names.remove(name))
        QSqlDatabase::removeDatabase(name);
}

// Destroyed when its thread ends: closes that thread's connections in that thread.
struct ThreadConnections
{
    QSet<QString> names;
    ~ThreadConnections()
    {
        for (const QString& n : std::as_const(names))
            removeIfRegistered(n);
    }
};

thread_local ThreadConnections t_connections;

QAtomicInteger<quint64> g_instance;

// Set once before any thread queries (a test's main), read by every thread after.
Database::ConnectionCheck g_check = nullptr;

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_namePrefix(QStringLiteral("mdg-%1-").arg(g_instance.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    for (auto it = r.names.begin(); it != r.names.end();) {
        if (it->startsWith(m_namePrefix)) {
            QSqlDatabase::removeDatabase(*it);
            it = r.names.erase(it);
        } else {
            ++it;
        }
    }
}

void Database::setConnectionCheck(ConnectionCheck check)
{
    g_check = check;
}

QString Database::unavailable()
{
    return QCoreApplication::translate("mdg::Database",
        "The local store could not read or write. Nothing was changed; try again, and call the administrator if it "
        "persists.");
}

QSqlDatabase Database::connection() const
{
    if (g_check)
        g_check();
    const QString name = m_namePrefix + QString::number(reinterpret_cast<quintptr>(&t_connections), 16);
    if (t_connections.names.contains(name))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        Registry& r = registry();
        QMutexLocker lock(&r.mutex);
        r.names.insert(name);
    }
    t_connections.names.insert(name);
    db.setDatabaseName(m_path);
    // Writers from other threads or processes wait instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return db;
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    return db;
}

Result<void> Database::open()
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Result<void>::failure(ErrorCode::Store,
            QCoreApplication::translate("mdg::Database", "Cannot open the local store %1: %2")
                .arg(m_path, db.lastError().text()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return Result<void>::failure(ErrorCode::Store,
            QCoreApplication::translate("mdg::Database", "The file %1 is not a readable database: %2")
                .arg(m_path, q.lastError().text()));
    // A file system without shared memory cannot run WAL; SQLite then stays in its
    // rollback journal, which is slower but still safe.
    if (q.value(0).toString() != QLatin1String("wal"))
        qWarning("Local store is not in WAL mode (journal_mode=%s)", qPrintable(q.value(0).toString()));
    q.finish();
    // Other people's certificates and moves: readable by this user only. (The folder is the
    // configuration's to close, Config's data folder: a store given in a shared folder such
    // as /tmp must not take that folder from everyone else.)
    if (m_path != QLatin1String(":memory:"))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Migrations::apply(db);
}

} // namespace mdg
