#include "reference/areas.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "embedded/areas_csv.h"

namespace dyad::reference {
namespace {

std::string CodeOf(std::string_view query) {
  const Area* a = Areas::Builtin().TryFind(query);
  return a == nullptr ? "" : a->code;
}

TEST(Areas, BuiltinTableParses) {
  auto parsed = Areas::Parse(embedded::areas_csv(), "areas.csv");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_EQ(parsed->all().size(), Areas::Builtin().all().size());
}

// The canonical set docs/registry.md promises. Registry files store these codes: a new
// one is learnt when a file is opened, a renamed or removed one needs a migration.
TEST(Areas, CanonicalCodes) {
  const std::vector<std::string> expected = {
      "agriculture", "culture",  "digitalization", "education", "energy",     "environment",
      "finance",     "health",   "industry",       "innovation", "investment", "mining",
      "science",     "security", "space",          "sport",      "tourism",    "trade",
      "transport",   "water",    "youth"};
  EXPECT_EQ(Areas::Builtin().codes(), expected);
  for (const Area& a : Areas::Builtin().all()) {
    EXPECT_FALSE(a.label.empty()) << a.code;
    EXPECT_EQ(&Areas::Builtin().all()[a.index], &a);
  }
}

// How spellings resolve. The first rows are the disagreement that made this table:
// "sports" was culture in text and sport in the registry.
TEST(Areas, SpellingsResolveToOneCode) {
  const std::pair<const char*, const char*> cases[] = {
      {"sports", "sport"},          {"Sport", "sport"},
      {"youth", "youth"},           {"humanitarian", "culture"},
      {"finance", "finance"},       {"banking", "finance"},
      {"investments", "investment"}, {"mining", "mining"},
      {"metallurgy", "industry"},   {"Transportation", "transport"},
      {"space technologies", "space"}, {"Space-Technologies", "space"},
      {"space_technologies", "space"}, {"  water   resources ", "water"},
      {"ICT", "digitalization"},    {"ict", "digitalization"},
      {"Digitalisation", "digitalization"},
      // "water and energy" is two areas, not one.
      {"water and energy", ""},     {"", ""},
  };
  for (const auto& [query, code] : cases) EXPECT_EQ(CodeOf(query), code) << query;
}

TEST(Areas, UnknownAreaSuggests) {
  EXPECT_EQ(Areas::Builtin().Find("sprots").status().message(),
            "unknown area \"sprots\"; did you mean sport?");
  EXPECT_EQ(Areas::Builtin().Find("atlantis").status().message(), "unknown area \"atlantis\"");
  EXPECT_EQ(Areas::Builtin().Find("Sports").value()->code, "sport");
}

TEST(Areas, BadRowsNameTheLine) {
  auto error = [](std::string_view csv) {
    auto r = Areas::Parse(csv, "a.csv");
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(error("code,label\nsport,Sport\n"),
            "a.csv:1: expected the header \"code,label,phrases\", found \"code,label\"");
  EXPECT_EQ(error("code,label,phrases\nsport,Sport\n"), "a.csv:2: expected 3 fields, found 2");
  EXPECT_EQ(error("code,label,phrases\n# comment\nSport,Sport,sports\n"),
            "a.csv:3: code: expected lowercase letters, digits and _, found \"Sport\"");
  EXPECT_EQ(error("code,label,phrases\n,Sport,sports\n"), "a.csv:2: code: empty");
  EXPECT_EQ(error("code,label,phrases\nsport,,sports\n"), "a.csv:2: label: empty");
  EXPECT_EQ(error("code,label,phrases\nsport,Sport,sports\nculture,Culture,arts;Sports\n"),
            "a.csv:3: phrase \"Sports\" already names area sport");
  EXPECT_EQ(error("code,label,phrases\nsport,Sport,\nsport,Sport,\n"),
            "a.csv:3: code \"sport\" already names area sport");
  EXPECT_EQ(error("code,label,phrases\nsport,Sport,\"sports\n"), "a.csv:2:13: quoted field is not closed");
}

}  // namespace
}  // namespace dyad::reference
