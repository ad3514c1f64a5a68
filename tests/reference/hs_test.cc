#include "reference/hs.h"

#include <map>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "shared_files.h"

namespace dyad::reference {
namespace {

using testing::Column;
using testing::SharedCsv;

const Hs& H() { return Hs::Builtin(); }

const ProductGroup& Group(std::string_view query) {
  auto r = H().FindGroup(query);
  EXPECT_TRUE(r.ok()) << r.status().message();
  static const ProductGroup kEmpty;
  return r.ok() ? **r : kEmpty;
}

TEST(HsTest, SectionsAndChapters) {
  ASSERT_EQ(H().sections().size(), 21u);
  EXPECT_EQ(H().chapters().size(), 97u);
  const HsChapter* c27 = H().Chapter(27);
  ASSERT_NE(c27, nullptr);
  EXPECT_EQ(c27->name, "Mineral fuels, oils, electricity");
  EXPECT_EQ(H().SectionOfChapter(27)->roman, "V");
  EXPECT_EQ(H().SectionOfChapter(27)->name, "Mineral products");
  EXPECT_EQ(H().SectionOfProduct(270900), 5);
  EXPECT_EQ(H().SectionOfProduct(10121), 1);   // 010121 horses
  EXPECT_EQ(H().SectionOfProduct(970100), 21);
  EXPECT_EQ(H().SectionOfProduct(990000), 0);
  EXPECT_EQ(H().SectionOfProduct(-1), 0);
  EXPECT_EQ(H().SectionOfProduct(1000000), 0);
  EXPECT_EQ(H().Chapter(0), nullptr);
  EXPECT_EQ(H().Chapter(98), nullptr);
  EXPECT_EQ(H().Chapter(1000), nullptr);
  EXPECT_EQ(H().Section(0), nullptr);
  EXPECT_EQ(H().Section(22), nullptr);
}

// Section of every chapter and every HS6 code agrees with the HS 2017 nomenclature, and
// the section list with the shared hs-sections.csv.
TEST(HsTest, MatchesSharedHs2017) {
  auto sections = SharedCsv("data/reference/hs-sections.csv");
  ASSERT_EQ(sections.size(), 22u);  // header + 21
  for (size_t i = 1; i < sections.size(); ++i) {
    EXPECT_EQ(H().Section(static_cast<int>(i))->roman, sections[i].fields[0]);
  }
  auto rows = SharedCsv("data/reference/hs2017.csv");
  ASSERT_GT(rows.size(), 5000u);
  int sec = Column(rows[0], "section"), code = Column(rows[0], "hscode");
  int level = Column(rows[0], "level");
  ASSERT_GE(std::min({sec, code, level}), 0);
  std::set<int> chapters_seen;
  int products = 0;
  for (size_t i = 1; i < rows.size(); ++i) {
    const auto& f = rows[i].fields;
    // Chapter 99 "not specified" lies outside the 21 sections; TOTAL is the root.
    if (f[code].empty() || f[sec] == "TOTAL" || f[code] == "TOTAL") continue;
    int n = std::stoi(f[code]);
    if (f[level] == "2") {
      chapters_seen.insert(n);
      ASSERT_NE(H().SectionOfChapter(n), nullptr) << n;
      EXPECT_EQ(H().SectionOfChapter(n)->roman, f[sec]) << "chapter " << n;
    } else if (f[level] == "6") {
      const HsSection* s = H().Section(H().SectionOfProduct(n));
      ASSERT_NE(s, nullptr) << f[code];
      EXPECT_EQ(s->roman, f[sec]) << f[code];
      ++products;
    }
  }
  EXPECT_EQ(chapters_seen.size(), 96u);  // 01-97 without the reserved 77
  EXPECT_EQ(chapters_seen.count(77), 0u);
  EXPECT_GT(products, 5000);
}

// Every code of every product group names at least one real HS 2017 product.
TEST(HsTest, EveryGroupCodeExistsInHs2017) {
  auto rows = SharedCsv("data/reference/hs2017.csv");
  ASSERT_GT(rows.size(), 5000u);
  int code = Column(rows[0], "hscode");
  std::set<std::string> codes;
  for (size_t i = 1; i < rows.size(); ++i) codes.insert(rows[i].fields[code]);
  for (const ProductGroup& g : H().groups()) {
    for (const std::string& p : g.prefixes) {
      EXPECT_TRUE(codes.count(p) > 0) << g.name << ": " << p;
    }
    for (const std::string& p : g.excluded) {
      EXPECT_TRUE(codes.count(p) > 0) << g.name << " excludes " << p;
    }
  }
}

TEST(HsTest, FindGroupByNameAliasPlural) {
  EXPECT_EQ(Group("oil").name, "oil");
  EXPECT_EQ(Group("Oil").name, "oil");
  EXPECT_EQ(Group("oils").name, "oil");
  EXPECT_EQ(Group("petroleum").name, "oil");
  EXPECT_EQ(Group("oil products").name, "oil products");
  EXPECT_EQ(Group("petroleum products").name, "oil products");
  EXPECT_EQ(Group("food").name, "food products");
  EXPECT_EQ(Group("foodstuffs").name, "food products");
  EXPECT_EQ(Group("food product").name, "food products");
  EXPECT_EQ(Group("fruit").name, "fruits");
  EXPECT_EQ(Group("FRUITS").name, "fruits");
  EXPECT_EQ(Group("vegetable").name, "vegetables");
  EXPECT_EQ(Group("cereals").name, "grain");
  EXPECT_EQ(Group("grains").name, "grain");
  EXPECT_EQ(Group("metal").name, "metals");
  EXPECT_EQ(Group("aluminum").name, "aluminium");
  EXPECT_EQ(Group("fertilisers").name, "fertilizers");
  EXPECT_EQ(Group("apparel").name, "clothing");
  EXPECT_EQ(Group("potatoes").name, "potatoes");
  EXPECT_EQ(Group("potato").name, "potatoes");
  EXPECT_EQ(Group("glass").name, "glass");
  EXPECT_EQ(Group("natural gas").name, "natural gas");
  EXPECT_EQ(Group("gas").name, "petroleum gases");
  auto r = H().FindGroup("fruts");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().message(), "unknown product group \"fruts\"; did you mean fruits?");
  EXPECT_EQ(H().FindGroup("xylophones").status().message(), "unknown product group \"xylophones\"");
}

TEST(HsTest, GroupMembership) {
  EXPECT_TRUE(Group("oil").Contains(270900));
  EXPECT_TRUE(Group("oil").Contains(271012));
  EXPECT_FALSE(Group("oil").Contains(271111));
  EXPECT_TRUE(Group("natural gas").Contains(271111));
  EXPECT_TRUE(Group("natural gas").Contains(271121));
  EXPECT_FALSE(Group("natural gas").Contains(271112));
  EXPECT_TRUE(Group("coal").Contains(270112));
  EXPECT_TRUE(Group("coal").Contains(270400));
  EXPECT_FALSE(Group("coal").Contains(270500));
  EXPECT_TRUE(Group("metals").Contains(760110));
  EXPECT_TRUE(Group("metals").Contains(710812));
  EXPECT_FALSE(Group("metals").Contains(711311));  // jewellery
  EXPECT_FALSE(Group("metals").Contains(260300));  // copper ore
  EXPECT_TRUE(Group("food products").Contains(10121));
  EXPECT_TRUE(Group("food products").Contains(240120));
  EXPECT_FALSE(Group("food products").Contains(250100));
  EXPECT_TRUE(Group("fruits").Contains(81310));   // dried apricots
  EXPECT_FALSE(Group("fruits").Contains(80211));  // almonds are nuts
  EXPECT_TRUE(Group("nuts").Contains(80211));
  EXPECT_TRUE(Group("dried fruits").Contains(81310));
  EXPECT_TRUE(Group("dried fruits").Contains(80620));
  EXPECT_FALSE(Group("dried fruits").Contains(80610));  // fresh grapes
  EXPECT_TRUE(Group("agricultural products").Contains(520100));  // raw cotton
  EXPECT_FALSE(Group("agricultural products").Contains(30211));  // fish
  EXPECT_FALSE(Group("agricultural products").Contains(160414));
  EXPECT_TRUE(Group("agricultural products").Contains(160100));
  EXPECT_TRUE(Group("flour").Contains(110100));
  EXPECT_FALSE(Group("flour").Contains(110311));
  EXPECT_FALSE(Group("oil").Contains(-270900));
  EXPECT_FALSE(Group("oil").Contains(2709000));
  EXPECT_EQ(Group("metals").codes_text, "72-76;78-81;7106-7112");
  EXPECT_EQ(Group("coal").prefixes, (std::vector<std::string>{"2701", "2702", "2703", "2704"}));
}

TEST(HsTest, ParseErrorsAndUserGroups) {
  const std::string header = "name,aliases,codes,excluded,description\n";
  auto err = [&](const std::string& body) {
    auto r = ParseProductGroups(header + body, "p.csv");
    return r.ok() ? std::string("ok") : r.status().message();
  };
  EXPECT_EQ(err("x,,27,,\n"), "ok");
  EXPECT_EQ(err("x,,270,,\n"),
            "p.csv:2: expected HS prefixes of 2, 4 or 6 digits or ranges like 2701-2704, "
            "found \"270\"");
  EXPECT_EQ(err("x,,2704-2701,,\n"),
            "p.csv:2: expected HS prefixes of 2, 4 or 6 digits or ranges like 2701-2704, "
            "found \"2704-2701\"");
  EXPECT_EQ(err("x,,27-2704,,\n"),
            "p.csv:2: expected HS prefixes of 2, 4 or 6 digits or ranges like 2701-2704, "
            "found \"27-2704\"");
  EXPECT_EQ(err("x,,,,\n"), "p.csv:2: codes: empty");

  Hs hs = H();
  ASSERT_TRUE(hs.LoadUserGroups(header +
                                    "oil,petroleum,2709,,crude only\n"
                                    "dried apricots,,081310,,\n",
                                "user.csv")
                  .ok());
  EXPECT_EQ(hs.FindGroup("oil").value()->prefixes, std::vector<std::string>{"2709"});
  EXPECT_TRUE(hs.FindGroup("oil").value()->user_defined);
  EXPECT_TRUE(hs.FindGroup("dried apricot").ok());
  EXPECT_EQ(H().FindGroup("oil").value()->prefixes.size(), 2u);  // built-in untouched
  Status bad = hs.LoadUserGroups(header + "my food,food,01-24,,\n", "user.csv");
  EXPECT_EQ(bad.message(),
            "user.csv: product group name \"food\" of \"my food\" is already used by \"food products\"");
  EXPECT_FALSE(hs.FindGroup("my food").ok());  // a rejected file changes nothing
  EXPECT_TRUE(hs.FindGroup("dried apricots").ok());
}

}  // namespace
}  // namespace dyad::reference
