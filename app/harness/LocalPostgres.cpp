#include "LocalPostgres.h"

#include "sync/SqlCentralStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUrl>
#include <QUuid>
#include <QVersionNumber>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mdg {
namespace {

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

int freeLoopbackPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

LocalPostgres::LocalPostgres()
    : m_bin(binDir())
{ }

LocalPostgres::~LocalPostgres()
{
    // A destructor has nobody to tell; a server that will not stop is left to the OS.
    if (m_running)
        static_cast<void>(stop());
}

QString LocalPostgres::binDir()
{
    // Debian keeps each major version apart; take the newest.
    QString best;
    QVersionNumber bestVersion;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString& v : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber n = QVersionNumber::fromString(v);
        if (QFile::exists(versions.filePath(v + QStringLiteral("/bin/pg_ctl"))) && n > bestVersion) {
            bestVersion = n;
            best = versions.filePath(v + QStringLiteral("/bin"));
        }
    }
    if (!best.isEmpty())
        return best;
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    return onPath.isEmpty() ? QString() : QFileInfo(onPath).absolutePath();
}

Result<void> LocalPostgres::run(const QString& tool, const QStringList& args) const
{
    QString program = QDir(m_bin).filePath(tool);
    QStringList arguments = args;
    if (runningAsRoot()) {
        arguments
            = QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + args;
        program = QStringLiteral("runuser");
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(p.readAll()).trimmed().right(600);
        p.kill();
        return Result<void>::failure(ErrorCode::Unreachable, tr("%1 failed: %2").arg(tool, output));
    }
    return {};
}

Result<void> LocalPostgres::start()
{
    using R = Result<void>;
    if (m_running)
        return {};
    if (m_bin.isEmpty())
        return R::failure(
            ErrorCode::Unreachable, tr("PostgreSQL is not installed (Debian: apt-get install postgresql)."));
    if (!m_initialised) {
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/madoguchi-pg-XXXXXX"));
        if (!m_dir->isValid())
            return R::failure(
                ErrorCode::Unreachable, tr("Cannot create a folder for PostgreSQL: %1").arg(m_dir->errorString()));
        m_data = m_dir->filePath(QStringLiteral("data"));
        if (runningAsRoot()
            && QProcess::execute(QStringLiteral("chown"), {QStringLiteral("postgres:"), m_dir->path()}) != 0)
            return R::failure(ErrorCode::Unreachable, tr("Cannot hand the PostgreSQL folder to the postgres user."));
        if (auto made = run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
                    QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                    QStringLiteral("--no-sync")});
            !made)
            return made;
        m_initialised = true;
        m_port = freeLoopbackPort();
    }
    // Loopback only; the socket lives in the data folder, not in /run.
    const QString options
        = QStringLiteral("-p %1 -c listen_addresses=127.0.0.1 -k %2 -c max_connections=200").arg(m_port).arg(m_data);
    if (auto started = run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                QStringLiteral("start")});
        !started)
        return started;
    m_running = true;
    return {};
}

Result<void> LocalPostgres::stop()
{
    if (!m_running)
        return {};
    auto stopped = run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
            QStringLiteral("stop")});
    m_running = !stopped;
    return stopped;
}

QString LocalPostgres::url(const QString& database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

Result<void> LocalPostgres::createDatabase(const QString& name)
{
    const QString connection = QStringLiteral("pg-admin-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    Result<void> created;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        SqlCentralStore::configurePostgres(db, QUrl(url()));
        if (!db.open()) {
            created = Result<void>::failure(ErrorCode::Unreachable, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name)))
                created = Result<void>::failure(ErrorCode::Unreachable, q.lastError().text());
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return created;
}

} // namespace mdg
