// A country's trade partners in a year, ranked, optionally within a country group (as
// its membership stood on 31 December of that year), and one partner's rank ("KAZ is
// TJK's 2nd partner among CIS members in 2023, after RUS"). One source answers a
// ranking: figures from different datasets or reporters are never mixed in one order.
// By default the source covering every partner answers (reconciled product data, then
// the country's declarations), and the country's national statistics only when no such
// source has the year (docs/analytics.md, "Rankings"). Functions read an immutable Snapshot; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analytics/figure.h"
#include "analytics/sources.h"
#include "base/status.h"
#include "reference/groups.h"
#include "store/store.h"

namespace dyad::analytics {

enum class Flow { kTotal, kExports, kImports };
std::string_view FlowName(Flow flow);  // "total", "exports", "imports"

struct PartnersQuery {
  uint16_t country = 0;
  int year = 0;                              // 0: the latest year the chosen source has
  const reference::Group* group = nullptr;   // nullptr: all partners
  Flow flow = Flow::kTotal;
  SourceFilter filter;
  int top = 0;                               // 0: all
};

struct PartnerRow {
  int rank = 0;             // 0: not ranked (see note)
  std::string partner;      // alpha-3
  Figure figure;            // seen from the country
  double value = 0;         // the flow ranked on
  std::optional<double> share;  // of the country's total trade (same flow), when known
  std::string note;         // "months 1-11 only: not ranked against full-year figures"
};

struct PartnersResult {
  std::string country;
  int year = 0;
  std::string group;        // "" when none
  Flow flow = Flow::kTotal;
  std::string dataset;      // the one dataset the ranking uses
  std::string source;       // "official: TJK national statistics" / "baci-hs17 (reconciled)"
  store::Basis basis = store::Basis::kReconciled;
  // National statistics list only the partners the reporter published; the ranking is
  // among those (`complete` false), not among all partners.
  bool complete = true;
  std::string ranked_months = "1-12";      // the period the ranked rows cover
  std::vector<PartnerRow> rows;            // ranked (rank order), then unranked
  int ranked = 0;                          // rows with rank > 0 before `top` was applied
  std::optional<int64_t> country_total_usd;  // the country's trade with the world, same flow
  std::vector<std::string> notes;
  std::vector<std::string> other_sources;  // other datasets/reporters that cover the year
};

// Ranks the partners. Fails with kNotFound when the country has no partner figures in
// the chosen source and year ("no 2019 partner figures for TJK (official has 2017, 2020,
// ...)"), or the group has no members that year, or none of them has a figure.
Result<PartnersResult> RankPartners(const store::Snapshot& snapshot, const PartnersQuery& query);

struct RankAnswer {
  PartnersResult partners;   // the ranking the answer comes from
  int rank = 0;
  int of = 0;                // how many are ranked
  std::vector<std::string> ahead;  // partners ranked above, in order
  PartnerRow row;            // the partner's own row
  std::string sentence;      // "KAZ is TJK's 2nd partner among CIS members in 2023, after RUS"
};

// The rank of `partner` among `query.country`'s partners. kNotFound when the partner
// has no figure in that ranking, or only a partial-year one (said so).
Result<RankAnswer> RankOf(const store::Snapshot& snapshot, const PartnersQuery& query,
                          uint16_t partner);

}  // namespace dyad::analytics
