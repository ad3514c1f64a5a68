// The UN Comtrade importer. Reads every common Comtrade file as published, the format
// found from the header (docs/import.md, "UN Comtrade"): Comtrade Plus website downloads
// and API responses (CSV, tab-separated, gzip-compressed, JSON `{"count":..,"data":[..]}`,
// and the CSV pandas writes of them), and the legacy comtrade.un.org bulk and web
// exports. Columns are found by name (data/ingest/comtrade_vocabulary.csv). Each
// reporter's declarations stay that reporter's view: exports (X) as
// Side::kExporterReported, imports (M) as Side::kImporterReported. The rules that keep
// sums free of double counting are in docs/import.md. Thread-compatible.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "base/status.h"
#include "ingest/codes.h"
#include "ingest/rejects.h"
#include "store/sink.h"

namespace dyad::ingest {

// Rows read, used and set aside (each skip reason counted separately).
struct ComtradeStats {
  uint64_t rows = 0;               // data rows in the file
  uint64_t product_rows = 0;       // commodity rows stored as product flows
  uint64_t total_rows = 0;         // TOTAL rows stored as aggregate flows
  uint64_t rejected = 0;           // malformed rows (lenient mode)
  uint64_t skipped_world = 0;      // partner 0 (World): not a bilateral flow
  uint64_t skipped_breakdown = 0;  // partner2 / mode of transport / customs / supply breakdowns
  uint64_t skipped_reexport = 0;   // RX, RM and other flows than X and M
  uint64_t skipped_level = 0;      // commodity rows coarser than the file's finest level
  uint64_t skipped_reporter = 0;   // reporter is a group of countries (EU-28)
  uint64_t skipped_area = 0;       // partner is a group or area the reference table lacks
  std::string family;              // "plus", "plus-names", "legacy" (from the header)
  std::string container;           // "csv", "tsv", "json"
  bool gzip = false;               // the file was gzip-compressed
  bool windows1252 = false;        // text was not UTF-8 and was read as Windows-1252
  std::set<std::string> classifications;  // "H6" from classificationCode
  int level = 0;                   // 2, 4 or 6: the HS level of the stored product rows
  std::set<uint32_t> codes;        // the stored commodity codes (padded to six digits)
  std::set<uint16_t> years;
};

// Parses a whole Comtrade file (bytes as read: gzip and Windows-1252 are handled here).
// Strict or lenient as `rejects` says. A services file fails as a whole.
Result<ComtradeStats> ParseComtrade(std::string bytes, std::string_view file, const Codes& codes,
                                    store::FlowSink& sink, RejectLog& rejects);

// The same over text already known to be UTF-8 CSV (kept for callers and fuzzing).
Result<ComtradeStats> ParseComtradeCsv(std::string_view data, std::string_view file,
                                       const Codes& codes, store::FlowSink& sink,
                                       RejectLog& rejects);

}  // namespace dyad::ingest
