#include "ingest/row_checks.h"

#include <cstdio>

#include "base/strings.h"
#include "base/utf8.h"

namespace dyad::ingest {

std::optional<RowError> CheckRecordUtf8(std::string_view raw, uint64_t line) {
  auto bad = FindInvalidUtf8(raw);
  if (!bad) return std::nullopt;
  size_t line_start = *bad;
  while (line_start > 0 && raw[line_start - 1] != '\n') --line_start;
  for (size_t p = 0; p < line_start; ++p) line += raw[p] == '\n';
  char what[64];
  std::snprintf(what, sizeof what, "expected UTF-8 text, got byte 0x%02X",
                static_cast<unsigned char>(raw[*bad]));
  return RowError{line, static_cast<uint32_t>(*bad - line_start + 1), what, std::string(raw)};
}

Result<std::vector<std::string>> ReadHeaderFields(CsvReader& reader, std::string_view file,
                                                  std::string_view expected) {
  std::string prefix = std::string(file) + ":1:1: expected the header \"" + std::string(expected) + "\", got ";
  CsvReader::Outcome o = reader.Next();
  if (o == CsvReader::Outcome::kEnd) return InvalidInput(prefix + "an empty file");
  if (o == CsvReader::Outcome::kError) {
    return InvalidInput(FormatRowError(file, {reader.error().line, reader.error().column,
                                              reader.error().what, ""}));
  }
  if (auto bad = CheckRecordUtf8(reader.raw(), reader.line())) {
    return InvalidInput(FormatRowError(file, *bad));
  }
  std::vector<std::string> fields;
  for (const CsvField& f : reader.fields()) fields.emplace_back(f.text);
  return fields;
}

}  // namespace dyad::ingest
