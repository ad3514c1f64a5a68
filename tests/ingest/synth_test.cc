#include "ingest/synth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "base/files.h"
#include "ingest/codes.h"
#include "temp_dir.h"

namespace dyad::ingest {
namespace {

namespace fs = std::filesystem;

std::string Generate(uint64_t seed, uint64_t rows, int first, int last) {
  dyad::testing::TempDir tmp("dyad-synth");
  fs::path p = tmp.path() / ("synth_" + std::to_string(seed) + ".csv");
  SynthOptions o;
  o.rows_per_year = rows;
  o.first_year = first;
  o.last_year = last;
  o.seed = seed;
  auto r = WriteSynth(o, p, nullptr);
  EXPECT_TRUE(r.ok()) << r.status().message();
  auto text = ReadFile(p);
  fs::remove(p);
  return text.ok() ? *text : "";
}

TEST(Synth, DeterministicForASeed) {
  std::string a = Generate(5, 3000, 2020, 2021);
  EXPECT_EQ(a, Generate(5, 3000, 2020, 2021));
  EXPECT_NE(a, Generate(6, 3000, 2020, 2021));
}

TEST(Synth, ProductCodesLookReal) {
  std::vector<uint32_t> codes = SynthProductCodes(1);
  EXPECT_GT(codes.size(), 3000u);
  EXPECT_LT(codes.size(), 8000u);
  std::set<uint32_t> chapters;
  for (uint32_t c : codes) {
    EXPECT_TRUE(Codes::Builtin().IsHsChapter(static_cast<int>(c / 10000))) << c;
    chapters.insert(c / 10000);
  }
  EXPECT_GT(chapters.size(), 90u);
}

TEST(Synth, RowsPerYearSortedSkewedAndSometimesMissingQuantities) {
  std::string text = Generate(9, 50000, 2021, 2022);
  std::istringstream in(text);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "t_synthetic,i,j,k,v,q");
  std::map<int, uint64_t> rows_per_year;
  std::map<std::pair<int, int>, double> pair_value;
  uint64_t na = 0, rows = 0;
  std::string prev_key;
  std::vector<uint64_t> prev{0, 0, 0, 0};
  while (std::getline(in, line)) {
    std::stringstream ss(line);
    std::string f[6];
    for (auto& x : f) std::getline(ss, x, ',');
    std::vector<uint64_t> key{std::stoull(f[0]), std::stoull(f[1]), std::stoull(f[2]), std::stoull(f[3])};
    ASSERT_LT(prev, key) << line;  // strictly ascending (t, i, j, k): sorted, no duplicates
    prev = key;
    ASSERT_EQ(f[3].size(), 6u);
    ASSERT_GE(Codes::Builtin().CountryByTradeCode(key[1]), 0) << line;
    ++rows_per_year[static_cast<int>(key[0])];
    pair_value[{static_cast<int>(key[1]), static_cast<int>(key[2])}] += std::stod(f[4]);
    na += f[5] == "NA";
    ++rows;
  }
  for (auto [year, n] : rows_per_year) EXPECT_NEAR(static_cast<double>(n), 50000, 2500) << year;
  EXPECT_GT(na, rows / 50);
  EXPECT_LT(na, rows / 8);
  // Skew: the top 5% of trading pairs carry most of the value.
  std::vector<double> values;
  double total = 0;
  for (auto& [k, v] : pair_value) {
    values.push_back(v);
    total += v;
  }
  std::sort(values.rbegin(), values.rend());
  double top = 0;
  for (size_t i = 0; i < values.size() / 20; ++i) top += values[i];
  EXPECT_GT(top / total, 0.5);
}

}  // namespace
}  // namespace dyad::ingest
