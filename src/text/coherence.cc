#include "text/coherence.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>

namespace dyad::text {
namespace {

struct Months {
  int from = 0, to = 0;
};

// "1-12", "4-6"; a claim without months is of the whole year.
Months ParseMonths(const std::string& m) {
  if (m.empty()) return {1, 12};
  size_t dash = m.find('-');
  if (dash == std::string::npos) return {0, 0};
  try {
    return {std::stoi(m.substr(0, dash)), std::stoi(m.substr(dash + 1))};
  } catch (...) {
    return {0, 0};
  }
}

bool IsFigure(const Claim& c) {
  return (c.kind == ClaimKind::kTradeTotal || c.kind == ClaimKind::kTradeFlow) && c.value_usd && *c.value_usd > 0 &&
         c.year && c.parties.size() == 2;
}

std::vector<std::string> Unordered(std::vector<std::string> p) {
  std::sort(p.begin(), p.end());
  return p;
}

// The figures a growth rate may be stated with: same sentence, parties, period.
using GrowthKey = std::tuple<size_t, std::vector<std::string>, std::optional<int>, std::string>;
GrowthKey KeyOf(const Claim& c, bool directed) {
  return {c.span_begin, directed ? c.parties : Unordered(c.parties), c.year, c.months};
}

}  // namespace

void DropIncoherentFigures(std::vector<Claim>* claims) {
  std::vector<Claim>& cs = *claims;
  std::vector<bool> drop(cs.size(), false);
  // The least figure of each pair, kind, direction and period; the least total of each
  // pair and period, by year. Each claim is then compared with these, not with every
  // other claim, so the stage stays linear (a year has at most 78 month ranges).
  using Period = std::tuple<int, int, int>;  // year, first month, last month
  auto period_of = [](const Claim& c) {
    Months m = ParseMonths(c.months);
    return Period{*c.year, m.from, m.to};
  };
  std::map<std::tuple<std::vector<std::string>, ClaimKind, Period>, double> least;
  std::map<std::pair<std::vector<std::string>, int>, std::map<std::pair<int, int>, double>> totals_by_year;
  auto key_of = [&](const Claim& c) {
    // Totals of a pair either way round; flows by direction.
    return std::tuple{c.kind == ClaimKind::kTradeTotal ? Unordered(c.parties) : c.parties, c.kind, period_of(c)};
  };
  for (const Claim& c : cs) {
    if (!IsFigure(c)) continue;
    double v = static_cast<double>(*c.value_usd);
    auto [it, fresh] = least.try_emplace(key_of(c), v);
    if (!fresh) it->second = std::min(it->second, v);
    // A year without months ("in 2021-22", a fiscal year named by its end) is not the
    // calendar year: it contains no calendar months.
    if (c.kind == ClaimKind::kTradeTotal && !c.months.empty()) {
      Months m = ParseMonths(c.months);
      if (m.from <= 0) continue;
      auto& by_range = totals_by_year[{Unordered(c.parties), *c.year}];
      auto [r, first] = by_range.try_emplace({m.from, m.to}, v);
      if (!first) r->second = std::min(r->second, v);
    }
  }
  for (size_t a = 0; a < cs.size(); ++a) {
    const Claim& x = cs[a];
    if (!IsFigure(x)) continue;
    double vx = static_cast<double>(*x.value_usd);
    // Many times the pair's other figure of the same kind (and direction) and period.
    if (vx > least[key_of(x)] * kWorldFigureRatio) drop[a] = true;
    // A flow larger than the pair's total for a period that contains it.
    if (x.kind != ClaimKind::kTradeFlow) continue;
    Months m = ParseMonths(x.months);
    if (m.from <= 0) continue;
    auto totals = totals_by_year.find({Unordered(x.parties), *x.year});
    if (totals == totals_by_year.end()) continue;
    for (const auto& [range, vy] : totals->second) {
      if (range.first <= m.from && m.to <= range.second && vx > vy * kFlowOverTotalSlack) drop[a] = true;
    }
  }
  // "set a $50 billion target for bilateral trade over the next six years ... a $50 billion
  // target by 2025": one goal, stated twice; the statement with its year is the claim.
  std::set<std::pair<std::vector<std::string>, int64_t>> dated_goals;
  for (const Claim& y : cs) {
    if (y.kind == ClaimKind::kTarget && y.target_year && y.value_usd) dated_goals.insert({Unordered(y.parties), *y.value_usd});
  }
  for (size_t a = 0; a < cs.size(); ++a) {
    const Claim& x = cs[a];
    if (x.kind == ClaimKind::kTarget && !x.target_year && x.value_usd &&
        dated_goals.count({Unordered(x.parties), *x.value_usd})) {
      drop[a] = true;
    }
  }
  std::set<GrowthKey> dropped, kept;
  for (size_t f = 0; f < cs.size(); ++f) {
    if (!IsFigure(cs[f])) continue;
    bool directed = cs[f].kind == ClaimKind::kTradeFlow;
    (drop[f] ? dropped : kept).insert(KeyOf(cs[f], directed));
  }
  for (size_t g = 0; g < cs.size(); ++g) {
    const Claim& c = cs[g];
    if (c.kind != ClaimKind::kTradeGrowth || c.parties.size() != 2) continue;
    bool directed = c.measure == "exports" || c.measure == "imports";
    GrowthKey k = KeyOf(c, directed);
    if (dropped.count(k) && !kept.count(k)) drop[g] = true;
  }
  std::vector<Claim> out;
  out.reserve(cs.size());
  for (size_t i = 0; i < cs.size(); ++i) {
    if (!drop[i]) out.push_back(std::move(cs[i]));
  }
  cs.swap(out);
}

}  // namespace dyad::text
