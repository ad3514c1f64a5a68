#include "registry/json_io.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace dyad::registry {
namespace {

using testing::MakeAgreement;
using testing::TempDir;

std::string ExportText(Registry& reg) {
  auto data = reg.Export();
  EXPECT_TRUE(data.ok()) << data.status().message();
  return RegistryToJson(*data).dump(2);
}

TEST(RegistryJson, ExportThenImportIntoEmptyRegistryGivesIdenticalExport) {
  TempDir a_dir, b_dir;
  auto a = Registry::Open(a_dir.db());
  ASSERT_TRUE(a.ok());
  ASSERT_TRUE((*a)->AddArea("hydro_meteorology").ok());
  ASSERT_TRUE((*a)->AddKind("exchange_of_notes").ok());
  Agreement cyr = MakeAgreement("Договор о союзнических отношениях", "exchange_of_notes");
  cyr.parties.push_back(Party{"KAZ", "Министерство иностранных дел", "ministry", Date::Ymd(2023, 6, 1)});
  cyr.areas = {"hydro_meteorology", "water"};
  cyr.signatories = {"Мурат Нуртлеу"};
  cyr.sources = {Source{"Kazinform", "https://example.kz/a", "", Date::Ym(2023, 5), "«Цитата»; with; semicolons"}};
  ASSERT_TRUE((*a)->UpsertAgreement(cyr).ok());
  ASSERT_TRUE((*a)->UpsertTarget(Target{.state_a = "KAZ", .state_b = "TJK", .metric = "exports",
                                        .value = 1500000000, .target_year = 2030})
                  .ok());
  std::string first = ExportText(**a);

  auto parsed = ParseRegistryJson(first, "export.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  auto b = Registry::Open(b_dir.db(), OpenOptions{.seed = false});
  ASSERT_TRUE(b.ok());
  auto summary = (*b)->Import(*parsed);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->agreements_created, 5);
  EXPECT_EQ(summary->targets_created, 2);
  EXPECT_TRUE(ExportText(**b) == first) << ExportText(**b);
  EXPECT_NE(first.find("Договор о союзнических отношениях"), std::string::npos);

  // Importing the same file again merges everything and changes nothing.
  auto again = (*b)->Import(*parsed);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->agreements_merged, 5);
  EXPECT_EQ(again->agreements_created, 0);
  EXPECT_TRUE(ExportText(**b) == first);
}

TEST(RegistryJson, ABadEntryRejectsTheWholeImport) {
  TempDir dir;
  auto reg = Registry::Open(dir.db(), OpenOptions{.seed = false});
  ASSERT_TRUE(reg.ok());
  const char* text = R"({"agreements": [
    {"title": "Good one", "kind": "agreement", "parties": ["KAZ", "TJK"], "signed": "2023"},
    {"title": "Bad one", "kind": "agreement", "parties": ["KAZ", "TJK"], "signed": "2023",
     "valid_from": "2024", "valid_to": "2023-12-31"}]})";
  auto parsed = ParseRegistryJson(text, "in.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  auto r = (*reg)->Import(*parsed);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "agreements[1].valid_to: 2023-12-31 is before valid_from 2024");
  EXPECT_EQ((*reg)->ListAgreements()->size(), 0u);
}

struct BadJson {
  const char* text;
  const char* message;
};

class RegistryJsonErrors : public ::testing::TestWithParam<BadJson> {};

TEST_P(RegistryJsonErrors, NameThePlace) {
  auto r = ParseRegistryJson(GetParam().text, "f.json");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), GetParam().message);
}

INSTANTIATE_TEST_SUITE_P(
    All, RegistryJsonErrors,
    ::testing::Values(
        BadJson{"{\n  \"agreements\": [\n    {\"title\": 5}]}",
                "f.json: agreements[0].title: expected a string, got a number"},
        BadJson{"{\"agreements\": [{\"title\": \"x\", \"signed\": \"2023-02-30\"}]}",
                "f.json: agreements[0].signed: invalid date \"2023-02-30\": February 2023 has 28 days"},
        BadJson{"{\"agreements\": [{\"titel\": \"x\"}]}",
                "f.json: agreements[0]: unknown field \"titel\"; expected one of id, title, kind, level, "
                "parties, signed, place, signatories, valid_from, valid_to, status, areas, "
                "relationship_level, notes, sources"},
        BadJson{"{\"agreements\": [\n{\"title\": \"x\",,}]}",
                "f.json:2:15: JSON syntax error while parsing object key - unexpected ','; expected "
                "string literal"},
        BadJson{"{\"agreements\": [{\"title\": \"caf\xC3\"}]}", "f.json:1:31: invalid UTF-8"},
        BadJson{"[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]", "f.json:1:17: nesting deeper than 16 levels"},
        BadJson{"{\"targets\": [{\"pair\": [\"KAZ\"], \"value\": 1}]}",
                "f.json: targets[0].pair: expected two countries, got 1"},
        BadJson{"{\"targets\": [{\"pair\": [\"KAZ\", \"TJK\"], \"value\": 1.5}]}",
                "f.json: targets[0].value: expected a whole number, got 1.5"},
        BadJson{"{\"version\": 2}", "f.json: version: unsupported version 2 (this dyad reads 1)"},
        BadJson{"42", "f.json: expected a JSON object or array, got a number"},
        // Found by the fuzzer: an overflowing number threw an uncaught exception.
        BadJson{"{\"targets\": [{\"value\": 99999E999999999}]}",
                "f.json: JSON number overflow parsing '99999E999999999'"}));

TEST(RegistryJson, BareArrayAndShorthandParties) {
  auto r = ParseRegistryJson(R"([{"title": "T", "kind": "treaty", "parties": ["KAZ", {"state": "TJK",
      "name": "Khujand", "kind": "city"}]}])", "a.json");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->agreements.size(), 1u);
  EXPECT_EQ(r->agreements[0].parties[1].name, "Khujand");
}

}  // namespace
}  // namespace dyad::registry
