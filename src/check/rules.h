// The numeric rules behind verdicts (docs/checking.md, "Figures"): the rounding a
// written figure implies, how hedges ("more than", "about", "nearly") turn a figure into
// a range, the relative tolerance, and the comparison of a claimed range with a data
// figure that may itself be qualified ("more than $1 billion"). Also the plain money
// and percent wording used in explanations. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "check/verdict.h"
#include "store/types.h"

namespace dyad::check {

// Relative tolerance on money figures, as a fraction of the claimed figure.
inline constexpr double kRelativeTolerance = 0.025;
// Widened tolerance for "about", "around", "nearly", "almost" and for percentages
// stated with a hedge.
inline constexpr double kHedgedTolerance = 0.05;
// The implied rounding is capped at this fraction of the claim ("$2 billion" is read as
// $1.9-2.1 billion, not $1.5-2.5 billion).
inline constexpr double kMaxRounding = 0.05;
// "nearly X" / "almost X": the data lies in [X - kNearlyWindow * X, X].
inline constexpr double kNearlyWindow = 0.05;
// Tolerance on percentages (growth rates, shares), in percentage points.
inline constexpr double kPercentTolerancePp = 1.0;
inline constexpr double kHedgedPercentTolerancePp = 2.0;

// A range of values with open or closed ends; hi may be +infinity.
struct Range {
  double lo = 0, hi = 0;
  bool lo_open = false, hi_open = false;
};

// Half a unit in the last significant digit of a whole number: 1130000000 -> 5000000,
// 1148800000 -> 50000, 2000000000 -> 500000000; 0 for 0.
double HalfUnitOfInteger(int64_t value);
// Half a unit in the last decimal written (up to 3 decimals): 12 -> 0.5, 12.5 -> 0.05.
double HalfUnitOfDecimal(double value);

// True for "about"-like hedges (approx, almost, nearly) that widen the tolerance.
bool IsHedged(std::string_view qualifier);

// The range a claimed figure with `rounding` (half unit) and `qualifier` stands for:
// "" / approx: [v - r, v + r]; more_than: (v, inf); at_least: [v, inf); less_than:
// [0, v); up_to: [0, v]; almost / nearly: [v - max(r, 5% v), v].
Range ClaimRange(double value, double rounding, std::string_view qualifier);
// The range a data figure stands for: exact/approx: [d, d]; more_than: (d, inf);
// less_than: [0, d).
Range DataRange(double value, store::Qualifier qualifier);

// supported: the data range lies inside the claimed range; consistent: it meets the
// claimed range widened by `slack` on both sides; contradicted otherwise.
Verdict CompareRanges(const Range& claim, const Range& data, double slack);

// The outcome of one money comparison, with the words for an explanation.
struct AmountOutcome {
  Verdict verdict = Verdict::kContradicted;
  double diff_pct = 0;       // (claimed - data) / data * 100
  double rounding = 0;       // the half unit used
  double slack = 0;          // the tolerance added, in USD
  std::string rule;          // "within rounding of $1.13 billion (±$5 million) plus 2.5%"
};
// Compares a claimed amount (with its qualifier) with a data figure.
AmountOutcome CompareAmount(int64_t claimed, std::string_view qualifier, int64_t data,
                            store::Qualifier data_qualifier);

struct PercentOutcome {
  Verdict verdict = Verdict::kContradicted;
  double diff_pp = 0;        // claimed - data
  std::string rule;
};
// Compares a claimed percentage (growth or share) with a data percentage.
PercentOutcome ComparePercent(double claimed, std::string_view qualifier, double data);

// "$1.13 billion", "$1,148.8 million", "$654,800"; negative values keep their sign.
std::string Usd(double value);
// "1.6%", "-1.6%" (one decimal; two when |x| < 0.1).
std::string PctText(double percent);
// "more than ", "about ", "nearly ", ... for a claim qualifier; "" when none.
std::string QualifierWords(std::string_view qualifier);
std::string DataQualifierWords(store::Qualifier q);  // "", "approx. ", "more than "

}  // namespace dyad::check
