// Matching what an article says about agreements, targets and areas with what the
// registry already holds: the rule behind "supported" for agreement claims and behind
// the de-duplication of `dyad extract --apply` (docs/checking.md, "Agreements").
// Pure functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "registry/registry.h"
#include "text/claims.h"

namespace dyad::check {

struct AgreementMatch {
  const registry::Agreement* agreement = nullptr;
  double score = 0;
  std::string why;   // "same kind, signing dates overlap, title words 3/3"
};

// The registry agreement `info` (as extracted; `article_date` for "have signed") refers
// to, if any: same states (all the claim's states among the entry's), compatible kind
// (equal, or treaty/agreement), overlapping signing dates when both are known, and a
// matching title (at least 60% of the claim's content words in the entry's title), a
// shared named party (city, ministry) or the same relationship level. Best score wins.
std::optional<AgreementMatch> MatchAgreement(const text::AgreementInfo& info,
                                             const std::vector<std::string>& states,
                                             const Date& article_date,
                                             const std::vector<registry::Agreement>& candidates);

// The stored target equal to a claimed one (same pair either order, metric, value in
// USD within 0.5%, same target year), if any.
const registry::Target* MatchTarget(const text::Claim& claim,
                                    const std::vector<registry::Target>& targets);

// Content words of a title, folded, without stop words, country names or adjectives:
// "Treaty on Allied Relations between the Republic of Kazakhstan and ..." ->
// {"treaty", "allied", "relations"}.
std::vector<std::string> TitleWords(const std::string& title);

// A claim's areas as registry codes (reference/areas.h), in order, without repeats. Text
// extraction already writes codes, but a claim may carry a spelling ("sports" -> sport);
// a name the table does not know (a user's own registry area) is kept as written.
std::vector<std::string> CanonicalAreas(const std::vector<std::string>& areas);

}  // namespace dyad::check
