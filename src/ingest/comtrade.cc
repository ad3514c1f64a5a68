#include "ingest/comtrade.h"

#include <map>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "ingest/csv.h"
#include "ingest/numbers.h"
#include "ingest/row_checks.h"

namespace dyad::ingest {
namespace {

// Comtrade partner codes that are regions or leftovers rather than countries: rows with
// them are set aside (counted), not errors, unless the reference table knows the code.
bool IsAreaCode(uint64_t code) {
  switch (code) {
    case 97: case 129: case 221: case 290: case 471: case 472: case 473: case 488:
    case 492: case 527: case 568: case 577: case 636: case 637: case 697: case 837:
    case 838: case 839: case 879: case 899:
      return true;
    default:
      return false;
  }
}

enum Col { kFreq, kYear, kPeriod, kReporter, kFlow, kPartner, kPartner2, kClass, kCmd,
           kCustoms, kMos, kMot, kNetWgt, kValue, kNumCols };
constexpr const char* kNames[kNumCols] = {"freqCode", "refYear", "period", "reporterCode",
                                          "flowCode", "partnerCode", "partner2Code",
                                          "classificationCode", "cmdCode", "customsCode",
                                          "mosCode", "motCode", "netWgt", "primaryValue"};
constexpr bool kRequired[kNumCols] = {true, true, false, true, true, true, false,
                                      false, true, false, false, false, false, true};

struct Fail {
  int col;  // Col, or -1 for the row
  std::string what;
};

std::string Got(std::string_view t) { return t.empty() ? std::string("an empty field") : QuoteForMessage(t); }

enum class Use { kProduct, kTotal, kSkipWorld, kSkipBreakdown, kSkipFlow, kSkipLevel, kSkipArea };

struct Parsed {
  Use use = Use::kProduct;
  uint16_t year = 0;
  uint16_t reporter = 0, partner = 0;
  bool exports = true;
  uint32_t hs6 = 0;
  int64_t value = 0;
  int64_t kg = -1;
};

class RowParser {
 public:
  RowParser(const int (&idx)[kNumCols], size_t columns, const Codes& codes)
      : idx_(idx), columns_(columns), codes_(codes) {}

  std::string_view Field(const CsvReader& r, Col c) const {
    return idx_[c] < 0 ? std::string_view() : r[idx_[c]].text;
  }

  bool Parse(const CsvReader& r, Parsed* p, Fail* fail) const {
    auto bad = [&](Col c, std::string what) {
      fail->col = c;
      fail->what = std::string("column ") + kNames[c] + ": " + std::move(what);
      return false;
    };
    if (r.size() != columns_) {
      fail->col = -1;
      fail->what = "expected " + std::to_string(columns_) + " columns as in the header, got " +
                   std::to_string(r.size());
      return false;
    }
    std::string_view freq = Field(r, kFreq);
    if (freq != "A") {
      return bad(kFreq, "expected A (annual data; monthly extracts are not imported), got " + Got(freq));
    }
    uint64_t year;
    if (ParseDigits(Field(r, kYear), &year) != NumberError::kOk || year < 1900 || year > 2100) {
      return bad(kYear, "expected a year, got " + Got(Field(r, kYear)));
    }
    p->year = static_cast<uint16_t>(year);
    if (idx_[kPeriod] >= 0 && Field(r, kPeriod) != Field(r, kYear)) {
      return bad(kPeriod, "expected the year " + std::to_string(year) + " (annual data), got " +
                              Got(Field(r, kPeriod)));
    }
    uint64_t code;
    if (ParseDigits(Field(r, kReporter), &code) != NumberError::kOk) {
      return bad(kReporter, "expected a country code, got " + Got(Field(r, kReporter)));
    }
    int reporter = codes_.CountryByTradeCode(code);
    if (reporter < 0) return bad(kReporter, "expected a known country code, got " + Got(Field(r, kReporter)));
    std::string_view flow = Field(r, kFlow);
    if (flow.empty()) return bad(kFlow, "expected a flow code (X, M, RX, RM, ...), got an empty field");
    if (ParseDigits(Field(r, kPartner), &code) != NumberError::kOk) {
      return bad(kPartner, "expected a country code, got " + Got(Field(r, kPartner)));
    }
    int partner = code == 0 ? -1 : codes_.CountryByTradeCode(code);
    if (code != 0 && partner < 0 && !IsAreaCode(code)) {
      return bad(kPartner, "expected a known country code, got " + Got(Field(r, kPartner)));
    }
    std::string_view cmd = Field(r, kCmd);
    bool total = cmd == "TOTAL";
    uint64_t hs = 0;
    if (!total) {
      if (ParseDigits(cmd, &hs) != NumberError::kOk || (cmd.size() != 2 && cmd.size() != 4 && cmd.size() != 6)) {
        return bad(kCmd, "expected TOTAL or a 2-, 4- or 6-digit HS code, got " + Got(cmd));
      }
      int chapter = static_cast<int>(cmd.size() == 2 ? hs : cmd.size() == 4 ? hs / 100 : hs / 10000);
      if (!codes_.IsHsChapter(chapter)) {
        return bad(kCmd, "expected an HS code in an existing chapter, got " + Got(cmd));
      }
    }
    int64_t value;
    NumberError ne = ParseScaledDecimal(Field(r, kValue), 0, &value);
    if (ne != NumberError::kOk) return bad(kValue, DescribeNumberError(ne, Field(r, kValue)));
    int64_t kg = -1;
    std::string_view w = Field(r, kNetWgt);
    if (!w.empty()) {
      ne = ParseScaledDecimal(w, 0, &kg);
      if (ne != NumberError::kOk) return bad(kNetWgt, DescribeNumberError(ne, w));
    }
    // The row is well formed; now decide whether it is a flow to keep.
    std::string_view p2 = Field(r, kPartner2);
    std::string_view customs = Field(r, kCustoms);
    std::string_view mos = Field(r, kMos);
    std::string_view mot = Field(r, kMot);
    if (flow != "X" && flow != "M") {
      p->use = Use::kSkipFlow;
    } else if (code == 0) {
      p->use = Use::kSkipWorld;
    } else if (partner < 0) {
      p->use = Use::kSkipArea;
    } else if ((!p2.empty() && p2 != "0") || (!customs.empty() && customs != "C00") ||
               (!mos.empty() && mos != "0") || (!mot.empty() && mot != "0")) {
      p->use = Use::kSkipBreakdown;
    } else if (!total && cmd.size() != 6) {
      p->use = Use::kSkipLevel;
    } else {
      p->use = total ? Use::kTotal : Use::kProduct;
    }
    p->reporter = static_cast<uint16_t>(reporter);
    p->partner = static_cast<uint16_t>(partner < 0 ? 0 : partner);
    p->exports = flow == "X";
    p->hs6 = static_cast<uint32_t>(hs);
    p->value = value;
    p->kg = kg;
    return true;
  }

 private:
  const int (&idx_)[kNumCols];
  size_t columns_;
  const Codes& codes_;
};

}  // namespace

Result<ComtradeStats> ParseComtradeCsv(std::string_view data, std::string_view file,
                                       const Codes& codes, store::FlowSink& sink,
                                       RejectLog& rejects) {
  CsvReader reader(data);
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> header,
                        ReadHeaderFields(reader, file, "typeCode,freqCode,refPeriodId,refYear,..."));
  int idx[kNumCols];
  for (int c = 0; c < kNumCols; ++c) {
    idx[c] = -1;
    for (size_t h = 0; h < header.size(); ++h) {
      if (EqualsIgnoreCaseAscii(header[h], kNames[c])) idx[c] = static_cast<int>(h);
    }
    if (idx[c] < 0 && kRequired[c]) {
      return InvalidInput(std::string(file) + ":1:1: expected a Comtrade header with a column \"" +
                          kNames[c] + "\", got " + QuoteForMessage(reader.raw()));
    }
  }
  ComtradeStats stats;
  RowParser parser(idx, header.size(), codes);
  std::vector<store::ProductFlow> flows;
  // TOTAL rows of X and M for one (year, reporter, partner) form one aggregate flow.
  std::map<std::tuple<uint16_t, uint16_t, uint16_t>, store::AggregateFlow> totals;
  std::unordered_map<uint64_t, uint64_t> seen;  // key -> line
  for (;;) {
    CsvReader::Outcome o = reader.Next();
    if (o == CsvReader::Outcome::kEnd) break;
    ++stats.rows;
    std::optional<RowError> error;
    Parsed p;
    Fail fail;
    if (o == CsvReader::Outcome::kError) {
      error = RowError{reader.error().line, reader.error().column, reader.error().what, std::string(reader.raw())};
    } else if (auto bad = CheckRecordUtf8(reader.raw(), reader.line())) {
      error = *bad;
    } else if (!parser.Parse(reader, &p, &fail)) {
      uint32_t col = fail.col >= 0 ? reader[idx[fail.col]].column
                     : reader.size() < header.size() ? reader.end_column() : reader[header.size()].column;
      error = RowError{reader.line(), col, fail.what, std::string(reader.raw())};
    } else if (p.use == Use::kProduct || p.use == Use::kTotal) {
      uint64_t key = (uint64_t{p.year} << 48) | (uint64_t{p.reporter} << 37) |
                     (uint64_t{p.partner} << 26) | (uint64_t{p.exports} << 25) |
                     (p.use == Use::kTotal ? (1u << 24) : p.hs6);
      auto [it, inserted] = seen.emplace(key, reader.line());
      if (!inserted) {
        error = RowError{reader.line(), 1,
                         "duplicate row (same refYear, reporterCode, partnerCode, flowCode and "
                         "cmdCode), first seen on line " + std::to_string(it->second),
                         std::string(reader.raw())};
      }
    }
    if (error) {
      DYAD_RETURN_IF_ERROR(rejects.Reject(file, *error));
      ++stats.rejected;
      continue;
    }
    if (stats.classification.empty() && idx[kClass] >= 0) {
      stats.classification = std::string(parser.Field(reader, kClass));
    }
    switch (p.use) {
      case Use::kSkipWorld: ++stats.skipped_world; continue;
      case Use::kSkipBreakdown: ++stats.skipped_breakdown; continue;
      case Use::kSkipFlow: ++stats.skipped_reexport; continue;
      case Use::kSkipLevel: ++stats.skipped_level; continue;
      case Use::kSkipArea: ++stats.skipped_area; continue;
      case Use::kTotal: {
        store::AggregateFlow& a = totals[{p.year, p.reporter, p.partner}];
        a.year = p.year;
        a.reporter = p.reporter;
        a.partner = p.partner;
        (p.exports ? a.exports_usd : a.imports_usd) = p.value;
        a.source = "UN Comtrade (as declared by the reporter)";
        a.source_url = "https://comtradeplus.un.org/";
        ++stats.total_rows;
        stats.years.insert(p.year);
        continue;
      }
      case Use::kProduct: break;
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
    stats.years.insert(p.year);
  }
  stats.product_rows = flows.size();
  if (!flows.empty()) DYAD_RETURN_IF_ERROR(sink.AddProductFlows(flows));
  std::vector<store::AggregateFlow> aggregates;
  for (auto& [key, a] : totals) {
    if (a.exports_usd && a.imports_usd) a.total_usd = *a.exports_usd + *a.imports_usd;
    aggregates.push_back(std::move(a));
  }
  if (!aggregates.empty()) DYAD_RETURN_IF_ERROR(sink.AddAggregateFlows(aggregates));
  return stats;
}

}  // namespace dyad::ingest
