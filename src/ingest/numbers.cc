#include "ingest/numbers.h"

#include "base/strings.h"

namespace dyad::ingest {

NumberError ParseDigits(std::string_view text, uint64_t* out) {
  if (text.empty()) return NumberError::kEmpty;
  uint64_t v = 0;
  for (char c : text) {
    unsigned d = static_cast<unsigned char>(c) - '0';
    if (d > 9) return NumberError::kNotANumber;
    if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, d, &v)) {
      return NumberError::kTooLarge;
    }
  }
  *out = v;
  return NumberError::kOk;
}

NumberError ParseScaledDecimal(std::string_view text, int scale, int64_t* out) {
  const char* p = text.data();
  const char* end = p + text.size();
  if (p == end) return NumberError::kEmpty;
  bool negative = false;
  if (*p == '+' || *p == '-') {
    negative = *p == '-';
    ++p;
  }
  // Mantissa digits: the integer part, then the fraction.
  const char* int_begin = p;
  while (p < end && static_cast<unsigned>(*p - '0') <= 9) ++p;
  const char* int_end = p;
  const char* frac_begin = p;
  const char* frac_end = p;
  if (p < end && *p == '.') {
    frac_begin = ++p;
    while (p < end && static_cast<unsigned>(*p - '0') <= 9) ++p;
    frac_end = p;
  }
  if (int_begin == int_end && frac_begin == frac_end) return NumberError::kNotANumber;
  int64_t exp10 = 0;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    bool exp_negative = false;
    if (p < end && (*p == '+' || *p == '-')) exp_negative = *p++ == '-';
    if (p == end) return NumberError::kNotANumber;
    while (p < end && static_cast<unsigned>(*p - '0') <= 9) {
      if (exp10 < 100000) exp10 = exp10 * 10 + (*p - '0');
      ++p;
    }
    if (exp_negative) exp10 = -exp10;
  }
  if (p != end) return NumberError::kNotANumber;

  // Walk the digits as one sequence; `point` is how many of them stay left of the
  // decimal point after scaling. The first digit right of it decides the rounding.
  const int64_t int_digits = int_end - int_begin;
  const int64_t total_digits = int_digits + (frac_end - frac_begin);
  const int64_t point = int_digits + exp10 + scale;
  uint64_t v = 0;
  bool nonzero = false;
  bool round_up = false;
  for (int64_t i = 0; i < total_digits; ++i) {
    char c = i < int_digits ? int_begin[i] : frac_begin[i - int_digits];
    unsigned d = static_cast<unsigned>(c - '0');
    if (d != 0) nonzero = true;
    if (i < point) {
      if (__builtin_mul_overflow(v, 10, &v) || __builtin_add_overflow(v, d, &v)) {
        return NumberError::kTooLarge;
      }
    } else if (i == point) {
      round_up = d >= 5;
    }
  }
  if (negative && nonzero) return NumberError::kNegative;
  for (int64_t i = total_digits; i < point; ++i) {
    if (v == 0) break;  // zeros stay zero, however large the exponent
    if (__builtin_mul_overflow(v, 10, &v)) return NumberError::kTooLarge;
  }
  if (round_up && __builtin_add_overflow(v, 1, &v)) return NumberError::kTooLarge;
  if (v > static_cast<uint64_t>(INT64_MAX)) return NumberError::kTooLarge;
  *out = static_cast<int64_t>(v);
  return NumberError::kOk;
}

std::string DescribeNumberError(NumberError error, std::string_view text) {
  switch (error) {
    case NumberError::kOk:
      return "";
    case NumberError::kEmpty:
      return "expected a number, got an empty field";
    case NumberError::kNotANumber:
      return "expected a number, got " + QuoteForMessage(text);
    case NumberError::kNegative:
      return "expected a number >= 0, got " + QuoteForMessage(text);
    case NumberError::kTooLarge:
      return "expected a number below 9.2e18 after conversion, got " + QuoteForMessage(text);
  }
  return "";
}

}  // namespace dyad::ingest
