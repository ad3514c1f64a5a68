// Reading and writing registry entries inside an open transaction: the pieces that
// Registry's public methods, Import() and the built-in seeding share. Entries passed
// in must already be normalised (vocabulary.h). Internal to src/registry; not
// thread-safe.
#pragma once

#include <sqlite3.h>

#include "registry/registry.h"

namespace dyad::registry::entries {

Result<Agreement> LoadAgreement(sqlite3* db, int64_t id);
Result<UpsertResult> UpsertAgreement(sqlite3* db, const Agreement& a);
// Rewrites agreement `id` with `a` (children replaced).
Status WriteAgreement(sqlite3* db, int64_t id, const Agreement& a);

Result<std::vector<Target>> ListTargets(sqlite3* db, const TargetFilter& filter);
Result<UpsertResult> UpsertTarget(sqlite3* db, const Target& t);

Result<std::vector<AreaAnnouncement>> ListAnnouncements(sqlite3* db, const AreaFilter& filter);
Result<UpsertResult> UpsertAnnouncement(sqlite3* db, const AreaAnnouncement& a);

Result<std::vector<std::string>> VocabularyNames(sqlite3* db, const char* table, bool custom_only);
Status AddVocabulary(sqlite3* db, const char* table, std::string_view name);

// Which entry a citation belongs to; selects the citations column.
enum class Owner { kAgreement, kTarget, kAnnouncement };
Status WriteSources(sqlite3* db, Owner owner, int64_t id, const std::vector<Source>& sources);
Result<std::vector<Source>> LoadSources(sqlite3* db, Owner owner, int64_t id);

// Unions `from` into `into`: list fields are unioned, empty scalar fields filled.
void MergeSources(std::vector<Source>* into, const std::vector<Source>& from);

// Normalises and upserts everything in `data`; the caller holds the transaction.
Result<ImportSummary> ImportAll(sqlite3* db, const RegistryData& data);

}  // namespace dyad::registry::entries
