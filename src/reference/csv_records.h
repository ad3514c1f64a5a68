// A small reader for the reference module's own CSV files (RFC 4180 quoting, '#'
// comment lines, blank lines skipped, UTF-8 checked). Internal to src/reference; the
// importers of trade data have their own fast reader. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace dyad::reference {

struct CsvRecord {
  int line = 0;                     // 1-based line where the record starts
  std::vector<std::string> fields;
};

// Splits `text` into records. Fails on invalid UTF-8 or an unterminated quote with
// "<file_name>:<line>:<column>: <what>".
Result<std::vector<CsvRecord>> ReadCsvRecords(std::string_view text,
                                              std::string_view file_name);

// Checks that the first record is exactly `columns` and that every other record has
// as many fields; returns the data records. Errors name the file and line.
Result<std::vector<CsvRecord>> ReadCsvTable(std::string_view text, std::string_view file_name,
                                            const std::vector<std::string_view>& columns);

// Splits a ';'-separated list field, trimming each item and dropping empty ones.
std::vector<std::string> SplitList(std::string_view field);

// "<file>:<line>: <message>" as kInvalidInput.
Status RecordError(std::string_view file_name, const CsvRecord& record, std::string message);

}  // namespace dyad::reference
