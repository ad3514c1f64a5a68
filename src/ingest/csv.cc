#include "ingest/csv.h"

#include <cstring>

namespace dyad::ingest {
std::string_view CsvReader::Trim(const char* b, const char* e) const {
  while (b < e && IsPad(*b)) ++b;
  while (e > b && IsPad(e[-1])) --e;
  return {b, static_cast<size_t>(e - b)};
}

CsvReader::CsvReader(std::string_view data, uint64_t first_line, char delimiter)
    : data_(data), delimiter_(delimiter), line_(first_line) {
  if (first_line == 1 && data_.size() >= 3 && std::memcmp(data_.data(), "\xEF\xBB\xBF", 3) == 0) {
    pos_ = 3;
  }
  fields_.reserve(64);
}

void CsvReader::SkipToNextLine() {
  const void* nl = std::memchr(data_.data() + pos_, '\n', data_.size() - pos_);
  if (nl == nullptr) {
    pos_ = data_.size();
  } else {
    pos_ = static_cast<const char*>(nl) - data_.data() + 1;
    ++line_;
  }
}

CsvReader::Outcome CsvReader::Next() {
  fields_.clear();
  const char* const base = data_.data();
  const char* const end = base + data_.size();
  while (pos_ < data_.size()) {
    const char* line = base + pos_;
    const char* p = line;
    const char* field = line;
    // One pass over the line: commas split fields; a quote anywhere sends the record to
    // the slower path, which understands quoted fields and embedded newlines.
    while (p < end) {
      char c = *p;
      if (c == delimiter_) {
        std::string_view t = Trim(field, p);
        fields_.push_back({t, static_cast<uint32_t>((t.data() - line) + 1), false});
        field = p + 1;
      } else if (c == '\n') {
        break;
      } else if (c == '"') {
        fields_.clear();
        return ReadQuotedRecord(pos_);
      }
      ++p;
    }
    const char* content_end = p;
    if (content_end > field && content_end[-1] == '\r') --content_end;
    bool at_newline = p < end;
    if (content_end == line) {  // blank line
      pos_ = at_newline ? (p - base) + 1 : data_.size();
      if (at_newline) ++line_;
      continue;
    }
    std::string_view t = Trim(field, content_end);
    fields_.push_back({t, static_cast<uint32_t>((t.data() - line) + 1), false});
    record_line_ = line_;
    raw_ = std::string_view(line, content_end - line);
    end_column_ = static_cast<uint32_t>(content_end - line) + 1;
    pos_ = at_newline ? (p - base) + 1 : data_.size();
    if (at_newline) ++line_;
    return Outcome::kRecord;
  }
  return Outcome::kEnd;
}

CsvReader::Outcome CsvReader::ReadQuotedRecord(size_t start) {
  struct Span {
    bool in_scratch;
    size_t offset;
    size_t size;
    uint32_t column;
    bool quoted;
  };
  std::vector<Span> spans;
  scratch_.clear();
  const char* const base = data_.data();
  const size_t n = data_.size();
  size_t i = start;
  size_t line_start = start;
  uint64_t line = line_;
  record_line_ = line_;
  auto column_of = [&](size_t at) { return static_cast<uint32_t>(at - line_start + 1); };
  auto fail = [&](uint64_t err_line, uint32_t col, std::string what) {
    error_ = {err_line, col, std::move(what)};
    raw_ = std::string_view(base + start, std::min(n, i) - start);
    line_ = line;
    pos_ = std::min(i, n);
    if (pos_ < n && base[pos_] != '\n') SkipToNextLine();
    else if (pos_ < n) { ++pos_; ++line_; }
    return Outcome::kError;
  };
  for (;;) {
    size_t f = i;
    while (f < n && IsPad(base[f])) ++f;
    if (f < n && base[f] == '"') {
      size_t open = f;
      uint64_t open_line = line;
      uint32_t open_col = column_of(open);
      size_t out = scratch_.size();
      size_t j = open + 1;
      bool closed = false;
      while (j < n) {
        char c = base[j];
        if (c == '"') {
          if (j + 1 < n && base[j + 1] == '"') {
            scratch_.push_back('"');
            j += 2;
            continue;
          }
          closed = true;
          ++j;
          break;
        }
        if (c == '\n') {
          ++line;
          line_start = j + 1;
        }
        scratch_.push_back(c);
        ++j;
      }
      if (!closed) {
        i = n;
        return fail(open_line, open_col, "expected a closing quote, got end of file");
      }
      spans.push_back({true, out, scratch_.size() - out, open_col, true});
      while (j < n && IsPad(base[j])) ++j;
      if (j < n && base[j] == '\r' && (j + 1 == n || base[j + 1] == '\n')) ++j;
      if (j >= n || base[j] == '\n') {
        i = j;
        break;
      }
      if (base[j] != delimiter_) {
        i = j;
        std::string what = delimiter_ == ',' ? "expected a comma after a closing quote, got "
                                             : "expected a tab after a closing quote, got ";
        what += '"';
        what += base[j];
        what += '"';
        return fail(line, column_of(j), std::move(what));
      }
      i = j + 1;
      continue;
    }
    // An unquoted field: up to the next comma or line end; quotes inside are literal.
    size_t j = f;
    while (j < n && base[j] != delimiter_ && base[j] != '\n') ++j;
    size_t e = j;
    if (e > f && base[e - 1] == '\r' && (j == n || base[j] == '\n')) --e;
    std::string_view t = Trim(base + f, base + e);
    spans.push_back({false, static_cast<size_t>(t.data() - base), t.size(),
                     column_of(t.data() - base), false});
    if (j >= n || base[j] == '\n') {
      i = j;
      break;
    }
    i = j + 1;
  }
  size_t content_end = i;
  if (content_end > start && base[content_end - 1] == '\r') --content_end;
  raw_ = std::string_view(base + start, content_end - start);
  end_column_ = column_of(content_end);
  for (const Span& s : spans) {
    std::string_view text = s.in_scratch ? std::string_view(scratch_).substr(s.offset, s.size)
                                         : std::string_view(base + s.offset, s.size);
    fields_.push_back({text, s.column, s.quoted});
  }
  line_ = line;
  if (i < n) {
    pos_ = i + 1;
    ++line_;
  } else {
    pos_ = n;
  }
  return Outcome::kRecord;
}

bool SplitCsvLine(std::string_view line, std::vector<std::string>* fields,
                  CsvSyntaxError* error) {
  CsvReader reader(line);
  fields->clear();
  CsvReader::Outcome o = reader.Next();
  if (o == CsvReader::Outcome::kError) {
    *error = reader.error();
    return false;
  }
  if (o == CsvReader::Outcome::kEnd) return true;
  for (const CsvField& f : reader.fields()) fields->emplace_back(f.text);
  return true;
}

}  // namespace dyad::ingest
