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
  auto bad = [&](int col, std::string what) {
    fail->column_index = col;
    fail->what = std::string("column ") + kColumnNames[col] + ": " + std::move(what);
    return false;
  };
  if (r.size() != 6) {
    fail->column_index = -1;
    fail->what = "expected 6 columns (t,i,j,k,v,q), got " + std::to_string(r.size());
    return false;
  }
  uint64_t t, i, j, k;
  NumberError ne = ParseDigits(r[0].text, &t);
  if (ne != NumberError::kOk || t < 1900 || t > 2100) {
    return bad(0, "expected a year, got " +
                      (r[0].text.empty() ? std::string("an empty field") : QuoteForMessage(r[0].text)));
  }
  if (o.expected_year != 0 && t != static_cast<uint64_t>(o.expected_year)) {
    return bad(0, "expected " + std::to_string(o.expected_year) + " (the year in the file name), got " +
                      QuoteForMessage(r[0].text));
  }
  int exporter = 0, importer = 0;
  for (int c = 1; c <= 2; ++c) {
    uint64_t* code = c == 1 ? &i : &j;
    ne = ParseDigits(r[c].text, code);
    if (ne != NumberError::kOk) {
      return bad(c, "expected a country code, got " +
                        (r[c].text.empty() ? std::string("an empty field") : QuoteForMessage(r[c].text)));
    }
    int index = o.codes->CountryByTradeCode(*code);
    if (index < 0) return bad(c, "expected a known country code, got " + QuoteForMessage(r[c].text));
    (c == 1 ? exporter : importer) = index;
  }
  // BACI's k may have lost its leading zero ("10121" for 010121) when a spreadsheet
  // touched the file: five digits are restored, anything else is refused.
  std::string_view ktext = r[3].text;
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
  ne = ParseScaledDecimal(r[4].text, 3, &value);
  if (ne != NumberError::kOk) return bad(4, DescribeNumberError(ne, r[4].text));
  int64_t quantity = -1;
  std::string_view q = r[5].text;
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
