#include "analytics/sources.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "reference/countries.h"

namespace dyad::analytics {

using store::Basis;
using store::Side;

const std::string& CodeOf(uint16_t country) {
  return reference::Countries::Builtin().at(country).code;
}

bool SourceFilter::Matches(const store::DatasetInfo& info) const {
  if (!dataset.empty() && info.name != dataset) return false;
  if (source == "national") return info.basis == Basis::kNational;
  if (source == "reconciled") return info.basis == Basis::kReconciled;
  if (source == "reporter") return info.basis == Basis::kReporter;
  if (!source.empty()) return info.basis != Basis::kReconciled;  // a country's own figures
  return true;
}

bool SourceFilter::MatchesReporter(std::string_view reporter, Basis basis) const {
  if (source.empty() || source == "national" || source == "reconciled" || source == "reporter") {
    return true;
  }
  return basis != Basis::kReconciled && reporter == source;
}

Status CheckFilter(const store::Snapshot& snapshot, const SourceFilter& filter) {
  if (!filter.dataset.empty() && snapshot.FindDataset(filter.dataset) == nullptr) {
    std::string names;
    for (const auto& d : snapshot.datasets()) names += (names.empty() ? "" : ", ") + d->info().name;
    return NotFound("no dataset named \"" + filter.dataset + "\" (loaded: " +
                    (names.empty() ? "none" : names) + ")");
  }
  const std::string& s = filter.source;
  if (!s.empty() && s != "national" && s != "reconciled" && s != "reporter" &&
      reference::Countries::Builtin().FindByCode(s) == nullptr) {
    return NotFound("unknown source \"" + s +
                    "\": expected national, reconciled, reporter or a reporter's ISO alpha-3 code");
  }
  return Status::Ok();
}

namespace {

Figure Base(const store::DatasetInfo& info, int year) {
  Figure f;
  f.year = year;
  f.dataset = info.name;
  f.basis = info.basis;
  f.synthetic = info.synthetic;
  return f;
}

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
  return f;
}

// Product data of one dataset for the pair, seen from a: reconciled figures, or one
// figure per declaring reporter.
void AddProductFigures(const store::Dataset& ds, uint16_t a, uint16_t b,
                       const SourceFilter& filter, std::vector<Figure>& out) {
  const store::DatasetInfo& info = ds.info();
  // (year, side) -> value, both directions.
  std::map<std::pair<int, Side>, int64_t> ab, ba;
  for (const auto& t : ds.PairYears(a, b)) ab[{t.year, t.side}] = t.total.value_usd;
  for (const auto& t : ds.PairYears(b, a)) ba[{t.year, t.side}] = t.total.value_usd;
  auto get = [](const auto& m, int y, Side s) -> std::optional<int64_t> {
    auto it = m.find({y, s});
    if (it == m.end()) return std::nullopt;
    return it->second;
  };
  for (uint16_t y : ds.years()) {
    auto x = get(ab, y, Side::kReconciled), m = get(ba, y, Side::kReconciled);
    if ((x || m) && filter.MatchesReporter("", Basis::kReconciled)) {
      Figure f = Base(info, y);
      f.basis = Basis::kReconciled;
      // A year present in the dataset with no row in one direction means no trade
      // recorded that way: zero, not unknown.
      f.exports_usd = x.value_or(0);
      f.imports_usd = m.value_or(0);
      f.total_usd = *f.exports_usd + *f.imports_usd;
      f.source = info.vintage;
      out.push_back(f);
    }
    // Reporter-declared: a's view (a's exports as a declares them, a's imports as a
    // declares them), then b's view, seen from a.
    for (int who = 0; who < 2; ++who) {
      uint16_t rep = who == 0 ? a : b;
      std::optional<int64_t> ex, im;
      if (who == 0) {
        ex = get(ab, y, Side::kExporterReported);
        im = get(ba, y, Side::kImporterReported);
      } else {
        ex = get(ab, y, Side::kImporterReported);  // b's imports from a = a's exports
        im = get(ba, y, Side::kExporterReported);  // b's exports to a = a's imports
      }
      if (!ex && !im) continue;
      if (!filter.MatchesReporter(CodeOf(rep), Basis::kReporter)) continue;
      Figure f = Base(info, y);
      f.basis = Basis::kReporter;
      f.reporter = CodeOf(rep);
      f.exports_usd = ex;
      f.imports_usd = im;
      if (ex && im) f.total_usd = *ex + *im;
      f.source = info.vintage;
      out.push_back(f);
    }
  }
}

}  // namespace

int Precedence(const Figure& f, std::string_view a, std::string_view b) {
  int p = 0;
  if (f.basis == Basis::kNational) {
    p = f.reporter == a ? 0 : 1;
  } else if (f.basis == Basis::kReconciled) {
    p = 2;
  } else {
    p = f.reporter == a ? 3 : 4;
  }
  if (f.synthetic) p += 10;
  if (!f.full_year()) p += 100;
  return p;
}

std::vector<Figure> PairFigures(const store::Snapshot& snapshot, uint16_t a, uint16_t b,
                                const SourceFilter& filter) {
  std::vector<Figure> out;
  for (const auto& ds : snapshot.datasets()) {
    if (!filter.Matches(ds->info())) continue;
    if (ds->aggregate_rows() > 0) {
      for (const auto& r : ds->AggregatesFor(a, b)) {
        Figure f = FromAggregate(ds->info(), r);
        if (filter.MatchesReporter(f.reporter, f.basis)) out.push_back(f);
      }
      for (const auto& r : ds->AggregatesFor(b, a)) {
        Figure f = Flip(FromAggregate(ds->info(), r));
        if (filter.MatchesReporter(f.reporter, f.basis)) out.push_back(f);
      }
    }
    if (ds->product_rows() > 0) AddProductFigures(*ds, a, b, filter, out);
  }
  const std::string &ca = CodeOf(a), &cb = CodeOf(b);
  std::stable_sort(out.begin(), out.end(), [&](const Figure& x, const Figure& y) {
    return std::make_tuple(x.year, Precedence(x, ca, cb), -x.last_month, x.dataset) <
           std::make_tuple(y.year, Precedence(y, ca, cb), -y.last_month, y.dataset);
  });
  return out;
}

std::vector<Figure> PreferredByYear(const std::vector<Figure>& figures, std::string_view a,
                                    std::string_view b) {
  std::vector<Figure> out;
  for (const Figure& f : figures) {
    if (!f.total_usd) continue;  // a figure without a total cannot answer "trade in Y"
    if (!out.empty() && out.back().year == f.year) {
      const Figure& cur = out.back();
      bool better = Precedence(f, a, b) < Precedence(cur, a, b) ||
                    (!f.full_year() && !cur.full_year() &&
                     f.last_month - f.first_month > cur.last_month - cur.first_month);
      if (better) out.back() = f;
      continue;
    }
    out.push_back(f);
  }
  return out;
}

}  // namespace dyad::analytics
