#include "check/rules.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "base/strings.h"

namespace dyad::check {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
}  // namespace

std::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kSupported: return "supported";
    case Verdict::kConsistent: return "consistent";
    case Verdict::kContradicted: return "contradicted";
    case Verdict::kUnverifiable: return "unverifiable";
    case Verdict::kRecorded: return "recorded";
  }
  return "?";
}

std::string SummaryLine(const std::array<int, kVerdictCount>& counts) {
  int total = 0;
  for (int c : counts) total += c;
  std::string s = fmt::format("{} claim{}:", total, total == 1 ? "" : "s");
  for (int i = 0; i < kVerdictCount; ++i) {
    s += fmt::format("{} {} {}", i == 0 ? "" : ",", counts[i], VerdictName(static_cast<Verdict>(i)));
  }
  return s;
}

double HalfUnitOfInteger(int64_t value) {
  if (value == 0) return 0;
  uint64_t v = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  double unit = 1;
  while (v % 10 == 0) {
    v /= 10;
    unit *= 10;
  }
  return unit / 2;
}

double HalfUnitOfDecimal(double value) {
  double a = std::fabs(value);
  for (int k = 0; k <= 3; ++k) {
    double scaled = a * std::pow(10.0, k);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return 0.5 / std::pow(10.0, k);
  }
  return 0.0005;
}

bool IsHedged(std::string_view q) { return q == "approx" || q == "almost"; }

Range ClaimRange(double v, double r, std::string_view q) {
  if (q == "more_than") return {v, kInf, true, false};
  if (q == "at_least") return {v, kInf, false, false};
  if (q == "less_than") return {0, v, false, true};
  if (q == "up_to") return {0, v, false, false};
  if (q == "almost") return {v - std::max(r, kNearlyWindow * v), v, false, false};
  return {v - r, v + r, false, false};
}

Range DataRange(double d, store::Qualifier q) {
  switch (q) {
    case store::Qualifier::kMoreThan: return {d, kInf, true, false};
    case store::Qualifier::kLessThan: return {0, d, false, true};
    default: return {d, d, false, false};
  }
}

namespace {

// True when `inner` lies inside `outer` (ends compared with their openness).
bool Inside(const Range& inner, const Range& outer) {
  bool lo_ok = inner.lo > outer.lo || (inner.lo == outer.lo && (!outer.lo_open || inner.lo_open));
  bool hi_ok = inner.hi < outer.hi || (inner.hi == outer.hi && (!outer.hi_open || inner.hi_open));
  return lo_ok && hi_ok;
}

bool Meets(const Range& a, const Range& b) {
  if (a.hi < b.lo || b.hi < a.lo) return false;
  if (a.hi == b.lo && (a.hi_open || b.lo_open)) return false;
  if (b.hi == a.lo && (b.hi_open || a.lo_open)) return false;
  return true;
}

}  // namespace

Verdict CompareRanges(const Range& claim, const Range& data, double slack) {
  if (Inside(data, claim)) return Verdict::kSupported;
  Range wide = claim;
  wide.lo -= slack;
  wide.hi += slack;
  wide.lo_open = wide.hi_open = false;
  if (Meets(data, wide)) return Verdict::kConsistent;
  return Verdict::kContradicted;
}

AmountOutcome CompareAmount(int64_t claimed, std::string_view qualifier, int64_t data,
                            store::Qualifier data_qualifier) {
  AmountOutcome out;
  double c = static_cast<double>(claimed);
  out.rounding = std::min(HalfUnitOfInteger(claimed), kMaxRounding * std::fabs(c));
  double tol = IsHedged(qualifier) ? kHedgedTolerance : kRelativeTolerance;
  out.slack = tol * std::fabs(c);
  out.verdict = CompareRanges(ClaimRange(c, out.rounding, qualifier),
                              DataRange(static_cast<double>(data), data_qualifier), out.slack);
  out.diff_pct = data != 0 ? (c - static_cast<double>(data)) / static_cast<double>(data) * 100 : 0;
  std::string claim_words = QualifierWords(qualifier) + Usd(c);
  std::string tol_words = fmt::format("{:g}%", tol * 100);
  if (qualifier == "more_than" || qualifier == "at_least" || qualifier == "less_than" ||
      qualifier == "up_to") {
    out.rule = fmt::format("\"{}\" holds when the data is {} {}; tolerance {} of the claim",
                           claim_words,
                           qualifier == "more_than"  ? "above"
                           : qualifier == "at_least" ? "at or above"
                           : qualifier == "less_than" ? "below"
                                                      : "at or below",
                           Usd(c), tol_words);
  } else if (qualifier == "almost") {
    out.rule = fmt::format("\"{}\" holds for {} to {}; tolerance {} of the claim", claim_words,
                           Usd(c - std::max(out.rounding, kNearlyWindow * c)), Usd(c), tol_words);
  } else {
    out.rule = fmt::format("rounding of {} is ±{}, tolerance {} of the claim{}", Usd(c),
                           Usd(out.rounding), tol_words, IsHedged(qualifier) ? " (hedged)" : "");
  }
  return out;
}

PercentOutcome ComparePercent(double claimed, std::string_view qualifier, double data) {
  PercentOutcome out;
  double r = HalfUnitOfDecimal(claimed);
  double tol = IsHedged(qualifier) ? kHedgedPercentTolerancePp : kPercentTolerancePp;
  Range claim = ClaimRange(claimed, r, qualifier);
  if (qualifier == "almost") claim.lo = claimed - std::max(r, 1.0);  // "nearly 20%": 19-20%
  if (qualifier == "less_than" || qualifier == "up_to") claim.lo = -kInf;
  out.verdict = CompareRanges(claim, Range{data, data, false, false}, tol);
  out.diff_pp = claimed - data;
  out.rule = fmt::format("rounding of {}{} is ±{:g} points, tolerance {:g} points",
                         QualifierWords(qualifier), PctText(claimed), r, tol);
  return out;
}

std::string Usd(double value) {
  if (!std::isfinite(value)) return "?";
  std::string sign = value < 0 ? "-" : "";
  double a = std::fabs(value);
  int64_t whole = std::llround(a);
  if (whole >= 1000000000 && whole % 10000000 == 0) {
    std::string s = fmt::format("{:.2f}", a / 1e9);
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return sign + "$" + s + " billion";
  }
  if (whole >= 1000000) {
    int64_t tenths = std::llround(a / 1e5);  // in $0.1 million
    std::string s = WithThousands(tenths / 10);
    if (tenths % 10 != 0) s += "." + std::to_string(tenths % 10);
    return sign + "$" + s + " million";
  }
  return sign + "$" + WithThousands(whole);
}

std::string PctText(double percent) {
  if (std::fabs(percent) < 0.1 && percent != 0) return fmt::format("{:.2f}%", percent);
  return fmt::format("{:.1f}%", percent);
}

std::string QualifierWords(std::string_view q) {
  if (q == "approx") return "about ";
  if (q == "more_than") return "more than ";
  if (q == "less_than") return "less than ";
  if (q == "almost") return "nearly ";
  if (q == "up_to") return "up to ";
  if (q == "at_least") return "at least ";
  return "";
}

std::string DataQualifierWords(store::Qualifier q) {
  switch (q) {
    case store::Qualifier::kApprox: return "approx. ";
    case store::Qualifier::kMoreThan: return "more than ";
    case store::Qualifier::kLessThan: return "less than ";
    default: return "";
  }
}

}  // namespace dyad::check
