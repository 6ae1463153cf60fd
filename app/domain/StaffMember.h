#pragma once

#include "domain/Role.h"

#include <QString>

namespace mdg {

struct StaffMember
{
    QString id; // UUID
    QString login;
    QString displayName;
    Roles roles;
    bool active = true;

    bool has(Role r) const { return roles.contains(r); }
};

// Who is acting, from where: every event and audit row carries both.
struct Actor
{
    StaffMember staff;
    QString workstationId;
};

} // namespace mdg
