// Time expressions in a run of tokens, resolved against the article's date: periods
// ("in 2023", "last year", "in the first 11 months of 2023", "January-November 2023",
// "in the first half of 2022", "in Q1"), target years ("by 2030"), ranges ("2023-2025"),
// "since 2019", "over the past five years", baselines ("the same period last year",
// "year-on-year") and calendar dates ("22 August 2024", "August 22, 2024", "2024-08-22",
// "yesterday"). Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "text/tokens.h"

namespace dyad::text {

enum class TimeKind {
  kPeriod,      // a year, optionally months of it
  kTargetYear,  // "by 2030", "next year" after a goal
  kRange,       // "2023-2025", "from 2023 to 2025"
  kSince,       // "since 2019"
  kPastYears,   // "over the past five years"
  kBaseline,    // "the same period last year", "year-on-year", "a year earlier"
  kDate,        // a calendar date with day or month precision
};

struct TimeExpr {
  size_t begin = 0, end = 0;  // tokens
  TimeKind kind = TimeKind::kPeriod;
  int year = 0;               // period/target/since year; range start
  int month_from = 0, month_to = 0;  // 0 when the months are not known
  int to_year = 0;            // range end
  int past_years = 0;         // kPastYears
  Date date;                  // kDate
  bool relative = false;      // "last year", "this year": resolved from the article date
  // A comparison base, set by the sentence analysis (MarkComparedPeriods): "than in 2022",
  // "compared with H1 2023", "up 4.6% on H1 2023". It dates the figure compared with, so it
  // neither dates this sentence's figures nor becomes the current period.
  bool compared = false;
  // Months counted from the start of a fiscal year ("the first five months of the fiscal
  // year 2022-23": 1-5 of the fiscal year ending in `year`); the reader turns them into
  // calendar months from the pair's fiscal year start (ResolveFiscal in analysis.h).
  bool fiscal = false;
  // With `fiscal`: the months are calendar months of the fiscal year ending in `year`
  // ("between April and August of the FY 2022-23", "April-August 2022-23"); the reader
  // finds their calendar year from the pair's fiscal year start.
  bool calendar_months = false;
  // With `fiscal` and no months: a whole fiscal year relative to the article's ("last fiscal
  // year": -1), named by its end once the start is known.
  int fiscal_offset = 0;
  // "since the start of (the year|2024)": the months up to the article's, a guess the
  // reader replaces by the months of the period the text is about (PeriodFor).
  bool to_date = false;
};

// Finds the time expressions in toks[begin, end), left to right, non-overlapping.
std::vector<TimeExpr> FindTimes(const std::vector<Token>& toks, size_t begin, size_t end,
                                const Date& article_date);

// "1-12", "1-11", "4-6"; "" when the months are unknown.
std::string MonthsString(int month_from, int month_to);

// The first full calendar date (day, month and year) among the first `max_tokens`
// tokens: a dateline ("ASTANA, August 22, 2024", "22.08.2024 14:05", "2024-08-22").
std::optional<Date> FindDateline(const std::vector<Token>& toks, size_t max_tokens);

// 1..12 for a month name or abbreviation ("january", "jan", "sept"), else 0.
int MonthNumber(std::string_view norm);

}  // namespace dyad::text
