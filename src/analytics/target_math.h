// Target assessment: given a declared trade target (value, optional year, date stated)
// and a yearly series of full-year totals, computes the baseline, the compound growth
// required, the growth achieved, a log-linear trend projection and a verdict. The method
// is written out in docs/analytics.md ("Target verdicts"). Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/figure.h"
#include "analytics/growth.h"
#include "base/date.h"

namespace dyad::analytics {

enum class Verdict { kReached, kOnTrack, kOffTrack, kNotEnoughData };
std::string_view VerdictName(Verdict v);  // "reached", "on track", "off track", "not enough data"

struct TargetInput {
  double target_usd = 0;
  std::optional<int> target_year;  // nullopt: no year stated
  Date stated;                     // when the target was declared
  // Figures of the pair, one per year at most, any order. Partial-year figures are
  // reported but never used in growth or trend arithmetic.
  std::vector<Figure> series;
};

struct Horizon {
  int years = 0;        // from the baseline year
  int by_year = 0;      // baseline year + years
  std::optional<double> required_cagr;
  std::optional<double> projected_usd;   // trend value in by_year
};

struct GrowthSince {
  Figure from;          // an earlier full-year figure
  int years = 0;        // baseline.year - from.year
  std::optional<double> growth;  // baseline / from - 1
  std::optional<double> cagr;
};

// Default horizons (years from the baseline) when a target states no year.
inline constexpr int kDefaultHorizons[] = {3, 5, 7, 10};
// The horizon a verdict is judged on when the target states no year.
inline constexpr int kVerdictHorizonWithoutYear = 5;

struct TargetAssessment {
  std::optional<Figure> baseline;    // latest full-year figure for a year before `stated`
  std::optional<Figure> latest;      // latest full-year figure of the series
  std::optional<Figure> latest_partial;  // a partial-year figure newer than `latest`
  std::vector<Horizon> horizons;     // the target year, or 3/5/7/10 years
  std::vector<GrowthSince> growth_to_baseline;  // from each earlier full year
  std::optional<LogLinearTrend> trend;          // over every full-year figure
  std::vector<Figure> trend_points;             // the figures the trend was fitted on
  int verdict_year = 0;              // the year the verdict is judged on
  std::optional<double> projected_at_verdict_year;
  Verdict verdict = Verdict::kNotEnoughData;
  std::optional<double> margin;      // projected / target - 1 (or latest / target - 1 if reached)
  std::vector<std::string> assumptions;  // written out, in order
};

// Minimum full-year points for a trend-based verdict.
inline constexpr int kMinTrendPoints = 3;

TargetAssessment AssessTarget(const TargetInput& input);

}  // namespace dyad::analytics
