#include "analytics/pair_figure.h"

#include "analytics/sources.h"
#include "reference/trade_areas.h"

namespace dyad::analytics {

using store::Basis;
using store::Side;

namespace {

Figure Base(const store::DatasetInfo& info, int year) {
  Figure f;
  f.year = year;
  f.dataset = info.name;
  f.basis = info.basis;
  f.synthetic = info.synthetic;
  f.source = info.description.empty() ? info.vintage : info.description;
  f.coverage = info.coverage;
  return f;
}

void SetTotal(Figure* f) {
  f->total_usd.reset();
  // A partial extract's sum is that commodity's trade, not the pair's.
  if (f->complete() && f->exports_usd && f->imports_usd) f->total_usd = *f->exports_usd + *f->imports_usd;
}

// One direction of a reporter's declarations: its row for the pair, else zero when it
// reported that flow to some partner that year, else unknown.
std::optional<int64_t> Declared(const store::Dataset& ds, int year, uint16_t exporter, uint16_t importer,
                                Side side, uint16_t declarant, bool exports) {
  uint16_t y = static_cast<uint16_t>(year);
  if (auto t = ds.PairYear(y, exporter, importer, side)) return t->value_usd;
  auto c = ds.CountryYear(y, declarant, side);
  if (c && (exports ? c->exports.rows : c->imports.rows) > 0) return 0;
  return std::nullopt;
}

}  // namespace

Figure FromAggregate(const store::DatasetInfo& info, const store::AggregateFlow& r) {
  Figure f = Base(info, r.year);
  f.first_month = r.first_month;
  f.last_month = r.last_month;
  f.exports_usd = r.exports_usd;
  f.imports_usd = r.imports_usd;
  f.total_usd = r.total_usd;
  if (!f.total_usd && r.exports_usd && r.imports_usd) f.total_usd = *r.exports_usd + *r.imports_usd;
  f.qualifier = r.qualifier;
  f.reporter = CodeOf(r.reporter);
  f.source = r.source;
  f.url = r.source_url;
  f.published = r.published;
  f.coverage = "all";  // a published total covers every commodity
  return f;
}

std::optional<Figure> ReporterPairFigure(const store::Dataset& ds, int year, uint16_t reporter,
                                         uint16_t partner) {
  const store::DatasetInfo& info = ds.info();
  // The reporter's TOTAL figure (Comtrade's cmdCode TOTAL) answers when there is one. A
  // flow it published TOTAL rows of for other partners that year, but not for this one,
  // is zero; one it published for nobody is unknown.
  if (ds.aggregate_rows() > 0) {
    for (const store::AggregateFlow& r : ds.AggregatesFor(reporter, partner)) {
      if (r.year != year || !r.full_year()) continue;
      Figure f = FromAggregate(info, r);
      if (!f.exports_usd || !f.imports_usd) {
        bool any_x = false, any_m = false;
        for (const store::AggregateFlow& o : ds.aggregates()) {
          if (o.year != year || o.reporter != reporter) continue;
          any_x = any_x || o.exports_usd.has_value();
          any_m = any_m || o.imports_usd.has_value();
        }
        if (!f.exports_usd && any_x) f.exports_usd = 0;
        if (!f.imports_usd && any_m) f.imports_usd = 0;
        if (f.exports_usd && f.imports_usd) f.total_usd = *f.exports_usd + *f.imports_usd;
      }
      return f;
    }
  }
  uint16_t y = static_cast<uint16_t>(year);
  bool any = ds.PairYear(y, reporter, partner, Side::kExporterReported) ||
             ds.PairYear(y, partner, reporter, Side::kImporterReported);
  if (!any) return std::nullopt;
  Figure f = Base(info, year);
  f.reporter = CodeOf(reporter);
  f.exports_usd = Declared(ds, year, reporter, partner, Side::kExporterReported, reporter, true);
  f.imports_usd = Declared(ds, year, partner, reporter, Side::kImporterReported, reporter, false);
  SetTotal(&f);
  return f;
}

std::optional<Figure> ReconciledPairFigure(const store::Dataset& ds, int year, uint16_t a, uint16_t b) {
  uint16_t y = static_cast<uint16_t>(year);
  auto ab = ds.PairYear(y, a, b, Side::kReconciled), ba = ds.PairYear(y, b, a, Side::kReconciled);
  if (!ab && !ba) return std::nullopt;
  Figure f = Base(ds.info(), year);
  f.basis = Basis::kReconciled;
  f.source = ds.info().vintage;
  // A year present in the dataset with no row in one direction means no trade recorded
  // that way: zero, not unknown.
  f.exports_usd = ab ? ab->value_usd : 0;
  f.imports_usd = ba ? ba->value_usd : 0;
  SetTotal(&f);
  return f;
}

uint16_t ReadAs(const store::Dataset& ds, uint16_t c) {
  const reference::Country* stand_in = reference::TradeAreas::Builtin().ReportedAs(c);
  if (stand_in == nullptr) return c;
  auto has = [&](uint16_t x) {
    for (uint16_t y : ds.years()) {
      for (Side s : {Side::kReconciled, Side::kExporterReported, Side::kImporterReported}) {
        if (ds.CountryYear(y, x, s)) return true;
      }
    }
    for (const auto& r : ds.aggregates()) {
      if (r.reporter == x || r.partner == x) return true;
    }
    return false;
  };
  return !has(c) && has(stand_in->index) ? stand_in->index : c;
}

std::vector<Figure> DatasetPairFigures(const store::Dataset& ds, uint16_t a_in, uint16_t b_in) {
  const store::DatasetInfo& info = ds.info();
  const uint16_t a = ReadAs(ds, a_in), b = ReadAs(ds, b_in);
  std::string note;
  for (uint16_t c : {a_in, b_in}) {
    if (ReadAs(ds, c) != c) note += (note.empty() ? "" : "; ") + CodeOf(c) + " " +
                                    reference::TradeAreas::Builtin().ReportedAsNote(c);
  }
  std::vector<Figure> out;
  if (info.basis == Basis::kNational) {
    for (const auto& r : ds.AggregatesFor(a, b)) out.push_back(FromAggregate(info, r));
    for (const auto& r : ds.AggregatesFor(b, a)) out.push_back(Flip(FromAggregate(info, r)));
  } else {
    std::vector<uint16_t> years(ds.years().begin(), ds.years().end());
    for (const auto& r : ds.aggregates()) years.push_back(r.year);
    std::sort(years.begin(), years.end());
    years.erase(std::unique(years.begin(), years.end()), years.end());
    for (uint16_t y : years) {
      if (info.basis == Basis::kReconciled) {
        if (auto f = ReconciledPairFigure(ds, y, a, b)) out.push_back(*f);
        continue;
      }
      if (auto f = ReporterPairFigure(ds, y, a, b)) out.push_back(*f);
      if (auto f = ReporterPairFigure(ds, y, b, a)) out.push_back(Flip(*f));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Figure& x, const Figure& y) { return x.year < y.year; });
  for (Figure& f : out) {
    if (!note.empty()) f.note = note;
  }
  return out;
}

}  // namespace dyad::analytics
