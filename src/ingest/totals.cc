#include "ingest/totals.h"

#include <map>
#include <tuple>
#include <vector>

#include "base/strings.h"
#include "ingest/csv.h"
#include "ingest/numbers.h"
#include "ingest/row_checks.h"

namespace dyad::ingest {
namespace {

constexpr const char* kColumns[] = {"year",      "months", "reporter",  "partner",
                                    "exports_usd", "imports_usd", "total_usd", "qualifier",
                                    "source",    "source_url", "published"};

struct Fail {
  int column;
  std::string what;
};

std::string Got(std::string_view text) {
  return text.empty() ? std::string("an empty field") : QuoteForMessage(text);
}

bool ParseMonths(std::string_view text, uint8_t* first, uint8_t* last) {
  size_t dash = text.find('-');
  uint64_t a, b;
  if (dash == std::string_view::npos) {
    if (ParseDigits(text, &a) != NumberError::kOk) return false;
    b = a;
  } else if (ParseDigits(text.substr(0, dash), &a) != NumberError::kOk ||
             ParseDigits(text.substr(dash + 1), &b) != NumberError::kOk) {
    return false;
  }
  if (a < 1 || b > 12 || a > b) return false;
  *first = static_cast<uint8_t>(a);
  *last = static_cast<uint8_t>(b);
  return true;
}

bool ParseRow(const CsvReader& r, const Codes& codes, store::AggregateFlow* f, Fail* fail) {
  auto bad = [&](int col, std::string what) {
    fail->column = col;
    fail->what = std::string("column ") + kColumns[col] + ": " + std::move(what);
    return false;
  };
  if (r.size() != 11) {
    fail->column = -1;
    fail->what = "expected 11 columns as in the header, got " + std::to_string(r.size());
    return false;
  }
  uint64_t year;
  if (ParseDigits(r[0].text, &year) != NumberError::kOk || year < 1900 || year > 2100) {
    return bad(0, "expected a year, got " + Got(r[0].text));
  }
  f->year = static_cast<uint16_t>(year);
  if (!ParseMonths(r[1].text, &f->first_month, &f->last_month)) {
    return bad(1, "expected months like 1-12 or 1-6, got " + Got(r[1].text));
  }
  for (int c = 2; c <= 3; ++c) {
    int index = codes.CountryByCode(ToUpperAscii(r[c].text));
    if (index < 0) return bad(c, "expected an ISO alpha-3 country code, got " + Got(r[c].text));
    (c == 2 ? f->reporter : f->partner) = static_cast<uint16_t>(index);
  }
  if (f->reporter == f->partner) return bad(3, "expected a partner other than the reporter, got " + Got(r[3].text));
  std::optional<int64_t>* amounts[] = {&f->exports_usd, &f->imports_usd, &f->total_usd};
  for (int c = 4; c <= 6; ++c) {
    if (r[c].text.empty()) {
      amounts[c - 4]->reset();
      continue;
    }
    int64_t v;
    NumberError ne = ParseScaledDecimal(r[c].text, 0, &v);
    if (ne != NumberError::kOk) return bad(c, DescribeNumberError(ne, r[c].text));
    *amounts[c - 4] = v;
  }
  if (!f->exports_usd && !f->imports_usd && !f->total_usd) {
    return bad(6, "expected at least one of exports_usd, imports_usd, total_usd, got none");
  }
  std::string_view q = r[7].text;
  if (q.empty()) f->qualifier = store::Qualifier::kExact;
  else if (q == "approx") f->qualifier = store::Qualifier::kApprox;
  else if (q == "more_than") f->qualifier = store::Qualifier::kMoreThan;
  else if (q == "less_than") f->qualifier = store::Qualifier::kLessThan;
  else return bad(7, "expected empty, approx, more_than or less_than, got " + QuoteForMessage(q));
  if (r[8].text.empty()) return bad(8, "expected who published the figure, got an empty field");
  f->source = std::string(r[8].text);
  f->source_url = std::string(r[9].text);
  f->published = std::string(r[10].text);
  return true;
}

}  // namespace

Result<TotalsStats> ParseTotalsCsv(std::string_view data, std::string_view file,
                                   const Codes& codes, store::FlowSink& sink, RejectLog& rejects) {
  CsvReader reader(data);
  DYAD_ASSIGN_OR_RETURN(std::vector<std::string> header, ReadHeaderFields(reader, file, kTotalsHeader));
  std::string joined;
  for (size_t i = 0; i < header.size(); ++i) joined += (i ? "," : "") + ToLowerAscii(header[i]);
  if (joined != kTotalsHeader) {
    return InvalidInput(std::string(file) + ":1:1: expected the header \"" + std::string(kTotalsHeader) +
                        "\", got " + QuoteForMessage(reader.raw()));
  }
  TotalsStats stats;
  std::vector<store::AggregateFlow> flows;
  // (year, first, last, reporter, partner, source) -> line: one published figure per key.
  std::map<std::tuple<int, int, int, int, int, std::string>, uint64_t> seen;
  for (;;) {
    CsvReader::Outcome o = reader.Next();
    if (o == CsvReader::Outcome::kEnd) break;
    std::optional<RowError> error;
    store::AggregateFlow f;
    Fail fail;
    if (o == CsvReader::Outcome::kError) {
      error = RowError{reader.error().line, reader.error().column, reader.error().what, std::string(reader.raw())};
    } else if (auto bad = CheckRecordUtf8(reader.raw(), reader.line())) {
      error = *bad;
    } else if (!ParseRow(reader, codes, &f, &fail)) {
      uint32_t col = fail.column >= 0 ? reader[fail.column].column
                     : reader.size() < 11 ? reader.end_column() : reader[11].column;
      error = RowError{reader.line(), col, fail.what, std::string(reader.raw())};
    } else {
      auto key = std::make_tuple(f.year, f.first_month, f.last_month, f.reporter, f.partner, f.source);
      auto [it, inserted] = seen.emplace(key, reader.line());
      if (!inserted) {
        error = RowError{reader.line(), 1,
                         "duplicate figure (same year, months, reporter, partner and source), first "
                         "seen on line " + std::to_string(it->second),
                         std::string(reader.raw())};
      }
    }
    if (error) {
      DYAD_RETURN_IF_ERROR(rejects.Reject(file, *error));
      ++stats.rejected;
      continue;
    }
    flows.push_back(std::move(f));
  }
  DYAD_RETURN_IF_ERROR(sink.AddAggregateFlows(flows));
  stats.rows = flows.size();
  return stats;
}

}  // namespace dyad::ingest
