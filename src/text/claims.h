// Claims read from a news article about two countries: what kind of fact each one
// states (a trade total, a flow, growth, a share, a target, a rank, the composition of
// trade, an agreement, areas of cooperation), with its parties, period and figures.
// ExtractClaims is deterministic (no network, no model) and linear in the input; it is
// thread-safe (the gazetteer it uses is built once, immutable, and shared).
//
// Field meanings follow issue 5's JSON shape (docs/extraction.md): parties are ISO
// alpha-3; for trade_flow and composition [exporter, importer]; for rank and share
// [partner, country] ("A is B's N-th partner", "A accounts for N% of B's trade").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/status.h"

namespace dyad::text {

enum class ClaimKind {
  kTradeTotal,
  kTradeFlow,
  kTradeGrowth,
  kShare,
  kTarget,
  kRank,
  kComposition,
  kAgreement,
  kAreas,
};
inline constexpr int kClaimKindCount = 9;

// "trade_total", "trade_flow", ... as in the JSON.
std::string_view ClaimKindName(ClaimKind kind);
// The inverse of ClaimKindName; nullopt for an unknown name.
std::optional<ClaimKind> ParseClaimKind(std::string_view name);

// A party to an agreement, shaped like registry::Party: a state itself (name empty,
// kind empty) or a named sub-state party (kind city, ministry, institute, agency,
// company, region, other) belonging to `state`.
struct AgreementParty {
  std::string state;  // ISO alpha-3, "" when it could not be told
  std::string name;   // "" for the state itself; "Turkistan", "Ministry of Foreign Affairs"
  std::string kind;   // "" for a state; else city, ministry, institute, ...
  friend bool operator==(const AgreementParty&, const AgreementParty&) = default;
};

// An agreement as the article states it, shaped like registry::Agreement so that
// `extract --apply` can store it field by field.
struct AgreementInfo {
  std::string kind;   // treaty, agreement, memorandum, programme, protocol, roadmap,
                      // declaration, joint_statement, sister_city, contract_package
  std::string title;  // as written, without articles: "agreement on allied relations"
  std::string level;  // heads_of_state, government, ministry, region_or_city,
                      // institution, or "" when the text does not say
  std::vector<AgreementParty> parties;  // states first (pair order), then sub-state parties
  std::optional<Date> signed_on;        // with precision; nullopt when not stated
  bool signed_on_from_article = false;  // true when signed_on is the article's date
                                        // because the text says "have signed" and no date
  std::string place;                    // "Dushanbe"
  std::string place_state;              // ISO alpha-3 of the place, "" when unknown
  std::optional<Date> valid_from;       // "for 2023-2025" -> 2023 .. 2025 (year precision)
  std::optional<Date> valid_to;
  std::string validity;                 // as written when not a period: "for five years"
  std::string status = "signed";        // signed, planned, ratified, in_force
  std::string relationship_level;       // "allied relations", "strategic partnership"
  std::vector<std::string> signatories; // names of the signers when stated
};

// One claim. Optional fields are empty/nullopt when the sentence does not state them.
struct Claim {
  ClaimKind kind = ClaimKind::kTradeTotal;
  std::string text;          // the sentence, whitespace collapsed
  size_t span_begin = 0;     // byte offsets of the sentence in the input: [begin, end)
  size_t span_end = 0;
  std::string speaker;       // who said it, when the sentence is a quote ("Tokayev")
  std::vector<std::string> parties;
  std::optional<int> year;         // the period's year (rank/share: the year ranked)
  std::string months;              // "1-12", "1-11", "4-6"; "" when unknown
  std::optional<int> from_year;    // growth measured from this year ("since 2019")
  std::optional<int64_t> value_usd;
  std::optional<double> amount;    // the amount in `currency` (also set for USD)
  std::string currency;            // "USD", "EUR", "KZT", ... ("" when no money)
  std::optional<double> percent;   // growth (negative for a fall) or share
  std::string qualifier;           // "", approx, more_than, less_than, almost, up_to, at_least
  std::string measure;             // total, exports, imports (what was counted)
  std::optional<int> rank;
  std::string group;               // "CIS" (rank "among CIS members")
  std::vector<std::string> after;  // ISO codes ranked above (rank "after Russia")
  std::vector<std::string> goods;  // product group names ("oil", "natural gas")
  std::optional<int> target_year;
  int target_stage = 0;            // 2 for "then $10 billion" after a first target
  std::optional<AgreementInfo> agreement;
  std::vector<std::string> areas;  // controlled vocabulary, in order of mention
};

// A sentence of the article.
struct Sentence {
  size_t begin = 0, end = 0;  // byte offsets in the input
  std::string text;           // whitespace collapsed, tags and entities removed
  bool quoted = false;        // inside quotation marks
  std::string speaker;        // "Tokayev" when attributed ("..., Tokayev said.")
  bool headline = false;      // a first line without a full stop
};

enum class DateSource { kOption, kText, kToday };
std::string_view DateSourceName(DateSource source);  // "option", "text", "today"

struct Article {
  Date date;                           // publication date used to resolve "last year"
  DateSource date_source = DateSource::kToday;
  std::string language = "en";         // "en" or "ru" (share of Cyrillic letters)
  std::vector<std::string> pair;       // the two countries it is about (0-2 codes)
  std::vector<Sentence> sentences;
  std::vector<Claim> claims;           // in order of appearance
  std::vector<std::string> warnings;   // "input is not valid UTF-8 at byte 17; ..."
};

// Reads `text` (UTF-8 prose, possibly with HTML tags and entities left in) and returns
// its claims. `date` is the publication date; without it a dateline or other full date
// near the start is used, else today. Invalid UTF-8 and NUL bytes are replaced and
// reported in warnings. Fails only with kInvalidInput for input that is not text
// (more than 1% NUL or binary control bytes). Spans index the original bytes.
Result<Article> ExtractClaims(std::string_view text, std::optional<Date> date);

}  // namespace dyad::text
