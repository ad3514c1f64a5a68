#include "ingest/baci_row.h"

#include <cstdio>

#include "base/strings.h"
#include "ingest/numbers.h"

namespace dyad::ingest::baci_internal {
namespace {
constexpr const char* kColumnNames[] = {"t", "i", "j", "k", "v", "q"};
}  // namespace

// Parses one record; returns false with `fail` set.
bool ParseRow(const CsvReader& r, const BaciOptions& o, store::ProductFlow* f, uint64_t* key,
              RowFail* fail) {
  // A file R's write.csv saved has a row-names column first (o.first_column 1).
  const int off = o.first_column;
  auto bad = [&](int col, std::string what) {
    fail->column_index = col + off;
    fail->what = std::string("column ") + kColumnNames[col] + ": " + std::move(what);
    return false;
  };
  if (r.size() != static_cast<size_t>(6 + off)) {
    fail->column_index = -1;
    fail->what = off == 0 ? "expected 6 columns (t,i,j,k,v,q), got " + std::to_string(r.size())
                          : "expected 7 columns (row name,t,i,j,k,v,q), got " + std::to_string(r.size());
    return false;
  }
  // Quoted values keep their padding inside the quotes ("       13.235"): trim it.
  std::string_view text[6];
  for (int c = 0; c < 6; ++c) text[c] = TrimAscii(r[c + off].text);
  uint64_t t, i, j, k;
  NumberError ne = ParseDigits(text[0], &t);
  if (ne != NumberError::kOk || t < 1900 || t > 2100) {
    return bad(0, "expected a year, got " +
                      (text[0].empty() ? std::string("an empty field") : QuoteForMessage(text[0])));
  }
  if (o.expected_year != 0 && t != static_cast<uint64_t>(o.expected_year)) {
    return bad(0, "expected " + std::to_string(o.expected_year) + " (the year in the file name), got " +
                      QuoteForMessage(text[0]));
  }
  int exporter = 0, importer = 0;
  for (int c = 1; c <= 2; ++c) {
    uint64_t* code = c == 1 ? &i : &j;
    ne = ParseDigits(text[c], code);
    if (ne != NumberError::kOk) {
      return bad(c, "expected a country code, got " +
                        (text[c].empty() ? std::string("an empty field") : QuoteForMessage(text[c])));
    }
    int index = o.codes->CountryByTradeCode(*code);
    if (index < 0) return bad(c, "expected a known country code, got " + QuoteForMessage(text[c]));
    (c == 1 ? exporter : importer) = index;
  }
  // BACI's k may have lost its leading zero ("10121" for 010121) when a spreadsheet
  // touched the file: five digits are restored, anything else is refused.
  std::string_view ktext = text[3];
  if ((ktext.size() != 6 && ktext.size() != 5) || ParseDigits(ktext, &k) != NumberError::kOk) {
    return bad(3, "expected a 6-digit HS code, got " +
                      (ktext.empty() ? std::string("an empty field") : QuoteForMessage(ktext)));
  }
  int chapter = static_cast<int>(k / 10000);
  if (!o.codes->IsHsChapter(chapter)) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%02d", chapter);
    return bad(3, "expected an HS code in an existing chapter, got " + QuoteForMessage(ktext) +
                      " (there is no chapter " + buf + ")");
  }
  int64_t value;
  ne = ParseScaledDecimal(text[4], 3, &value);
  if (ne != NumberError::kOk) return bad(4, DescribeNumberError(ne, text[4]));
  int64_t quantity = -1;
  std::string_view q = text[5];
  if (!q.empty() && q != "NA") {
    ne = ParseScaledDecimal(q, 3, &quantity);
    if (ne != NumberError::kOk) return bad(5, DescribeNumberError(ne, q));
  }
  f->year = static_cast<uint16_t>(t);
  f->exporter = static_cast<uint16_t>(exporter);
  f->importer = static_cast<uint16_t>(importer);
  f->side = store::Side::kReconciled;
  f->hs6 = static_cast<uint32_t>(k);
  f->value_usd = value;
  f->quantity_kg = quantity;
  *key = PackKey(t, i, j, k);
  return true;
}


}  // namespace dyad::ingest::baci_internal
