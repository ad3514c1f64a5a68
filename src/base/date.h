// Calendar dates with a precision (day, month or year), as agreements and articles
// state them ("22 August 2024", "August 2024", "2023"). Values; thread-safe.
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "base/status.h"

namespace dyad {

enum class DatePrecision { kDay, kMonth, kYear };

struct Date {
  int year = 0;
  int month = 0;  // 1-12; 0 when precision is kYear
  int day = 0;    // 1-31; 0 when precision is kMonth or kYear
  DatePrecision precision = DatePrecision::kDay;

  static Date Ymd(int y, int m, int d) { return {y, m, d, DatePrecision::kDay}; }
  static Date Ym(int y, int m) { return {y, m, 0, DatePrecision::kMonth}; }
  static Date Y(int y) { return {y, 0, 0, DatePrecision::kYear}; }

  // "2024-08-22", "2024-08" or "2024".
  std::string ToString() const;
  // The first and last day the date can mean ("2024-08" -> 2024-08-01 .. 2024-08-31).
  Date First() const;
  Date Last() const;
  // Days since 1970-01-01 of First(); for ordering and differences.
  int64_t DayNumber() const;

  friend bool operator==(const Date&, const Date&) = default;
};

// Orders by First(), then by precision (a year sorts before its first day).
std::strong_ordering CompareDates(const Date& a, const Date& b);

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY"; rejects impossible dates (2023-02-29,
// 2024-13-01) with a message naming the input, e.g. `invalid date "2023-02-29": February
// 2023 has 28 days`.
Result<Date> ParseDate(std::string_view text);

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

// Today's date in UTC, or $DYAD_TODAY (YYYY-MM-DD) when set, so tests and golden
// transcripts do not move with the clock.
Date Today();

}  // namespace dyad
