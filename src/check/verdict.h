// Verdicts on the claims of an article: what the data and the registry say about each
// claim (supported, consistent, contradicted, unverifiable, recorded), the evidence it
// rests on, and a plain explanation that names the rule used (docs/checking.md).
// Plain values; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/claims.h"

namespace dyad::check {

enum class Verdict { kSupported, kConsistent, kContradicted, kUnverifiable, kRecorded };
inline constexpr int kVerdictCount = 5;

// "supported", "consistent", "contradicted", "unverifiable", "recorded".
std::string_view VerdictName(Verdict v);

// One piece of evidence: a figure from a dataset, a rank, a product group's share, or a
// registry entry. Fields that do not apply stay empty.
struct Evidence {
  std::string what;                   // "total", "exports KAZ->TJK", "rank", "oil", "agreement"
  std::optional<int64_t> value_usd;
  std::optional<double> percent;      // growth or share, in percent
  std::string dataset;                // "official", "baci-hs17", "registry"
  std::string source;                 // publisher or dataset label
  std::string reporter;               // alpha-3 of the publishing country, "" if none
  std::optional<int> year;
  std::string months;                 // "1-12", "1-11"
  std::string qualifier;              // "", approx, more_than, less_than
  std::optional<double> diff_pct;     // (claimed - data) / data, in percent
  std::optional<double> diff_pp;      // claimed - data, in percentage points
  std::string partner;                // rank claims: the partner of this row
  std::optional<int> rank, of;        // rank claims
  std::vector<std::string> ahead;     // partners ranked above
  std::optional<int64_t> registry_id; // registry entries
  std::string title;                  // registry entry title
  std::string url, published;
  std::string note;                   // "partial year: not compared with a full-year claim"
};

struct CheckedClaim {
  text::Claim claim;
  Verdict verdict = Verdict::kUnverifiable;
  std::vector<Evidence> evidence;
  std::string explanation;            // one or two sentences naming the rule used
};

struct CheckedArticle {
  text::Article article;              // claims moved out into `claims`
  std::vector<CheckedClaim> claims;
  std::array<int, kVerdictCount> counts{};  // per Verdict
};

// "9 claims: 2 supported, 1 consistent, 0 contradicted, 3 unverifiable, 3 recorded".
std::string SummaryLine(const std::array<int, kVerdictCount>& counts);

}  // namespace dyad::check
