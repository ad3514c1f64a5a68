// Fuzz target for the CSV reader: any bytes must be read to the end without crashing,
// every field must lie inside the input or the reader's scratch, and columns must be
// 1-based.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ingest/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dyad::ingest::CsvReader reader(text);
  uint64_t last_line = 0;
  for (int records = 0;; ++records) {
    auto o = reader.Next();
    if (o == dyad::ingest::CsvReader::Outcome::kEnd) break;
    if (o == dyad::ingest::CsvReader::Outcome::kError) {
      if (reader.error().line == 0 || reader.error().what.empty()) std::abort();
      continue;
    }
    if (reader.line() < last_line) std::abort();
    last_line = reader.line();
    for (const auto& f : reader.fields()) {
      if (f.column == 0) std::abort();
      volatile size_t sum = 0;
      for (char c : f.text) sum = sum + static_cast<unsigned char>(c);
    }
    if (reader.offset() > size) std::abort();
  }
  std::vector<std::string> fields;
  dyad::ingest::CsvSyntaxError error;
  dyad::ingest::SplitCsvLine(text, &fields, &error);
  return 0;
}
