// The trade of a pair by year: every source side by side, one preferred figure per year
// (sources.h precedence), year-on-year growth only between full years, and the compound
// growth over the period. Reads an immutable Snapshot; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/figure.h"
#include "analytics/sources.h"
#include "store/store.h"

namespace dyad::analytics {

struct SeriesYear {
  Figure preferred;                  // the answer for the year
  std::vector<Figure> others;        // other sources for the same year (side by side)
  std::optional<double> yoy;         // vs the previous year's preferred figure
  std::string yoy_note;              // why missing, or "sources differ: ..."
};

struct PairSeries {
  std::string a, b;
  std::vector<SeriesYear> years;     // ascending
  std::optional<double> cagr;        // first to last full-year preferred figure
  int cagr_from = 0, cagr_to = 0;
  std::string cagr_note;
};

// Years outside [first_year, last_year] (0 = open) are left out.
PairSeries BuildPairSeries(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                           const SourceFilter& filter = {}, int first_year = 0,
                           int last_year = 0);

}  // namespace dyad::analytics
