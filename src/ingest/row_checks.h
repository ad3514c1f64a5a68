// Small checks shared by the importers that read whole files (totals, Comtrade): the
// header line and UTF-8 validity of one record. Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/csv.h"
#include "ingest/rejects.h"

namespace dyad::ingest {

// An error for the first invalid UTF-8 byte of the record `raw` starting at `line`,
// or nullopt when it is valid.
std::optional<RowError> CheckRecordUtf8(std::string_view raw, uint64_t line);

// The header's fields (first record), or a "FILE:1:1: expected ..., got ..." error.
// `expected` is shown in the message.
Result<std::vector<std::string>> ReadHeaderFields(CsvReader& reader, std::string_view file,
                                                  std::string_view expected);

}  // namespace dyad::ingest
