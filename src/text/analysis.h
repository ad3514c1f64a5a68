// Internal to src/text: one sentence analysed (its places, money, percentages, times,
// clause boundaries) and the state carried from sentence to sentence, shared by the
// claim recognisers (trade_claims.cc, rank_claims.cc, agreement_claims.cc). Not part
// of the public API.
#pragma once

#include <optional>
#include <tuple>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "text/claims.h"
#include "text/gazetteer.h"
#include "text/lexicon.h"
#include "text/quantities.h"
#include "text/sentences.h"
#include "text/time_expr.h"
#include "text/tokens.h"

namespace dyad::text::internal {

// A country as mentioned in a sentence ("Kazakhstan", "Kazakh", "Tajikistan's") or a
// reference to the article's pair ("the two countries", "bilateral": code "*").
struct CountryRef {
  size_t begin = 0, end = 0;  // tokens
  std::string code;           // alpha-3, or "*" for the pair
  bool adjective = false;
  bool possessive = false;    // followed by "'s"
  bool excluded = false;      // after "after", "behind", "than", "like", "including", ...
  bool subnational = false;   // "the Chinese province (of Xinjiang)", "a Russian republic"
};

struct SentenceInfo {
  size_t begin = 0, end = 0;  // tokens
  const SentenceRange* range = nullptr;
  std::vector<CountryRef> countries;
  std::vector<Mention> groups;
  std::vector<Mention> cities;
  std::vector<Mention> products;  // named product groups ("wheat", "crude oil")
  std::vector<Money> money;
  std::vector<Percent> percents;
  std::vector<Multiplier> multipliers;
  std::vector<TimeExpr> times;
  std::vector<size_t> boundaries;  // token indices that start a new clause
};

struct Doc {
  std::string_view clean;  // sanitized text (same offsets as the input)
  const std::vector<Token>* toks = nullptr;
  const Gazetteer* gz = nullptr;
  Date date;
  bool date_known = true;  // false when `date` is today because the article has none
  std::vector<std::string> pair;
  // The country an article about many partners of one country is about ("Russia's trade
  // with its neighbours": Kazakhstan, Uzbekistan, Armenia, ...), else "". A clause that
  // names one other country alone is about that country and the hub.
  std::string hub;
  // The word classes of each token (data/text/<lang>/lexicon.csv), looked up once.
  std::vector<ClassMask> classes;
  const Lexicon* lex = nullptr;  // of the language being read, for words not at a token
  const Token& tok(size_t i) const { return (*toks)[i]; }
  bool Is(size_t i, WordClass c) const { return (classes[i] & Bit(c)) != 0; }
  // A view, so that comparing it with a literal checks the length before the bytes.
  std::string_view norm(size_t i) const { return (*toks)[i].norm; }
};

// What a word says an amount is about.
enum class Cue { kNone, kTotal, kWorld, kExport, kImport, kPackage, kDistractor };

// What the next sentence may inherit.
struct Carry {
  std::optional<TimeExpr> period;        // the period of the last trade sentence
  bool period_from_previous = false;
  // The periods of earlier trade sentences, oldest first (at most kRecentPeriods):
  // "during the six-month period" refers to the last one of six months.
  static constexpr size_t kRecentPeriods = 8;
  std::vector<TimeExpr> recent_periods;
  void RememberPeriod(const TimeExpr& t);
  // The last time the previous sentence named, a comparison base too ("... 0.4% less than
  // in the same period of 2021."), for "At that time, imports amounted to ..."; its
  // months are the sentence's period's when it names none.
  std::optional<TimeExpr> then_period;
  // Agreement context: the last sentence that said something was signed.
  bool signing_active = false;
  std::optional<Date> signing_date;
  bool signing_date_from_article = false;
  std::vector<std::string> signing_states;
  std::string signing_level;
  int last_agreement = -1;
  // The event the article reports ("talks in Tashkent on December 22"): where and when
  // agreements signed without their own place and date were signed.
  std::string event_place, event_place_state;
  std::optional<Date> event_date;
  bool last_trade_sentence = false;      // the previous sentence stated a trade figure
  std::vector<std::string> last_trade_parties;  // ... about these parties (a total)
  int total_sentence = -100;             // the sentence that stated last_trade_parties' total
  // The last total or flow the previous trade sentence stated, for "it", "this figure",
  // "that": kTotal (parties of the total) or kExport ([exporter, importer]); kNone when
  // the previous sentence with claims stated neither.
  Cue last_figure_cue = Cue::kNone;
  std::vector<std::string> last_figure_parties;
  // The flow the previous sentence named with both ends ("Imports from Kazakhstan to
  // Tajikistan fell."), for a next sentence that names no country.
  Cue last_flow_cue = Cue::kNone;
  std::pair<std::string, std::string> last_flow;  // exporter, importer
  // The last ranking (within two sentences, a list "with Canada second and China
  // third" continues it): the country ranked in, the measure and group ranked by.
  std::string rank_country, rank_measure, rank_group;
  std::string rank_partner;  // the partner of the last ranking, for "It ranks third ..."
  // The country whose partners the last partner noun named, ranked or not ("one of the
  // top ten trading partners of Georgia"), and its sentence: "Turkey took first place"
  // after it ranks Turkey in that country.
  std::string partners_country;
  int partners_sentence = -100;
  // The country whose trade the last share was of, its measure and sentence: "China
  // accounted for 16.8%" right after "Russia -- 16.9% of Uzbekistan's trade" is a share of
  // the same whole.
  std::string share_country, share_measure;
  int share_sentence = -100;
  // The pair of a trade total the last sentence named without a figure ("Trade between
  // Tajikistan and Kazakhstan grew in 2023."), for "This figure amounted to ..." next.
  std::vector<std::string> named_total_parties;
  int named_total_sentence = -100;
  // The country of the leader last named ("Belarus' president", "белорусский лидер"), for
  // a quoted "for us, you are the third partner".
  std::string speaker_country;
  int rank_sentence = -100;
  bool last_trade_quoted = false;               // the previous trade sentence was a quote
  // The previous sentence's figure was of a part of a country ("trade between Tatarstan
  // and Kazakhstan ..."): a figure of the next one that names no country is too.
  bool subnational_figure = false;
  int sentence_index = 0;

  // The last period of `months` months among recent_periods ("during the six-month
  // period"), or nullptr.
  const TimeExpr* RecentPeriodOfMonths(int months) const;
  // The state after a sentence read by TradeClaims: whether it made any claim, the
  // figures it stated (its claims, less the baselines of a comparison), the flow it
  // named with both ends (cue, [exporter, importer]) and whether it was quoted. The
  // current period becomes that of its last actual figure with a year, else its last
  // named period, else stays; every period of months it names is remembered.
  void EndTradeSentence(const std::vector<TimeExpr>& times, bool any_claim, const std::vector<const Claim*>& figures,
                        const std::optional<std::pair<Cue, std::pair<std::string, std::string>>>& named_flow,
                        bool quoted);
};

// Analyses toks[range] (places, money, percents, times, clause boundaries).
SentenceInfo Analyze(const Doc& doc, const SentenceRange& range);
// Stage "periods": marks each period of s->times that is a comparison base (TimeExpr::
// compared): after "than", "from" (not a month range), "against", "versus", "vs",
// "compared with/to" (a comparison word), or "on" right after a rate ("up 4.6% on H1 2023").
void MarkComparedPeriods(const Doc& doc, SentenceInfo* s);

// The clause that contains token `pos`: [begin, end).
std::pair<size_t, size_t> ClauseOf(const SentenceInfo& s, size_t pos);

// The first token of the list of names the name at b is in ("after the EU, China (Hong
// Kong included) and the US": the "the" before "EU"), walking back over names (countries,
// groups), ",", "and", "or", "the" and parentheses; b itself when the name opens no list.
size_t ListStart(const Doc& doc, const SentenceInfo& s, size_t b);

// The other member of the pair, or "" when `code` is not in a two-country pair.
std::string PairOther(const Doc& doc, const std::string& code);

// Period for a claim at token `pos`: the nearest period following it in its clause,
// else the nearest before it, else the sentence's only period, else the carried one.
std::optional<TimeExpr> PeriodFor(const Doc& doc, const SentenceInfo& s, size_t pos,
                                  const Carry& carry);
void SetPeriod(const std::optional<TimeExpr>& t, Claim* c);
// The month the pair's fiscal year starts in (fiscal_year_start of the lexicon: the one of
// its countries whose year does not start in January), or 0 when neither or both differ.
int FiscalYearStart(const Doc& doc);
// A period of fiscal months in calendar months ("the first five months of the fiscal year
// 2022-23" of India and Russia: April-August 2022); nullopt when the pair's fiscal year is
// unknown or the months run into a second calendar year. Other periods are returned as is.
std::optional<TimeExpr> ResolveFiscal(const Doc& doc, const TimeExpr& t);
// "the six-month period", "during the five months": the number of months of a period
// the clause [cb, ce) refers back to, or 0.
int ReferredMonths(const Doc& doc, size_t cb, size_t ce);
// "stayed roughly at last year's level of around $28 bln": a possessive time within three
// words after a verb of a level kept (class steady_verb) names the level the figure
// equals, not the figure's period.
bool KeptLevelTime(const Doc& doc, const SentenceInfo& s, const TimeExpr& t);
// False when the article's date is unknown (today was assumed) and the period is
// missing or relative ("last year", "in January-May"): its year would be a guess.
bool PeriodKnown(const Doc& doc, const std::optional<TimeExpr>& t);

// A claim for this sentence, with text, span and speaker filled.
Claim NewClaim(const Doc& doc, const SentenceInfo& s, ClaimKind kind);

// The recognisers append claims to `out`.
void TradeClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out);
void RankClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out);
// Stage "shares" (share_claims.cc), asked by TradeClaims for each percentage: true when
// `p` is a share of a country's trade, exports or imports (never then a growth rate),
// with its claim appended when the partner, the country and the period are known.
bool ShareClaim(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry,
                std::vector<Claim>* out);
void CompositionClaims(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out);
void AgreementClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out);
void AreaClaims(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out);

// Exporter and importer for a flow cue ("exports", "imported", "sends") at `cue_pos`:
// from adjectives and possessives ("Kazakh exports"), "to"/"from"/"of" phrases and the
// clause's subject, completed with the pair; empty strings when unknown.
std::pair<std::string, std::string> FlowParties(const Doc& doc, const SentenceInfo& s, size_t cue_pos,
                                                Cue cue, const std::string& carried_subject);

// Word classes shared by the recognisers.
Cue CueAt(const Doc& doc, const SentenceInfo& s, size_t i);
// A `market_noun` at i that names a trade partner, so it is no distractor: a country ending
// at most three words before it ("exports to the Chinese market", "Russia's market"), or
// within three words of its phrase a superlative, rank ordinal, export word or "its"/"their"
// ("Germany, its biggest market,", "the third-largest export market").
bool PartnerMarket(const Doc& doc, const SentenceInfo& s, size_t i);

// The bytes toks[b, e) cover (b < e): from the least begin to the greatest end, since
// the Russian gloss may move a word before the words it follows in the input ("Доля
// Китая" reads "China 's share").
std::pair<size_t, size_t> ByteSpan(const std::vector<Token>& toks, size_t b, size_t e);

// The collapsed text of toks[b, e) from the clean text.
std::string TextOf(const Doc& doc, size_t b, size_t e);

// Country refs within toks[b, e) (not excluded unless `with_excluded`).
std::vector<const CountryRef*> CountriesIn(const SentenceInfo& s, size_t b, size_t e,
                                           bool with_excluded = false);

}  // namespace dyad::text::internal
