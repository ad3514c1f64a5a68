// The reference parsers take user files (groups.csv, product_groups.csv): damaged input
// must give an error or a consistent table, never a crash. Deterministic mutations of the
// built-in files stand in for a fuzzer here.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "embedded/countries_csv.h"
#include "embedded/groups_csv.h"
#include "embedded/product_groups_csv.h"
#include "reference/countries.h"
#include "reference/groups.h"
#include "reference/hs.h"

namespace dyad::reference {
namespace {

std::string Mutate(std::string text, std::mt19937& rng) {
  static const char kBytes[] = {',', '"', '\n', '\r', ';', '-', '#', '\xff', '\xc3', '0', '9', ' '};
  int edits = 1 + static_cast<int>(rng() % 4);
  for (int e = 0; e < edits && !text.empty(); ++e) {
    size_t pos = rng() % text.size();
    switch (rng() % 4) {
      case 0:
        text[pos] = kBytes[rng() % sizeof kBytes];
        break;
      case 1:
        text.insert(pos, 1, kBytes[rng() % sizeof kBytes]);
        break;
      case 2:
        text.erase(pos, 1 + rng() % 8);
        break;
      case 3:
        text.resize(pos);
        break;
    }
  }
  return text;
}

// A prefix of the file keeps parsing fast while keeping header and real rows.
std::string Head(std::string_view text, size_t lines) {
  size_t pos = 0;
  for (size_t i = 0; i < lines && pos != std::string_view::npos; ++i) {
    pos = text.find('\n', pos);
    if (pos != std::string_view::npos) ++pos;
  }
  return std::string(text.substr(0, pos == std::string_view::npos ? text.size() : pos));
}

TEST(ParseRobustnessTest, MutatedCountries) {
  std::mt19937 rng(1);
  std::string base = Head(embedded::countries_csv(), 60);
  int ok = 0;
  for (int i = 0; i < 400; ++i) {
    std::string text = Mutate(base, rng);
    auto parsed = Countries::Parse(text, "c.csv");
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.status().message().rfind("c.csv", 0), 0u) << parsed.status().message();
      continue;
    }
    ++ok;
    for (const Country& c : parsed->all()) {
      auto found = parsed->Find(c.name);
      ASSERT_TRUE(found.ok()) << c.name;
      EXPECT_EQ((*found)->code, c.code);
      EXPECT_EQ(parsed->FindByCode(c.code), &c);
    }
  }
  EXPECT_GT(ok, 0);
}

TEST(ParseRobustnessTest, MutatedGroups) {
  std::mt19937 rng(2);
  std::string base = Head(embedded::groups_csv(), 50);
  for (int i = 0; i < 400; ++i) {
    auto parsed = Groups::Parse(Mutate(base, rng), "g.csv");
    if (!parsed.ok()) {
      EXPECT_EQ(parsed.status().message().rfind("g.csv", 0), 0u) << parsed.status().message();
      continue;
    }
    for (const Group& g : parsed->all()) {
      ASSERT_TRUE(parsed->Find(g.code).ok()) << g.code;
      for (const Membership& m : g.memberships) {
        EXPECT_TRUE(parsed->IsMemberOn(g, m.country, m.from.First(),
                                       m.kind == MembershipKind::kAssociate) ||
                    m.kind == MembershipKind::kObserver);
      }
    }
  }
}

TEST(ParseRobustnessTest, MutatedProductGroups) {
  std::mt19937 rng(3);
  std::string base(embedded::product_groups_csv());
  for (int i = 0; i < 400; ++i) {
    Hs hs = Hs::Builtin();
    Status s = hs.LoadUserGroups(Mutate(base, rng), "p.csv");
    if (!s.ok()) {
      EXPECT_EQ(s.message().rfind("p.csv", 0), 0u) << s.message();
      continue;
    }
    for (const ProductGroup& g : hs.groups()) {
      ASSERT_TRUE(hs.FindGroup(g.name).ok()) << g.name;
      for (const std::string& p : g.prefixes) EXPECT_TRUE(p.size() == 2 || p.size() == 4 || p.size() == 6);
    }
  }
}

}  // namespace
}  // namespace dyad::reference
