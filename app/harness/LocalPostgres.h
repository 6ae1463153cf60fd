#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace mdg {

// A PostgreSQL server of its own in a temporary folder, listening on loopback only: for
// the integration tests and for `bench sync` when no server is configured. It needs the
// server binaries (Debian: the postgresql package). initdb refuses to run as root, so as
// root the server runs as the postgres user the package creates.
class LocalPostgres
{
    Q_DECLARE_TR_FUNCTIONS(mdg::LocalPostgres)

public:
    LocalPostgres();
    ~LocalPostgres(); // stops the server and removes its files
    LocalPostgres(const LocalPostgres&) = delete;
    LocalPostgres& operator=(const LocalPostgres&) = delete;

    // The folder holding initdb and pg_ctl, or empty when PostgreSQL is not installed.
    static QString binDir();

    // Creates the cluster on first use, then starts it.
    Result<void> start();
    // Fast shutdown; the data stays for the next start (the tests stop it mid-sync).
    Result<void> stop();
    bool isRunning() const { return m_running; }

    // postgresql://postgres@127.0.0.1:PORT/DATABASE
    QString url(const QString& database = QStringLiteral("postgres")) const;
    Result<void> createDatabase(const QString& name);

private:
    Result<void> run(const QString& tool, const QStringList& args) const;

    QString m_bin;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
    int m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
};

} // namespace mdg
