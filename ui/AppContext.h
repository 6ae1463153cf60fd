#pragma once

#include "card/PcscReader.h"
#include "config/Config.h"
#include "connectors/ConnectorRegistry.h"
#include "db/Database.h"
#include "intake/IntakeService.h"
#include "security/SignInService.h"
#include "workflow/CaseService.h"
#include "workflow/ClaimService.h"
#include "workflow/QueueService.h"
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
        , queue(database, cfg.centralStorePath(), clk, cfg.callsBeforeNoShow())
        , submissions(database, clk)
        , registerPath(cfg.registerPath())
    {
        cases.setWard(cfg.ward());
        // One thread, kept: the pages' queries run in the order they were asked, over one
        // connection, and a write never waits on another write of the same workstation.
        store.setMaxThreadCount(1);
        store.setExpiryTimeout(-1);
    }

    static KeyRing trustedKeys(const Config& cfg)
    {
        KeyRing keys;
        keys.loadFolder(cfg.keyFolder());
        return keys;
    }

    // The records system for this thread (the built-in register); made where it is used,
    // because its connection belongs to the thread that opened it.
    Result<std::unique_ptr<RecordsConnector>> recordsConnector() const
    {
        return ConnectorRegistry().create(
            QString::fromLatin1(ConnectorRegistry::LocalKey), {{QStringLiteral("path"), registerPath}});
    }

    Config& config;
    Database& db;
    const Clock& clock;
    CaseService cases;
    SignInService accounts;
    IntakeService intake;
    ClaimService claims; // reaches the central store: off the GUI thread
    QueueService queue; // calling numbers; reaches the central store: off the GUI thread
    SubmissionService submissions; // submit() reaches the records system: off the GUI thread
    QString registerPath;
    // The card in the counter's reader (PC/SC); tests put a virtual card here. Called on the
    // jobs pool: a reader may take a moment to answer.
    std::function<Result<std::unique_ptr<card::CardChannel>>()> cardReader = [] { return card::PcscReader::connect(); };
    // Work over the services above, off the GUI thread. The pools are the last members, so
    // they are destroyed first: each waits for its jobs, and no job outlives what it uses.
    // `store`: every query of the local store the pages ask for (ui::runOnStore).
    // `jobs`: what reaches the network (claims, submissions) or takes long (sign-in).
    QThreadPool store;
    QThreadPool jobs;
};

} // namespace mdg
