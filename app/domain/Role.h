#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace mdg {

// Desk is the tablet at the writing desk, a device rather than a person: it may only open
// cases from what residents enter (CasePolicy). No staff account holds it (allRoles).
enum class Role { Clerk, Reviewer, Supervisor, Admin, Desk };

using Roles = QSet<Role>;

QString roleKey(Role r);
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role r); // translated
QList<Role> allRoles(); // a staff member's roles: not Desk

} // namespace mdg
