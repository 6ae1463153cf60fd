#pragma once

#include "config/Config.h"
#include "connectors/ConnectorRegistry.h"
#include "db/Database.h"
#include "intake/IntakeService.h"
#include "security/SignInService.h"
#include "workflow/CaseService.h"
#include "workflow/ClaimService.h"
#include "workflow/SubmissionService.h"

#include <QThreadPool>

namespace mdg {

// What every page needs: the configuration and the services over the local store.
// Owned by main() (or a test) and outlives the windows.
struct AppContext
{
    AppContext(Config& cfg, Database& database, const Clock& clk = Clock::system())
        : config(cfg)
        , db(database)
        , clock(clk)
        , cases(database, clk)
        , accounts(database, cfg.workstationId(), clk)
        , intake(database, cases, trustedKeys(cfg), cfg.inboxFolder(), clk)
        , claims(database, cfg.centralStorePath(), clk)
        , submissions(database, clk)
        , registerPath(cfg.registerPath())
    {
        cases.setWard(cfg.ward());
    }

    static KeyRing trustedKeys(const Config& cfg)
    {
        KeyRing keys;
        keys.loadFolder(cfg.keyFolder());
        return keys;
    }

    // The records system for this thread (the built-in register); made where it is used,
    // because its connection belongs to the thread that opened it.
    std::unique_ptr<RecordsConnector> recordsConnector(QString* error) const
    {
        return ConnectorRegistry().create(
            QString::fromLatin1(ConnectorRegistry::LocalKey), {{QStringLiteral("path"), registerPath}}, error);
    }

    Config& config;
    Database& db;
    const Clock& clock;
    CaseService cases;
    SignInService accounts;
    IntakeService intake;
    ClaimService claims; // reaches the central store: off the GUI thread
    SubmissionService submissions; // submit() reaches the records system: off the GUI thread
    QString registerPath;
    // Background work over the services above (claims, submissions, sign-in, sign-out). Last
    // member, so it is destroyed first: its destructor waits for every job, and no job
    // outlives the services it uses.
    QThreadPool jobs;
};

} // namespace mdg
