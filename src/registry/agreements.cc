// Agreements in SQLite: one row in `agreements` plus its parties, signatories, areas
// and citations. A merge (the de-duplication rule) loads the stored entry, unions the
// new one into it and rewrites the children.
#include <algorithm>
#include <set>

#include "base/utf8.h"
#include "registry/entries.h"
#include "registry/sqlite_util.h"
#include "registry/vocabulary.h"

namespace dyad::registry::entries {
namespace {

Status WriteChildren(sqlite3* db, int64_t id, const Agreement& a) {
  for (const char* sql : {"DELETE FROM agreement_parties WHERE agreement_id = ?1",
                          "DELETE FROM agreement_signatories WHERE agreement_id = ?1",
                          "DELETE FROM agreement_areas WHERE agreement_id = ?1"}) {
    DYAD_ASSIGN_OR_RETURN(Stmt del, Stmt::Prepare(db, sql));
    DYAD_RETURN_IF_ERROR(del.Bind(1, id).Run());
  }
  DYAD_ASSIGN_OR_RETURN(
      Stmt party, Stmt::Prepare(db, "INSERT INTO agreement_parties(agreement_id, position, state, "
                                    "name, kind, entry_into_force) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  for (size_t i = 0; i < a.parties.size(); ++i) {
    const Party& p = a.parties[i];
    party.Reset();
    DYAD_RETURN_IF_ERROR(party.Bind(1, id)
                             .Bind(2, static_cast<int64_t>(i))
                             .Bind(3, p.state)
                             .Bind(4, p.name)
                             .Bind(5, p.kind)
                             .Bind(6, p.entry_into_force)
                             .Run());
  }
  DYAD_ASSIGN_OR_RETURN(Stmt sig, Stmt::Prepare(db, "INSERT INTO agreement_signatories(agreement_id, "
                                                    "position, name) VALUES (?1, ?2, ?3)"));
  for (size_t i = 0; i < a.signatories.size(); ++i) {
    sig.Reset();
    DYAD_RETURN_IF_ERROR(sig.Bind(1, id).Bind(2, static_cast<int64_t>(i)).Bind(3, a.signatories[i]).Run());
  }
  DYAD_ASSIGN_OR_RETURN(Stmt area, Stmt::Prepare(db, "INSERT INTO agreement_areas(agreement_id, area) "
                                                     "VALUES (?1, ?2)"));
  for (const std::string& name : a.areas) {
    area.Reset();
    DYAD_RETURN_IF_ERROR(area.Bind(1, id).Bind(2, name).Run());
  }
  return WriteSources(db, Owner::kAgreement, id, a.sources);
}

void BindRow(Stmt& s, const Agreement& a) {
  s.Bind(1, AgreementKey(a))
      .Bind(2, a.title)
      .Bind(3, a.kind)
      .Bind(4, a.level)
      .Bind(5, a.signed_on)
      .BindOpt(6, FirstDayText(a.signed_on))
      .BindOpt(7, LastDayText(a.signed_on))
      .Bind(8, a.place)
      .Bind(9, a.valid_from)
      .Bind(10, a.valid_to)
      .Bind(11, a.status)
      .Bind(12, a.relationship_level)
      .Bind(13, a.notes);
}

template <typename T>
void UnionInto(std::vector<T>* into, const std::vector<T>& from) {
  for (const T& x : from) {
    if (std::find(into->begin(), into->end(), x) == into->end()) into->push_back(x);
  }
}

void FillIfEmpty(std::string* into, const std::string& from) {
  if (into->empty()) *into = from;
}

void MergeAgreement(Agreement* into, const Agreement& from) {
  for (const Party& p : from.parties) {
    auto it = std::find_if(into->parties.begin(), into->parties.end(), [&](const Party& q) {
      return q.state == p.state && FoldForMatch(q.name) == FoldForMatch(p.name);
    });
    if (it == into->parties.end()) {
      into->parties.push_back(p);
    } else {
      FillIfEmpty(&it->kind, p.kind);
      if (!it->entry_into_force) it->entry_into_force = p.entry_into_force;
    }
  }
  FillIfEmpty(&into->level, from.level);
  FillIfEmpty(&into->place, from.place);
  FillIfEmpty(&into->relationship_level, from.relationship_level);
  FillIfEmpty(&into->notes, from.notes);
  if (!into->valid_from) into->valid_from = from.valid_from;
  if (!into->valid_to) into->valid_to = from.valid_to;
  // "signed" is the default; a later, more specific status (in_force, expired) wins.
  if (into->status == "signed") into->status = from.status;
  UnionInto(&into->signatories, from.signatories);
  std::set<std::string> areas(into->areas.begin(), into->areas.end());
  areas.insert(from.areas.begin(), from.areas.end());
  into->areas.assign(areas.begin(), areas.end());
  MergeSources(&into->sources, from.sources);
}

}  // namespace

void MergeSources(std::vector<Source>* into, const std::vector<Source>& from) {
  UnionInto(into, from);
}

Result<Agreement> LoadAgreement(sqlite3* db, int64_t id) {
  DYAD_ASSIGN_OR_RETURN(Stmt q, Stmt::Prepare(db, "SELECT title, kind, level, signed, place, "
                                                  "valid_from, valid_to, status, "
                                                  "relationship_level, notes FROM agreements "
                                                  "WHERE id = ?1"));
  q.Bind(1, id);
  DYAD_ASSIGN_OR_RETURN(bool row, q.Step());
  if (!row) return NotFound("no agreement with id " + std::to_string(id));
  Agreement a;
  a.id = id;
  a.title = q.Text(0);
  a.kind = q.Text(1);
  a.level = q.Text(2);
  a.signed_on = q.DateAt(3);
  a.place = q.Text(4);
  a.valid_from = q.DateAt(5);
  a.valid_to = q.DateAt(6);
  a.status = q.Text(7);
  a.relationship_level = q.Text(8);
  a.notes = q.Text(9);

  DYAD_ASSIGN_OR_RETURN(Stmt p, Stmt::Prepare(db, "SELECT state, name, kind, entry_into_force FROM "
                                                  "agreement_parties WHERE agreement_id = ?1 "
                                                  "ORDER BY position"));
  p.Bind(1, id);
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, p.Step());
    if (!more) break;
    a.parties.push_back(Party{p.Text(0), p.Text(1), p.Text(2), p.DateAt(3)});
  }
  DYAD_ASSIGN_OR_RETURN(Stmt s, Stmt::Prepare(db, "SELECT name FROM agreement_signatories WHERE "
                                                  "agreement_id = ?1 ORDER BY position"));
  s.Bind(1, id);
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, s.Step());
    if (!more) break;
    a.signatories.push_back(s.Text(0));
  }
  DYAD_ASSIGN_OR_RETURN(Stmt ar, Stmt::Prepare(db, "SELECT area FROM agreement_areas WHERE "
                                                   "agreement_id = ?1 ORDER BY area"));
  ar.Bind(1, id);
  for (;;) {
    DYAD_ASSIGN_OR_RETURN(bool more, ar.Step());
    if (!more) break;
    a.areas.push_back(ar.Text(0));
  }
  DYAD_ASSIGN_OR_RETURN(a.sources, LoadSources(db, Owner::kAgreement, id));
  return a;
}

Status WriteAgreement(sqlite3* db, int64_t id, const Agreement& a) {
  DYAD_ASSIGN_OR_RETURN(
      Stmt up, Stmt::Prepare(db, "UPDATE agreements SET dedup_key = ?1, title = ?2, kind = ?3, "
                                 "level = ?4, signed = ?5, signed_first = ?6, signed_last = ?7, "
                                 "place = ?8, valid_from = ?9, valid_to = ?10, status = ?11, "
                                 "relationship_level = ?12, notes = ?13 WHERE id = ?14"));
  BindRow(up, a);
  up.Bind(14, id);
  DYAD_RETURN_IF_ERROR(up.Run());
  if (sqlite3_changes(db) == 0) return NotFound("no agreement with id " + std::to_string(id));
  return WriteChildren(db, id, a);
}

Result<UpsertResult> UpsertAgreement(sqlite3* db, const Agreement& a) {
  DYAD_ASSIGN_OR_RETURN(Stmt find, Stmt::Prepare(db, "SELECT id FROM agreements WHERE dedup_key = ?1"));
  find.Bind(1, AgreementKey(a));
  DYAD_ASSIGN_OR_RETURN(bool found, find.Step());
  if (found) {
    int64_t id = find.Int(0);
    DYAD_ASSIGN_OR_RETURN(Agreement stored, LoadAgreement(db, id));
    MergeAgreement(&stored, a);
    DYAD_RETURN_IF_ERROR(WriteAgreement(db, id, stored));
    return UpsertResult{id, false};
  }
  DYAD_ASSIGN_OR_RETURN(
      Stmt ins, Stmt::Prepare(db, "INSERT INTO agreements(dedup_key, title, kind, level, signed, "
                                  "signed_first, signed_last, place, valid_from, valid_to, status, "
                                  "relationship_level, notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                  "?8, ?9, ?10, ?11, ?12, ?13)"));
  BindRow(ins, a);
  DYAD_RETURN_IF_ERROR(ins.Run());
  int64_t id = sqlite3_last_insert_rowid(db);
  DYAD_RETURN_IF_ERROR(WriteChildren(db, id, a));
  return UpsertResult{id, true};
}

}  // namespace dyad::registry::entries
