#pragma once

#include <QSqlDatabase>
#include <QString>

namespace mdg::Migrations {

// Migrations are the numbered files db/migrations/NNNN_name.sql, compiled in as
// resources; each runs in its own transaction together with its schema_version row.
int latestVersion();
int currentVersion(QSqlDatabase db); // 0 for an empty database
// Applies every migration above the current version up to `target` (default: all).
// Refuses when the database is newer than this build.
bool apply(QSqlDatabase db, QString* error, int target = -1);

} // namespace mdg::Migrations
