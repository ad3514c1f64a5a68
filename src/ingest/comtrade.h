// The UN Comtrade importer: CSV extracts of Comtrade Plus (API "get" calls and bulk
// files), columns found by name (typeCode, freqCode, refYear, reporterCode, flowCode,
// partnerCode, partner2Code, cmdCode, customsCode, motCode, mosCode, netWgt,
// primaryValue, ...). Each reporter's declarations stay that reporter's view: exports
// (X) as Side::kExporterReported, imports (M) as Side::kImporterReported. The rules
// that keep sums free of double counting are in docs/import.md. Thread-compatible.
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
  uint64_t product_rows = 0;       // 6-digit rows stored as product flows
  uint64_t total_rows = 0;         // TOTAL rows stored as aggregate flows
  uint64_t rejected = 0;           // malformed rows (lenient mode)
  uint64_t skipped_world = 0;      // partner 0 (World): not a bilateral flow
  uint64_t skipped_breakdown = 0;  // partner2 / mode of transport / customs / supply breakdowns
  uint64_t skipped_reexport = 0;   // RX, RM and other flows than X and M
  uint64_t skipped_level = 0;      // 2- and 4-digit commodity rows
  uint64_t skipped_area = 0;       // partner is a region or "areas nes", not a country
  std::string classification;      // "H6" from classificationCode (first row)
  std::set<uint16_t> years;
};

// Parses a whole Comtrade extract. Strict or lenient as `rejects` says.
Result<ComtradeStats> ParseComtradeCsv(std::string_view data, std::string_view file,
                                       const Codes& codes, store::FlowSink& sink,
                                       RejectLog& rejects);

}  // namespace dyad::ingest
