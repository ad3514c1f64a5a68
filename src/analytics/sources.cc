#include "analytics/sources.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "analytics/pair_figure.h"
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
    for (Figure& f : DatasetPairFigures(*ds, a, b)) {
      if (filter.MatchesReporter(f.reporter, f.basis)) out.push_back(std::move(f));
    }
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
    // A figure without a total (one direction unknown, or a one-commodity extract)
    // cannot answer "trade in Y".
    if (!f.total_usd || !f.complete()) continue;
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
