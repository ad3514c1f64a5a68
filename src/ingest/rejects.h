// Row errors and the strict/lenient policy. In strict mode the first row error ends an
// import with "FILE:LINE:COLUMN: what was expected, what was found". In lenient mode each
// rejected row is appended to a reject file (CSV: file,line,column,reason,row) and the
// import goes on. RejectLog is not thread-safe; importers call it from one thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/files.h"
#include "base/status.h"

namespace dyad::ingest {

// Where a row went wrong. `line` and `column` are 1-based; column 0 means "the row".
struct RowError {
  uint64_t line = 0;
  uint32_t column = 0;
  std::string what;  // "column v: expected a number, got \"n/a\""
  std::string raw;   // the row's bytes, for the reject file
};

// "FILE:LINE:COLUMN: what" (":COLUMN" left out when column is 0).
std::string FormatRowError(std::string_view file, const RowError& error);

class RejectLog {
 public:
  // Strict: Reject() returns the error as a Status. Lenient: rows go to `reject_path`
  // (created on the first reject) and Reject() returns OK.
  RejectLog(bool lenient, std::filesystem::path reject_path);

  bool lenient() const { return lenient_; }
  Status Reject(std::string_view file, const RowError& error);
  // Flushes and closes the reject file, if any.
  Status Close();

  uint64_t rejected() const { return rejected_; }
  const std::filesystem::path& path() const { return path_; }

 private:
  bool lenient_;
  std::filesystem::path path_;
  std::optional<WritableFile> file_;
  std::string buffer_;
  uint64_t rejected_ = 0;
};

// Quotes one CSV field when it holds a comma, quote or line break.
std::string CsvQuote(std::string_view field);

}  // namespace dyad::ingest
