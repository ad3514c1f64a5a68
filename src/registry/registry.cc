#include "registry/registry.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <system_error>
#include <thread>

#include "base/strings.h"
#include "embedded/registry_seed_json.h"
#include "registry/entries.h"
#include "registry/json_io.h"
#include "registry/schema.h"
#include "registry/sqlite_util.h"
#include "registry/vocabulary.h"

namespace dyad::registry {
namespace {

// The built-in knowledge: data/registry/seed.json, compiled in.
Status Seed(sqlite3* db) {
  DYAD_ASSIGN_OR_RETURN(RegistryData data,
                        ParseRegistryJson(embedded::registry_seed_json(), "built-in seed.json"));
  Result<ImportSummary> r = entries::ImportAll(db, data);
  if (!r.ok()) return Internal("built-in seed.json: " + r.status().message());
  return Status::Ok();
}

// Sets the connection up and brings the schema to the latest version (seeding a new
// file) and the built-in areas up to date (data/reference/areas.csv may have gained one
// since the file was made) in one IMMEDIATE transaction; a file already up to date is
// only read.
Status Prepare(sqlite3* db, bool seed) {
  // WAL lets readers proceed while one process writes; foreign keys are per connection.
  DYAD_RETURN_IF_ERROR(Exec(db, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL;"));
  DYAD_ASSIGN_OR_RETURN(int version, SchemaVersion(db));
  if (version == LatestSchemaVersion()) {
    DYAD_ASSIGN_OR_RETURN(bool lacks, LacksBuiltinAreas(db));
    if (!lacks) return Status::Ok();
  }
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db));
  // Another process may have created the schema while we waited for the lock.
  DYAD_ASSIGN_OR_RETURN(int locked_version, SchemaVersion(db));
  DYAD_RETURN_IF_ERROR(Migrate(db));
  if (locked_version == 0 && seed) DYAD_RETURN_IF_ERROR(Seed(db));
  DYAD_RETURN_IF_ERROR(AddBuiltinAreas(db));
  return tx.Commit();
}

std::vector<std::string> UpperCodes(const std::vector<std::string>& states) {
  std::vector<std::string> out;
  for (const auto& s : states) out.push_back(ToUpperAscii(TrimAscii(s)));
  return out;
}

}  // namespace

std::filesystem::path Registry::PathInDataDir(const std::filesystem::path& data_dir) {
  return data_dir / "registry.db";
}

Result<std::unique_ptr<Registry>> Registry::OpenInDataDir(const std::filesystem::path& data_dir,
                                                          OpenOptions options) {
  std::error_code ec;
  std::filesystem::create_directories(data_dir, ec);
  if (ec) return IoError("cannot create data directory " + data_dir.string() + ": " + ec.message());
  return Open(PathInDataDir(data_dir), options);
}

Result<std::unique_ptr<Registry>> Registry::Open(const std::filesystem::path& db_path,
                                                 OpenOptions options) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return IoError("registry: cannot open " + db_path.string() + ": " + msg);
  }
  std::unique_ptr<Registry> registry(new Registry(db));
  sqlite3_busy_timeout(db, options.busy_timeout_ms);
  // Some lock conflicts while a fresh file is being set up (switching to WAL, WAL
  // recovery) are reported as BUSY without waiting on the busy handler; retry those
  // until the same timeout has passed.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(options.busy_timeout_ms);
  for (;;) {
    Status s = Prepare(db, options.seed);
    if (s.ok()) break;
    if (s.code() != StatusCode::kBusy || std::chrono::steady_clock::now() > deadline) {
      return Status(s.code(), s.message() + " (" + db_path.string() + ")");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  return registry;
}

Registry::~Registry() { sqlite3_close_v2(db_); }

int Registry::schema_version() const {
  Result<int> v = SchemaVersion(db_);
  return v.ok() ? *v : -1;
}

Result<std::vector<Agreement>> Registry::ListAgreements(const AgreementFilter& filter) const {
  std::string sql = "SELECT id FROM agreements a WHERE 1 = 1";
  std::vector<std::string> params;
  auto param = [&](std::string v) {
    params.push_back(std::move(v));
    return "?" + std::to_string(params.size());
  };
  if (!filter.kind.empty()) {
    std::string kind = ToLowerAscii(TrimAscii(filter.kind));
    for (char& c : kind) {
      if (c == ' ' || c == '-') c = '_';
    }
    DYAD_ASSIGN_OR_RETURN(std::vector<std::string> kinds, Kinds());
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      std::string list;
      for (const auto& k : kinds) list += (list.empty() ? "" : ", ") + k;
      return InvalidInput("kind: unknown kind " + QuoteForMessage(filter.kind) + "; expected one of " + list);
    }
    sql += " AND a.kind = " + param(kind);
  }
  for (const std::string& s : UpperCodes(filter.states)) {
    sql += " AND EXISTS (SELECT 1 FROM agreement_parties p WHERE p.agreement_id = a.id AND "
           "p.state = " + param(s) + ")";
  }
  if (!filter.area.empty()) {
    DYAD_ASSIGN_OR_RETURN(std::string area, CanonicalArea(filter.area));
    sql += " AND EXISTS (SELECT 1 FROM agreement_areas x WHERE x.agreement_id = a.id AND "
           "x.area = " + param(area) + ")";
  }
  // An imprecise signing date ("2023") matches when its range overlaps the filter's.
  if (filter.signed_from) sql += " AND a.signed_last >= " + param(filter.signed_from->First().ToString());
  if (filter.signed_to) sql += " AND a.signed_first <= " + param(filter.signed_to->Last().ToString());
  sql += " ORDER BY a.signed_first IS NULL, a.signed_first, a.id";
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db_, sql));
  for (size_t i = 0; i < params.size(); ++i) q.Bind(static_cast<int>(i + 1), params[i]);
  std::vector<int64_t> ids;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, q.Step());
    if (!more) break;
    ids.push_back(q.Int(0));
  }
  std::vector<Agreement> out;
  for (int64_t id : ids) {
    DYAD_ASSIGN_OR_RETURN(Agreement a, entries::LoadAgreement(db_, id));
    if (filter.active_on && !a.ActiveOn(*filter.active_on)) continue;
    out.push_back(std::move(a));
  }
  return out;
}

Result<Agreement> Registry::GetAgreement(int64_t id) const { return entries::LoadAgreement(db_, id); }

Result<std::optional<int64_t>> Registry::FindAgreement(const Agreement& agreement) const {
  Agreement a = agreement;
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> kinds, Kinds());
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> areas, Areas());
  DYAD_RETURN_IF_ERROR(NormalizeAgreement(&a, kinds, areas));
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db_, "SELECT id FROM agreements WHERE dedup_key = ?1"));
  q.Bind(1, AgreementKey(a));
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row) return std::optional<int64_t>();
  return std::optional<int64_t>(q.Int(0));
}

Result<UpsertResult> Registry::UpsertAgreement(const Agreement& agreement) {
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  Agreement a = agreement;
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> kinds, Kinds());
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> areas, Areas());
  DYAD_RETURN_IF_ERROR(NormalizeAgreement(&a, kinds, areas));
  DYAD_ASSIGN_OR_RETURN(UpsertResult r, entries::UpsertAgreement(db_, a));
  DYAD_RETURN_IF_ERROR(tx.Commit());
  return r;
}

Status Registry::ReplaceAgreement(int64_t id, const Agreement& agreement) {
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  Agreement a = agreement;
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> kinds, Kinds());
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> areas, Areas());
  DYAD_RETURN_IF_ERROR(NormalizeAgreement(&a, kinds, areas));
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db_, "SELECT id FROM agreements WHERE dedup_key = ?1"));
  q.Bind(1, AgreementKey(a));
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  if (row && q.Int(0) != id) {
    return InvalidInput("agreement " + std::to_string(q.Int(0)) +
                        " already has the same parties, kind, signing date and title");
  }
  DYAD_RETURN_IF_ERROR(entries::WriteAgreement(db_, id, a));
  return tx.Commit();
}

namespace {
Status RemoveRow(sqlite3* db, const char* table, const char* what, int64_t id) {
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db));
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, std::string("DELETE FROM ") + table + " WHERE id = ?1"));
  DYAD_RETURN_IF_ERROR(q.Bind(1, id).Run());
  if (sqlite3_changes(db) == 0) return NotFound(std::string("no ") + what + " with id " + std::to_string(id));
  return tx.Commit();
}
}  // namespace

Status Registry::RemoveAgreement(int64_t id) { return RemoveRow(db_, "agreements", "agreement", id); }

Result<std::vector<Target>> Registry::ListTargets(const TargetFilter& filter) const {
  TargetFilter f = filter;
  f.states = UpperCodes(f.states);
  return entries::ListTargets(db_, f);
}

Result<UpsertResult> Registry::UpsertTarget(const Target& target) {
  Target t = target;
  DYAD_RETURN_IF_ERROR(NormalizeTarget(&t));
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  DYAD_ASSIGN_OR_RETURN(UpsertResult r, entries::UpsertTarget(db_, t));
  DYAD_RETURN_IF_ERROR(tx.Commit());
  return r;
}

Status Registry::RemoveTarget(int64_t id) { return RemoveRow(db_, "targets", "target", id); }

Result<std::vector<AreaAnnouncement>> Registry::ListAreaAnnouncements(const AreaFilter& filter) const {
  AreaFilter f = filter;
  f.states = UpperCodes(f.states);
  if (!f.area.empty()) {
    DYAD_ASSIGN_OR_RETURN(f.area, CanonicalArea(f.area));
  }
  return entries::ListAnnouncements(db_, f);
}

Result<UpsertResult> Registry::UpsertAreaAnnouncement(const AreaAnnouncement& announcement) {
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  AreaAnnouncement a = announcement;
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> areas, Areas());
  DYAD_RETURN_IF_ERROR(NormalizeAreaAnnouncement(&a, areas));
  DYAD_ASSIGN_OR_RETURN(UpsertResult r, entries::UpsertAnnouncement(db_, a));
  DYAD_RETURN_IF_ERROR(tx.Commit());
  return r;
}

Status Registry::RemoveAreaAnnouncement(int64_t id) {
  return RemoveRow(db_, "area_announcements", "area announcement", id);
}

Result<std::vector<std::string>> Registry::Kinds() const {
  return entries::VocabularyNames(db_, "kinds", false);
}

Result<std::vector<std::string>> Registry::Areas() const {
  return entries::VocabularyNames(db_, "areas", false);
}

Status Registry::AddKind(std::string_view name) {
  DYAD_RETURN_IF_ERROR(ValidateVocabularyName("kind", name));
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  DYAD_RETURN_IF_ERROR(entries::AddVocabulary(db_, "kinds", name));
  return tx.Commit();
}

Status Registry::AddArea(std::string_view name) {
  DYAD_RETURN_IF_ERROR(ValidateVocabularyName("area", name));
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  DYAD_RETURN_IF_ERROR(entries::AddVocabulary(db_, "areas", name));
  return tx.Commit();
}

Result<std::string> Registry::CanonicalArea(std::string_view text) const {
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> areas, Areas());
  return ResolveArea("area", text, areas);
}

Result<RegistryData> Registry::Export() const {
  RegistryData data;
  DYAD_ASSIGN_OR_RETURN(data.agreements, ListAgreements());
  DYAD_ASSIGN_OR_RETURN(data.targets, ListTargets());
  DYAD_ASSIGN_OR_RETURN(data.area_announcements, ListAreaAnnouncements());
  DYAD_ASSIGN_OR_RETURN(data.custom_kinds, entries::VocabularyNames(db_, "kinds", true));
  DYAD_ASSIGN_OR_RETURN(data.custom_areas, entries::VocabularyNames(db_, "areas", true));
  return data;
}

Result<ImportSummary> Registry::Import(const RegistryData& data) {
  DYAD_ASSIGN_OR_RETURN(Transaction tx, Transaction::Begin(db_));
  DYAD_ASSIGN_OR_RETURN(ImportSummary summary, entries::ImportAll(db_, data));
  DYAD_RETURN_IF_ERROR(tx.Commit());
  return summary;
}

}  // namespace dyad::registry
