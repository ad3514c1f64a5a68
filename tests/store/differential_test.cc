// Every pre-aggregate and every decoded row against a naive row-by-row sum of random
// flows, over many seeds (grouped and shuffled input, one and two reporting sides).
#include <gtest/gtest.h>

#include <map>

#include "store_test_util.h"

namespace dyad::store {
namespace {

using testing::Add;
using testing::TempDir;

struct Naive {
  std::map<std::tuple<uint16_t, int, uint16_t, uint16_t>, FlowTotal> pairs;
  std::map<std::tuple<uint16_t, int, uint16_t, uint16_t, int>, FlowTotal> chapters;
  std::map<std::tuple<uint16_t, int, uint16_t>, FlowTotal> exports, imports;
  std::map<std::tuple<uint16_t, int, uint32_t>, FlowTotal> products;
  std::map<std::tuple<uint16_t, int, uint16_t, uint16_t, uint32_t>, ProductFlow> rows;
};

Naive Sum(const std::vector<ProductFlow>& flows) {
  Naive n;
  for (const ProductFlow& f : flows) {
    int s = static_cast<int>(f.side);
    Add(&n.pairs[{f.year, s, f.exporter, f.importer}], f);
    Add(&n.chapters[{f.year, s, f.exporter, f.importer, static_cast<int>(f.hs6 / 10000)}], f);
    Add(&n.exports[{f.year, s, f.exporter}], f);
    Add(&n.imports[{f.year, s, f.importer}], f);
    Add(&n.products[{f.year, s, f.hs6}], f);
    n.rows[{f.year, s, f.exporter, f.importer, f.hs6}] = f;
  }
  return n;
}

class DifferentialTest : public ::testing::TestWithParam<uint32_t> {};

TEST_P(DifferentialTest, PreAggregatesEqualNaiveSums) {
  uint32_t seed = GetParam();
  bool grouped = seed % 2 == 0, two_sides = seed % 3 == 0;
  size_t n = 200 + (seed * 7919) % 6000;
  // Every fifth seed: few countries and many products, so pairs have more than
  // kChapterMinRows rows and their chapter totals are stored rather than derived.
  bool big_pairs = seed % 5 == 0;
  auto flows = big_pairs ? testing::RandomFlows(seed, 8000, 2018, 2019, 3, 3000, grouped, two_sides)
                         : testing::RandomFlows(seed, n, 2018, 2018 + seed % 4, 4 + seed % 25,
                                                5 + seed % 90, grouped, two_sides);
  Naive naive = Sum(flows);
  TempDir tmp;
  auto store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(testing::Import(store.get(), "d", flows).ok());
  auto snap = std::move(store->OpenSnapshot().value());
  const Dataset* d = snap->FindDataset("d");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->product_rows(), flows.size());

  for (const auto& [key, total] : naive.pairs) {
    auto [year, side, e, i] = key;
    auto got = d->PairYear(year, e, i, static_cast<Side>(side));
    ASSERT_TRUE(got.has_value());
    EXPECT_TRUE(*got == total) << "pair " << year << " " << e << "->" << i;
  }
  size_t series_rows = 0;
  for (uint16_t e = 0; e < 30; ++e) {
    for (uint16_t i = 0; i < 30; ++i) {
      for (const PairYearTotal& t : d->PairYears(e, i)) {
        auto it = naive.pairs.find({t.year, static_cast<int>(t.side), e, i});
        ASSERT_NE(it, naive.pairs.end());
        EXPECT_TRUE(it->second == t.total);
        ++series_rows;
      }
    }
  }
  EXPECT_EQ(series_rows, naive.pairs.size());

  for (uint16_t year : d->years()) {
    for (int side = 0; side < 3; ++side) {
      Side s = static_cast<Side>(side);
      for (uint16_t c = 0; c < 30; ++c) {
        auto ct = d->CountryYear(year, c, s);
        auto ex = naive.exports.find({year, side, c});
        auto im = naive.imports.find({year, side, c});
        if (ex == naive.exports.end() && im == naive.imports.end()) {
          EXPECT_FALSE(ct.has_value());
          EXPECT_TRUE(d->Partners(year, c, s).empty());
          continue;
        }
        ASSERT_TRUE(ct.has_value());
        EXPECT_TRUE(ct->exports == (ex == naive.exports.end() ? FlowTotal{} : ex->second));
        EXPECT_TRUE(ct->imports == (im == naive.imports.end() ? FlowTotal{} : im->second));
        FlowTotal partner_exports, partner_imports;
        for (const PairYearTotal& t : d->Partners(year, c, s)) {
          ASSERT_TRUE(t.exporter == c || t.importer == c);
          FlowTotal* into = t.exporter == c ? &partner_exports : &partner_imports;
          into->value_usd += t.total.value_usd;
          into->quantity_kg += t.total.quantity_kg;
          into->rows += t.total.rows;
          into->rows_with_quantity += t.total.rows_with_quantity;
        }
        EXPECT_TRUE(partner_exports == ct->exports);
        EXPECT_TRUE(partner_imports == ct->imports);
      }
      std::map<uint32_t, FlowTotal> world;
      for (const ProductTotal& p : d->ProductWorldTotals(year, s)) world[p.hs6] = p.total;
      size_t expected = 0;
      for (const auto& [key, total] : naive.products) {
        if (std::get<0>(key) != year || std::get<1>(key) != side) continue;
        ++expected;
        EXPECT_TRUE(world[std::get<2>(key)] == total);
      }
      EXPECT_EQ(world.size(), expected);
    }
    size_t rows = 0;
    ASSERT_TRUE(d->ForEachRow(year, [&](const ProductFlow& f) {
      auto it = naive.rows.find({f.year, static_cast<int>(f.side), f.exporter, f.importer, f.hs6});
      EXPECT_NE(it, naive.rows.end());
      if (it != naive.rows.end()) {
        EXPECT_EQ(it->second.value_usd, f.value_usd);
        EXPECT_EQ(it->second.quantity_kg, f.quantity_kg);
      }
      ++rows;
      return Status::Ok();
    }).ok());
    size_t expected_rows = 0;
    for (const auto& [key, f] : naive.rows) expected_rows += std::get<0>(key) == year ? 1 : 0;
    EXPECT_EQ(rows, expected_rows);
  }
  for (const auto& [key, total] : naive.chapters) {
    auto [year, side, e, i, chapter] = key;
    auto chapters = d->PairChapters(year, e, i, static_cast<Side>(side));
    ASSERT_TRUE(chapters.ok());
    bool found = false;
    for (const ChapterTotal& c : *chapters) {
      if (c.chapter == chapter) {
        found = true;
        EXPECT_TRUE(c.total == total);
      }
    }
    EXPECT_TRUE(found);
  }
  ASSERT_TRUE(store->Verify(nullptr).ok());
}

INSTANTIATE_TEST_SUITE_P(Seeds, DifferentialTest, ::testing::Range(1u, 41u));

}  // namespace
}  // namespace dyad::store
