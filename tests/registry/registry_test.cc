#include "registry/registry.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sqlite3.h>

#include "registry/schema.h"
#include "registry/sqlite_util.h"
#include "registry/vocabulary.h"
#include "test_util.h"

namespace dyad::registry {
namespace {

using testing::MakeAgreement;
using testing::TempDir;

std::unique_ptr<Registry> OpenEmpty(const TempDir& dir) {
  Result<std::unique_ptr<Registry>> r = Registry::Open(dir.db(), OpenOptions{.seed = false});
  EXPECT_TRUE(r.ok()) << r.status().message();
  return std::move(r).value();
}

TEST(RegistrySeed, FirstOpenHoldsTheSeedArticleFacts) {
  TempDir dir;
  auto r = Registry::OpenInDataDir(dir.path());
  ASSERT_TRUE(r.ok()) << r.status().message();
  Registry& reg = **r;
  EXPECT_EQ(reg.schema_version(), LatestSchemaVersion());
  auto agreements = reg.ListAgreements();
  ASSERT_TRUE(agreements.ok());
  ASSERT_EQ(agreements->size(), 4u);
  // Ordered by signing date: the three 2023 agreements, then the 2024 treaty.
  const Agreement& treaty = agreements->back();
  EXPECT_EQ(treaty.kind, "treaty");
  EXPECT_EQ(treaty.level, "heads_of_state");
  EXPECT_EQ(treaty.signed_on->ToString(), "2024-08-22");
  EXPECT_EQ(treaty.place, "Dushanbe");
  EXPECT_EQ(treaty.relationship_level, "allied relations");
  EXPECT_EQ(treaty.States(), (std::vector<std::string>{"KAZ", "TJK"}));
  ASSERT_EQ(treaty.sources.size(), 3u);
  EXPECT_EQ(treaty.sources[0].file, "seed/article.txt");
  EXPECT_EQ(treaty.sources[0].published->ToString(), "2024-08-22");
  EXPECT_EQ(treaty.sources[0].quote,
            "Kazakh President Kassym-Jomart Tokayev and Tajik President Emomali Rahmon have "
            "signed a historic agreement on allied relations.");

  const Agreement& sister = (*agreements)[1];
  EXPECT_EQ(sister.kind, "sister_city");
  EXPECT_EQ(sister.signed_on->ToString(), "2023");
  ASSERT_EQ(sister.parties.size(), 2u);
  EXPECT_EQ(sister.parties[0].name, "Turkistan");
  EXPECT_EQ(sister.parties[0].state, "KAZ");
  EXPECT_EQ(sister.parties[1].name, "Khujand");
  EXPECT_EQ(sister.parties[1].state, "TJK");
  EXPECT_EQ(sister.areas, (std::vector<std::string>{"agriculture", "innovation", "tourism", "trade"}));

  const Agreement& programme = (*agreements)[2];
  EXPECT_EQ(programme.kind, "programme");
  EXPECT_EQ(programme.valid_from->ToString(), "2023-01-01");
  EXPECT_EQ(programme.valid_to->ToString(), "2025-12-31");

  auto targets = reg.ListTargets(TargetFilter{.states = {"TJK", "KAZ"}});
  ASSERT_TRUE(targets.ok());
  ASSERT_EQ(targets->size(), 1u);
  EXPECT_EQ((*targets)[0].value, 2000000000);
  EXPECT_EQ((*targets)[0].currency, "USD");
  EXPECT_FALSE((*targets)[0].target_year.has_value());
  EXPECT_EQ((*targets)[0].stated_on->ToString(), "2024-08-22");

  auto areas = reg.ListAreaAnnouncements();
  ASSERT_TRUE(areas.ok());
  ASSERT_EQ(areas->size(), 1u);
  EXPECT_EQ((*areas)[0].areas,
            (std::vector<std::string>{"agriculture", "digitalization", "education", "energy",
                                      "space", "transport", "water"}));
}

TEST(RegistrySeed, ReopeningDoesNotSeedTwice) {
  TempDir dir;
  ASSERT_TRUE(Registry::Open(dir.db()).ok());
  auto r = Registry::Open(dir.db());
  ASSERT_TRUE(r.ok());
  EXPECT_EQ((*r)->ListAgreements()->size(), 4u);
  EXPECT_EQ((*r)->ListTargets()->size(), 1u);
}

TEST(RegistryDedup, SameAgreementTwiceIsMergedNotDuplicated) {
  TempDir dir;
  auto reg = OpenEmpty(dir);
  Agreement a = MakeAgreement("Agreement on Cooperation in Agriculture");
  a.areas = {"agriculture"};
  a.sources = {Source{"Report A", "https://a.example/1", "", std::nullopt, "They signed."}};
  auto first = reg->UpsertAgreement(a);
  ASSERT_TRUE(first.ok()) << first.status().message();
  EXPECT_TRUE(first->created);

  Agreement b = MakeAgreement("  agreement on cooperation in AGRICULTURE. ");
  b.parties = {Party{"Tajikistan"}, Party{"kaz"}};  // other order, names instead of codes
  b.areas = {"Water"};
  b.place = "Astana";
  b.sources = {Source{"Report B", "https://b.example/2", "", Date::Ymd(2023, 5, 5), "Signed."}};
  auto second = reg->UpsertAgreement(b);
  ASSERT_TRUE(second.ok()) << second.status().message();
  EXPECT_FALSE(second->created);
  EXPECT_EQ(second->id, first->id);

  auto all = reg->ListAgreements();
  ASSERT_EQ(all->size(), 1u);
  const Agreement& m = all->front();
  EXPECT_EQ(m.title, "Agreement on Cooperation in Agriculture");  // first title kept
  EXPECT_EQ(m.areas, (std::vector<std::string>{"agriculture", "water"}));
  EXPECT_EQ(m.place, "Astana");
  ASSERT_EQ(m.sources.size(), 2u);
  EXPECT_EQ(m.sources[1].title, "Report B");

  // A different signing date is a different agreement.
  auto third = reg->UpsertAgreement(MakeAgreement("Agreement on Cooperation in Agriculture",
                                                  "agreement", Date::Y(2023)));
  ASSERT_TRUE(third.ok());
  EXPECT_TRUE(third->created);
  auto found = reg->FindAgreement(MakeAgreement("AGREEMENT ON COOPERATION IN AGRICULTURE!"));
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->value_or(0), first->id);
}

TEST(RegistryDedup, AccentsAndDashesFoldInTheKey) {
  TempDir dir;
  auto reg = OpenEmpty(dir);
  ASSERT_TRUE(reg->UpsertAgreement(MakeAgreement("Programme 2023–2025 «Türkiye»")).ok());
  auto r = reg->UpsertAgreement(MakeAgreement("programme 2023-2025 turkiye"));
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->created);
}

TEST(RegistryText, CyrillicTitleRoundTripsExactly) {
  TempDir dir;
  auto reg = OpenEmpty(dir);
  const std::string title = "Договор о союзнических отношениях";
  auto r = reg->UpsertAgreement(MakeAgreement(title, "treaty"));
  ASSERT_TRUE(r.ok());
  auto a = reg->GetAgreement(r->id);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, title);
  auto again = reg->UpsertAgreement(MakeAgreement("ДОГОВОР о союзнических  отношениях", "treaty"));
  EXPECT_FALSE(again->created);
}

TEST(RegistryFilters, PairKindAreaDatesAndActiveOn) {
  TempDir dir;
  auto reg = Registry::Open(dir.db());
  ASSERT_TRUE(reg.ok());
  Registry& r = **reg;
  Agreement kgz = MakeAgreement("Roadmap on transit", "roadmap", Date::Ym(2022, 3));
  kgz.parties = {Party{"KAZ"}, Party{"KGZ"}};
  kgz.areas = {"transport"};
  ASSERT_TRUE(r.UpsertAgreement(kgz).ok());

  auto titles = [&](const AgreementFilter& f) {
    std::vector<std::string> out;
    auto list = r.ListAgreements(f);
    EXPECT_TRUE(list.ok()) << list.status().message();
    if (list.ok()) {
      for (const auto& a : *list) out.push_back(a.kind);
    }
    return out;
  };
  EXPECT_EQ(titles({.states = {"KAZ", "TJK"}}).size(), 4u);
  EXPECT_EQ(titles({.states = {"KAZ"}}).size(), 5u);
  EXPECT_EQ(titles({.states = {"kgz"}}), (std::vector<std::string>{"roadmap"}));
  EXPECT_EQ(titles({.kind = "sister-city"}), (std::vector<std::string>{"sister_city"}));
  EXPECT_EQ(titles({.area = "Transportation"}), (std::vector<std::string>{"roadmap"}));
  EXPECT_EQ(titles({.area = "tourism"}).size(), 3u);
  EXPECT_EQ(titles({.signed_from = Date::Ymd(2024, 1, 1)}), (std::vector<std::string>{"treaty"}));
  // "2023" overlaps 2023-06-30, so year-precision agreements match both bounds.
  EXPECT_EQ(titles({.signed_from = Date::Ymd(2023, 6, 30), .signed_to = Date::Ymd(2023, 6, 30)}).size(), 3u);
  EXPECT_EQ(titles({.signed_to = Date::Y(2022)}), (std::vector<std::string>{"roadmap"}));
  // The 2023-2025 programme has ended by 2026; the treaty has no end.
  EXPECT_EQ(titles({.states = {"KAZ", "TJK"}, .active_on = Date::Ymd(2026, 1, 1)}),
            (std::vector<std::string>{"memorandum", "sister_city", "treaty"}));
  EXPECT_EQ(titles({.states = {"KAZ", "TJK"}, .active_on = Date::Ymd(2024, 8, 21)}),
            (std::vector<std::string>{"memorandum", "sister_city", "programme"}));
  EXPECT_EQ(titles({.active_on = Date::Ymd(2022, 12, 31)}).size(), 1u);
  auto bad = r.ListAgreements({.area = "agricultre"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "area: unknown area \"agricultre\"; did you mean agriculture, culture?");
}

TEST(RegistryEdit, ReplaceAndRemove) {
  TempDir dir;
  auto reg = OpenEmpty(dir);
  auto a = reg->UpsertAgreement(MakeAgreement("First"));
  auto b = reg->UpsertAgreement(MakeAgreement("Second"));
  Agreement edited = MakeAgreement("First, amended");
  edited.status = "in_force";
  ASSERT_TRUE(reg->ReplaceAgreement(a->id, edited).ok());
  EXPECT_EQ(reg->GetAgreement(a->id)->title, "First, amended");
  EXPECT_EQ(reg->GetAgreement(a->id)->status, "in_force");
  Status clash = reg->ReplaceAgreement(a->id, MakeAgreement("second"));
  EXPECT_EQ(clash.message(), "agreement 2 already has the same parties, kind, signing date and title");
  ASSERT_TRUE(reg->RemoveAgreement(b->id).ok());
  EXPECT_EQ(reg->RemoveAgreement(b->id).message(), "no agreement with id 2");
  EXPECT_EQ(reg->GetAgreement(99).status().message(), "no agreement with id 99");
  EXPECT_EQ(reg->ListAgreements()->size(), 1u);
  // Children go with the agreement (foreign keys cascade).
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(reg->db_for_testing(), "SELECT count(*) FROM agreement_parties", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 2);
  sqlite3_finalize(st);
}

TEST(RegistryTargets, DedupAndRemove) {
  TempDir dir;
  auto reg = OpenEmpty(dir);
  Target t{.state_a = "TJK", .state_b = "KAZ", .value = 2000000000, .stated_on = Date::Ymd(2024, 8, 22)};
  auto first = reg->UpsertTarget(t);
  ASSERT_TRUE(first.ok()) << first.status().message();
  t.state_a = "KAZ";
  t.state_b = "TJK";  // total trade is symmetric
  t.stated_by = "Tokayev";
  auto second = reg->UpsertTarget(t);
  EXPECT_FALSE(second->created);
  auto list = reg->ListTargets({.states = {"KAZ"}});
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().stated_by, "Tokayev");
  t.target_year = 2030;
  EXPECT_TRUE(reg->UpsertTarget(t)->created);
  EXPECT_EQ(reg->ListTargets({.states = {"KAZ", "TJK"}})->size(), 2u);
  EXPECT_EQ(reg->ListTargets({.states = {"KAZ", "UZB"}})->size(), 0u);
  ASSERT_TRUE(reg->RemoveTarget(first->id).ok());
  EXPECT_EQ(reg->RemoveTarget(first->id).message(), "no target with id 1");
}

TEST(RegistryAreas, AnnouncementsMergeOnPairAndDate) {
  TempDir dir;
  auto reg = OpenEmpty(dir);
  AreaAnnouncement a{.state_a = "KAZ", .state_b = "TJK", .date = Date::Ymd(2024, 8, 22),
                     .areas = {"water and energy"}};
  EXPECT_EQ(reg->UpsertAreaAnnouncement(a).status().message(),
            "areas[0]: unknown area \"water and energy\"");
  a.areas = {"Transportation", "space technologies"};
  ASSERT_TRUE(reg->UpsertAreaAnnouncement(a).ok());
  a.areas = {"water"};
  a.state_a = "TJK";
  a.state_b = "KAZ";
  EXPECT_FALSE(reg->UpsertAreaAnnouncement(a)->created);
  auto list = reg->ListAreaAnnouncements({.states = {"TJK"}, .area = "space"});
  ASSERT_EQ(list->size(), 1u);
  EXPECT_EQ(list->front().areas, (std::vector<std::string>{"space", "transport", "water"}));
  ASSERT_TRUE(reg->AddArea("mining_and_metals").ok());
  EXPECT_EQ(reg->CanonicalArea("Mining and metals").value(), "mining_and_metals");
  EXPECT_EQ(reg->AddArea("Bad Name").message(), "area: expected lowercase letters, digits and _, got \"Bad Name\"");
  ASSERT_TRUE(reg->AddKind("exchange_of_notes").ok());
  EXPECT_TRUE(reg->UpsertAgreement(MakeAgreement("Notes", "exchange of notes")).ok());
}

TEST(RegistryMigrations, OpensAVersion1FileAndUpgradesIt) {
  TempDir dir;
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.db().c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(Exec(db, "BEGIN").ok());
    ASSERT_TRUE(Migrate(db, 1).ok());
    ASSERT_TRUE(Exec(db, "INSERT INTO agreements(id, dedup_key, title, kind, signed, signed_first, "
                         "signed_last) VALUES (7, 'KAZ,TJK,|treaty|2024-08-22|x', 'Old treaty', "
                         "'treaty', '2024-08-22', '2024-08-22', '2024-08-22');"
                         "INSERT INTO agreement_parties VALUES (7, 0, 'KAZ', '', '', NULL);"
                         "INSERT INTO agreement_parties VALUES (7, 1, 'TJK', '', '', NULL);"
                         "COMMIT")
                    .ok());
    EXPECT_EQ(SchemaVersion(db).value(), 1);
    sqlite3_close(db);
  }
  auto reg = Registry::Open(dir.db());
  ASSERT_TRUE(reg.ok()) << reg.status().message();
  EXPECT_EQ((*reg)->schema_version(), 2);
  auto a = (*reg)->GetAgreement(7);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->title, "Old treaty");
  EXPECT_EQ(a->relationship_level, "");
  EXPECT_TRUE(a->signatories.empty());
  // An upgraded file is not re-seeded: only a new file gets the built-in knowledge.
  EXPECT_EQ((*reg)->ListAgreements()->size(), 1u);
  Agreement edit = *a;
  edit.relationship_level = "strategic partnership";
  edit.signatories = {"A", "B"};
  ASSERT_TRUE((*reg)->ReplaceAgreement(7, edit).ok());
  EXPECT_EQ((*reg)->GetAgreement(7)->signatories.size(), 2u);
}

// A file made before an area was built in (data/reference/areas.csv gained it) learns it
// when opened; an area a user had added and that is now built in becomes built in.
TEST(RegistryMigrations, AFileLearnsNewBuiltinAreas) {
  TempDir dir;
  OpenEmpty(dir).reset();
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.db().c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(Exec(db, "DELETE FROM areas WHERE name = 'youth'; UPDATE areas SET builtin = 0 WHERE name = 'sport'").ok());
    ASSERT_TRUE(LacksBuiltinAreas(db).value());
    sqlite3_close(db);
  }
  auto reg = OpenEmpty(dir);
  auto areas = reg->Areas();
  ASSERT_TRUE(areas.ok());
  EXPECT_EQ(*areas, BuiltinAreas());
  AreaAnnouncement a{.state_a = "KAZ", .state_b = "TJK", .date = Date::Ymd(2024, 8, 22), .areas = {"youth", "sports"}};
  ASSERT_TRUE(reg->UpsertAreaAnnouncement(a).ok());
  EXPECT_TRUE(reg->Export()->custom_areas.empty());
}

TEST(RegistryMigrations, RefusesNewerAndForeignFiles) {
  TempDir dir;
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.db().c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(Exec(db, "CREATE TABLE t(x); PRAGMA user_version = 0").ok());
    sqlite3_close(db);
  }
  auto foreign = Registry::Open(dir.db());
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.status().code(), StatusCode::kCorrupt);
  EXPECT_EQ(foreign.status().message(), "registry: the database holds tables that are not a dyad registry (" +
                                             dir.db().string() + ")");
  std::filesystem::remove(dir.db());
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.db().c_str(), &db), SQLITE_OK);
    ASSERT_TRUE(Exec(db, "PRAGMA user_version = 99").ok());
    sqlite3_close(db);
  }
  auto newer = Registry::Open(dir.db());
  ASSERT_FALSE(newer.ok());
  EXPECT_EQ(newer.status().message(), "registry: schema version 99 is newer than this dyad supports (2); "
                                      "upgrade dyad (" + dir.db().string() + ")");
  TempDir other;
  std::ofstream(other.db()) << "this is not an SQLite file, just text, long enough to be read";
  auto garbage = Registry::Open(other.db());
  ASSERT_FALSE(garbage.ok());
  EXPECT_EQ(garbage.status().code(), StatusCode::kCorrupt);
}

}  // namespace
}  // namespace dyad::registry
