// Analytics benchmark: in-process latency of the profile core (series of a pair over all
// years, each side's partner ranking, composition by section), `partners` (one country's
// ranking in a year), `indicators` (one pair-year) and the full RCA matrix of a year, on a
// synthetic BACI-like store (bench/synthetic_world.h). Checks answers against sums taken
// while generating before it reports a time. Optionally writes the data as CSV for the
// DuckDB peer (bench/analytics_duckdb.cjs), which runs the equivalent SQL.
//
//   analytics_bench [--dir DIR] [--rows-per-year N] [--years N] [--queries N]
//                   [--csv FILE]
// The store is built in DIR (default /tmp/dyad-bench-analytics) and reused by later runs
// with the same parameters. Prints p50/p99 in milliseconds and one JSON line per query
// kind ("RESULT {...}") for the comparison script.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <string>

#include "analytics/composition.h"
#include "analytics/pair_indicators.h"
#include "analytics/partners.h"
#include "analytics/series.h"
#include "store/store.h"
#include "synthetic_world.h"

namespace dyad::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "analytics_bench: %s\n", what.c_str());
  std::exit(1);
}

template <typename T>
T Check(Result<T> r) {
  if (!r.ok()) Die(r.status().message());
  return std::move(r).value();
}

void Check(const Status& s) {
  if (!s.ok()) Die(s.message());
}

struct Latency {
  std::vector<double> ms;
  void Add(Clock::time_point start) {
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
  }
  double P(double q) {
    std::sort(ms.begin(), ms.end());
    return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))];
  }
  void Print(const char* name, const std::string& what) {
    double p50 = P(0.5), p99 = P(0.99);
    std::printf("%-11s p50 %8.3f ms  p99 %8.3f ms  (%zu runs; %s)\n", name, p50, p99, ms.size(), what.c_str());
    std::printf("RESULT {\"query\":\"%s\",\"p50_ms\":%.4f,\"p99_ms\":%.4f,\"runs\":%zu}\n", name, p50, p99, ms.size());
  }
};

}  // namespace
}  // namespace dyad::bench

int main(int argc, char** argv) {
  using namespace dyad;
  using namespace dyad::bench;
  using namespace dyad::analytics;
  fs::path dir = "/tmp/dyad-bench-analytics";
  uint64_t rows_per_year = 11'000'000;
  int years = 10, queries = 300;
  std::string csv;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--dir") dir = argv[i + 1];
    else if (flag == "--rows-per-year") rows_per_year = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--years") years = std::atoi(argv[i + 1]);
    else if (flag == "--queries") queries = std::atoi(argv[i + 1]);
    else if (flag == "--csv") csv = argv[i + 1];
    else Die("unknown flag " + flag);
  }
  const int first_year = 2014, last_year = 2014 + years - 1;
  std::string description = "analytics bench seed 1, " + std::to_string(rows_per_year) +
                            " rows/year, " + std::to_string(years) + " years";
  SyntheticWorld world(1, rows_per_year);
  auto st = Check(store::Store::Open(dir));
  auto snap = Check(st->OpenSnapshot());
  const store::Dataset* d = snap->FindDataset("bench");
  bool rebuild = d == nullptr || d->info().description != description;
  std::unique_ptr<store::ImportTxn> txn;
  if (rebuild) {
    store::DatasetInfo info;
    info.name = "bench";
    info.kind = store::SourceKind::kSynthetic;
    info.synthetic = true;
    info.description = description;
    txn = Check(st->BeginImport(info));
  }
  std::ofstream out;
  if (!csv.empty()) {
    out.open(csv);
    out << "t,i,j,k,v\n";
  }
  // Expected answers from the generator: every country's exports in the last year.
  std::map<uint16_t, int64_t> exports_last;
  uint64_t rows = 0;
  auto start = Clock::now();
  for (int y = first_year; y <= last_year; ++y) {
    world.Year(static_cast<uint16_t>(y), [&](const std::vector<store::ProductFlow>& pair) {
      rows += pair.size();
      if (y == last_year) {
        for (const auto& f : pair) exports_last[f.exporter] += f.value_usd;
      }
      if (txn) Check(txn->AddProductFlows(pair));
      if (out.is_open()) {
        for (const auto& f : pair) {
          out << f.year << ',' << f.exporter << ',' << f.importer << ',' << f.hs6 << ',' << f.value_usd << '\n';
        }
      }
    });
  }
  if (txn) {
    Check(txn->Commit(nullptr));
    snap = Check(st->OpenSnapshot());
    d = snap->FindDataset("bench");
  }
  std::printf("store: %llu rows, %d years (%s), %.1f s to %s\n", static_cast<unsigned long long>(rows), years,
              dir.c_str(), std::chrono::duration<double>(Clock::now() - start).count(),
              rebuild ? "generate and commit" : "regenerate the expected sums");

  // Sample pairs that trade in the last year, and countries that export.
  std::vector<store::PairYearTotal> pairs = d->AllPairs(static_cast<uint16_t>(last_year), store::Side::kReconciled);
  if (pairs.empty()) Die("no pairs in the last year");
  std::mt19937_64 rng(42);
  std::vector<std::pair<uint16_t, uint16_t>> sample;
  for (int i = 0; i < queries; ++i) {
    const auto& p = pairs[rng() % pairs.size()];
    sample.push_back({p.exporter, p.importer});
  }

  // Correctness first: each country's partner ranking sums to its exports.
  for (const auto& [country, want] : exports_last) {
    PartnersQuery q;
    q.country = country;
    q.year = last_year;
    PartnersResult r = Check(RankPartners(*snap, q));
    int64_t got = 0;
    for (const auto& row : r.rows) got += row.figure.exports_usd.value_or(0);
    if (got != want) Die("partners of " + CodeOf(country) + ": exports " + std::to_string(got) + " != " + std::to_string(want));
  }

  Latency profile, partners, indicators, rca;
  for (const auto& [a, b] : sample) {
    auto t0 = Clock::now();
    PairSeries s = BuildPairSeries(*snap, a, b);
    PartnersQuery qa, qb;
    qa.country = a;
    qa.year = last_year;
    qb.country = b;
    qb.year = last_year;
    auto ra = Check(RankPartners(*snap, qa));
    auto rb = Check(RankPartners(*snap, qb));
    auto comp = Check(Composition(*snap, a, b, last_year, CompositionLevel::kSection));
    profile.Add(t0);
    if (s.years.empty() || ra.rows.empty() || rb.rows.empty() || comp.a_to_b.total_usd <= 0) Die("empty profile");
  }
  for (const auto& [a, b] : sample) {
    PartnersQuery q;
    q.country = a;
    q.year = last_year;
    auto t0 = Clock::now();
    auto r = Check(RankPartners(*snap, q));
    partners.Add(t0);
    if (r.rows.empty()) Die("no partners");
  }
  int nind = std::min<int>(queries, 100);
  for (int i = 0; i < nind; ++i) {
    auto t0 = Clock::now();
    auto r = Check(ComputePairIndicators(*snap, sample[i].first, sample[i].second, last_year));
    indicators.Add(t0);
    if (!r.gl) Die("no GL");
  }
  for (int i = 0; i < 3; ++i) {
    auto t0 = Clock::now();
    auto m = Check(ComputeRcaMatrix(*d, last_year));
    rca.Add(t0);
    if (m.entries == 0) Die("empty RCA matrix");
    if (i == 0) std::printf("rca matrix: %zu rows scanned, %zu (exporter, product) entries\n", m.rows_scanned, m.entries);
  }
  std::printf("year %d, %zu pairs trading\n", last_year, pairs.size());
  profile.Print("profile", "series over all years + both rankings + composition by section");
  partners.Print("partners", "one country's ranked partners in a year");
  indicators.Print("indicators", "RCA, TC, TI, GL, HHI of one pair-year");
  rca.Print("rca_all", "Balassa RCA of every exporter and product of a year");
  return 0;
}
