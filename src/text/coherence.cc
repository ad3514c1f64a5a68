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

bool Contains(const Claim& outer, const Claim& inner) {
  if (!outer.year || !inner.year || *outer.year != *inner.year) return false;
  // A year without months ("in 2021-22", a fiscal year named by its end) is not the
  // calendar year: it does not contain "April-August 2022".
  if (outer.months.empty()) return false;
  Months o = ParseMonths(outer.months), i = ParseMonths(inner.months);
  return o.from > 0 && i.from > 0 && o.from <= i.from && i.to <= o.to;
}

bool SamePeriod(const Claim& a, const Claim& b) {
  return a.year && b.year && *a.year == *b.year && ParseMonths(a.months).from == ParseMonths(b.months).from &&
         ParseMonths(a.months).to == ParseMonths(b.months).to;
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
  // Figures by unordered pair, so a pair's claims are compared with each other only.
  std::map<std::vector<std::string>, std::vector<size_t>> by_pair;
  for (size_t i = 0; i < cs.size(); ++i) {
    if (IsFigure(cs[i])) by_pair[Unordered(cs[i].parties)].push_back(i);
  }
  for (const auto& [pair, idx] : by_pair) {
    for (size_t a : idx) {
      const Claim& x = cs[a];
      for (size_t b : idx) {
        if (a == b) continue;
        const Claim& y = cs[b];
        double vx = static_cast<double>(*x.value_usd), vy = static_cast<double>(*y.value_usd);
        // A flow larger than the pair's total for a period that contains it.
        if (x.kind == ClaimKind::kTradeFlow && y.kind == ClaimKind::kTradeTotal && Contains(y, x) &&
            vx > vy * kFlowOverTotalSlack) {
          drop[a] = true;
        }
        // Many times the pair's other figure of the same kind (and direction) and period.
        bool same_kind = x.kind == y.kind && (x.kind == ClaimKind::kTradeTotal || x.parties == y.parties);
        if (same_kind && SamePeriod(x, y) && vx > vy * kWorldFigureRatio) drop[a] = true;
      }
    }
  }
  // "set a $50 billion target for bilateral trade over the next six years ... a $50 billion
  // target by 2025": one goal, stated twice; the statement with its year is the claim.
  for (size_t a = 0; a < cs.size(); ++a) {
    const Claim& x = cs[a];
    if (x.kind != ClaimKind::kTarget || x.target_year || !x.value_usd) continue;
    for (const Claim& y : cs) {
      if (y.kind == ClaimKind::kTarget && y.target_year && y.value_usd == x.value_usd &&
          Unordered(y.parties) == Unordered(x.parties)) {
        drop[a] = true;
      }
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
