// Growth arithmetic over yearly values: year-on-year growth, compound annual growth
// (CAGR), the compound growth required to reach a target, and a log-linear trend fit
// with projection. Pure functions over plain values; thread-safe.
#pragma once

#include <optional>
#include <span>

#include "base/status.h"

namespace dyad::analytics {

// One point of a yearly series.
struct YearValue {
  int year = 0;
  double value = 0;
};

// (to / from) - 1; nullopt when `from` is not positive or `to` is negative.
std::optional<double> Growth(double from, double to);

// Compound annual growth over `years` years: (to / from)^(1/years) - 1; nullopt when
// `from` or `to` is not positive or `years` is not positive.
std::optional<double> Cagr(double from, double to, double years);

// The compound annual growth that takes `baseline` to `target` in `years` years. Same
// formula as Cagr, named for what it answers.
inline std::optional<double> RequiredCagr(double baseline, double target, double years) {
  return Cagr(baseline, target, years);
}

// Least-squares fit of ln(value) = intercept + slope * (year - base_year).
struct LogLinearTrend {
  int base_year = 0;        // first year of the fit; x is measured from it
  double intercept = 0;     // ln(value) at base_year
  double slope = 0;         // per year, in log points
  double r_squared = 0;     // of the log fit; 1 when two points
  int points = 0;
  int first_year = 0, last_year = 0;

  double annual_growth() const;       // exp(slope) - 1
  double ValueAt(int year) const;     // exp(intercept + slope * (year - base_year))
};

// Fits the trend; needs at least two points with distinct years and positive values
// (fails with kInvalidInput naming what is missing).
Result<LogLinearTrend> FitLogLinear(std::span<const YearValue> points);

}  // namespace dyad::analytics
