// Targets, area announcements, cited sources and vocabularies in SQLite, and the
// import of a whole RegistryData inside the caller's transaction.
#include "registry/entries.h"

#include <algorithm>
#include <set>

#include "registry/sqlite_util.h"
#include "registry/vocabulary.h"

namespace dyad::registry::entries {
namespace {

const char* OwnerColumn(Owner owner) {
  switch (owner) {
    case Owner::kAgreement: return "agreement_id";
    case Owner::kTarget: return "target_id";
    case Owner::kAnnouncement: return "announcement_id";
  }
  return "agreement_id";
}

// A pair key that ignores order, for facts that are symmetric (total trade, areas).
std::string SortedPair(const std::string& a, const std::string& b) {
  return a < b ? a + "," + b : b + "," + a;
}

std::string TargetKey(const Target& t) {
  bool symmetric = t.metric == "total_trade" || t.metric == "investment";
  std::string pair = symmetric ? SortedPair(t.state_a, t.state_b) : t.state_a + ">" + t.state_b;
  return pair + "|" + t.metric + "|" + std::to_string(t.value) + "|" + t.currency + "|" +
         (t.target_year ? std::to_string(*t.target_year) : "") + "|" +
         (t.stated_on ? t.stated_on->ToString() : "");
}

std::string AnnouncementKey(const AreaAnnouncement& a) {
  return SortedPair(a.state_a, a.state_b) + "|" + a.date.ToString();
}

// " AND (col_a = ?n OR col_b = ?n)" for each state; appends the parameters.
void AddStateFilter(const std::vector<std::string>& states, std::string* sql,
                    std::vector<std::string>* params) {
  for (const std::string& s : states) {
    params->push_back(s);
    std::string n = "?" + std::to_string(params->size());
    *sql += " AND (state_a = " + n + " OR state_b = " + n + ")";
  }
}

Result<Target> LoadTarget(sqlite3* db, int64_t id) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, "SELECT state_a, state_b, metric, value, currency, "
                                                  "target_year, stated_on, stated_by, notes FROM "
                                                  "targets WHERE id = ?1"));
  q.Bind(1, id);
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row) return NotFound("no target with id " + std::to_string(id));
  Target t;
  t.id = id;
  t.state_a = q.Text(0);
  t.state_b = q.Text(1);
  t.metric = q.Text(2);
  t.value = q.Int(3);
  t.currency = q.Text(4);
  if (!q.IsNull(5)) t.target_year = static_cast<int>(q.Int(5));
  t.stated_on = q.DateAt(6);
  t.stated_by = q.Text(7);
  t.notes = q.Text(8);
  DYAD_ASSIGN_OR_RETURN(t.sources, LoadSources(db, Owner::kTarget, id));
  return t;
}

Result<AreaAnnouncement> LoadAnnouncement(sqlite3* db, int64_t id) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, "SELECT state_a, state_b, date, notes FROM "
                                                  "area_announcements WHERE id = ?1"));
  q.Bind(1, id);
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row) return NotFound("no area announcement with id " + std::to_string(id));
  AreaAnnouncement a;
  a.id = id;
  a.state_a = q.Text(0);
  a.state_b = q.Text(1);
  a.date = q.DateAt(2).value_or(Date{});
  a.notes = q.Text(3);
  DYAD_ASSIGN_OR_RETURN(Stmt ar, Stmt::Prepare(db, "SELECT area FROM announcement_areas WHERE "
                                                   "announcement_id = ?1 ORDER BY area"));
  ar.Bind(1, id);
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, ar.Step());
    if (!more) break;
    a.areas.push_back(ar.Text(0));
  }
  DYAD_ASSIGN_OR_RETURN(a.sources, LoadSources(db, Owner::kAnnouncement, id));
  return a;
}

Result<std::vector<int64_t>> Ids(sqlite3* db, const std::string& sql,
                                 const std::vector<std::string>& params) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, sql));
  for (size_t i = 0; i < params.size(); ++i) q.Bind(static_cast<int>(i + 1), params[i]);
  std::vector<int64_t> ids;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, q.Step());
    if (!more) break;
    ids.push_back(q.Int(0));
  }
  return ids;
}

// The entries whose ids `sql` selects, in its order, each read by `load`.
template <typename T>
Result<std::vector<T>> LoadSelected(sqlite3* db, const std::string& sql,
                                    const std::vector<std::string>& params,
                                    Result<T> (*load)(sqlite3*, int64_t)) {
  DYAD_ASSIGN_OR_RETURN(std::vector<int64_t> ids, Ids(db, sql, params));
  std::vector<T> out;
  out.reserve(ids.size());
  for (int64_t id : ids) {
    DYAD_ASSIGN_OR_RETURN(T entry, load(db, id));
    out.push_back(std::move(entry));
  }
  return out;
}

Result<std::optional<int64_t>> FindByKey(sqlite3* db, const char* table, const std::string& key) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, std::string("SELECT id FROM ") + table +
                                                      " WHERE dedup_key = ?1"));
  q.Bind(1, key);
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row) return std::optional<int64_t>();
  return std::optional<int64_t>(q.Int(0));
}

Status Prefixed(const Status& s, const std::string& where) {
  return Status(s.code(), where + s.message());
}

}  // namespace

Status WriteSources(sqlite3* db, Owner owner, int64_t id, const std::vector<Source>& sources) {
  std::string col = OwnerColumn(owner);
  DYAD_ASSIGN_OR_RETURN(Stmt del, Stmt::Prepare(db, "DELETE FROM citations WHERE " + col + " = ?1"));
  DYAD_RETURN_IF_ERROR(del.Bind(1, id).Run());
  DYAD_ASSIGN_OR_RETURN(Stmt ins_src, Stmt::Prepare(db, "INSERT OR IGNORE INTO sources(title, url, "
                                                        "file, published) VALUES (?1, ?2, ?3, ?4)"));
  DYAD_ASSIGN_OR_RETURN(Stmt find_src, Stmt::Prepare(db, "SELECT id FROM sources WHERE title = ?1 AND "
                                                         "url = ?2 AND file = ?3 AND published = ?4"));
  DYAD_ASSIGN_OR_RETURN(Stmt cite, Stmt::Prepare(db, "INSERT INTO citations(source_id, " + col +
                                                         ", position, quote) VALUES (?1, ?2, ?3, ?4)"));
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    std::string published = s.published ? s.published->ToString() : "";
    ins_src.Reset();
    DYAD_RETURN_IF_ERROR(ins_src.Bind(1, s.title).Bind(2, s.url).Bind(3, s.file).Bind(4, published).Run());
    find_src.Reset();
    find_src.Bind(1, s.title).Bind(2, s.url).Bind(3, s.file).Bind(4, published);
    DYAD_ASSIGN_OR_RETURN(bool row, find_src.Step());
    if (!row) return Internal("registry: source row vanished");
    int64_t source_id = find_src.Int(0);
    cite.Reset();
    DYAD_RETURN_IF_ERROR(
        cite.Bind(1, source_id).Bind(2, id).Bind(3, static_cast<int64_t>(i)).Bind(4, s.quote).Run());
  }
  return Status::Ok();
}

Result<std::vector<Source>> LoadSources(sqlite3* db, Owner owner, int64_t id) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, std::string("SELECT s.title, s.url, s.file, "
                                                              "s.published, c.quote FROM citations c "
                                                              "JOIN sources s ON s.id = c.source_id "
                                                              "WHERE c.") +
                                                      OwnerColumn(owner) + " = ?1 ORDER BY c.position"));
  q.Bind(1, id);
  std::vector<Source> out;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, q.Step());
    if (!more) break;
    Source s{q.Text(0), q.Text(1), q.Text(2), std::nullopt, q.Text(4)};
    if (!q.Text(3).empty()) s.published = q.DateAt(3);
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<Target>> ListTargets(sqlite3* db, const TargetFilter& filter) {
  std::string sql = "SELECT id FROM targets WHERE 1 = 1";
  std::vector<std::string> params;
  AddStateFilter(filter.states, &sql, &params);
  if (!filter.metric.empty()) {
    params.push_back(filter.metric);
    sql += " AND metric = ?" + std::to_string(params.size());
  }
  sql += " ORDER BY stated_first IS NULL, stated_first, id";
  return LoadSelected<Target>(db, sql, params, LoadTarget);
}

Result<UpsertResult> UpsertTarget(sqlite3* db, const Target& in) {
  Target t = in;
  DYAD_ASSIGN_OR_RETURN(std::optional<int64_t> existing, FindByKey(db, "targets", TargetKey(t)));
  UpsertResult result{0, !existing.has_value()};
  if (existing) {
    DYAD_ASSIGN_OR_RETURN(Target stored, LoadTarget(db, *existing));
    if (stored.stated_by.empty()) stored.stated_by = t.stated_by;
    if (stored.notes.empty()) stored.notes = t.notes;
    MergeSources(&stored.sources, t.sources);
    t = std::move(stored);
    result.id = *existing;
    DYAD_ASSIGN_OR_RETURN(Stmt up, Stmt::Prepare(db, "UPDATE targets SET stated_by = ?1, notes = ?2 "
                                                     "WHERE id = ?3"));
    DYAD_RETURN_IF_ERROR(up.Bind(1, t.stated_by).Bind(2, t.notes).Bind(3, result.id).Run());
  } else {
    DYAD_ASSIGN_OR_RETURN(
        Stmt ins, Stmt::Prepare(db, "INSERT INTO targets(dedup_key, state_a, state_b, metric, value, "
                                    "currency, target_year, stated_on, stated_first, stated_by, "
                                    "notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    DYAD_RETURN_IF_ERROR(ins.Bind(1, TargetKey(t))
                             .Bind(2, t.state_a)
                             .Bind(3, t.state_b)
                             .Bind(4, t.metric)
                             .Bind(5, t.value)
                             .Bind(6, t.currency)
                             .BindOpt(7, t.target_year)
                             .Bind(8, t.stated_on)
                             .BindOpt(9, FirstDayText(t.stated_on))
                             .Bind(10, t.stated_by)
                             .Bind(11, t.notes)
                             .Run());
    result.id = sqlite3_last_insert_rowid(db);
  }
  DYAD_RETURN_IF_ERROR(WriteSources(db, Owner::kTarget, result.id, t.sources));
  return result;
}

Result<std::vector<AreaAnnouncement>> ListAnnouncements(sqlite3* db, const AreaFilter& filter) {
  std::string sql = "SELECT id FROM area_announcements WHERE 1 = 1";
  std::vector<std::string> params;
  AddStateFilter(filter.states, &sql, &params);
  if (!filter.area.empty()) {
    params.push_back(filter.area);
    sql += " AND EXISTS (SELECT 1 FROM announcement_areas x WHERE x.announcement_id = "
           "area_announcements.id AND x.area = ?" + std::to_string(params.size()) + ")";
  }
  sql += " ORDER BY date_first, id";
  return LoadSelected<AreaAnnouncement>(db, sql, params, LoadAnnouncement);
}

Result<UpsertResult> UpsertAnnouncement(sqlite3* db, const AreaAnnouncement& in) {
  AreaAnnouncement a = in;
  DYAD_ASSIGN_OR_RETURN(std::optional<int64_t> existing,
                        FindByKey(db, "area_announcements", AnnouncementKey(a)));
  UpsertResult result{0, !existing.has_value()};
  if (existing) {
    DYAD_ASSIGN_OR_RETURN(AreaAnnouncement stored, LoadAnnouncement(db, *existing));
    std::set<std::string> areas(stored.areas.begin(), stored.areas.end());
    areas.insert(a.areas.begin(), a.areas.end());
    stored.areas.assign(areas.begin(), areas.end());
    if (stored.notes.empty()) stored.notes = a.notes;
    MergeSources(&stored.sources, a.sources);
    a = std::move(stored);
    result.id = *existing;
    DYAD_ASSIGN_OR_RETURN(Stmt up, Stmt::Prepare(db, "UPDATE area_announcements SET notes = ?1 "
                                                     "WHERE id = ?2"));
    DYAD_RETURN_IF_ERROR(up.Bind(1, a.notes).Bind(2, result.id).Run());
    DYAD_ASSIGN_OR_RETURN(Stmt del, Stmt::Prepare(db, "DELETE FROM announcement_areas WHERE "
                                                      "announcement_id = ?1"));
    DYAD_RETURN_IF_ERROR(del.Bind(1, result.id).Run());
  } else {
    DYAD_ASSIGN_OR_RETURN(
        Stmt ins, Stmt::Prepare(db, "INSERT INTO area_announcements(dedup_key, state_a, state_b, "
                                    "date, date_first, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    DYAD_RETURN_IF_ERROR(ins.Bind(1, AnnouncementKey(a))
                             .Bind(2, a.state_a)
                             .Bind(3, a.state_b)
                             .Bind(4, a.date.ToString())
                             .Bind(5, a.date.First().ToString())
                             .Bind(6, a.notes)
                             .Run());
    result.id = sqlite3_last_insert_rowid(db);
  }
  DYAD_ASSIGN_OR_RETURN(Stmt area, Stmt::Prepare(db, "INSERT INTO announcement_areas(announcement_id, "
                                                     "area) VALUES (?1, ?2)"));
  for (const std::string& name : a.areas) {
    area.Reset();
    DYAD_RETURN_IF_ERROR(area.Bind(1, result.id).Bind(2, name).Run());
  }
  DYAD_RETURN_IF_ERROR(WriteSources(db, Owner::kAnnouncement, result.id, a.sources));
  return result;
}

Result<std::vector<std::string>> VocabularyNames(sqlite3* db, const char* table, bool custom_only) {
  std::string sql = std::string("SELECT name FROM ") + table +
                    (custom_only ? " WHERE builtin = 0" : "") + " ORDER BY name";
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, sql));
  std::vector<std::string> out;
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, q.Step());
    if (!more) break;
    out.push_back(q.Text(0));
  }
  return out;
}

Status AddVocabulary(sqlite3* db, const char* table, std::string_view name) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, std::string("INSERT OR IGNORE INTO ") + table +
                                                      "(name, builtin) VALUES (?1, 0)"));
  return q.Bind(1, name).Run();
}

Result<ImportSummary> ImportAll(sqlite3* db, const RegistryData& data) {
  ImportSummary summary;
  for (size_t i = 0; i < data.custom_kinds.size(); ++i) {
    std::string f = "vocabulary.kinds[" + std::to_string(i) + "]";
    DYAD_RETURN_IF_ERROR(ValidateVocabularyName(f, data.custom_kinds[i]));
    DYAD_RETURN_IF_ERROR(AddVocabulary(db, "kinds", data.custom_kinds[i]));
  }
  for (size_t i = 0; i < data.custom_areas.size(); ++i) {
    std::string f = "vocabulary.areas[" + std::to_string(i) + "]";
    DYAD_RETURN_IF_ERROR(ValidateVocabularyName(f, data.custom_areas[i]));
    DYAD_RETURN_IF_ERROR(AddVocabulary(db, "areas", data.custom_areas[i]));
  }
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> kinds, VocabularyNames(db, "kinds", false));
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> areas, VocabularyNames(db, "areas", false));
  for (size_t i = 0; i < data.agreements.size(); ++i) {
    std::string where = i < data.agreement_origins.size() && !data.agreement_origins[i].empty()
                            ? data.agreement_origins[i] + ": "
                            : "agreements[" + std::to_string(i) + "].";
    Agreement a = data.agreements[i];
    if (Status s = NormalizeAgreement(&a, kinds, areas); !s.ok()) return Prefixed(s, where);
    Result<UpsertResult> r = UpsertAgreement(db, a);
    if (!r.ok()) return Prefixed(r.status(), where);
    (r->created ? summary.agreements_created : summary.agreements_merged)++;
  }
  for (size_t i = 0; i < data.targets.size(); ++i) {
    std::string where = "targets[" + std::to_string(i) + "].";
    Target t = data.targets[i];
    if (Status s = NormalizeTarget(&t); !s.ok()) return Prefixed(s, where);
    Result<UpsertResult> r = UpsertTarget(db, t);
    if (!r.ok()) return Prefixed(r.status(), where);
    (r->created ? summary.targets_created : summary.targets_merged)++;
  }
  for (size_t i = 0; i < data.area_announcements.size(); ++i) {
    std::string where = "area_announcements[" + std::to_string(i) + "].";
    AreaAnnouncement a = data.area_announcements[i];
    if (Status s = NormalizeAreaAnnouncement(&a, areas); !s.ok()) return Prefixed(s, where);
    Result<UpsertResult> r = UpsertAnnouncement(db, a);
    if (!r.ok()) return Prefixed(r.status(), where);
    (r->created ? summary.announcements_created : summary.announcements_merged)++;
  }
  return summary;
}

}  // namespace dyad::registry::entries
