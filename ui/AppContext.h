#pragma once

#include "config/Config.h"
#include "db/CaseService.h"
#include "db/Database.h"
#include "db/IntakeService.h"
#include "db/SignInService.h"

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
    {
        cases.setWard(cfg.ward());
    }

    static KeyRing trustedKeys(const Config& cfg)
    {
        KeyRing keys;
        keys.loadFolder(cfg.keyFolder());
        return keys;
    }

    Config& config;
    Database& db;
    const Clock& clock;
    CaseService cases;
    SignInService accounts;
    IntakeService intake;
};

} // namespace mdg
