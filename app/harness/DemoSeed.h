#pragma once

#include "db/Database.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QString>

namespace mdg {

// Demo staff (listed in README.md, password DemoSeed::Password) and a handful of cases
// in every stage, with members and a history by several staff. Does nothing when the
// store already has staff, so the run command may call it on every start.
struct DemoSeed
{
    static constexpr auto Password = "madoguchi-demo";

    struct Outcome
    {
        bool seeded = false; // false when the store already had staff
        int staff = 0;
        int cases = 0;
    };

    static Result<Outcome> run(Database& db, const QString& workstationId, const Clock& clock = Clock::system());
};

} // namespace mdg
