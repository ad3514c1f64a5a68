// Differential tests: partners, composition, series, pair indicators and the RCA matrix
// computed by src/analytics over a real store (pre-aggregates, decoded blocks) against a
// naive row-by-row computation written here from the formulas, on random small worlds
// over hundreds of seeds.
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "analytics/composition.h"
#include "analytics/pair_indicators.h"
#include "analytics/partners.h"
#include "analytics/series.h"
#include "reference/countries.h"
#include "store/store.h"

namespace dyad::analytics {
namespace {

namespace fs = std::filesystem;

std::string fmt_chapter(uint32_t hs6) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02u", hs6 / 10000);
  return buf;
}

uint16_t Idx(const char* code) { return reference::Countries::Builtin().FindByCode(code)->index; }

const char* kCountries[] = {"KAZ", "TJK", "RUS", "CHN", "UZB", "KGZ", "TUR"};

// A random world over the years base_year and base_year + 1.
std::vector<store::ProductFlow> RandomWorld(uint32_t seed, int base_year) {
  std::mt19937 rng(seed);
  int ncountries = 3 + static_cast<int>(rng() % 5);
  int nproducts = 2 + static_cast<int>(rng() % 14);
  std::vector<uint32_t> products;
  for (int p = 0; p < nproducts; ++p) products.push_back((1 + rng() % 97) * 10000 + rng() % 9999);
  std::set<std::tuple<int, int, int, uint32_t>> seen;
  std::vector<store::ProductFlow> flows;
  int n = 5 + static_cast<int>(rng() % 120);
  for (int i = 0; i < n; ++i) {
    int e = static_cast<int>(rng() % ncountries), m = static_cast<int>(rng() % ncountries);
    if (e == m) continue;
    int year = base_year + static_cast<int>(rng() % 2);
    uint32_t hs6 = products[rng() % products.size()];
    if (!seen.insert({year, e, m, hs6}).second) continue;
    store::ProductFlow f;
    f.year = static_cast<uint16_t>(year);
    f.exporter = Idx(kCountries[e]);
    f.importer = Idx(kCountries[m]);
    f.hs6 = hs6;
    // Ties are likely with few distinct values: exercises rank ties.
    f.value_usd = 1000 * (1 + static_cast<int64_t>(rng() % (seed % 3 == 0 ? 5 : 100000)));
    flows.push_back(f);
  }
  return flows;
}

// The naive side: everything summed straight from the rows.
struct Naive {
  explicit Naive(const std::vector<store::ProductFlow>& rows, int y) : year(y) {
    for (const auto& f : rows) {
      if (f.year != y) continue;
      double v = static_cast<double>(f.value_usd);
      pair[{f.exporter, f.importer}] += v;
      pair_product[{f.exporter, f.importer, f.hs6}] += v;
      exports[f.exporter] += v;
      imports[f.importer] += v;
      exports_by_product[{f.exporter, f.hs6}] += v;
      imports_by_product[{f.importer, f.hs6}] += v;
      world_by_product[f.hs6] += v;
      world += v;
    }
  }
  double Pair(uint16_t e, uint16_t i) const { auto it = pair.find({e, i}); return it == pair.end() ? 0 : it->second; }
  int year;
  std::map<std::pair<uint16_t, uint16_t>, double> pair;
  std::map<std::tuple<uint16_t, uint16_t, uint32_t>, double> pair_product;
  std::map<uint16_t, double> exports, imports;
  std::map<std::pair<uint16_t, uint32_t>, double> exports_by_product, imports_by_product;
  std::map<uint32_t, double> world_by_product;
  double world = 0;
};

class AnalyticsDifferentialTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // tmpfs when there is one: 30 commits of fsyncs on a disk would dominate the test.
    std::error_code ec;
    fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    dir_ = new fs::path(base / ("dyad-analytics-diff-" + std::to_string(getpid())));
    fs::create_directories(*dir_);
    store_ = store::Store::Open(*dir_).value().release();
  }
  static void TearDownTestSuite() {
    delete store_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static std::shared_ptr<const store::Snapshot> Load(const std::vector<store::ProductFlow>& flows) {
    store::DatasetInfo info;
    info.name = "rand";
    info.kind = store::SourceKind::kSynthetic;
    info.synthetic = true;
    auto txn = store_->BeginImport(info);
    EXPECT_TRUE(txn.ok()) << txn.status().message();
    EXPECT_TRUE((*txn)->AddProductFlows(flows).ok());
    auto stats = (*txn)->Commit(nullptr);
    EXPECT_TRUE(stats.ok()) << stats.status().message();
    return store_->OpenSnapshot().value();
  }
  static fs::path* dir_;
  static store::Store* store_;
};
fs::path* AnalyticsDifferentialTest::dir_ = nullptr;
store::Store* AnalyticsDifferentialTest::store_ = nullptr;

constexpr double kEps = 1e-9;

TEST_F(AnalyticsDifferentialTest, EveryAggregateAndIndicatorMatchesNaive) {
  // Analytics work year by year, so ten independent worlds share one import (each in its
  // own two years): 300 seeds cost 30 commits.
  constexpr int kPerImport = 10;
  int checked_indicators = 0;
  for (uint32_t batch = 0; batch < 30; ++batch) {
   std::vector<store::ProductFlow> all;
   for (int w = 0; w < kPerImport; ++w) {
     auto flows = RandomWorld(batch * kPerImport + w + 1, 1990 + 2 * w);
     all.insert(all.end(), flows.begin(), flows.end());
   }
   auto snap = Load(all);
   const store::Dataset* ds = snap->FindDataset("rand");
   ASSERT_NE(ds, nullptr);
   for (int w = 0; w < kPerImport; ++w) {
    uint32_t seed = batch * kPerImport + w + 1;
    SCOPED_TRACE("seed " + std::to_string(seed));
    const std::vector<store::ProductFlow>& flows = all;
    for (int year : {1990 + 2 * w, 1991 + 2 * w}) {
      Naive nv(flows, year);
      if (nv.world == 0) continue;
      for (const char* cc : kCountries) {
        uint16_t c = Idx(cc);
        // Partners: per-partner totals, competition ranks, shares.
        std::map<uint16_t, std::pair<double, double>> mine;
        for (const auto& [k, v] : nv.pair) {
          if (k.first == c) mine[k.second].first += v;
          if (k.second == c) mine[k.first].second += v;
        }
        PartnersQuery q;
        q.country = c;
        q.year = year;
        auto r = RankPartners(*snap, q);
        if (mine.empty()) {
          EXPECT_FALSE(r.ok());
          continue;
        }
        ASSERT_TRUE(r.ok()) << r.status().message();
        ASSERT_EQ(r->rows.size(), mine.size());
        double world_c = nv.exports[c] + nv.imports[c];
        for (const PartnerRow& row : r->rows) {
          auto it = mine.find(reference::Countries::Builtin().FindByCode(row.partner)->index);
          ASSERT_NE(it, mine.end());
          double total = it->second.first + it->second.second;
          EXPECT_EQ(row.value, total);
          EXPECT_EQ(*row.figure.exports_usd, it->second.first);
          EXPECT_NEAR(*row.share, total / world_c, kEps);
          int higher = 0;
          for (const auto& [p, v] : mine) higher += (v.first + v.second) > total;
          EXPECT_EQ(row.rank, higher + 1);
        }
      }
      // Pair analytics for every ordered pair with trade.
      for (const auto& [key, v] : nv.pair) {
        uint16_t a = key.first, b = key.second;
        auto comp = Composition(*snap, a, b, year, CompositionLevel::kChapter);
        ASSERT_TRUE(comp.ok()) << comp.status().message();
        std::map<std::string, double> chapters;
        for (const auto& [k, x] : nv.pair_product) {
          // x == 0: an entry the checks below created by lookup, not a row.
          if (std::get<0>(k) == a && std::get<1>(k) == b && x > 0) chapters[fmt_chapter(std::get<2>(k))] += x;
        }
        ASSERT_EQ(comp->a_to_b.lines.size(), chapters.size());
        EXPECT_EQ(comp->a_to_b.total_usd, nv.Pair(a, b));
        for (const auto& l : comp->a_to_b.lines) {
          EXPECT_EQ(l.value_usd, chapters[l.code]);
          EXPECT_NEAR(l.share, chapters[l.code] / nv.Pair(a, b), kEps);
        }
        // Series: reconciled figure of the year seen from a.
        PairSeries s = BuildPairSeries(*snap, a, b, {}, year, year);
        ASSERT_EQ(s.years.size(), 1u);
        EXPECT_EQ(*s.years[0].preferred.exports_usd, nv.Pair(a, b));
        EXPECT_EQ(*s.years[0].preferred.imports_usd, nv.Pair(b, a));

        auto ind = ComputePairIndicators(*snap, a, b, year);
        ASSERT_TRUE(ind.ok()) << ind.status().message();
        ++checked_indicators;
        EXPECT_EQ(ind->world_usd, nv.world);
        for (int side = 0; side < 2; ++side) {
          uint16_t me = side == 0 ? a : b, other = side == 0 ? b : a;
          const SideIndicators& si = side == 0 ? ind->a : ind->b;
          double x_i = nv.exports[me];
          // RCA of each product sold to the partner.
          for (const ProductRca& p : si.rca) {
            double x_ik = nv.exports_by_product[{me, p.hs6}];
            double expect = (x_ik / x_i) / (nv.world_by_product[p.hs6] / nv.world);
            EXPECT_NEAR(*p.rca, expect, 1e-9 * std::max(1.0, expect));
            EXPECT_EQ(p.bilateral_usd, (nv.pair_product[{me, other, p.hs6}]));
          }
          // Complementarity: my export shares vs the partner's import shares.
          if (x_i > 0 && nv.imports[other] > 0) {
            std::set<uint32_t> keys;
            for (const auto& [k, x] : nv.exports_by_product) if (k.first == me) keys.insert(k.second);
            for (const auto& [k, x] : nv.imports_by_product) if (k.first == other) keys.insert(k.second);
            double d = 0;
            for (uint32_t k : keys) {
              d += std::fabs(nv.imports_by_product[{other, k}] / nv.imports[other] -
                             nv.exports_by_product[{me, k}] / x_i);
            }
            EXPECT_NEAR(*si.complementarity, 100 * (1 - d / 2), 1e-7);
            EXPECT_NEAR(*si.intensity, (nv.Pair(me, other) / x_i) / (nv.imports[other] / nv.world), 1e-9);
          }
          // Product HHI of the bilateral flow.
          double h = 0, t = nv.Pair(me, other);
          for (const auto& [k, x] : nv.pair_product) {
            if (std::get<0>(k) == me && std::get<1>(k) == other) {
              h += (x / t) * (x / t);
            }
          }
          if (t > 0) {
            EXPECT_NEAR(si.product_hhi->hhi, h, 1e-12);
          }
          // Partner HHI of my exports.
          double hp = 0;
          for (const auto& [k, x] : nv.pair) {
            if (k.first == me) hp += (x / x_i) * (x / x_i);
          }
          if (x_i > 0) {
            EXPECT_NEAR(si.export_partner_hhi->hhi, hp, 1e-12);
          }
        }
        // Grubel-Lloyd over the products of the pair.
        std::set<uint32_t> ks;
        for (const auto& [k, x] : nv.pair_product) {
          if ((std::get<0>(k) == a && std::get<1>(k) == b) || (std::get<0>(k) == b && std::get<1>(k) == a)) ks.insert(std::get<2>(k));
        }
        double num = 0, den = 0;
        for (uint32_t k : ks) {
          double x = nv.pair_product[{a, b, k}], m = nv.pair_product[{b, a, k}];
          num += std::fabs(x - m);
          den += x + m;
        }
        EXPECT_NEAR(ind->gl->index, 1 - num / den, 1e-12);
      }
      // The RCA matrix of the whole year.
      auto m = ComputeRcaMatrix(*ds, year);
      ASSERT_TRUE(m.ok());
      size_t entries = 0;
      for (const auto& [k, x] : nv.exports_by_product) {
        if (x <= 0) continue;
        ++entries;
        double expect = (x / nv.exports[k.first]) / (nv.world_by_product[k.second] / nv.world);
        EXPECT_NEAR(*m->At(k.first, k.second), expect, 1e-9 * std::max(1.0, expect));
      }
      EXPECT_EQ(m->entries, entries);
    }
   }
  }
  EXPECT_GT(checked_indicators, 1000);
}

}  // namespace
}  // namespace dyad::analytics
