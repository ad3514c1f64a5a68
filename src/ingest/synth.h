// The synthetic data generator behind `dyad synth`: deterministic BACI-format CSV with
// the skew and sparsity of real trade — real BACI country codes, a real-looking HS6 code
// set (~5,000 codes across the real chapters), partner and product popularity following
// power laws, lognormal gravity-like values and some missing quantities. Rows are sorted
// by (t, i, j, k) as BACI's are. The header "t_synthetic,i,j,k,v,q" marks the file as
// synthetic: its data is labelled synthetic wherever it is imported. Thread-compatible.
#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "base/progress.h"
#include "base/status.h"

namespace dyad::ingest {

struct SynthOptions {
  uint64_t rows_per_year = 1000;  // about this many rows for each year (within ~1%)
  int first_year = 2022;
  int last_year = 2022;
  uint64_t seed = 1;
  // BACI trade codes of the countries to use; empty means the reference table's.
  std::vector<int> country_codes;
};

struct SynthStats {
  uint64_t rows = 0;
  uint64_t bytes = 0;
};

// Writes the file (atomically: a temporary renamed into place).
Result<SynthStats> WriteSynth(const SynthOptions& options, const std::filesystem::path& out,
                              ProgressSink* progress);

// The HS6 code set the generator draws from for `seed` (sorted, ~5,000 codes).
std::vector<uint32_t> SynthProductCodes(uint64_t seed);

}  // namespace dyad::ingest
