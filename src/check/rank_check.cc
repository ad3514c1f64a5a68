// Rank claims ("A is B's second-largest partner after C among CIS members") against
// the partner ranking of analytics: one source, membership as of 31 December of the
// year, partial-year figures unranked.
#include <algorithm>

#include <fmt/format.h>

#include "analytics/partners.h"
#include "analytics/ranking.h"
#include "check/claim_checks.h"
#include "check/rules.h"
#include "reference/groups.h"

namespace dyad::check {

Judgement CheckRank(Checker& c, const text::Claim& claim, const Date& date) {
  Judgement j;
  j.verdict = Verdict::kUnverifiable;
  if (!claim.rank) {
    j.explanation = "Unverifiable: the claim states no rank.";
    return j;
  }
  ClaimYear cy = ResolveYear(claim, date);
  std::string prefix = cy.assumption.empty() ? "" : cy.assumption + " ";
  const std::string& partner = claim.parties[0];
  const std::string& country = claim.parties[1];
  analytics::PartnersQuery q = PartnersQueryFor(claim, cy.year);
  std::string among;
  if (!claim.group.empty()) {
    auto g = reference::Groups::Builtin().Find(claim.group);
    if (!g.ok()) {
      j.explanation = prefix + "Unverifiable: " + g.status().message() + ".";
      return j;
    }
    q.group = *g;
    among = " among " + (*g)->code + " members";
  }
  auto answer = analytics::RankOf(c.snapshot(), q, *CountryIndex(partner));
  if (!answer.ok()) {
    j.explanation = prefix + fmt::format(
        "Unverifiable: {}. A ranking needs full-year figures of {}'s trade with its partners in "
        "{}: load BACI (dyad import baci FILE) or national statistics.",
        answer.status().message(), country, cy.year);
    return j;
  }
  const analytics::PartnersResult& r = answer->partners;
  int shown = std::max(answer->rank, *claim.rank) + 1;
  for (const analytics::PartnerRow& row : r.rows) {
    if (row.rank == 0 || row.rank > shown) continue;
    Evidence e = FigureEvidence(row.figure, static_cast<int64_t>(row.value));
    e.what = "rank";
    e.rank = row.rank;
    e.of = answer->of;
    e.note = row.note;
    if (row.partner == partner) e.ahead = answer->ahead;
    e.partner = row.partner;
    j.evidence.push_back(std::move(e));
  }
  bool rank_ok = answer->rank == *claim.rank;
  std::vector<std::string> claimed_after = claim.after;
  std::vector<std::string> ahead = answer->ahead;
  std::sort(claimed_after.begin(), claimed_after.end());
  std::sort(ahead.begin(), ahead.end());
  // "after Russia" may name only some of those ahead ("third after Russia"): each named
  // one must be ahead.
  bool after_ok = std::includes(ahead.begin(), ahead.end(), claimed_after.begin(), claimed_after.end());
  std::string ranking = fmt::format("{}'s partners{} in {} by {} trade ({}{}{})", country, among, r.year,
                                    analytics::FlowName(r.flow), r.source,
                                    r.complete ? "" : "; ranked among the partners it publishes",
                                    q.group ? ", membership as of 31 December" : "");
  std::string listed;
  for (const analytics::PartnerRow& row : r.rows) {
    if (row.rank == 0 || row.rank > shown) continue;
    listed += fmt::format("{}{} {} {}{}", listed.empty() ? "" : ", ", analytics::Ordinal(row.rank),
                          row.partner, DataQualifierWords(row.figure.qualifier), Usd(row.value));
  }
  std::string claimed = fmt::format("{} {}{}", partner, analytics::Ordinal(*claim.rank),
                                    claim.after.empty() ? "" : " after ");
  for (size_t i = 0; i < claim.after.size(); ++i) claimed += (i ? ", " : "") + claim.after[i];
  if (rank_ok && after_ok) {
    j.verdict = Verdict::kSupported;
    j.explanation = prefix + fmt::format("Supported: {}: {}; the claim ({}) matches (rule: same rank{}).",
                                         ranking, listed, claimed,
                                         claim.after.empty() ? "" : " and the named partners ranked above");
  } else {
    j.verdict = Verdict::kContradicted;
    std::string why = !rank_ok ? fmt::format("{} ranks {}, not {}", partner, analytics::Ordinal(answer->rank),
                                             analytics::Ordinal(*claim.rank))
                               : "the partners ranked above differ";
    j.explanation = prefix + fmt::format("Contradicted: {}: {}; {} (rule: same rank{}).", ranking, listed, why,
                                         claim.after.empty() ? "" : " and the named partners ranked above");
  }
  return j;
}

}  // namespace dyad::check
