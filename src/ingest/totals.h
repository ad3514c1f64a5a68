// The national-totals importer: bilateral totals as statistics offices publish them, in
// the format of data/official/*.csv (year, months, reporter, partner, exports_usd,
// imports_usd, total_usd, qualifier, source, source_url, published). Each row becomes
// an AggregateFlow; partial years stay partial. Thread-compatible.
#pragma once

#include <string_view>

#include "base/status.h"
#include "ingest/codes.h"
#include "ingest/rejects.h"
#include "store/sink.h"

namespace dyad::ingest {

inline constexpr std::string_view kTotalsHeader =
    "year,months,reporter,partner,exports_usd,imports_usd,total_usd,qualifier,source,"
    "source_url,published";

struct TotalsStats {
  uint64_t rows = 0;
  uint64_t rejected = 0;
};

// Parses the whole file `data`. Strict or lenient as `rejects` says.
Result<TotalsStats> ParseTotalsCsv(std::string_view data, std::string_view file,
                                   const Codes& codes, store::FlowSink& sink, RejectLog& rejects);

}  // namespace dyad::ingest
