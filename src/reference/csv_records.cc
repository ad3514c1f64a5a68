#include "reference/csv_records.h"

#include "base/strings.h"
#include "base/utf8.h"

namespace dyad::reference {

namespace {

std::string Place(std::string_view file_name, int line, int column) {
  return std::string(file_name) + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

Result<std::vector<CsvRecord>> ReadCsvRecords(std::string_view text,
                                              std::string_view file_name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (auto bad = FindInvalidUtf8(text)) {
    int line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < *bad; ++i) {
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    return InvalidInput(Place(file_name, line, static_cast<int>(*bad - line_start) + 1) +
                        ": invalid UTF-8");
  }
  std::vector<CsvRecord> records;
  size_t pos = 0;
  int line = 1;
  while (pos < text.size()) {
    // Comment and blank lines are only recognised at the start of a record.
    size_t eol = text.find('\n', pos);
    std::string_view raw = text.substr(pos, eol == std::string_view::npos ? text.size() - pos
                                                                          : eol - pos);
    if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
    if (raw.empty() || raw[0] == '#' || TrimAscii(raw).empty()) {
      pos = eol == std::string_view::npos ? text.size() : eol + 1;
      ++line;
      continue;
    }
    CsvRecord record;
    record.line = line;
    std::string field;
    size_t line_start = pos;
    bool done = false;
    while (!done) {
      if (pos < text.size() && text[pos] == '"') {
        int quote_line = line;
        int quote_column = static_cast<int>(pos - line_start) + 1;
        ++pos;
        while (true) {
          if (pos >= text.size()) {
            return InvalidInput(Place(file_name, quote_line, quote_column) +
                                ": quoted field is not closed");
          }
          char c = text[pos++];
          if (c == '"') {
            if (pos < text.size() && text[pos] == '"') {
              field.push_back('"');
              ++pos;
            } else {
              break;
            }
          } else {
            if (c == '\n') {
              ++line;
              line_start = pos;
            }
            field.push_back(c);
          }
        }
      }
      while (pos < text.size() && text[pos] != ',' && text[pos] != '\n') {
        if (text[pos] == '"') {
          return InvalidInput(Place(file_name, line, static_cast<int>(pos - line_start) + 1) +
                              ": unexpected '\"' inside a field");
        }
        field.push_back(text[pos++]);
      }
      if (!field.empty() && field.back() == '\r') field.pop_back();
      record.fields.push_back(std::move(field));
      field.clear();
      if (pos < text.size() && text[pos] == ',') {
        ++pos;
      } else {
        if (pos < text.size()) ++pos;  // the '\n'
        ++line;
        done = true;
      }
    }
    records.push_back(std::move(record));
  }
  return records;
}

Result<std::vector<CsvRecord>> ReadCsvTable(std::string_view text, std::string_view file_name,
                                            const std::vector<std::string_view>& columns) {
  DYAD_ASSIGN_OR_RETURN(std::vector<CsvRecord> records, ReadCsvRecords(text, file_name));
  std::string expected;
  for (std::string_view c : columns) expected += (expected.empty() ? "" : ",") + std::string(c);
  if (records.empty()) {
    return InvalidInput(std::string(file_name) + ": empty file; expected the header \"" +
                        expected + "\"");
  }
  std::string found;
  for (const std::string& f : records[0].fields) found += (found.empty() ? "" : ",") + f;
  if (found != expected) {
    return InvalidInput(std::string(file_name) + ":" + std::to_string(records[0].line) +
                        ": expected the header \"" + expected + "\", found " +
                        QuoteForMessage(found));
  }
  records.erase(records.begin());
  for (const CsvRecord& r : records) {
    if (r.fields.size() != columns.size()) {
      return InvalidInput(std::string(file_name) + ":" + std::to_string(r.line) + ": expected " +
                          std::to_string(columns.size()) + " fields, found " +
                          std::to_string(r.fields.size()));
    }
  }
  return records;
}

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view item : SplitString(field, ';')) {
    item = TrimAscii(item);
    if (!item.empty()) out.emplace_back(item);
  }
  return out;
}

Status RecordError(std::string_view file_name, const CsvRecord& record, std::string message) {
  return InvalidInput(std::string(file_name) + ":" + std::to_string(record.line) + ": " +
                      std::move(message));
}

}  // namespace dyad::reference
