#include "ingest/baci.h"

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

#include "base/strings.h"
#include "base/utf8.h"
#include "ingest/baci_row.h"
#include "ingest/csv.h"
#include "ingest/numbers.h"

namespace dyad::ingest {
namespace {

using baci_internal::FastRow;
using baci_internal::PackKey;
using baci_internal::ParseRow;
using baci_internal::RowFail;

std::string KeyText(uint64_t key) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "(%llu,%llu,%llu,%06llu)",
                static_cast<unsigned long long>(key >> 50),
                static_cast<unsigned long long>((key >> 30) & 0xFFFFF),
                static_cast<unsigned long long>((key >> 20) & 0x3FF),
                static_cast<unsigned long long>(key & 0xFFFFF));
  return buf;
}

// The offset of the first invalid UTF-8 byte at or after `from`, or npos. Skips ASCII a
// word at a time: BACI files are pure ASCII.
size_t NextInvalidUtf8(std::string_view d, size_t from) {
  size_t i = from;
  const size_t n = d.size();
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, d.data() + i, 8);
    if (w & 0x8080808080808080ULL) break;
    i += 8;
  }
  auto bad = FindInvalidUtf8(d.substr(i));
  return bad ? i + *bad : std::string_view::npos;
}

struct ChunkError {
  RowError error;            // line relative to the chunk until merged
  uint64_t duplicate_of = 0; // relative line of the earlier row, for duplicates
  uint64_t key = 0;
  bool duplicate = false;
};

// One piece of a file, cut at a line end, parsed by one thread.
struct Chunk {
  std::string_view data;
  uint64_t base_line = 0;  // absolute line of data[0] when known (single-threaded), else 0
  // Results.
  std::vector<store::ProductFlow> flows;
  std::vector<ChunkError> errors;
  std::vector<std::pair<uint64_t, uint64_t>>* keys = nullptr;  // (key, relative line)
  uint64_t lines = 0;
  bool has_key = false;
  uint64_t first_key = 0, first_key_line = 0, last_key = 0, last_key_line = 0;
  bool sorted = true;
  uint64_t year_mask[4] = {0, 0, 0, 0};  // bit (year - 1900)
};

void ParseChunk(const BaciOptions& o, bool stop_at_error, bool quoted, Chunk* c) {
  CsvReader reader(c->data, 0);
  size_t bad = NextInvalidUtf8(c->data, 0);
  c->flows.reserve(c->data.size() / 24);
  store::ProductFlow flow;
  uint64_t key = 0;
  RowFail fail;
  const char* const base = c->data.data();
  const char* const end = base + c->data.size();
  for (;;) {
    size_t start = reader.offset();
    ChunkError ce;
    bool ok = false;
    uint64_t line;
    std::string_view raw;
    const char* next;
    if (!quoted && o.first_column == 0 && FastRow(base + start, end, o, &flow, &key, &next)) {
      line = reader.next_line();
      raw = std::string_view(base + start, next - (base + start));
      if (!raw.empty() && raw.back() == '\n') raw.remove_suffix(1);
      reader.SkipLine(next - base);
      ok = true;
    } else {
      CsvReader::Outcome oc = reader.Next();
      if (oc == CsvReader::Outcome::kEnd) break;
      line = reader.line();
      raw = reader.raw();
      if (oc == CsvReader::Outcome::kError) {
        ce.error = {reader.error().line, reader.error().column, reader.error().what, std::string(raw)};
      } else if (bad < reader.offset()) {
        size_t line_start = bad;
        uint64_t bad_line = line;
        for (size_t p = start; p < bad; ++p) bad_line += c->data[p] == '\n';
        while (line_start > 0 && c->data[line_start - 1] != '\n') --line_start;
        char what[64];
        std::snprintf(what, sizeof what, "expected UTF-8 text, got byte 0x%02X",
                      static_cast<unsigned char>(c->data[bad]));
        ce.error = {bad_line, static_cast<uint32_t>(bad - line_start + 1), what, std::string(raw)};
        bad = NextInvalidUtf8(c->data, reader.offset());
      } else if (!ParseRow(reader, o, &flow, &key, &fail)) {
        uint32_t col = fail.column_index < 0 ? 0 : reader[fail.column_index].column;
        if (fail.column_index < 0) col = reader.size() < 6 ? reader.end_column() : reader[6].column;
        ce.error = {line, col, std::move(fail.what), std::string(raw)};
      } else {
        ok = true;
      }
    }
    if (ok) {
      if (o.duplicate_lines != nullptr && c->base_line != 0 &&
          o.duplicate_lines->count(c->base_line + line)) {
        ce.duplicate_of = o.duplicate_lines->at(c->base_line + line) - c->base_line;
        ok = false;
      } else if (c->keys == nullptr && c->has_key && key == c->last_key) {
        ce.duplicate_of = c->last_key_line;
        ok = false;
      }
      if (!ok) {
        ce.error = {line, 1, "", std::string(raw)};
        ce.duplicate = true;
        ce.key = key;
      }
    }
    if (!ok) {
      c->errors.push_back(std::move(ce));
      if (stop_at_error) break;
      continue;
    }
    if (!c->has_key) {
      c->has_key = true;
      c->first_key = key;
      c->first_key_line = line;
    } else if (key < c->last_key) {
      c->sorted = false;
    }
    c->last_key = key;
    c->last_key_line = line;
    unsigned y = flow.year - 1900;
    c->year_mask[y >> 6] |= 1ULL << (y & 63);
    c->flows.push_back(flow);
    if (c->keys) c->keys->emplace_back(key, line);
  }
  c->lines = reader.next_line();
}

// Checks the header line; returns the offset just past it.
Result<size_t> ReadHeader(std::string_view block, bool at_eof, std::string_view file, bool* synthetic,
                          int* first_column) {
  size_t nl = block.find('\n');
  if (nl == std::string_view::npos && !at_eof) {
    return InvalidInput(std::string(file) + ":1:1: expected the header \"t,i,j,k,v,q\", got a line longer than the read block");
  }
  size_t end = nl == std::string_view::npos ? block.size() : nl + 1;
  std::vector<std::string> fields;
  CsvSyntaxError err;
  std::string_view line = block.substr(0, end);
  if (!SplitCsvLine(line, &fields, &err)) {
    return InvalidInput(FormatRowError(file, {1, err.column, err.what, ""}));
  }
  // R's write.csv adds a row-names column with an empty name.
  *first_column = fields.size() == 7 && TrimAscii(fields[0]).empty() ? 1 : 0;
  std::string joined;
  for (size_t i = *first_column; i < fields.size(); ++i) {
    if (i > static_cast<size_t>(*first_column)) joined += ',';
    joined += ToLowerAscii(TrimAscii(fields[i]));
  }
  if (joined == kBaciHeader) {
    *synthetic = false;
  } else if (joined == kSynthHeader) {
    *synthetic = true;
  } else {
    std::string_view shown = TrimAscii(line);
    if (shown.size() >= 3 && shown.substr(0, 3) == "\xEF\xBB\xBF") shown.remove_prefix(3);
    std::string got = block.empty() ? std::string("an empty file") : QuoteForMessage(shown);
    return InvalidInput(std::string(file) + ":1:1: expected the header \"t,i,j,k,v,q\", got " + got);
  }
  return end;
}

class NullSink final : public store::FlowSink {
 public:
  Status AddProductFlows(std::span<const store::ProductFlow>) override { return Status::Ok(); }
  Status AddAggregateFlows(std::span<const store::AggregateFlow>) override { return Status::Ok(); }
  Status AddProductDescription(uint32_t, std::string) override { return Status::Ok(); }
};

Result<BaciFileStats> ParseImpl(ByteSource& source, std::string_view file, const BaciOptions& options,
                                store::FlowSink& sink, RejectLog& rejects, ProgressState* progress,
                                std::vector<std::pair<uint64_t, uint64_t>>* keys) {
  BaciFileStats stats;
  BaciOptions o = options;  // first_column comes from the header
  const size_t block = std::max<size_t>(o.block_size, 64);
  std::string buf(block, '\0');
  size_t filled = 0;
  bool eof = false;
  auto fill = [&]() -> Status {
    while (!eof && filled < buf.size()) {
      DYAD_ASSIGN_OR_RETURN(size_t n, source.Read(buf.data() + filled, buf.size() - filled));
      if (n == 0) eof = true;
      filled += n;
      stats.bytes += n;
    }
    return Status::Ok();
  };
  DYAD_RETURN_IF_ERROR(fill());
  size_t begin;
  DYAD_ASSIGN_OR_RETURN(begin, ReadHeader(std::string_view(buf.data(), filled), eof, file, &stats.synthetic,
                                          &o.first_column));
  uint64_t line = 2;
  bool have_prev = false;
  uint64_t prev_key = 0, prev_key_line = 0;
  uint64_t year_mask[4] = {0, 0, 0, 0};
  bool whole = false;  // quotes seen: the rest is parsed on one thread as one piece
  std::string rest;
  for (;;) {
    std::string_view avail(buf.data() + begin, filled - begin);
    size_t complete = avail.size();
    if (!eof && !whole) {
      size_t nl = avail.rfind('\n');
      if (nl == std::string_view::npos) {
        // A line longer than the block: grow the buffer and read on.
        std::memmove(buf.data(), avail.data(), avail.size());
        filled = avail.size();
        begin = 0;
        buf.resize(buf.size() * 2);
        DYAD_RETURN_IF_ERROR(fill());
        continue;
      }
      complete = nl + 1;
    }
    std::string_view piece = avail.substr(0, complete);
    if (!whole && std::memchr(piece.data(), '"', piece.size()) != nullptr) {
      // Quoted fields may hold line ends, so line-based splitting is unsafe: take the
      // rest of the input and read it on one thread.
      whole = true;
      DYAD_ASSIGN_OR_RETURN(std::string tail, ReadAll(source));
      stats.bytes += tail.size();
      rest.assign(avail);
      rest += tail;
      eof = true;
      piece = rest;
    }
    int threads = (whole || o.duplicate_lines || piece.size() < (1 << 20)) ? 1 : std::max(1, o.threads);
    std::vector<Chunk> chunks(threads);
    size_t at = 0;
    for (int t = 0; t < threads; ++t) {
      size_t cut = piece.size();
      if (t + 1 < threads) {
        size_t target = piece.size() * (t + 1) / threads;
        size_t nl = piece.find('\n', std::max(target, at));
        cut = nl == std::string_view::npos ? piece.size() : nl + 1;
      }
      chunks[t].data = piece.substr(at, cut - at);
      at = cut;
    }
    chunks[0].base_line = line;
    std::vector<std::vector<std::pair<uint64_t, uint64_t>>> chunk_keys(keys ? threads : 0);
    for (int t = 0; t < threads && keys; ++t) chunks[t].keys = &chunk_keys[t];
    const bool stop = !rejects.lenient();
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t) workers.emplace_back(ParseChunk, std::cref(o), stop, whole, &chunks[t]);
    ParseChunk(o, stop, whole, &chunks[0]);
    for (auto& w : workers) w.join();

    for (int t = 0; t < threads; ++t) {
      Chunk& c = chunks[t];
      std::vector<ChunkError>& errors = c.errors;
      size_t drop_first = 0;
      if (c.has_key && have_prev) {
        if (c.first_key == prev_key) {
          ChunkError ce;
          ce.error = {c.first_key_line, 1, "", ""};
          ce.duplicate = true;
          ce.duplicate_of = prev_key_line - line;  // made absolute below
          ce.key = prev_key;
          errors.push_back(ce);
          drop_first = 1;
        } else if (c.first_key < prev_key) {
          stats.sorted = false;
        }
      }
      std::sort(errors.begin(), errors.end(),
                [](const ChunkError& a, const ChunkError& b) { return a.error.line < b.error.line; });
      for (ChunkError& ce : errors) {
        ce.error.line += line;
        if (ce.duplicate) ce.error.what = DuplicateMessage(KeyText(ce.key), ce.duplicate_of + line);
        DYAD_RETURN_IF_ERROR(rejects.Reject(file, ce.error));
        ++stats.rejected;
      }
      if (keys) {
        for (auto& [k, l] : chunk_keys[t]) keys->emplace_back(k, l + line);
      }
      std::span<const store::ProductFlow> flows(c.flows);
      if (drop_first && c.flows.size() > 0) {
        // The row repeating the previous chunk's last key was rejected above.
        flows = flows.subspan(1);
      }
      if (!flows.empty()) DYAD_RETURN_IF_ERROR(sink.AddProductFlows(flows));
      stats.rows += flows.size();
      if (!c.sorted) stats.sorted = false;
      if (c.has_key) {
        prev_key = c.last_key;
        prev_key_line = c.last_key_line + line;
        have_prev = true;
      }
      for (int w = 0; w < 4; ++w) year_mask[w] |= c.year_mask[w];
      line += c.lines;
      // Free the rows now: blocks would otherwise pile up until the file ends.
      std::vector<store::ProductFlow>().swap(c.flows);
    }
    if (progress && progress->sink) {
      progress->sink->Update(progress->label, progress->bytes_base + stats.bytes,
                             progress->bytes_total, progress->rows_base + stats.rows);
    }
    if (whole || eof) break;
    std::string_view left = avail.substr(complete);
    std::memmove(buf.data(), left.data(), left.size());
    filled = left.size();
    begin = 0;
    DYAD_RETURN_IF_ERROR(fill());
    if (filled == 0 && eof) break;
  }
  for (int y = 0; y < 256; ++y) {
    if (year_mask[y >> 6] & (1ULL << (y & 63))) stats.years.insert(static_cast<uint16_t>(1900 + y));
  }
  return stats;
}

}  // namespace

BaciName ParseBaciName(std::string_view base_name) {
  BaciName name;
  size_t dot = base_name.rfind('.');
  std::string_view stem = base_name.substr(0, dot);
  for (std::string_view part : SplitString(stem, '_')) {
    if (part.size() == 4 && (part[0] == 'H' || part[0] == 'h') && (part[1] == 'S' || part[1] == 's') &&
        isdigit(static_cast<unsigned char>(part[2])) && isdigit(static_cast<unsigned char>(part[3]))) {
      name.edition = ToUpperAscii(part);
    } else if (part.size() == 5 && (part[0] == 'Y' || part[0] == 'y')) {
      uint64_t y;
      if (ParseDigits(part.substr(1), &y) == NumberError::kOk && y >= 1900 && y <= 2100) {
        name.year = static_cast<int>(y);
      }
    } else if (part.size() >= 7 && (part[0] == 'V' || part[0] == 'v')) {
      uint64_t v;
      if (ParseDigits(part.substr(1), &v) == NumberError::kOk) name.vintage = "V" + std::string(part.substr(1));
    }
  }
  return name;
}

std::string DuplicateMessage(std::string_view key, uint64_t first_line) {
  return "duplicate key (t,i,j,k) = " + std::string(key) + ", first seen on line " +
         std::to_string(first_line);
}

Result<BaciFileStats> ParseBaciCsv(ByteSource& source, std::string_view file,
                                   const BaciOptions& options, store::FlowSink& sink,
                                   RejectLog& rejects, ProgressState* progress) {
  return ParseImpl(source, file, options, sink, rejects, progress, nullptr);
}

Result<std::unordered_map<uint64_t, uint64_t>> FindBaciDuplicates(ByteSource& source,
                                                                   std::string_view file,
                                                                   const BaciOptions& options) {
  std::vector<std::pair<uint64_t, uint64_t>> keys;
  NullSink sink;
  RejectLog quiet(true, {});
  BaciOptions o = options;
  o.duplicate_lines = nullptr;
  DYAD_RETURN_IF_ERROR(ParseImpl(source, file, o, sink, quiet, nullptr, &keys).status());
  std::sort(keys.begin(), keys.end());
  std::unordered_map<uint64_t, uint64_t> dups;
  for (size_t i = 1; i < keys.size(); ++i) {
    if (keys[i].first == keys[i - 1].first) {
      size_t first = i - 1;
      while (first > 0 && keys[first - 1].first == keys[i].first) --first;
      dups[keys[i].second] = keys[first].second;
    }
  }
  return dups;
}

}  // namespace dyad::ingest
