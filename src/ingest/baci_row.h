// BACI row parsing, shared by the block parser: a fast path for plain rows straight from
// the bytes, and the full path over CsvReader fields that also words the errors.
// Internal to src/ingest. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "ingest/baci.h"
#include "ingest/csv.h"
#include "store/types.h"

namespace dyad::ingest::baci_internal {

// Packs (t, i, j, k) so that numeric order is BACI's row order.
inline uint64_t PackKey(uint64_t t, uint64_t i, uint64_t j, uint64_t k) {
  return (t << 50) | (i << 30) | (j << 20) | k;
}

struct RowFail {
  int column_index;  // -1: the row as a whole
  std::string what;
};

// Parses one record; returns false with `fail` set.
bool ParseRow(const CsvReader& r, const BaciOptions& o, store::ProductFlow* f, uint64_t* key,
              RowFail* fail);

// Parses "digits" up to `max_digits` long at `s`; false if none or too many.
inline bool FastDigits(const char*& s, const char* end, int max_digits, uint64_t* v, int* n) {
  uint64_t x = 0;
  const char* b = s;
  while (s < end && static_cast<unsigned>(*s - '0') <= 9) x = x * 10 + static_cast<unsigned>(*s++ - '0');
  *n = static_cast<int>(s - b);
  *v = x;
  return *n > 0 && *n <= max_digits;
}

// "123.456" (up to 15 integer digits, up to 3 decimals) as thousandths.
inline bool FastThousandths(const char*& s, const char* end, int64_t* out) {
  uint64_t whole;
  int n;
  if (!FastDigits(s, end, 15, &whole, &n)) return false;
  uint64_t frac = 0;
  int fd = 0;
  if (s < end && *s == '.') {
    ++s;
    const char* b = s;
    while (s < end && static_cast<unsigned>(*s - '0') <= 9 && s - b < 3) frac = frac * 10 + static_cast<unsigned>(*s++ - '0');
    fd = static_cast<int>(s - b);
    if (s < end && static_cast<unsigned>(*s - '0') <= 9) return false;  // more decimals: slow path rounds
  }
  static constexpr uint64_t kPow[] = {1000, 100, 10, 1};
  *out = static_cast<int64_t>(whole * 1000 + frac * kPow[fd]);
  return true;
}

// The common case of a plain row ("2022,4,8,010121,1.234,0.5\n"), parsed straight from
// the bytes. Anything unusual (spaces, quotes, CR, errors, more decimals) returns false
// and the row goes through CsvReader and ParseRow, which also word the errors.
inline bool FastRow(const char* s, const char* end, const BaciOptions& o, store::ProductFlow* f,
                    uint64_t* key, const char** next) {
  uint64_t t, i, j, k;
  int n;
  if (!FastDigits(s, end, 4, &t, &n) || n != 4 || s >= end || *s++ != ',') return false;
  if (t < 1900 || t > 2100 || (o.expected_year != 0 && t != static_cast<uint64_t>(o.expected_year))) return false;
  if (!FastDigits(s, end, 3, &i, &n) || s >= end || *s++ != ',') return false;
  if (!FastDigits(s, end, 3, &j, &n) || s >= end || *s++ != ',') return false;
  if (!FastDigits(s, end, 6, &k, &n) || n < 5 || s >= end || *s++ != ',') return false;
  int exporter = o.codes->CountryByTradeCode(i);
  int importer = o.codes->CountryByTradeCode(j);
  if (exporter < 0 || importer < 0 || !o.codes->IsHsChapter(static_cast<int>(k / 10000))) return false;
  int64_t value, quantity = -1;
  if (!FastThousandths(s, end, &value) || s >= end || *s++ != ',') return false;
  if (s + 1 < end && s[0] == 'N' && s[1] == 'A') {
    s += 2;
  } else if (s < end && *s != '\n') {
    if (!FastThousandths(s, end, &quantity)) return false;
  }
  if (s < end) {
    if (*s != '\n') return false;
    ++s;
  }
  f->year = static_cast<uint16_t>(t);
  f->exporter = static_cast<uint16_t>(exporter);
  f->importer = static_cast<uint16_t>(importer);
  f->side = store::Side::kReconciled;
  f->hs6 = static_cast<uint32_t>(k);
  f->value_usd = value;
  f->quantity_kg = quantity;
  *key = PackKey(t, i, j, k);
  *next = s;
  return true;
}

}  // namespace dyad::ingest::baci_internal
