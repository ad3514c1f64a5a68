#include "analytics/growth.h"

#include <cmath>
#include <set>
#include <string>

namespace dyad::analytics {

std::optional<double> Growth(double from, double to) {
  if (!(from > 0) || to < 0 || !std::isfinite(from) || !std::isfinite(to)) return std::nullopt;
  return to / from - 1.0;
}

std::optional<double> Cagr(double from, double to, double years) {
  if (!(from > 0) || !(to > 0) || !(years > 0) || !std::isfinite(from) || !std::isfinite(to)) {
    return std::nullopt;
  }
  return std::pow(to / from, 1.0 / years) - 1.0;
}

double LogLinearTrend::annual_growth() const { return std::exp(slope) - 1.0; }

double LogLinearTrend::ValueAt(int year) const {
  return std::exp(intercept + slope * static_cast<double>(year - base_year));
}

Result<LogLinearTrend> FitLogLinear(std::span<const YearValue> points) {
  std::set<int> years;
  int n = 0;
  for (const YearValue& p : points) {
    if (!(p.value > 0) || !std::isfinite(p.value)) {
      return InvalidInput("trend fit: value for " + std::to_string(p.year) +
                          " is not positive");
    }
    years.insert(p.year);
    ++n;
  }
  if (years.size() < 2) {
    return InvalidInput("trend fit: needs values for at least two different years, got " +
                        std::to_string(years.size()));
  }
  LogLinearTrend t;
  t.base_year = *years.begin();
  t.first_year = *years.begin();
  t.last_year = *years.rbegin();
  t.points = n;
  // Centre x and y before forming sums: keeps the fit exact for years like 2017..2023.
  double mean_x = 0, mean_y = 0;
  for (const YearValue& p : points) {
    mean_x += p.year - t.base_year;
    mean_y += std::log(p.value);
  }
  mean_x /= n;
  mean_y /= n;
  double sxx = 0, sxy = 0, syy = 0;
  for (const YearValue& p : points) {
    double dx = (p.year - t.base_year) - mean_x, dy = std::log(p.value) - mean_y;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  t.slope = sxy / sxx;
  t.intercept = mean_y - t.slope * mean_x;
  t.r_squared = syy > 0 ? (sxy * sxy) / (sxx * syy) : 1.0;
  return t;
}

}  // namespace dyad::analytics
