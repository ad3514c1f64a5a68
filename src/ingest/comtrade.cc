#include "ingest/comtrade.h"

#include <map>
#include <tuple>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "ingest/comtrade_format.h"
#include "ingest/comtrade_row.h"
#include "ingest/csv.h"
#include "ingest/row_checks.h"
#include "ingest/text_input.h"

namespace dyad::ingest {
namespace {

// Takes interpreted rows from any record source and hands the flows to the sink. Rows
// are kept until the whole file is read: the HS level the file is stored at is only
// known at the end (the finest level present).
class Collector {
 public:
  Collector(std::string_view file, const CtLayout& layout, const Codes& codes, RejectLog& rejects,
            ComtradeStats* stats)
      : file_(file), layout_(layout), codes_(codes), rejects_(rejects), stats_(stats) {}

  // One record at `line` (`raw` for the reject file).
  Status Take(const CtRecord& rec, uint64_t line, std::string_view raw) {
    ++stats_->rows;
    if (std::string services = ServicesMessage(rec, layout_); !services.empty()) {
      return InvalidInput(FormatRowError(file_, {line, 0, services, ""}));
    }
    CtRow row;
    CtFail fail;
    if (!InterpretCtRow(rec, layout_, codes_, &row, &fail)) {
      uint32_t col = fail.field >= 0 ? rec.column[fail.field] : 0;
      return Reject({line, col, fail.what, std::string(raw)});
    }
    if (row.use == CtUse::kProduct || row.use == CtUse::kTotal) {
      bool total = row.use == CtUse::kTotal;
      uint64_t key = (uint64_t{row.year} << 48) | (uint64_t{row.reporter} << 37) |
                     (uint64_t{row.partner} << 26) | (uint64_t{row.exports} << 25) |
                     (uint64_t{total} << 24) | (uint64_t(row.level / 2) << 20) | row.hs6;
      auto [it, inserted] = seen_.emplace(key, line);
      if (!inserted) {
        return Reject({line, 1,
                       "duplicate row (same year, reporter, partner, flow and commodity code), "
                       "first seen on line " + std::to_string(it->second),
                       std::string(raw)});
      }
    }
    if (layout_.at(CtField::kClassification) >= 0 && !rec.at(CtField::kClassification).empty()) {
      stats_->classifications.insert(std::string(rec.at(CtField::kClassification)));
    }
    switch (row.use) {
      case CtUse::kSkipWorld: ++stats_->skipped_world; break;
      case CtUse::kSkipBreakdown: ++stats_->skipped_breakdown; break;
      case CtUse::kSkipFlow: ++stats_->skipped_reexport; break;
      case CtUse::kSkipReporterArea: ++stats_->skipped_reporter; break;
      case CtUse::kSkipArea: ++stats_->skipped_area; break;
      case CtUse::kTotal: AddTotal(row); break;
      case CtUse::kProduct:
        kept_.push_back(row);
        level_ = std::max(level_, row.level);
        break;
    }
    return Status::Ok();
  }

  Status Finish(store::FlowSink& sink) {
    std::vector<store::ProductFlow> flows;
    for (const CtRow& p : kept_) {
      if (p.level != level_) {
        ++stats_->skipped_level;  // a sum of the finer rows the file also has
        continue;
      }
      store::ProductFlow f;
      f.year = p.year;
      f.exporter = p.exports ? p.reporter : p.partner;
      f.importer = p.exports ? p.partner : p.reporter;
      f.side = p.exports ? store::Side::kExporterReported : store::Side::kImporterReported;
      f.hs6 = p.hs6;
      f.value_usd = p.value;
      f.quantity_kg = p.kg;
      flows.push_back(f);
      stats_->codes.insert(p.hs6);
      stats_->years.insert(p.year);
    }
    stats_->level = flows.empty() ? 0 : level_;
    stats_->product_rows = flows.size();
    if (!flows.empty()) DYAD_RETURN_IF_ERROR(sink.AddProductFlows(flows));
    std::vector<store::AggregateFlow> aggregates;
    for (auto& [key, a] : totals_) {
      if (a.exports_usd && a.imports_usd) a.total_usd = *a.exports_usd + *a.imports_usd;
      aggregates.push_back(std::move(a));
    }
    if (!aggregates.empty()) DYAD_RETURN_IF_ERROR(sink.AddAggregateFlows(aggregates));
    return Status::Ok();
  }

 private:
  Status Reject(const RowError& e) {
    DYAD_RETURN_IF_ERROR(rejects_.Reject(file_, e));
    ++stats_->rejected;
    return Status::Ok();
  }

  // TOTAL rows of X and M for one (year, reporter, partner) form one aggregate flow.
  void AddTotal(const CtRow& p) {
    store::AggregateFlow& a = totals_[{p.year, p.reporter, p.partner}];
    a.year = p.year;
    a.reporter = p.reporter;
    a.partner = p.partner;
    (p.exports ? a.exports_usd : a.imports_usd) = p.value;
    a.source = "UN Comtrade (as reported by " + codes_.CodeOf(p.reporter) + ")";
    a.source_url = "https://comtradeplus.un.org/";
    ++stats_->total_rows;
    stats_->years.insert(p.year);
  }

  std::string_view file_;
  const CtLayout& layout_;
  const Codes& codes_;
  RejectLog& rejects_;
  ComtradeStats* stats_;
  std::vector<CtRow> kept_;
  int level_ = 0;
  std::map<std::tuple<uint16_t, uint16_t, uint16_t>, store::AggregateFlow> totals_;
  std::unordered_map<uint64_t, uint64_t> seen_;  // key -> line
};

std::string HeaderError(std::string_view file, const Status& s, std::string_view raw) {
  return std::string(file) + ":1:1: " + s.message() + ", got " + QuoteForMessage(raw.substr(0, 200));
}

Status ParseDelimited(std::string_view data, char delimiter, std::string_view file, const Codes& codes,
                      store::FlowSink& sink, RejectLog& rejects, ComtradeStats* stats) {
  CsvReader reader(data, 1, delimiter);
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> header,
                        ReadHeaderFields(reader, file, "typeCode,freqCode,refPeriodId,refYear,..."));
  Result<CtLayout> layout = DetectCtLayout(header);
  if (!layout.ok()) return InvalidInput(HeaderError(file, layout.status(), reader.raw()));
  stats->family = layout->family;
  Collector collector(file, *layout, codes, rejects, stats);
  for (;;) {
    CsvReader::Outcome o = reader.Next();
    if (o == CsvReader::Outcome::kEnd) break;
    if (o == CsvReader::Outcome::kError) {
      ++stats->rows;
      const CsvSyntaxError& e = reader.error();
      DYAD_RETURN_IF_ERROR(rejects.Reject(file, {e.line, e.column, e.what, std::string(reader.raw())}));
      ++stats->rejected;
      continue;
    }
    // The Comtrade Plus website ends every data row with a comma: one empty field more
    // than the header has.
    size_t n = reader.size();
    if (n == header.size() + 1 && reader[n - 1].text.empty() && !reader[n - 1].quoted) --n;
    if (n != header.size()) {
      ++stats->rows;
      uint32_t col = n < header.size() ? reader.end_column() : reader[header.size()].column;
      DYAD_RETURN_IF_ERROR(rejects.Reject(
          file, {reader.line(), col,
                 "expected " + std::to_string(header.size()) + " columns as in the header, got " +
                     std::to_string(reader.size()),
                 std::string(reader.raw())}));
      ++stats->rejected;
      continue;
    }
    CtRecord rec;
    for (int f = 0; f < kCtFieldCount; ++f) {
      int at = layout->index[f];
      if (at < 0) continue;
      rec.text[f] = TrimAscii(reader[at].text);
      rec.column[f] = reader[at].column;
    }
    DYAD_RETURN_IF_ERROR(collector.Take(rec, reader.line(), reader.raw()));
  }
  return collector.Finish(sink);
}

// The line on which each object of the top-level "data" array starts: a small scan
// over strings and nesting, so that JSON errors name a line like CSV ones do.
std::vector<uint64_t> DataObjectLines(std::string_view text) {
  std::vector<uint64_t> lines;
  uint64_t line = 1;
  int depth = 0;
  bool in_string = false, in_data = false;
  std::string last_key;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') ++line;
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
        if (depth == 1) last_key = current;
      } else if (depth == 1) {
        current.push_back(c);
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
      current.clear();
    } else if (c == '{' || c == '[') {
      if (depth == 1 && c == '[') in_data = last_key == "data";
      if (depth == 2 && c == '{' && in_data) lines.push_back(line);
      ++depth;
    } else if (c == '}' || c == ']') {
      --depth;
      if (depth == 1) in_data = false;
    }
  }
  return lines;
}

// A JSON value as the text a CSV download would hold.
std::string JsonText(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_null()) return "";
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return v.dump();
}

Status ParseJson(std::string_view data, std::string_view file, const Codes& codes, store::FlowSink& sink,
                 RejectLog& rejects, ComtradeStats* stats) {
  nlohmann::json doc = nlohmann::json::parse(data, nullptr, false);
  if (doc.is_discarded()) {
    return InvalidInput(std::string(file) + ": expected a Comtrade Plus API response (JSON), got text that is not JSON");
  }
  const nlohmann::json* rows = doc.is_object() && doc.contains("data") ? &doc["data"] : doc.is_array() ? &doc : nullptr;
  if (rows == nullptr || !rows->is_array()) {
    return InvalidInput(std::string(file) + ": expected a Comtrade Plus API response ({\"count\":...,\"data\":[...]}), got JSON without a \"data\" array");
  }
  std::vector<uint64_t> lines = DataObjectLines(data);
  stats->container = "json";
  if (rows->empty()) return Status::Ok();
  std::vector<std::string> header;
  if (!(*rows)[0].is_object()) return InvalidInput(std::string(file) + ": expected objects in \"data\", got " + std::string((*rows)[0].type_name()));
  for (const auto& [key, value] : (*rows)[0].items()) header.push_back(key);
  Result<CtLayout> layout = DetectCtLayout(header);
  if (!layout.ok()) return InvalidInput(std::string(file) + ": " + layout.status().message());
  stats->family = layout->family;
  Collector collector(file, *layout, codes, rejects, stats);
  std::array<std::string, kCtFieldCount> texts;
  for (size_t k = 0; k < rows->size(); ++k) {
    const nlohmann::json& obj = (*rows)[k];
    uint64_t line = k < lines.size() ? lines[k] : 0;
    CtRecord rec;
    if (!obj.is_object()) {
      ++stats->rows;
      DYAD_RETURN_IF_ERROR(rejects.Reject(file, {line, 0, "expected an object in \"data\", got " + std::string(obj.type_name()), obj.dump()}));
      ++stats->rejected;
      continue;
    }
    for (int f = 0; f < kCtFieldCount; ++f) {
      texts[f].clear();
      if (layout->index[f] < 0) continue;
      auto it = obj.find(layout->name[f]);
      if (it != obj.end()) texts[f] = JsonText(*it);
      rec.text[f] = TrimAscii(texts[f]);
    }
    DYAD_RETURN_IF_ERROR(collector.Take(rec, line, obj.dump()));
  }
  return collector.Finish(sink);
}

// Tab-separated when the header line has tabs and no commas.
char DelimiterOf(std::string_view data) {
  std::string_view first = data.substr(0, data.find('\n'));
  return first.find('\t') != std::string_view::npos && first.find(',') == std::string_view::npos ? '\t' : ',';
}

}  // namespace

Result<ComtradeStats> ParseComtrade(std::string bytes, std::string_view file, const Codes& codes,
                                    store::FlowSink& sink, RejectLog& rejects) {
  DYAD_ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(std::move(bytes), file));
  ComtradeStats stats;
  stats.windows1252 = decoded.windows1252;
  std::string_view text = decoded.text;
  size_t start = text.find_first_not_of(" \t\r\n");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") start = text.find_first_not_of(" \t\r\n", 3);
  if (start != std::string_view::npos && (text[start] == '{' || text[start] == '[')) {
    DYAD_RETURN_IF_ERROR(ParseJson(text, file, codes, sink, rejects, &stats));
  } else {
    char delimiter = DelimiterOf(text);
    stats.container = delimiter == '\t' ? "tsv" : "csv";
    DYAD_RETURN_IF_ERROR(ParseDelimited(text, delimiter, file, codes, sink, rejects, &stats));
  }
  stats.gzip = decoded.gzip;
  return stats;
}

Result<ComtradeStats> ParseComtradeCsv(std::string_view data, std::string_view file, const Codes& codes,
                                       store::FlowSink& sink, RejectLog& rejects) {
  ComtradeStats stats;
  stats.container = "csv";
  DYAD_RETURN_IF_ERROR(ParseDelimited(data, DelimiterOf(data), file, codes, sink, rejects, &stats));
  return stats;
}

}  // namespace dyad::ingest
