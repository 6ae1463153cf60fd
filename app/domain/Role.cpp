#include "Role.h"

#include <QCoreApplication>

namespace mdg {

QString roleKey(Role r)
{
    switch (r) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Reviewer: return QStringLiteral("reviewer");
    case Role::Supervisor: return QStringLiteral("supervisor");
    case Role::Admin: return QStringLiteral("admin");
    case Role::Desk: return QStringLiteral("desk");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role r : allRoles())
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleDisplayName(Role r)
{
    switch (r) {
    case Role::Clerk: return QCoreApplication::translate("Role", "Clerk");
    case Role::Reviewer: return QCoreApplication::translate("Role", "Reviewer");
    case Role::Supervisor: return QCoreApplication::translate("Role", "Supervisor");
    case Role::Admin: return QCoreApplication::translate("Role", "Administrator");
    case Role::Desk: return QCoreApplication::translate("Role", "Writing-desk tablet");
    }
    return {};
}

QList<Role> allRoles()
{
    return {Role::Clerk, Role::Reviewer, Role::Supervisor, Role::Admin};
}

} // namespace mdg
