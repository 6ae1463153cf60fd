#pragma once

#include "TestSupport.h"
#include "harness/LocalPostgres.h"
#include "sync/SqlCentralStore.h"
#include "sync/SyncService.h"

#include <QTemporaryDir>
#include <QUuid>
#include <memory>

namespace mdg::test {

// Where a test's central store lives: a SQLite file, or, when the test runs with
// MADOGUCHI_TEST_CENTRAL=postgresql (ctest registers those variants), a fresh database on a
// PostgreSQL server this test process starts on loopback. Without the server binaries the
// PostgreSQL variant fails: it never skips.
class CentralStoreFixture
{
public:
    static bool postgresRequested() { return qgetenv("MADOGUCHI_TEST_CENTRAL") == "postgresql"; }

    explicit CentralStoreFixture(bool postgres = postgresRequested())
    {
        if (!postgres)
            return;
        m_server = std::make_unique<LocalPostgres>();
        if (const auto started = m_server->start(); !started)
            qFatal("cannot start PostgreSQL for the test: %s", qPrintable(started.error()));
    }

    bool isPostgres() const { return m_server != nullptr; }
    LocalPostgres* server() const { return m_server.get(); }

    // A new, empty central store.
    QString newLocation()
    {
        if (!m_server)
            return m_dir.filePath(QStringLiteral("central-%1.sqlite").arg(++m_count));
        const QString name = QStringLiteral("central_%1").arg(++m_count);
        if (const auto created = m_server->createDatabase(name); !created)
            qFatal("cannot create a test database: %s", qPrintable(created.error()));
        return m_server->url(name);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalPostgres> m_server;
    int m_count = 0;
};

// A workstation of a sync test: its own local store and staff member, syncing with a
// central store other workstations of the test share.
struct SyncedWorkstation
{
    TempStore store;
    Actor actor;
    std::unique_ptr<SqlCentralStore> central;
    std::unique_ptr<SyncService> sync;

    SyncedWorkstation(const QString& centralLocation, const QString& id, const QString& login, const Roles& roles)
        : actor(makeActor(*store.db, login, roles, id))
        , central(std::make_unique<SqlCentralStore>(centralLocation))
    {
        if (const auto opened = central->open(); !opened)
            qFatal("central store: %s", qPrintable(opened.error()));
        sync = std::make_unique<SyncService>(*store.db, *central, id);
    }
};

} // namespace mdg::test
