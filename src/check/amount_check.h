// Judging a claimed amount of money (a trade total or a one-way flow in a period)
// against the data figures for that period, preferred source first: same-period
// figures are compared (rules.h), partial-year figures are never compared with a
// full-year claim without saying so, and disagreeing sources are listed side by side
// (docs/checking.md, "Figures" and "Periods"). Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/figure.h"
#include "check/verdict.h"

namespace dyad::check {

struct AmountQuestion {
  int64_t claimed = 0;
  std::string qualifier;          // claim qualifier: "", approx, more_than, almost, ...
  int year = 0;
  int first_month = 1, last_month = 12;
  std::string subject;            // "KAZ-TJK trade", "KAZ's exports to TJK"
  std::string assumption;         // a sentence prepended to the explanation, or ""
  std::string years_loaded;       // "2017, 2020-2024" for the no-data hint
};

// One data figure and the value it gives for the question (total, exports or imports
// seen from the question's first country); nullopt when the figure lacks that value.
struct Observation {
  analytics::Figure figure;
  std::optional<int64_t> value;
};

struct Judgement {
  Verdict verdict = Verdict::kUnverifiable;
  std::vector<Evidence> evidence;
  std::string explanation;
};

// `observations`: every figure for the question's year, preferred source first.
Judgement JudgeAmount(const AmountQuestion& q, const std::vector<Observation>& observations);

// "2023" or "2023 (months 1-11)".
std::string PeriodText(int year, int first_month, int last_month);
// Whose figure it is, for evidence and explanations: the publisher of national
// statistics (else the dataset), else analytics' Figure::SourceLabel().
std::string SourceName(const analytics::Figure& f);
// Evidence for a figure (value, dataset, source, reporter, period, qualifier, url).
Evidence FigureEvidence(const analytics::Figure& f, std::optional<int64_t> value);

}  // namespace dyad::check
