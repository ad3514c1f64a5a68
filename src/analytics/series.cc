#include "analytics/series.h"

#include "analytics/growth.h"

namespace dyad::analytics {

PairSeries BuildPairSeries(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                           const SourceFilter& filter, int first_year, int last_year) {
  PairSeries s;
  s.a = CodeOf(a);
  s.b = CodeOf(b);
  std::vector<Figure> all = PairFigures(snapshot, a, b, filter);
  std::erase_if(all, [&](const Figure& f) {
    return (first_year && f.year < first_year) || (last_year && f.year > last_year);
  });
  std::vector<Figure> pref = PreferredByYear(all, s.a, s.b);
  for (const Figure& p : pref) {
    SeriesYear y;
    y.preferred = p;
    for (const Figure& f : all) {
      if (f.year != p.year) continue;
      bool same = f.dataset == p.dataset && f.reporter == p.reporter && f.basis == p.basis &&
                  f.first_month == p.first_month && f.last_month == p.last_month &&
                  f.published == p.published;
      if (!same) y.others.push_back(f);
    }
    if (!s.years.empty()) {
      const Figure& prev = s.years.back().preferred;
      if (prev.year != p.year - 1) {
        y.yoy_note = "no figure for " + std::to_string(p.year - 1);
      } else if (!prev.full_year() || !p.full_year()) {
        y.yoy_note = "not computed: partial-year figure (months " +
                     (p.full_year() ? prev.months() : p.months()) + ")";
      } else {
        y.yoy = Growth(static_cast<double>(*prev.total_usd), static_cast<double>(*p.total_usd));
        if (prev.dataset != p.dataset || prev.reporter != p.reporter) {
          y.yoy_note = "sources differ: " + prev.Label() + " vs " + p.Label();
        }
      }
    }
    s.years.push_back(std::move(y));
  }
  const Figure* first = nullptr;
  const Figure* last = nullptr;
  for (const SeriesYear& y : s.years) {
    if (!y.preferred.full_year()) continue;
    if (!first) first = &y.preferred;
    last = &y.preferred;
  }
  if (first && last && last->year > first->year) {
    s.cagr_from = first->year;
    s.cagr_to = last->year;
    s.cagr = Cagr(static_cast<double>(*first->total_usd), static_cast<double>(*last->total_usd),
                  last->year - first->year);
    if (first->dataset != last->dataset || first->reporter != last->reporter) {
      s.cagr_note = "endpoints from different sources";
    }
  } else {
    s.cagr_note = "needs full-year figures for two different years";
  }
  return s;
}

}  // namespace dyad::analytics
