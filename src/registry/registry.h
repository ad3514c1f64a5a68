// The relationship registry: what two countries have signed (agreements and their
// parties, dates, areas and sources), what they promised (targets) and which areas of
// cooperation they announced. Stored in SQLite (DATA/registry.db; docs/registry.md has
// the data model, the JSON/CSV schema and the de-duplication rule).
//
// Thread-safety: a Registry object owns one SQLite connection and is NOT thread-safe;
// use one object per thread. Any number of processes may open the same file at once:
// every write is one IMMEDIATE transaction and waits (busy_timeout) for other writers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"

struct sqlite3;

namespace dyad::registry {

// Where a fact comes from. At least one of title, url and file is set.
struct Source {
  std::string title;                // "Kazakhstan and Tajikistan sign treaty on allied relations"
  std::string url;                  // "https://..." or ""
  std::string file;                 // "seed/article.txt" or ""
  std::optional<Date> published;    // publication date of the source
  std::string quote;                // the sentence that states the fact, verbatim

  friend bool operator==(const Source&, const Source&) = default;
};

// A party to an agreement: a state itself (name empty), or a named sub-state party
// (a city "Turkistan", a ministry, an institute) linked to its state.
struct Party {
  std::string state;                       // ISO alpha-3 of the state: "KAZ"
  std::string name;                        // "" for the state; else "Khujand"
  std::string kind;                        // sub-state kind: city, region, ministry, agency,
                                           // institute, company, other ("" for a state)
  std::optional<Date> entry_into_force;    // when it entered into force for this party

  friend bool operator==(const Party&, const Party&) = default;
};

// Controlled vocabularies (see vocabulary.h for the lists and validation).
//   kind:   treaty, agreement, memorandum, programme, protocol, roadmap, declaration,
//           joint_statement, sister_city, contract_package (+ user-defined kinds)
//   level:  heads_of_state, government, ministry, agency, region_or_city, institution
//   status: signed, in_force, expired, terminated, planned
//   areas:  agriculture, water, energy, transport, digitalization, education, science,
//           space, trade, investment, industry, security, culture, tourism, health,
//           innovation, ... (+ user-defined areas)
struct Agreement {
  int64_t id = 0;                          // 0 before it is stored
  std::string title;
  std::string kind;
  std::string level;                       // "" when unknown
  std::vector<Party> parties;              // states and sub-state parties, in stated order
  std::optional<Date> signed_on;           // with its precision (day, month or year)
  std::string place;                       // "Dushanbe"
  std::vector<std::string> signatories;    // "Kassym-Jomart Tokayev (President of Kazakhstan)"
  std::optional<Date> valid_from;          // validity period; valid_to >= valid_from
  std::optional<Date> valid_to;
  std::string status = "signed";
  std::vector<std::string> areas;          // cooperation areas, sorted, unique
  std::string relationship_level;          // "allied relations", "strategic partnership"
  std::string notes;
  std::vector<Source> sources;

  // The distinct ISO alpha-3 codes of all parties (sub-state parties count for their
  // state), sorted: {"KAZ", "TJK"}.
  std::vector<std::string> States() const;
  // True when the agreement is in force on `day`: see docs/registry.md ("in force").
  bool ActiveOn(const Date& day) const;

  friend bool operator==(const Agreement&, const Agreement&) = default;
};

// A declared goal, e.g. "increase mutual trade to $2 billion" (no target year).
// For metric "exports"/"imports" the flow is of state_a with state_b.
struct Target {
  int64_t id = 0;
  std::string state_a;                     // ISO alpha-3
  std::string state_b;
  std::string metric = "total_trade";      // total_trade, exports, imports, investment, ...
  int64_t value = 0;                       // in whole units of `currency`: 2000000000
  std::string currency = "USD";
  std::optional<int> target_year;          // nullopt when no year was given
  std::optional<Date> stated_on;
  std::string stated_by;                   // "Kassym-Jomart Tokayev"
  std::string notes;
  std::vector<Source> sources;

  friend bool operator==(const Target&, const Target&) = default;
};

// Areas of cooperation announced for a pair on a date (e.g. at talks).
struct AreaAnnouncement {
  int64_t id = 0;
  std::string state_a;
  std::string state_b;
  Date date;
  std::vector<std::string> areas;          // sorted, unique
  std::string notes;
  std::vector<Source> sources;

  friend bool operator==(const AreaAnnouncement&, const AreaAnnouncement&) = default;
};

// Filters; an empty field matches everything. `states` lists codes that must all be
// parties (one country, or a pair "KAZ","TJK").
struct AgreementFilter {
  std::vector<std::string> states;
  std::string kind;
  std::string area;
  std::optional<Date> active_on;           // in force on this day (see Agreement::ActiveOn)
  std::optional<Date> signed_from;         // signed on or after First() of this date
  std::optional<Date> signed_to;           // signed on or before Last() of this date
};

struct TargetFilter {
  std::vector<std::string> states;         // both must be state_a/state_b (any order)
  std::string metric;
};

struct AreaFilter {
  std::vector<std::string> states;
  std::string area;
};

// Everything in a registry, as exported and imported (JSON schema in docs/registry.md).
struct RegistryData {
  std::vector<Agreement> agreements;
  std::vector<Target> targets;
  std::vector<AreaAnnouncement> area_announcements;
  std::vector<std::string> custom_kinds;   // user-defined vocabulary beyond the built-in
  std::vector<std::string> custom_areas;
  // Optional, parallel to `agreements`: where each came from ("file.csv:3"), used in
  // error messages instead of "agreements[2]".
  std::vector<std::string> agreement_origins;
};

// What an upsert did.
struct UpsertResult {
  int64_t id = 0;
  bool created = false;                    // false: merged into an existing entry
};

struct ImportSummary {
  int agreements_created = 0, agreements_merged = 0;
  int targets_created = 0, targets_merged = 0;
  int announcements_created = 0, announcements_merged = 0;
};

struct OpenOptions {
  // Seed a new registry with the built-in knowledge (the seed article's facts), in the
  // same transaction that creates the schema. Tests turn it off for an empty registry.
  bool seed = true;
  int busy_timeout_ms = 30000;
};

class Registry {
 public:
  // Opens (creating if needed) the registry file and upgrades its schema. Fails with
  // kCorrupt if the file is not a registry or is newer than this program, kIoError if
  // it cannot be opened, kBusy if another process holds it longer than the timeout.
  static Result<std::unique_ptr<Registry>> Open(const std::filesystem::path& db_path,
                                                OpenOptions options = {});
  // DATA/registry.db; creates the data directory if needed.
  static Result<std::unique_ptr<Registry>> OpenInDataDir(const std::filesystem::path& data_dir,
                                                         OpenOptions options = {});
  static std::filesystem::path PathInDataDir(const std::filesystem::path& data_dir);

  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  int schema_version() const;

  // --- agreements ---
  // Ordered by signing date (undated last), then id.
  Result<std::vector<Agreement>> ListAgreements(const AgreementFilter& filter = {}) const;
  // kNotFound: "no agreement with id 42".
  Result<Agreement> GetAgreement(int64_t id) const;
  // The id of the stored agreement with the same de-duplication key, if any.
  Result<std::optional<int64_t>> FindAgreement(const Agreement& agreement) const;
  // Validates (kInvalidInput naming the field), then inserts, or merges into the
  // agreement with the same key: sources, areas, parties' details and signatories are
  // unioned; empty fields are filled; non-empty stored fields are kept.
  Result<UpsertResult> UpsertAgreement(const Agreement& agreement);
  // Replaces agreement `id` with `agreement` (its id is ignored). Fails if `id` does
  // not exist, or if the new key equals another agreement's key.
  Status ReplaceAgreement(int64_t id, const Agreement& agreement);
  Status RemoveAgreement(int64_t id);

  // --- targets (de-duplicated on pair, metric, value, currency, year, date stated) ---
  Result<std::vector<Target>> ListTargets(const TargetFilter& filter = {}) const;
  Result<UpsertResult> UpsertTarget(const Target& target);
  Status RemoveTarget(int64_t id);

  // --- area announcements (de-duplicated on pair and date: areas are merged) ---
  Result<std::vector<AreaAnnouncement>> ListAreaAnnouncements(const AreaFilter& filter = {}) const;
  Result<UpsertResult> UpsertAreaAnnouncement(const AreaAnnouncement& announcement);
  Status RemoveAreaAnnouncement(int64_t id);

  // --- vocabulary ---
  // Built-in plus user-defined names, sorted.
  Result<std::vector<std::string>> Kinds() const;
  Result<std::vector<std::string>> Areas() const;
  // Adds a user-defined kind/area (lowercase [a-z0-9_]+, at most 64 bytes); no-op if known.
  Status AddKind(std::string_view name);
  Status AddArea(std::string_view name);
  // Resolves an area as written ("Transportation", "digitalisation", "space
  // technologies") to its vocabulary name; kNotFound with suggestions otherwise.
  Result<std::string> CanonicalArea(std::string_view text) const;

  // --- whole registry ---
  Result<RegistryData> Export() const;
  // Validates everything first, then upserts all entries in ONE transaction: on any
  // error nothing is written. Messages name the entry: "agreements[2]: title: ...".
  Result<ImportSummary> Import(const RegistryData& data);

  // The underlying connection, for tests.
  sqlite3* db_for_testing() { return db_; }

 private:
  explicit Registry(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

}  // namespace dyad::registry
