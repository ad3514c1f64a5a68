#include "registry/schema.h"

#include <set>
#include <string>

#include "registry/sqlite_util.h"
#include "registry/vocabulary.h"

namespace dyad::registry {
namespace {

// Version 1: agreements with parties, areas and cited sources; targets; area
// announcements; the kind and area vocabularies. Dates are stored as written
// ("2023", "2024-08", "2024-08-22") plus the first/last day they can mean, so range
// filters and ordering work in SQL.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE kinds (name TEXT PRIMARY KEY, builtin INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE areas (name TEXT PRIMARY KEY, builtin INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  dedup_key TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  kind TEXT NOT NULL REFERENCES kinds(name),
  level TEXT NOT NULL DEFAULT '',
  signed TEXT,
  signed_first TEXT,
  signed_last TEXT,
  place TEXT NOT NULL DEFAULT '',
  valid_from TEXT,
  valid_to TEXT,
  status TEXT NOT NULL DEFAULT 'signed',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agreement_parties (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  state TEXT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT '',
  entry_into_force TEXT,
  PRIMARY KEY (agreement_id, position)
);
CREATE INDEX agreement_parties_state ON agreement_parties(state, agreement_id);
CREATE TABLE agreement_areas (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  area TEXT NOT NULL REFERENCES areas(name),
  PRIMARY KEY (agreement_id, area)
);
CREATE TABLE targets (
  id INTEGER PRIMARY KEY,
  dedup_key TEXT NOT NULL UNIQUE,
  state_a TEXT NOT NULL,
  state_b TEXT NOT NULL,
  metric TEXT NOT NULL,
  value INTEGER NOT NULL,
  currency TEXT NOT NULL,
  target_year INTEGER,
  stated_on TEXT,
  stated_first TEXT,
  stated_by TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE area_announcements (
  id INTEGER PRIMARY KEY,
  dedup_key TEXT NOT NULL UNIQUE,
  state_a TEXT NOT NULL,
  state_b TEXT NOT NULL,
  date TEXT NOT NULL,
  date_first TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE announcement_areas (
  announcement_id INTEGER NOT NULL REFERENCES area_announcements(id) ON DELETE CASCADE,
  area TEXT NOT NULL REFERENCES areas(name),
  PRIMARY KEY (announcement_id, area)
);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  file TEXT NOT NULL,
  published TEXT NOT NULL DEFAULT '',
  UNIQUE (title, url, file, published)
);
CREATE TABLE citations (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES sources(id),
  agreement_id INTEGER REFERENCES agreements(id) ON DELETE CASCADE,
  target_id INTEGER REFERENCES targets(id) ON DELETE CASCADE,
  announcement_id INTEGER REFERENCES area_announcements(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  quote TEXT NOT NULL DEFAULT '',
  CHECK ((agreement_id IS NOT NULL) + (target_id IS NOT NULL) + (announcement_id IS NOT NULL) = 1)
);
CREATE INDEX citations_agreement ON citations(agreement_id);
CREATE INDEX citations_target ON citations(target_id);
CREATE INDEX citations_announcement ON citations(announcement_id);
)sql";

// Version 2: the relationship level an agreement establishes and its signatories.
constexpr const char* kSchemaV2 = R"sql(
ALTER TABLE agreements ADD COLUMN relationship_level TEXT NOT NULL DEFAULT '';
CREATE TABLE agreement_signatories (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (agreement_id, position)
);
)sql";

Status InsertBuiltin(sqlite3* db, const char* table, const std::vector<std::string>& names) {
  DYAD_ASSIGN_OR_RETURN(Stmt ins, Stmt::Prepare(db, std::string("INSERT OR IGNORE INTO ") + table +
                                                        "(name, builtin) VALUES (?1, 1)"));
  for (const std::string& n : names) {
    ins.Reset();
    DYAD_RETURN_IF_ERROR(ins.Bind(1, n).Run());
  }
  return Status::Ok();
}

Status ApplyV1(sqlite3* db) {
  DYAD_RETURN_IF_ERROR(Exec(db, kSchemaV1));
  DYAD_RETURN_IF_ERROR(InsertBuiltin(db, "kinds", BuiltinKinds()));
  return InsertBuiltin(db, "areas", BuiltinAreas());
}

Status ApplyV2(sqlite3* db) { return Exec(db, kSchemaV2); }

using MigrationFn = Status (*)(sqlite3*);
constexpr MigrationFn kMigrations[] = {ApplyV1, ApplyV2};

}  // namespace

int LatestSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

Result<bool> LacksBuiltinAreas(sqlite3* db) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, "SELECT name FROM areas WHERE builtin = 1"));
  std::set<std::string> stored;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, q.Step());
    if (!more) break;
    stored.insert(q.Text(0));
  }
  for (const std::string& code : BuiltinAreas()) {
    if (!stored.count(code)) return true;
  }
  return false;
}

Status AddBuiltinAreas(sqlite3* db) {
  DYAD_ASSIGN_OR_RETURN(Stmt ins, Stmt::Prepare(db, "INSERT INTO areas(name, builtin) VALUES (?1, 1) "
                                                    "ON CONFLICT(name) DO UPDATE SET builtin = 1"));
  for (const std::string& code : BuiltinAreas()) {
    ins.Reset();
    DYAD_RETURN_IF_ERROR(ins.Bind(1, code).Run());
  }
  return Status::Ok();
}

Result<int> SchemaVersion(sqlite3* db) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, "PRAGMA user_version"));
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  return row ? static_cast<int>(q.Int(0)) : 0;
}

Status Migrate(sqlite3* db, int up_to) {
  if (up_to < 0) up_to = LatestSchemaVersion();
  DYAD_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  if (version > LatestSchemaVersion()) {
    return Corrupt("registry: schema version " + std::to_string(version) +
                   " is newer than this dyad supports (" +
                   std::to_string(LatestSchemaVersion()) + "); upgrade dyad");
  }
  if (version == 0) {
    DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, "SELECT count(*) FROM sqlite_master"));
    DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
    if (row && q.Int(0) > 0) return Corrupt("registry: the database holds tables that are not a dyad registry");
  }
  for (int v = version + 1; v <= up_to; ++v) {
    Status s = kMigrations[v - 1](db);
    if (!s.ok()) return s.WithPrefix("registry: migration to version " + std::to_string(v));
  }
  if (up_to > version) {
    // PRAGMA takes no parameters; the value is our own integer.
    DYAD_RETURN_IF_ERROR(Exec(db, "PRAGMA user_version = " + std::to_string(up_to)));
  }
  return Status::Ok();
}

}  // namespace dyad::registry
