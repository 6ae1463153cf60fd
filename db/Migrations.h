#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace mdg::Migrations {

// Migrations are the numbered files NNNN_name.sql of a resource folder: the local store's
// (db/migrations) or the central store's (db/central); each runs in its own transaction
// together with its schema_version row.
inline constexpr auto LocalStore = ":/db/migrations";
inline constexpr auto CentralStore = ":/db/central";
inline constexpr auto CentralStorePostgres = ":/db/central-pg";

int latestVersion(const char* folder = LocalStore);
int currentVersion(QSqlDatabase db); // 0 for an empty database
// Applies every migration above the current version up to `target` (default: all).
// Refuses when the database is newer than this build.
Result<void> apply(QSqlDatabase db, int target = -1, const char* folder = LocalStore);

} // namespace mdg::Migrations
