// The brief on a pair (`dyad profile`, `dyad report`, GET /api/v1/profile): the trade
// series by source, each country's rank among the other's partners (overall and in
// every group both belong to), each country's share of the other's trade, composition,
// agreements, areas and targets. Computed once here; the CLI, the server and the HTML
// report only render it. Reads an immutable Snapshot and one Registry.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/composition.h"
#include "analytics/partners.h"
#include "analytics/series.h"
#include "analytics/targets.h"
#include "base/date.h"
#include "registry/registry.h"
#include "store/store.h"

namespace dyad::analytics {

struct ProfileQuery {
  uint16_t a = 0, b = 0;
  int year = 0;                  // ranks, shares and composition for it; 0: latest
  int first_year = 0, last_year = 0;  // the years of the series (0: open)
  Date on;                       // the date agreements are "in force" on
  SourceFilter filter;
};

// "partner among country's partners", overall (`group` empty) or within a group; either
// a ranking or why there is none.
struct ProfileRank {
  std::string country, partner;
  std::optional<RankAnswer> answer;
  std::string error;             // when there is no answer
  bool only_partner_published = false;  // `error` says the country published this partner only
};

// `partner`'s share of `country`'s trade with the world.
struct ProfileShare {
  std::string country, partner;
  int year = 0;
  double share = 0;
  std::optional<int64_t> partner_total_usd, country_total_usd;
  std::string source;
};

struct PairProfile {
  std::string a, b;              // alpha-3
  PairSeries series;
  std::vector<ProfileRank> ranks;      // A among B's partners (overall, groups), then B among A's
  std::vector<ProfileShare> shares;    // product data only
  std::optional<CompositionResult> sections, groups, hs6;
  std::string composition_note;        // why there is no composition
  Date on;
  std::vector<registry::Agreement> agreements;
  std::vector<registry::AreaAnnouncement> areas;
  std::vector<TargetStatus> targets;
};

// kNotFound when the years asked have no figures (naming the years that do) or when
// nothing at all is known about the pair; kUsage for A == B.
Result<PairProfile> BuildPairProfile(const store::Snapshot& snapshot, const registry::Registry& registry,
                                     const ProfileQuery& query);

}  // namespace dyad::analytics
