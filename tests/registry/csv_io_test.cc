#include "registry/csv_io.h"

#include <gtest/gtest.h>

#include "registry/json_io.h"
#include "test_util.h"

namespace dyad::registry {
namespace {

using testing::MakeAgreement;
using testing::TempDir;

TEST(RegistryCsv, PartiesWithNamesKindsDatesAndEscapes) {
  Party p{"KAZ", "Min: of;Trade@HQ", "ministry", Date::Ymd(2024, 1, 5)};
  std::string text = PartyToText(p);
  EXPECT_EQ(text, "Min\\: of\\;Trade\\@HQ:KAZ:ministry@2024-01-05");
  auto back = PartyFromText(text);
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(*back, p);
  EXPECT_EQ(PartyFromText("TJK")->state, "TJK");
  EXPECT_EQ(PartyFromText("Khujand:TJK")->name, "Khujand");
  EXPECT_EQ(PartyFromText("a:b:c:d").status().message(), "expected NAME:STATE:KIND@DATE, got \"a:b:c:d\"");
  EXPECT_EQ(SplitList("a\\;b;c\\\\;"), (std::vector<std::string>{"a;b", "c\\", ""}));
  EXPECT_EQ(JoinList({"a;b", "c\\", ""}), "a\\;b;c\\\\;");
}

TEST(RegistryCsv, ExportImportGivesTheSameAgreements) {
  TempDir a_dir, b_dir;
  auto a = Registry::Open(a_dir.db());
  ASSERT_TRUE(a.ok());
  Agreement x = MakeAgreement("Договор, \"в кавычках\"\nи на двух строках", "treaty");
  x.parties.push_back(Party{"TJK", "Khujand", "city", Date::Y(2024)});
  x.sources = {Source{"", "https://a.example/x;y", "", std::nullopt, ""},
               Source{"Second; with semicolon", "", "f.txt", Date::Ym(2024, 2), "q,\"q\""}};
  x.signatories = {"A; B", "C"};
  ASSERT_TRUE((*a)->UpsertAgreement(x).ok());
  auto exported = (*a)->Export();
  std::string csv = AgreementsToCsv(exported->agreements);

  auto parsed = ParseAgreementsCsv(csv, "x.csv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->agreement_origins[0], "x.csv:2");
  auto b = Registry::Open(b_dir.db(), OpenOptions{.seed = false});
  ASSERT_TRUE((*b)->Import(*parsed).ok());
  auto back = (*b)->Export();
  ASSERT_EQ(back->agreements.size(), exported->agreements.size());
  for (size_t i = 0; i < back->agreements.size(); ++i) {
    Agreement want = exported->agreements[i], got = back->agreements[i];
    want.id = got.id = 0;
    EXPECT_EQ(AgreementToJson(got).dump(), AgreementToJson(want).dump());
  }
}

TEST(RegistryCsv, ErrorsNameFileAndLine) {
  auto r = ParseAgreementsCsv("title,kind,parties\n\"open,treaty,KAZ\n", "f.csv");
  EXPECT_EQ(r.status().message(), "f.csv:2: unterminated quoted field");
  r = ParseAgreementsCsv("title,kind,parties\nT,treaty\n", "f.csv");
  EXPECT_EQ(r.status().message(), "f.csv:2: expected 3 fields, got 2");
  r = ParseAgreementsCsv("title,kind\n", "f.csv");
  EXPECT_EQ(r.status().message(), "f.csv:1: missing column \"parties\"");
  r = ParseAgreementsCsv("title,kind,parties\nT,treaty,KAZ;Khujand:TJK@2024-02-30\n", "f.csv");
  EXPECT_EQ(r.status().message(),
            "f.csv:2: parties[1]: invalid date \"2024-02-30\": February 2024 has 29 days");
  r = ParseAgreementsCsv("title,kind,parties\nT\xFF,treaty,KAZ\n", "f.csv");
  EXPECT_EQ(r.status().message(), "f.csv:2: invalid UTF-8");
}

}  // namespace
}  // namespace dyad::registry
