#include "analytics/target_math.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace dyad::analytics {

std::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kReached: return "reached";
    case Verdict::kOnTrack: return "on track";
    case Verdict::kOffTrack: return "off track";
    case Verdict::kNotEnoughData: return "not enough data";
  }
  return "?";
}

namespace {

double ValueOf(const Figure& f) { return static_cast<double>(f.total_usd.value_or(0)); }

std::string Pct(double x) { return fmt::format("{:.2f}%", x * 100); }

// "1,871,139,425": whole dollars with thousands separators, as the CLI prints money.
std::string Usd(double x) {
  std::string digits = fmt::format("{:.0f}", x < 0 ? -x : x), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (x < 0 ? "-" : "") + out;
}

}  // namespace

TargetAssessment AssessTarget(const TargetInput& input) {
  TargetAssessment a;
  std::vector<Figure> full;
  for (const Figure& f : input.series) {
    if (!f.total_usd || *f.total_usd <= 0) continue;
    if (f.full_year()) full.push_back(f);
  }
  std::sort(full.begin(), full.end(), [](const Figure& x, const Figure& y) { return x.year < y.year; });
  for (const Figure& f : input.series) {
    if (f.full_year() || !f.total_usd) continue;
    if (!full.empty() && f.year <= full.back().year) continue;
    if (!a.latest_partial || f.year > a.latest_partial->year ||
        (f.year == a.latest_partial->year && f.last_month > a.latest_partial->last_month)) {
      a.latest_partial = f;
    }
  }
  for (const Figure& f : full) {
    if (f.year < input.stated.year) a.baseline = f;
  }
  if (!full.empty()) a.latest = full.back();

  // Horizons and the required growth.
  if (a.baseline) {
    if (input.target_year) {
      int years = *input.target_year - a.baseline->year;
      a.horizons.push_back({years, *input.target_year,
                            years > 0 ? RequiredCagr(ValueOf(*a.baseline), input.target_usd, years)
                                      : std::nullopt,
                            std::nullopt});
    } else {
      for (int h : kDefaultHorizons) {
        a.horizons.push_back({h, a.baseline->year + h,
                              RequiredCagr(ValueOf(*a.baseline), input.target_usd, h), std::nullopt});
      }
    }
    for (const Figure& f : full) {
      if (f.year >= a.baseline->year) break;
      int years = a.baseline->year - f.year;
      a.growth_to_baseline.push_back({f, years, Growth(ValueOf(f), ValueOf(*a.baseline)),
                                      Cagr(ValueOf(f), ValueOf(*a.baseline), years)});
    }
  }

  // Trend over every full-year figure.
  std::vector<YearValue> pts;
  for (const Figure& f : full) pts.push_back({f.year, ValueOf(f)});
  if (pts.size() >= 2) {
    auto fit = FitLogLinear(pts);
    if (fit.ok()) {
      a.trend = *fit;
      a.trend_points = full;
      for (Horizon& h : a.horizons) h.projected_usd = a.trend->ValueAt(h.by_year);
    }
  }

  a.verdict_year = input.target_year
                       ? *input.target_year
                       : (a.baseline ? a.baseline->year + kVerdictHorizonWithoutYear : 0);

  std::vector<std::string>& why = a.assumptions;
  why.push_back("only full-year (months 1-12) figures are used in growth and trend arithmetic");
  bool mixed = false;
  for (const Figure& f : full) mixed |= f.dataset != full.front().dataset || f.reporter != full.front().reporter;
  if (mixed) {
    why.push_back("the series mixes sources (one figure per year, by the documented precedence); "
                  "each point names its source");
  }
  for (const Figure& f : full) {
    if (f.qualifier != store::Qualifier::kExact) {
      why.push_back(fmt::format("{} figure is qualified \"{}\"; used at its stated value", f.year,
                                store::QualifierName(f.qualifier)));
    }
  }

  // Reached: a full-year figure after the statement at or above the target.
  for (const Figure& f : full) {
    if (f.year >= input.stated.year && ValueOf(f) >= input.target_usd) {
      a.verdict = Verdict::kReached;
      a.margin = ValueOf(f) / input.target_usd - 1;
      why.push_back(fmt::format("reached: {} full-year total {} >= target {}", f.year,
                                Usd(ValueOf(f)), Usd(input.target_usd)));
      return a;
    }
  }
  if (!a.baseline) {
    why.push_back(fmt::format("no full-year figure for a year before {}: no baseline",
                              input.stated.ToString()));
    return a;
  }
  if (static_cast<int>(full.size()) < kMinTrendPoints || !a.trend) {
    why.push_back(fmt::format("a trend verdict needs at least {} full-year figures; have {}",
                              kMinTrendPoints, full.size()));
    return a;
  }
  if (!input.target_year) {
    why.push_back(fmt::format("no target year was stated: judged on a {}-year horizon from the "
                              "baseline year ({})",
                              kVerdictHorizonWithoutYear, a.verdict_year));
  }
  a.projected_at_verdict_year = a.trend->ValueAt(a.verdict_year);
  a.margin = *a.projected_at_verdict_year / input.target_usd - 1;
  a.verdict = *a.projected_at_verdict_year >= input.target_usd ? Verdict::kOnTrack : Verdict::kOffTrack;
  why.push_back(fmt::format(
      "log-linear trend over {} full-year figures ({}-{}) grows {} a year (R^2 {:.2f}); "
      "projected {} in {}: {} the target of {}",
      a.trend->points, a.trend->first_year, a.trend->last_year, Pct(a.trend->annual_growth()),
      a.trend->r_squared, Usd(*a.projected_at_verdict_year), a.verdict_year,
      a.verdict == Verdict::kOnTrack ? "at or above" : "below", Usd(input.target_usd)));
  return a;
}

}  // namespace dyad::analytics
