#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace mdg {

enum class Role { Clerk, Reviewer, Supervisor, Admin };

using Roles = QSet<Role>;

QString roleKey(Role r);
std::optional<Role> roleFromKey(const QString& key);
QString roleDisplayName(Role r); // translated
QList<Role> allRoles();

} // namespace mdg
