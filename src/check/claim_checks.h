// The per-kind checks behind Checker::CheckClaim (internal to src/check): each takes
// the claim and the checker's knowledge and returns the verdict, evidence and
// explanation. Not thread-safe (they use the Checker's registry cache).
#pragma once

#include <optional>
#include <string>

#include "analytics/partners.h"
#include "check/amount_check.h"
#include "check/checker.h"

namespace dyad::check {

// The year a claim is judged on: its own, else the last full year before the article
// (`assumption` then says so).
struct ClaimYear {
  int year = 0;
  std::string assumption;
};
ClaimYear ResolveYear(const text::Claim& claim, const Date& article_date);

// Country index of an alpha-3 code; nullopt when unknown.
std::optional<uint16_t> CountryIndex(const std::string& code);

// The partners of the claim's country (parties[1]) in `year`, by the flow the claim
// measures (total unless it speaks of exports or imports). The dispatcher has checked
// that both parties are known countries.
analytics::PartnersQuery PartnersQueryFor(const text::Claim& claim, int year);

Judgement CheckTradeAmount(Checker& c, const text::Claim& claim, const Date& date);  // total, flow
Judgement CheckGrowth(Checker& c, const text::Claim& claim, const Date& date);
Judgement CheckShare(Checker& c, const text::Claim& claim, const Date& date);
Judgement CheckRank(Checker& c, const text::Claim& claim, const Date& date);
Judgement CheckComposition(Checker& c, const text::Claim& claim, const Date& date);
Judgement CheckTarget(Checker& c, const text::Claim& claim, const Date& date);
Judgement CheckAgreement(Checker& c, const text::Claim& claim, const Date& date);
Judgement CheckAreas(Checker& c, const text::Claim& claim, const Date& date);

}  // namespace dyad::check
