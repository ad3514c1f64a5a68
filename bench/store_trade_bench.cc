// Store benchmark: Commit() speed and memory on a BACI-like year, bytes per row on disk
// and the latency of the `trade` query (one pair, both directions, all years) on a
// 10-year full-scale synthetic store (~110 million rows). Checks its answers against
// sums taken while generating before it reports a time.
//
//   store_trade_bench [--dir DIR] [--rows-per-year N] [--years N] [--commit-rows N]
//                     [--queries N] [--csv FILE] [--pairs FILE] [--shuffle 1]
// --csv writes the same rows as a BACI-format CSV (for the DuckDB peer, see
// store_trade_bench.sh); --pairs writes the queried pairs (ISO numeric codes) with
// dyad's answers over all years, in USD; --shuffle 1 hands Commit() the year's rows in
// random order (the radix sort path) instead of grouped by pair.
// The 10-year store is built in DIR (default /tmp/dyad-bench-store) and reused by later
// runs with the same parameters.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <random>
#include <string>

#include "store/store.h"
#include "synthetic_world.h"

namespace dyad::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

double CpuSeconds() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

[[noreturn]] void Die(const std::string& what) {
  std::fprintf(stderr, "store_trade_bench: %s\n", what.c_str());
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

store::DatasetInfo Info(const std::string& name, const std::string& description) {
  store::DatasetInfo info;
  info.name = name;
  info.kind = store::SourceKind::kSynthetic;
  info.basis = store::Basis::kReconciled;
  info.synthetic = true;
  info.description = description;
  return info;
}

void BenchCommit(const fs::path& dir, uint64_t rows, bool shuffle) {
  fs::remove_all(dir);
  SyntheticWorld world(7, rows);
  auto store = Check(store::Store::Open(dir));
  auto txn = Check(store->BeginImport(Info("commit", "commit bench")));
  auto start = Clock::now();
  uint64_t n = 0;
  std::vector<store::ProductFlow> all;
  world.Year(2020, [&](const std::vector<store::ProductFlow>& pair) {
    if (shuffle) {
      all.insert(all.end(), pair.begin(), pair.end());
    } else {
      Check(txn->AddProductFlows(pair));
    }
    n += pair.size();
  });
  if (shuffle) {
    std::shuffle(all.begin(), all.end(), std::mt19937_64(3));
    Check(txn->AddProductFlows(all));
    all = {};
  }
  double add = Seconds(start);
  start = Clock::now();
  double cpu = CpuSeconds();
  store::CommitStats stats = Check(txn->Commit(nullptr));
  double commit = Seconds(start);
  cpu = CpuSeconds() - cpu;
  std::printf("commit: %llu rows (one year, %s): Commit() %.3f s wall, "
              "%.3f s CPU (%.1f M rows/s), generate+add %.2f s, %.2f bytes/row on disk, peak RSS %ld MB\n",
              static_cast<unsigned long long>(n), shuffle ? "shuffled" : "grouped by pair as in BACI",
              commit, cpu, n / commit / 1e6, add,
              static_cast<double>(stats.bytes) / n, PeakRssMb());
  if (std::getenv("DYAD_BENCH_KEEP") == nullptr) fs::remove_all(dir);
}

struct Sample {
  uint16_t a, b;
  int64_t a_to_b = 0, b_to_a = 0;
};

}  // namespace
}  // namespace dyad::bench

int main(int argc, char** argv) {
  using namespace dyad;
  using namespace dyad::bench;
  namespace fs = std::filesystem;
  fs::path dir = "/tmp/dyad-bench-store";
  uint64_t rows_per_year = 11'000'000, commit_rows = 5'000'000;
  int years = 10, queries = 20000;
  std::string csv_path, pairs_path;
  bool shuffle = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--dir") dir = argv[i + 1];
    else if (flag == "--rows-per-year") rows_per_year = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--years") years = std::atoi(argv[i + 1]);
    else if (flag == "--commit-rows") commit_rows = std::strtoull(argv[i + 1], nullptr, 10);
    else if (flag == "--queries") queries = std::atoi(argv[i + 1]);
    else if (flag == "--csv") csv_path = argv[i + 1];
    else if (flag == "--pairs") pairs_path = argv[i + 1];
    else if (flag == "--shuffle") shuffle = std::string(argv[i + 1]) == "1";
    else Die("unknown flag " + flag);
  }
  if (commit_rows > 0) BenchCommit(dir.string() + "-commit", commit_rows, shuffle);

  // The 10-year store, built once per parameter set.
  std::string description = "bench seed 1, " + std::to_string(rows_per_year) + " rows/year, " +
                            std::to_string(years) + " years";
  SyntheticWorld world(1, rows_per_year);
  std::mt19937_64 rng(99);
  std::vector<Sample> samples;
  const auto& cs = world.countries();
  for (int i = 0; i < 200; ++i) {
    uint16_t a = cs[rng() % cs.size()], b = cs[rng() % cs.size()];
    if (a != b) samples.push_back({a, b});
  }
  samples.push_back({cs[0], cs[1]});
  auto store = Check(store::Store::Open(dir));
  auto snap = Check(store->OpenSnapshot());
  const store::Dataset* d = snap->FindDataset("bench");
  bool rebuild = d == nullptr || d->info().description != description;
  // Expected answers: sums taken from the generator (recomputed when reusing a store).
  auto start = Clock::now();
  std::unique_ptr<store::ImportTxn> txn;
  if (rebuild) txn = Check(store->BeginImport(Info("bench", description)));
  std::map<std::pair<uint16_t, uint16_t>, int64_t> want;
  for (const Sample& s : samples) want[{s.a, s.b}] = want[{s.b, s.a}] = 0;
  uint64_t generated = 0;
  FILE* csv = nullptr;
  if (!csv_path.empty() && !fs::exists(csv_path)) {
    csv = std::fopen((csv_path + ".tmp").c_str(), "w");
    if (csv == nullptr) Die("cannot write " + csv_path);
    std::fputs("t,i,j,k,v,q\n", csv);
  }
  const auto& table = reference::Countries::Builtin();
  for (int y = 0; y < years; ++y) {
    world.Year(static_cast<uint16_t>(2014 + y), [&](const std::vector<store::ProductFlow>& pair) {
      auto it = want.find({pair[0].exporter, pair[0].importer});
      if (it != want.end()) {
        for (const auto& f : pair) it->second += f.value_usd;
      }
      if (txn) Check(txn->AddProductFlows(pair));
      generated += pair.size();
      if (csv != nullptr) {
        int e = table.at(pair[0].exporter).numeric, m = table.at(pair[0].importer).numeric;
        for (const auto& f : pair) {
          std::fprintf(csv, "%d,%d,%d,%06u,%lld.%03lld,", f.year, e, m, f.hs6,
                       static_cast<long long>(f.value_usd / 1000), static_cast<long long>(f.value_usd % 1000));
          if (f.quantity_kg < 0) {
            std::fputs("NA\n", csv);
          } else {
            std::fprintf(csv, "%lld.%03lld\n", static_cast<long long>(f.quantity_kg / 1000),
                         static_cast<long long>(f.quantity_kg % 1000));
          }
        }
      }
    });
  }
  if (csv != nullptr) {
    if (std::fclose(csv) != 0) Die("cannot write " + csv_path);
    fs::rename(csv_path + ".tmp", csv_path);
  }
  if (txn) {
    auto commit_start = Clock::now();
    Check(txn->Commit(nullptr).status());
    std::printf("built the %d-year store in %.1f s (Commit %.1f s), peak RSS %ld MB\n", years,
                Seconds(start), Seconds(commit_start), PeakRssMb());
    txn.reset();
  }
  auto open_start = Clock::now();
  auto fresh = Check(store::Store::Open(dir));
  snap = Check(fresh->OpenSnapshot());
  double open = Seconds(open_start);
  d = snap->FindDataset("bench");
  if (d == nullptr || d->product_rows() != generated) Die("store does not hold the generated rows");
  std::printf("store: %d years, %llu rows, %llu bytes in %llu files: %.2f bytes/row; snapshot open %.2f ms\n",
              years, static_cast<unsigned long long>(d->product_rows()),
              static_cast<unsigned long long>(d->bytes_on_disk()),
              static_cast<unsigned long long>(d->file_count()),
              static_cast<double>(d->bytes_on_disk()) / static_cast<double>(d->product_rows()),
              open * 1e3);

  // The trade query: both directions over all years, as `dyad trade A B` asks it.
  auto query = [&](uint16_t a, uint16_t b, int64_t* ab, int64_t* ba) {
    *ab = *ba = 0;
    for (const auto& t : d->PairYears(a, b)) *ab += t.total.value_usd;
    for (const auto& t : d->PairYears(b, a)) *ba += t.total.value_usd;
  };
  for (const Sample& s : samples) {
    int64_t ab, ba;
    query(s.a, s.b, &ab, &ba);
    if (ab != want[{s.a, s.b}] || ba != want[{s.b, s.a}]) Die("wrong answer for a sample pair");
  }
  std::vector<double> ns;
  ns.reserve(queries);
  int64_t sink = 0;
  FILE* pairs = pairs_path.empty() ? nullptr : std::fopen(pairs_path.c_str(), "w");
  for (int i = 0; i < queries; ++i) {
    uint16_t a = cs[rng() % cs.size()], b = cs[rng() % cs.size()];
    if (a == b) continue;
    auto t0 = Clock::now();
    int64_t ab, ba;
    query(a, b, &ab, &ba);
    ns.push_back(std::chrono::duration<double, std::nano>(Clock::now() - t0).count());
    sink += ab + ba;
    if (pairs != nullptr) {
      std::fprintf(pairs, "%d %d %lld %lld\n", table.at(a).numeric, table.at(b).numeric,
                   static_cast<long long>(ab), static_cast<long long>(ba));
    }
  }
  if (pairs != nullptr) std::fclose(pairs);
  std::sort(ns.begin(), ns.end());
  auto pct = [&](double p) { return ns[static_cast<size_t>(p * (ns.size() - 1))] / 1e3; };
  std::printf("trade query (one pair, both directions, %d years): p50 %.2f us, p99 %.2f us, "
              "max %.2f us over %zu random pairs (checksum %lld)\n",
              years, pct(0.5), pct(0.99), ns.back() / 1e3, ns.size(), static_cast<long long>(sink % 1000));
  std::printf("dyad_p50_us %.3f\ndyad_p99_us %.3f\n", pct(0.5), pct(0.99));
  return 0;
}
