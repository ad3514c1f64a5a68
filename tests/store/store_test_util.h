// Helpers for the store tests: a temporary data directory, deterministic random flows
// with unique keys, and a naive row-by-row reference for every pre-aggregate.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "reference/countries.h"
#include "store/store.h"
#include "temp_dir.h"

namespace dyad::store::testing {

namespace fs = std::filesystem;

using TempDir = ::dyad::testing::TempDir;

inline uint16_t Idx(const char* code) {
  return reference::Countries::Builtin().FindByCode(code)->index;
}

// `n` flows with unique keys over `countries` countries (the first ones of the table),
// `products` hs6 codes and years [first, last]; shuffled unless `grouped`.
inline std::vector<ProductFlow> RandomFlows(uint32_t seed, size_t n, uint16_t first, uint16_t last,
                                            int countries = 20, int products = 60,
                                            bool grouped = false, bool two_sides = false) {
  std::mt19937_64 rng(seed);
  std::vector<uint32_t> codes;
  for (int i = 0; i < products; ++i) codes.push_back(10000 + static_cast<uint32_t>(rng() % 980000));
  std::set<std::tuple<uint16_t, int, uint16_t, uint16_t, uint32_t>> seen;
  std::vector<ProductFlow> out;
  int n_countries = std::min<int>(countries, static_cast<int>(reference::Countries::Builtin().all().size()));
  for (size_t tries = 0; out.size() < n && tries < n * 20; ++tries) {
    ProductFlow f;
    f.year = static_cast<uint16_t>(first + rng() % (last - first + 1));
    f.exporter = static_cast<uint16_t>(rng() % n_countries);
    f.importer = static_cast<uint16_t>(rng() % n_countries);
    if (f.exporter == f.importer) continue;
    f.side = two_sides ? static_cast<Side>(1 + rng() % 2) : Side::kReconciled;
    f.hs6 = codes[rng() % codes.size()];
    auto key = std::make_tuple(f.year, static_cast<int>(f.side), f.exporter, f.importer, f.hs6);
    if (!seen.insert(key).second) continue;
    // Gravity-like skew: values spread over many orders of magnitude.
    f.value_usd = static_cast<int64_t>(std::exp(std::uniform_real_distribution<double>(0, 22)(rng)));
    f.quantity_kg = rng() % 5 == 0 ? -1 : static_cast<int64_t>(rng() % 10000000);
    out.push_back(f);
  }
  if (grouped) {
    std::sort(out.begin(), out.end(), [](const ProductFlow& a, const ProductFlow& b) {
      return std::tie(a.year, a.side, a.exporter, a.importer, a.hs6) <
             std::tie(b.year, b.side, b.exporter, b.importer, b.hs6);
    });
  }
  return out;
}

inline DatasetInfo Info(const std::string& name) {
  DatasetInfo info;
  info.name = name;
  info.kind = SourceKind::kSynthetic;
  info.basis = Basis::kReconciled;
  info.vintage = "V1";
  info.hs_edition = "HS17";
  info.synthetic = true;
  info.imported_at = "2026-01-01T00:00:00Z";
  return info;
}

// Imports `flows` as dataset `name`.
inline Status Import(Store* store, const std::string& name, const std::vector<ProductFlow>& flows,
                     const std::vector<AggregateFlow>& aggregates = {}) {
  DYAD_ASSIGN_OR_RETURN(auto txn, store->BeginImport(Info(name)));
  // In uneven batches, as a parser would deliver them.
  size_t at = 0, batch = 1;
  while (at < flows.size()) {
    size_t k = std::min(batch, flows.size() - at);
    DYAD_RETURN_IF_ERROR(txn->AddProductFlows({flows.data() + at, k}));
    at += k;
    batch = batch * 3 + 1;
  }
  DYAD_RETURN_IF_ERROR(txn->AddAggregateFlows(aggregates));
  return txn->Commit(nullptr).status();
}

inline void Add(FlowTotal* t, const ProductFlow& f) {
  t->value_usd += f.value_usd;
  t->rows += 1;
  if (f.quantity_kg >= 0) {
    t->quantity_kg += f.quantity_kg;
    t->rows_with_quantity += 1;
  }
}

}  // namespace dyad::store::testing
