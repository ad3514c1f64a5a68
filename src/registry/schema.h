// The registry's SQLite schema as an ordered list of migrations. PRAGMA user_version
// holds the number of migrations applied; Migrate() applies the missing ones in order
// inside the caller's transaction. Internal to src/registry; not thread-safe.
#pragma once

#include <sqlite3.h>

#include "base/status.h"

namespace dyad::registry {

// The schema version this program writes (the number of migrations).
int LatestSchemaVersion();

// PRAGMA user_version of the open database.
Result<int> SchemaVersion(sqlite3* db);

// Applies migrations user_version+1 .. up_to (LatestSchemaVersion() when -1) and sets
// user_version. Must run inside a write transaction. Fails with kCorrupt when the
// database is newer than this program or holds tables that are not a registry's.
Status Migrate(sqlite3* db, int up_to = -1);

// True when a registry at the latest version lacks a built-in area of reference/areas.h
// (a file made before that area was built in). Read-only.
Result<bool> LacksBuiltinAreas(sqlite3* db);

// Adds the built-in areas the file lacks, and marks a user area that has since become
// built in as built in. Must run inside a write transaction.
Status AddBuiltinAreas(sqlite3* db);

}  // namespace dyad::registry
