// Importing files into the store as one dataset: picks the dataset's name, kind,
// basis, edition and vintage from the files, skips work when the same files were
// imported already, keeps earlier years of the same vintage, refuses an older vintage,
// and lands the whole import in one store transaction (nothing is committed when a
// strict import meets a bad row). Thread-compatible; one import per call.
#pragma once

#include <cstdint>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "base/progress.h"
#include "base/status.h"
#include "ingest/codes.h"
#include "store/store.h"

namespace dyad::ingest {

enum class ImportFormat { kBaci, kComtrade, kTotals };

struct ImportRequest {
  ImportFormat format = ImportFormat::kBaci;
  std::vector<std::filesystem::path> files;
  // BACI release zips: import only these years' entries (empty: every year). Other
  // years already in a dataset of the same vintage are kept, as for yearly files.
  std::set<uint16_t> years;
  std::string dataset;             // "" picks a default (see docs/import.md)
  // BACI files whose names do not say their HS edition or vintage (a re-saved file):
  // "HS92", "V202301". A name that does say them must agree.
  std::string hs_edition;
  std::string vintage;
  bool lenient = false;
  std::filesystem::path rejects;   // "" means <first file>.rejects.csv
  ProgressSink* progress = nullptr;
  const Codes* codes = nullptr;    // nullptr means Codes::Builtin()
  int threads = 2;
};

struct ImportSummary {
  std::string dataset;
  store::DatasetInfo info;
  bool unchanged = false;          // same files and vintage as the stored dataset
  bool replaced = false;           // an older vintage was replaced
  uint64_t product_rows = 0;       // rows read from the files
  uint64_t aggregate_rows = 0;
  uint64_t descriptions = 0;
  uint64_t kept_rows = 0;          // rows of other years kept from the earlier import
  std::set<uint16_t> years;        // years in the files
  std::set<uint16_t> kept_years;
  uint64_t rejected = 0;
  std::filesystem::path rejects_path;  // set when rows were rejected
  // Comtrade rows set aside by the double-counting rules.
  uint64_t skipped_world = 0, skipped_breakdown = 0, skipped_flow = 0, skipped_level = 0,
           skipped_reporter = 0;
  std::vector<std::string> formats;  // per Comtrade file: "Comtrade Plus CSV (Windows-1252)"
  bool empty = false;              // no row to store: no dataset was written
  uint64_t bytes_read = 0;
  uint64_t bytes_written = 0;
  double seconds = 0;
};

Result<ImportSummary> RunImport(store::Store& store, const ImportRequest& request);

}  // namespace dyad::ingest
