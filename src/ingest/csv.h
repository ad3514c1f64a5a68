// CsvReader: a fast RFC 4180 record reader over a buffer held in memory (a mapped file,
// a block of a larger file, a zip entry). It handles quoted fields (with "" escapes and
// embedded newlines), LF and CRLF line ends, a UTF-8 byte-order mark at the start,
// spaces and tabs around fields, empty fields and a last line without a newline. Fields
// are views: into the buffer, or into a scratch area for quoted fields with escapes; no
// allocation per field. Not thread-safe; use one reader per thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::ingest {

struct CsvField {
  std::string_view text;  // unquoted, escapes resolved, outer spaces trimmed
  uint32_t column = 0;    // 1-based byte column where the field starts in its line
  bool quoted = false;
};

// Where and why a CSV record could not be read.
struct CsvSyntaxError {
  uint64_t line = 0;
  uint32_t column = 0;
  std::string what;  // "expected a closing quote, got end of file"
};

class CsvReader {
 public:
  // `data` must outlive the reader. `first_line` is the line number of data[0]. A
  // byte-order mark is skipped when `first_line` is 1. `delimiter` is ',' or '\t'
  // (tab-separated files; a tab is then never trimmed as padding).
  explicit CsvReader(std::string_view data, uint64_t first_line = 1, char delimiter = ',');

  enum class Outcome { kRecord, kEnd, kError };

  // Reads the next record into fields(). Blank lines are skipped. On kError, error()
  // says where; the reader then resumes at the next line, so lenient callers may go on.
  Outcome Next();

  const std::vector<CsvField>& fields() const { return fields_; }
  size_t size() const { return fields_.size(); }
  const CsvField& operator[](size_t i) const { return fields_[i]; }

  // Line of the current record's first byte, and the record's raw bytes (without the
  // line end) for reject files.
  uint64_t line() const { return record_line_; }
  std::string_view raw() const { return raw_; }
  // 1-based column just past the last byte of the record: where a missing field would be.
  uint32_t end_column() const { return end_column_; }
  const CsvSyntaxError& error() const { return error_; }

  // For callers that parsed a line (ending in '\n' or the input) themselves: continue
  // at `next_offset`, one line further on.
  void SkipLine(size_t next_offset) {
    pos_ = next_offset;
    ++line_;
  }

  // Bytes consumed so far and the line number the next record starts on.
  size_t offset() const { return pos_; }
  uint64_t next_line() const { return line_; }

 private:
  Outcome ReadQuotedRecord(size_t start);
  void SkipToNextLine();

  bool IsPad(char c) const { return c == ' ' || (c == '\t' && delimiter_ != '\t'); }
  std::string_view Trim(const char* b, const char* e) const;

  std::string_view data_;
  char delimiter_ = ',';
  size_t pos_ = 0;
  uint64_t line_ = 1;
  size_t line_start_ = 0;
  uint64_t record_line_ = 0;
  uint32_t end_column_ = 0;
  std::string_view raw_;
  std::vector<CsvField> fields_;
  std::string scratch_;
  CsvSyntaxError error_;
};

// Splits one header/record line given as text (used for headers and small tables).
// Returns false with `error` set when the text is not valid CSV.
bool SplitCsvLine(std::string_view line, std::vector<std::string>* fields,
                  CsvSyntaxError* error);

}  // namespace dyad::ingest
