// Rank claims ("Kazakhstan is Tajikistan's second-largest trading partner after Russia
// among CIS members") and composition claims ("Kazakhstan primarily exports oil,
// natural gas, metals and food products to Tajikistan").
#include <algorithm>

#include "text/analysis.h"

namespace dyad::text::internal {
namespace {

using W = WordClass;

bool IsOrdinalSuffix(std::string_view w) { return w == "st" || w == "nd" || w == "rd" || w == "th"; }

int OrdinalAt(const Doc& doc, const SentenceInfo& s, size_t k) {
  const Token& t = doc.tok(k);
  if (t.kind == TokenKind::kNumber && t.integer && t.value >= 1 && t.value <= 50 && k + 1 < s.end) {
    if (!doc.tok(k + 1).space_before && IsOrdinalSuffix(doc.norm(k + 1))) return static_cast<int>(t.value);
    return 0;
  }
  if (t.norm == "one" && k + 1 < s.end && doc.norm(k + 1) == "one") return 0;
  if (t.norm == "number" && k + 1 < s.end && (doc.norm(k + 1) == "one" || doc.norm(k + 1) == "1")) return 1;
  // "the most important trading partner": a superlative in two words.
  if (doc.Is(k, W::kMostAdjective) && k > s.begin && doc.norm(k - 1) == "most") return 1;
  return doc.Is(k, W::kRankOrdinal) ? doc.lex->Value(t.norm, W::kRankOrdinal) : 0;
}

// The ordinal whose last token is e: "second", "largest", "12th", "No. 2", "number two";
// 0 when none. *b is its first token.
int OrdinalEndingAt(const Doc& doc, const SentenceInfo& s, size_t e, size_t* b) {
  if (e > s.begin && IsOrdinalSuffix(doc.norm(e)) && !doc.tok(e).space_before) {
    int r = OrdinalAt(doc, s, e - 1);
    if (r > 0) *b = e - 1;
    return r;
  }
  const Token& t = doc.tok(e);
  int n = t.kind == TokenKind::kNumber && t.integer && t.value >= 1 && t.value <= 50 ? static_cast<int>(t.value)
          : doc.Is(e, W::kNumberWord) && t.norm != "a" ? doc.lex->Value(t.norm, W::kNumberWord)
                                                        : 0;
  if (n > 0 && e > s.begin + 1 && doc.norm(e - 1) == "." && doc.norm(e - 2) == "no") {
    *b = e - 2;
    return n;
  }
  if (n > 0 && e > s.begin && doc.norm(e - 1) == "number") {
    *b = e - 1;
    return n;
  }
  int r = OrdinalAt(doc, s, e);
  if (r > 0) *b = e;
  return r;
}

bool OneOfThe(const Doc& doc, const SentenceInfo& s, size_t k) {
  for (size_t d = 1; d <= 4 && k >= s.begin + d; ++d) {
    if (doc.norm(k - d) == "one" && d >= 2 && doc.norm(k - d + 1) == "of") return true;
    // "among the largest", "among Georgia's main", "among the country's main".
    if (doc.norm(k - d) == "among") return true;
  }
  return false;
}

// "the top five trading partners", "its largest 10 partners", "top-10": a superlative
// before a cardinal names the first N, not a rank.
bool TopN(const Doc& doc, const SentenceInfo& s, size_t k) {
  size_t q = k + 1;
  if (q < s.end && doc.norm(q) == "-") ++q;
  if (q >= s.end) return false;
  const Token& t = doc.tok(q);
  bool cardinal = (t.kind == TokenKind::kNumber && !(q + 1 < s.end && IsOrdinalSuffix(doc.norm(q + 1)))) ||
                  (doc.Is(q, W::kNumberWord) && t.norm != "a");
  // "13th largest two-way trading partner": a number joined by a hyphen to the next word
  // is an adjective, not the size of a top N.
  if (q + 1 < s.end && doc.norm(q + 1) == "-") return false;
  return doc.Is(k, W::kSuperlative) && cardinal;
}

// "completed the top three", "rounds out the top five": the top N completed at k (the
// "top"), or 0.
int CompletedTopN(const Doc& doc, const SentenceInfo& s, size_t k) {
  if (doc.norm(k) != "top" || k + 1 >= s.end || k < s.begin + 2) return 0;
  size_t v = k - 1;
  if (doc.norm(v) == "the") --v;
  if (doc.norm(v) == "out" && v > s.begin) --v;
  if (!doc.Is(v, W::kRankVerb) || doc.lex->Value(doc.norm(v), W::kRankVerb) != 1) return 0;
  const Token& t = doc.tok(k + 1);
  if (t.kind == TokenKind::kNumber && t.integer && t.value >= 1 && t.value <= 50) return static_cast<int>(t.value);
  return doc.Is(k + 1, W::kNumberWord) && t.norm != "a" ? doc.lex->Value(t.norm, W::kNumberWord) : 0;
}

struct RankAt {
  int rank = 0;  // -1: explicitly no rank ("one of the largest")
  size_t pos = 0;
};

// "ranks fifth among the largest ...", "ranked fourth among Georgia's main trading
// partners", "занимает пятое место среди крупнейших ...": the ordinal of a verb of ranking
// or of "place" right before "among" (up to four words before b).
RankAt PlaceBeforeAmong(const Doc& doc, const SentenceInfo& s, size_t b) {
  size_t a = b;
  while (a > s.begin && a + 5 > b && doc.norm(a) != "among") --a;
  if (doc.norm(a) != "among" || a < s.begin + 2) return {};
  size_t e = a - 1;
  if ((doc.norm(e) == "place" || doc.norm(e) == "position") && e > s.begin) --e;
  size_t first = e;
  int r = OrdinalEndingAt(doc, s, e, &first);
  if (r <= 0 || doc.Is(first, W::kSuperlative)) return {};
  bool ranked = first > s.begin && (doc.Is(first - 1, W::kRankVerb) || doc.norm(e + 1) == "place" ||
                                    doc.norm(e + 1) == "position");
  return ranked ? RankAt{r, first} : RankAt{};
}

// The rank of the partner noun at i: an ordinal just before ("second-largest trading
// partner", "12th biggest partner", "No. 2 partner"), "third place", or an ordinal after
// a verb of ranking ("ranks second among ...", "is the fifth").
RankAt RankOfNoun(const Doc& doc, const SentenceInfo& s, size_t i) {
  RankAt out;
  for (size_t k = i; k > s.begin && k + 6 > i; --k) {
    size_t b = k - 1;
    int r = OrdinalEndingAt(doc, s, k - 1, &b);
    if (r <= 0) continue;
    if (int n = CompletedTopN(doc, s, b); n > 0) return {n, b};
    if (OneOfThe(doc, s, b) || TopN(doc, s, b)) {
      // "ranks fifth (place) among the largest trading partners": the superlative names
      // the group; the place before "among" is the rank.
      RankAt placed = PlaceBeforeAmong(doc, s, b);
      return placed.rank > 0 ? placed : RankAt{-1, b};
    }
    out = {r, b};
    // "second-largest", "12th biggest": an ordinal before a superlative.
    if (doc.Is(b, W::kSuperlative) && b > s.begin) {
      size_t e = b - 1;
      if (doc.norm(e) == "-" && e > s.begin) --e;
      size_t b2 = e;
      int r2 = OrdinalEndingAt(doc, s, e, &b2);
      if (r2 > 1) out = {r2, b2};
    }
    return out;
  }
  // "slipped to third place behind Canada among U.S. trading partners".
  for (size_t k = i; k > s.begin && k + 12 > i; --k) {
    std::string_view v = doc.norm(k - 1);
    if ((v == "place" || v == "position" || v == "spot") && k >= s.begin + 2) {
      size_t b = k - 2;
      int r = OrdinalEndingAt(doc, s, k - 2, &b);
      if (r > 0) out = {r, b};
      return out;
    }
  }
  for (size_t k = i; k > s.begin && k + 10 > i; --k) {
    if (!doc.Is(k - 1, W::kRankVerb)) continue;
    for (size_t q = k; q < i && q < k + 4; ++q) {
      size_t b = q;
      int r = OrdinalEndingAt(doc, s, q, &b);
      if (r > 0 && doc.norm(b) != "main" && doc.norm(b) != "leading") return {r, b};
    }
  }
  return out;
}

// Whose partner: a possessive near the rank ("Tajikistan's"), "of Y"/"for Y", a name used
// as a modifier ("U.S. trading partners"), an adjective right before.
std::string RankedIn(const Doc& doc, const SentenceInfo& s, size_t i, size_t rank_pos, size_t cb) {
  std::string country;
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded) continue;
    if (r.end <= i && r.begin + 8 >= rank_pos && r.begin >= cb && r.possessive) country = r.code;
  }
  if (!country.empty()) return country;
  // "For Uzbekistan, Kazakhstan is the second trading partner", "Для Узбекистана
  // Казахстан является ...": "for" a country before the rank names whose partner.
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.begin < cb + 1 || r.end > rank_pos) continue;
    if (doc.norm(r.begin - 1) == "for") return r.code;
  }
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.begin <= i || r.begin > i + 3) continue;
    std::string_view p = doc.norm(r.begin - 1);
    if (p == "of" || p == "for" || p == "the") return r.code;
  }
  for (const CountryRef& r : s.countries) {
    if (r.code != "*" && (r.end == i || (r.end + 1 == i && (doc.norm(i - 1) == "trading" || doc.norm(i - 1) == "trade")))) {
      country = r.code;
    }
  }
  if (!country.empty()) return country;
  for (const CountryRef& r : s.countries) {
    if (r.code != "*" && !r.excluded && r.adjective && r.end <= i && r.end + 3 >= rank_pos && r.begin >= cb) {
      country = r.code;
    }
  }
  return country;
}

// The partner: the object of "making" before the rank ("..., making the UAE its
// third-largest trading partner"), else the subject before the rank, else "... is X"
// after the noun.
std::string RankedPartner(const Doc& doc, const SentenceInfo& s, size_t i, size_t rank_pos, size_t cb,
                          const std::string& country) {
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.code == country || r.begin < cb + 1 || r.end > rank_pos) continue;
    size_t v = r.begin - 1;
    if (doc.norm(v) == "the" && v > cb) --v;
    if (doc.Is(v, W::kShareMakeVerb)) return r.code;
  }
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.code == country) continue;
    if (r.begin >= cb && r.end <= rank_pos) return r.code;
  }
  // "... partner of the republic became Russia", "Ведущим партнером республики стала РФ":
  // the country noun after the partner noun reaches two words further.
  size_t reach = 4;
  for (size_t k = i + 1; k < s.end && k <= i + 3; ++k) {
    if (doc.Is(k, W::kCountryNoun)) reach = 6;
  }
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.code == country || r.begin <= i || r.begin > i + reach) continue;
    return r.code;
  }
  return "";
}

// Whether the name at b (a country or group) is in a list of those ranked above: "after
// Russia (and China)", "behind the EU", "second only to Russia", "trailed only China and
// Canada". *only: the list is introduced by "only" (it is then everyone ranked above).
bool InRankedAboveList(const Doc& doc, const SentenceInfo& s, size_t b, bool* only) {
  size_t k = ListStart(doc, s, b);
  if (k > s.begin && doc.norm(k - 1) == "the") --k;
  if (k <= s.begin) return false;
  std::string_view p = doc.norm(k - 1);
  bool only_before = k >= s.begin + 2 && doc.norm(k - 2) == "only";
  bool only_after = p == "only" && k >= s.begin + 2 && doc.Is(k - 2, W::kRankedBelow);
  *only = (p == "to" && only_before) || only_after;
  return doc.Is(k - 1, W::kRankedBelow) || *only;
}

// The countries ranked above, in [from, to] of the clause [cb, ce); *only as above.
std::vector<std::string> RankedAbove(const Doc& doc, const SentenceInfo& s, size_t cb, size_t ce, size_t from,
                                     size_t to, bool* only) {
  std::vector<std::string> after;
  *only = false;
  for (const CountryRef& r : s.countries) {
    if (!r.excluded || r.code == "*" || r.begin < cb || r.begin >= ce || r.begin < from || r.begin > to) continue;
    bool list_only = false;
    if (InRankedAboveList(doc, s, r.begin, &list_only) && std::find(after.begin(), after.end(), r.code) == after.end()) {
      after.push_back(r.code);
      *only = *only || list_only;
    }
  }
  return after;
}

// Group: "among CIS members", "in Central Asia", "within the EAEU"; not a group ranked
// above ("after China and the EU").
std::string RankGroup(const Doc& doc, const SentenceInfo& s, size_t cb, size_t ce) {
  for (const Mention& g : s.groups) {
    bool only = false;
    if (g.begin < cb || g.begin >= ce || InRankedAboveList(doc, s, g.begin, &only)) continue;
    return g.entity->code;
  }
  return "";
}

// The partner noun at i ("trading partner", "supplier", "export market") and the measure
// it ranks, or "" when the word is none.
std::string PartnerNounMeasure(const Doc& doc, const SentenceInfo& s, size_t i) {
  std::string_view w = doc.norm(i);
  int partner_kind = doc.Is(i, W::kPartnerNoun) ? doc.lex->Value(w, W::kPartnerNoun) : 0;
  if (partner_kind == 2) return "imports";
  if (partner_kind == 1) {
    if (i > s.begin && doc.Is(i - 1, W::kPartnerModifier)) return "total";
    // A bare "partner" counts when the sentence is about trade (or its flows: "one of
    // Azerbaijan's key partners: it ranks eighth in imports").
    for (size_t k = s.begin; k < s.end; ++k) {
      if (doc.norm(k) == "trade" || doc.norm(k) == "turnover" || doc.norm(k) == "trading") return "total";
      if ((doc.Is(k, W::kImportWord) || doc.Is(k, W::kExportWord)) && k > i) return "total";
    }
    // "Belarus is Russia's second-biggest partner within the EAEU": a ranked partner,
    // unless the sentence is about something else ("largest investment partner").
    size_t b = i;
    if (i > s.begin && OrdinalEndingAt(doc, s, i - 1, &b) > 0) {
      for (size_t k = s.begin; k < s.end; ++k) {
        if (doc.Is(k, W::kDistractor)) return "";
      }
      return "total";
    }
    return "";
  }
  // "second largest export market", "among its top export destinations", "buyers".
  bool market = w == "market" || w == "markets" || w == "destination" || w == "destinations";
  bool buyer = w == "buyer" || w == "buyers";
  if ((market || buyer) && i > s.begin && (doc.norm(i - 1) == "export" || buyer)) {
    return "exports";
  }
  return "";
}

// Whether the sentence names goods or a flow ("took first place in wheat exports"): then a
// place in it is no place among trading partners.
bool GoodsOrFlowIn(const Doc& doc, const SentenceInfo& s) {
  if (!s.products.empty()) return true;
  for (size_t k = s.begin; k < s.end; ++k) {
    if (doc.Is(k, W::kExportWord) || doc.Is(k, W::kImportWord)) return true;
  }
  return false;
}

// Whether a rank of `partner` at the start of this sentence is already in `out`.
bool KnownRank(const Doc& doc, const SentenceInfo& s, const std::vector<Claim>& out, const std::string& partner) {
  for (const Claim& c : out) {
    if (c.kind == ClaimKind::kRank && c.span_begin == doc.tok(s.begin).begin && c.parties[0] == partner) return true;
  }
  return false;
}

// "..., with Canada second and China third", "Georgia took sixth place", "Armenia
// completed the top three": right after a ranking (this sentence or the two before), a
// country followed by a place ordinal is ranked in the same country. Right after a
// sentence that named a country's partners without a rank ("Russia entered the top ten
// trading partners of Georgia"), a place of a sentence without goods or flows ranks in
// that country too, and the place may come first: "Первое место заняла Турция" ("first
// place ranks Turkey"), "first place was taken by Turkey".
void ListedRanks(const Doc& doc, const SentenceInfo& s, const Carry& carry, std::vector<Claim>* out) {
  std::string country = carry.rank_country, measure = carry.rank_measure, group = carry.rank_group;
  if (country.empty() || carry.sentence_index - carry.rank_sentence > 2) {
    if (carry.partners_country.empty() || carry.sentence_index - carry.partners_sentence > 2 ||
        GoodsOrFlowIn(doc, s)) {
      return;
    }
    country = carry.partners_country;
    measure = "total";
    group.clear();
  }
  auto add = [&](const CountryRef& r, int rank) {
    if (KnownRank(doc, s, *out, r.code)) return;
    Claim c = NewClaim(doc, s, ClaimKind::kRank);
    c.parties = {r.code, country};
    c.rank = rank;
    c.measure = measure;
    c.group = group;
    SetPeriod(PeriodFor(doc, s, r.begin, Carry()), &c);
    c.months.clear();
    out->push_back(std::move(c));
  };
  // The list goes on or ends after e: "Canada second, China third.", not "Kazakhstan
  // first proposed".
  auto ends = [&](size_t e) {
    return e >= s.end || doc.tok(e).kind != TokenKind::kWord || doc.norm(e) == "and" || doc.norm(e) == "with" ||
           doc.norm(e) == "among" || doc.norm(e) == "in";
  };
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.code == country || r.possessive) continue;
    // "Canada second", "Canada in second", "came in third", "took sixth place",
    // "completed the top three", "на втором месте" ("on second place").
    size_t q = r.end;
    for (int n = 0; n < 3 && q < s.end; ++n, ++q) {
      std::string_view w = doc.norm(q);
      if (w != "in" && w != "at" && w != "on" && w != "the" && w != "out" && !doc.Is(q, W::kRankVerb)) break;
    }
    if (q >= s.end) continue;
    int rank = 0;
    size_t e = q;
    if (doc.norm(q) == "top") {
      rank = CompletedTopN(doc, s, q);
      e = q + 2;
    } else {
      // An ordinal of a place ("second", "6th"), not a superlative ("largest").
      size_t last = q + 1 < s.end && doc.tok(q).kind == TokenKind::kNumber ? q + 1 : q;
      size_t b = q;
      rank = OrdinalEndingAt(doc, s, last, &b);
      if (rank > 0 && (b != q || doc.Is(b, W::kSuperlative))) rank = 0;
      e = last + 1;
      if (rank > 0 && e < s.end && (doc.norm(e) == "place" || doc.norm(e) == "position" || doc.norm(e) == "spot")) ++e;
    }
    if (rank <= 0 || !ends(e)) continue;
    add(r, rank);
  }
  // The place first: an ordinal and "place"/"position", at most three words, a verb of
  // ranking (and "taken by"), then the country.
  for (size_t k = s.begin + 1; k < s.end; ++k) {
    if (doc.norm(k) != "place" && doc.norm(k) != "position") continue;
    size_t b = k - 1;
    int rank = OrdinalEndingAt(doc, s, k - 1, &b);
    if (rank <= 0 || doc.Is(b, W::kSuperlative)) continue;
    size_t v = k + 1;
    while (v < s.end && v < k + 4 && !doc.Is(v, W::kRankVerb) && doc.tok(v).kind == TokenKind::kWord) ++v;
    if (v >= s.end || !doc.Is(v, W::kRankVerb)) continue;
    size_t at = v + 1;
    while (at < s.end && at < v + 3 && (doc.norm(at) == "taken" || doc.norm(at) == "held" || doc.norm(at) == "by")) ++at;
    for (const CountryRef& r : s.countries) {
      if (r.begin != at || r.code == "*" || r.excluded || r.code == country || r.possessive) continue;
      if (ends(r.end)) add(r, rank);
    }
  }
}

// "China is the top trading partner of Bangladesh, followed by India and the United States
// (US), respectively", "Kenya's largest partner, followed by India": the countries listed
// right after "followed by", after a rank at `after_pos`, take the next places in order, in
// the same country, by the same measure and group. Empty when no such list follows.
std::vector<std::string> FollowedByList(const Doc& doc, const SentenceInfo& s, size_t after_pos,
                                        const std::string& partner, const std::string& country) {
  std::vector<std::string> listed;
  for (size_t k = after_pos + 1; k + 1 < s.end; ++k) {
    if (doc.norm(k) != "followed" || doc.norm(k + 1) != "by") continue;
    size_t q = k + 2;
    while (q < s.end) {
      std::string_view w = doc.norm(q);
      if (w == "," || w == "and" || w == "the") {
        ++q;
        continue;
      }
      // "(US)", "(Hong Kong included)": a short parenthesis inside the list.
      if (w == "(" && !listed.empty()) {
        size_t close = q + 1;
        while (close < s.end && close < q + 5 && doc.norm(close) != ")") ++close;
        if (close < s.end && doc.norm(close) == ")") {
          q = close + 1;
          continue;
        }
      }
      const CountryRef* ref = nullptr;
      for (const CountryRef& r : s.countries) {
        if (r.begin == q) ref = &r;
      }
      if (ref == nullptr || ref->code == "*" || ref->possessive || ref->subnational || ref->adjective) break;
      if (ref->code == partner || ref->code == country ||
          std::find(listed.begin(), listed.end(), ref->code) != listed.end()) {
        return {};
      }
      listed.push_back(ref->code);
      q = ref->end;
    }
    return listed;
  }
  return {};
}

// "it is the republic's top partner", "It ranks third": a pronoun subject before the rank
// in its clause, with no country named before it there.
bool PronounSubject(const Doc& doc, const SentenceInfo& s, size_t cb, size_t rank_pos) {
  for (size_t k = cb; k < rank_pos; ++k) {
    if (doc.norm(k) == "it") return CountriesIn(s, cb, k).empty();
  }
  return false;
}

// "the republic's", "the country's" (class country_noun) before the rank in its clause:
// the country ranked in is one named before.
bool CountryNounOwner(const Doc& doc, size_t cb, size_t rank_pos) {
  for (size_t k = cb + 1; k + 1 < rank_pos; ++k) {
    if (doc.norm(k - 1) == "the" && doc.Is(k, W::kCountryNoun) && doc.norm(k + 1) == "'s") return true;
  }
  return false;
}

// "..., and Belarus is Russia's fourth largest", "while France is Germany's second-largest
// after China": a superlative at i with no partner noun after it (the clause ends, or
// "after"/"behind", "among"/"in"/"within" follows) repeats the partner noun of the rank
// before it in the sentence.
bool ElidedPartnerNoun(const Doc& doc, const SentenceInfo& s, size_t i) {
  // "... and its third outside the EU": a place ordinal after "its" too.
  bool its_place = i > s.begin && doc.norm(i - 1) == "its" && doc.Is(i, W::kRankOrdinal) &&
                   doc.lex->Value(doc.norm(i), W::kRankOrdinal) > 0;
  if ((!doc.Is(i, W::kSuperlative) && !its_place) || doc.norm(i) == "major") return false;
  if (i + 1 >= s.end) return true;
  const Token& t = doc.tok(i + 1);
  if (t.kind != TokenKind::kWord) return true;
  std::string_view w = t.norm;
  return doc.Is(i + 1, W::kRankedBelow) || w == "among" || w == "in" || w == "within" || w == "outside" || w == "and" ||
         w == "while";
}

// The measure of a place ranked at [at, end) ("in imports it ranks third", "в экспорте --
// 2-е место", "third in imports"): the flow or trade word of its item, between the item's
// start (the last ",", ":" or ";") and it, else in the three words after it; "" when the
// item names none (then it is no place in trade).
std::string PlaceMeasure(const Doc& doc, const SentenceInfo& s, size_t at, size_t end) {
  auto measure = [&](size_t k) -> std::string {
    if (doc.Is(k, W::kImportWord)) return "imports";
    if (doc.Is(k, W::kExportWord)) return "exports";
    if (doc.Is(k, W::kTradeNoun) || doc.norm(k) == "turnover") return "total";
    return "";
  };
  for (size_t k = at; k > s.begin; --k) {
    std::string_view w = doc.norm(k - 1);
    if (w == "," || w == ":" || w == ";") break;
    if (std::string m = measure(k - 1); !m.empty()) return m;
  }
  for (size_t k = end; k < s.end && k < end + 3; ++k) {
    if (std::string m = measure(k); !m.empty()) return m;
  }
  return "";
}

// Whether the place at [first, end) stands in an item of its own words only: a verb of
// ranking right after the item's comma before it, and after it the sentence's end or a
// list of those ranked above ("after", "behind").
bool PlaceOfThePartners(const Doc& doc, const SentenceInfo& s, size_t first, size_t end) {
  if (first < s.begin + 2 || !doc.Is(first - 1, W::kRankVerb) || doc.norm(first - 2) != ",") return false;
  if (end < s.end && doc.norm(end) == "place") ++end;
  return end >= s.end || doc.tok(end).kind == TokenKind::kPunct || doc.Is(end, W::kRankedBelow);
}

// "Turkey is among Azerbaijan's main trading partners: in imports it ranks 3rd place, in
// exports -- 2nd, and in total trade -- also 2nd place": places without a partner noun of
// their own, after a partner noun that names no rank, rank the sentence's subject among
// that noun's country's partners, each by the flow its item names.
void PlacesAfterPartners(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out) {
  size_t noun = s.end;
  for (size_t k = s.begin; k < s.end && noun == s.end; ++k) {
    if (!PartnerNounMeasure(doc, s, k).empty() && RankOfNoun(doc, s, k).rank <= 0) noun = k;
  }
  if (noun == s.end) return;
  auto [cb, ce] = ClauseOf(s, noun);
  std::string country = RankedIn(doc, s, noun, noun, cb);
  std::string partner = RankedPartner(doc, s, noun, noun, cb, country);
  if (country.empty() || partner.empty() || partner == country) return;
  for (size_t k = noun + 1; k < s.end; ++k) {
    if (!PartnerNounMeasure(doc, s, k).empty()) return;  // a rank of its own
    size_t first = k;
    size_t item_end = k + 1;  // after the place or the ordinal
    int rank = 0;
    if ((doc.norm(k) == "place" || doc.norm(k) == "position") && k > noun + 1) {
      rank = OrdinalEndingAt(doc, s, k - 1, &first);
    } else if (k > noun + 1 && (doc.norm(k - 1) == "--" || doc.norm(k - 1) == "-") && doc.Is(k, W::kRankOrdinal) &&
               (k + 1 >= s.end || doc.tok(k + 1).kind == TokenKind::kPunct || doc.norm(k + 1) == "and")) {
      rank = OrdinalEndingAt(doc, s, k, &first);  // "по экспорту -- шестое": the place left out
    } else if (doc.Is(k, W::kRankVerb) && k + 1 < s.end) {
      size_t e = k + 1 + (doc.tok(k + 1).kind == TokenKind::kNumber ? 1 : 0);
      rank = e < s.end ? OrdinalEndingAt(doc, s, e, &first) : 0;
      item_end = e + 1;
      if (rank > 0 && (first != k + 1 || doc.Is(first, W::kSuperlative))) rank = 0;
      if (rank > 0 && e + 1 < s.end && (doc.norm(e + 1) == "place" || doc.norm(e + 1) == "position")) rank = 0;
    }
    if (rank <= 0 || doc.Is(first, W::kSuperlative)) continue;
    std::string measure = PlaceMeasure(doc, s, first, item_end);
    // "..., ranking third (place) after Uzbekistan and Kyrgyzstan": an item of only a
    // verb of ranking and the place, ended by those ranked above or the sentence, is a
    // place among the partners just named.
    if (measure.empty() && PlaceOfThePartners(doc, s, first, item_end)) measure = "total";
    if (measure.empty()) continue;
    Claim c = NewClaim(doc, s, ClaimKind::kRank);
    c.parties = {partner, country};
    c.rank = rank;
    c.measure = measure;
    out->push_back(std::move(c));
  }
}

// "Exports of the republic were ores, copper concentrates, lead and zinc", "the country
// exports mainly cotton": a flow whose side is named only by a country noun ("the
// republic", "the country") is the article's first-named member's, the pair's other
// member the other side. [sb, se) is the flow's segment; only a side left empty is set.
void RepublicSide(const Doc& doc, size_t sb, size_t se, Cue cue, std::string* exporter, std::string* importer) {
  if (doc.pair.size() != 2 || (!exporter->empty() && !importer->empty())) return;
  bool republic = false;
  for (size_t k = sb + 1; k < se && !republic; ++k) {
    republic = doc.norm(k - 1) == "the" && doc.Is(k, W::kCountryNoun) && !(k + 1 < se && doc.norm(k + 1) == "of");
  }
  if (!republic) return;
  const std::string& home = doc.pair[0];
  std::string* side = cue == Cue::kExport ? exporter : importer;
  std::string* other = cue == Cue::kExport ? importer : exporter;
  if (!side->empty() && *side != home) return;
  *side = home;
  if (other->empty() || *other == home) *other = PairOther(doc, home);
}

// The country of a leader named in the sentence: an adjective before the leader noun
// ("the Belarusian leader", "белорусский лидер") or a country right after it ("President
// of Belarus", "Президент Беларуси", "Kazakhstan's president"); the last one, or "".
std::string LeaderCountry(const Doc& doc, const SentenceInfo& s) {
  std::string country;
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = doc.norm(k);
    if (w != "president" && w != "leader" && w != "minister" && w != "premier") continue;
    for (const CountryRef& r : s.countries) {
      if (r.code == "*") continue;
      bool before = (r.end == k && (r.adjective || r.possessive)) ||
                    (r.end + 1 == k && r.possessive) || (r.end + 1 == k && doc.norm(k - 1) == "prime");
      size_t after = k + 1;
      if (after < s.end && doc.norm(after) == "of") ++after;
      if (before || r.begin == after) country = r.code;
    }
  }
  return country;
}

// "for us ... you", "нас ... вы" in [cb, i): a speaker ranking the side addressed.
bool UsAndYou(const Doc& doc, size_t cb, size_t i) {
  bool us = false, you = false;
  for (size_t k = cb; k < i; ++k) {
    std::string_view w = doc.norm(k);
    us = us || w == "us" || w == "we" || w == "our";
    you = you || w == "you";
  }
  return us && you;
}

// "Turkey remained the top trade partner of Georgia, followed by Russia ($128.6 million)
// and Azerbaijan ($121.9 million)", "Turkey remained Georgia's main partner by imports,
// followed by Russia ($85.9 million)": a figure in parentheses right after a country the
// ranking lists is that country's trade with the country ranked in (by imports: its
// sales to it; by exports: its purchases from it), not the ranked subject's.
void ListedPartnerFigures(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out) {
  const size_t span_begin = NewClaim(doc, s, ClaimKind::kTradeTotal).span_begin;
  // This sentence's claims are the last ones made.
  size_t first = out->size();
  while (first > 0 && (*out)[first - 1].span_begin == span_begin) --first;
  std::string country;  // ranked in, by the sentence's last rank
  for (size_t q = first; q < out->size(); ++q) {
    const Claim& c = (*out)[q];
    if (c.kind == ClaimKind::kRank && c.parties.size() == 2) country = c.parties[1];
  }
  if (country.empty()) return;
  for (const Money& m : s.money) {
    if (!m.usd || m.hedge_begin < s.begin + 2 || doc.norm(m.hedge_begin - 1) != "(") continue;
    if (m.end >= s.end || doc.norm(m.end) != ")") continue;
    const CountryRef* item = nullptr;
    for (const CountryRef& r : s.countries) {
      if (r.end + 1 == m.hedge_begin && r.code != "*" && r.code != country) item = &r;
    }
    if (item == nullptr) continue;
    // The flow the ranking is by: "by imports", "in exports" before the list.
    Cue by = Cue::kNone;
    for (size_t k = s.begin; k + 1 < item->begin; ++k) {
      if (doc.norm(k) != "by" && doc.norm(k) != "in") continue;
      if (doc.Is(k + 1, W::kImportWord)) by = Cue::kImport;
      if (doc.Is(k + 1, W::kExportWord)) by = Cue::kExport;
    }
    for (size_t q = first; q < out->size(); ++q) {
      Claim& c = (*out)[q];
      if (!c.value_usd || static_cast<int64_t>(*c.value_usd) != *m.usd) continue;
      if (c.kind == ClaimKind::kTradeTotal) {
        c.parties = {country, item->code};
      } else if (c.kind == ClaimKind::kTradeFlow && c.parties.size() == 2) {
        bool sells = by == Cue::kImport || (by == Cue::kNone && c.parties[1] == country);
        bool buys = by == Cue::kExport || (by == Cue::kNone && c.parties[0] == country);
        if (sells) c.parties = {item->code, country};
        else if (buys) c.parties = {country, item->code};
      }
    }
  }
}

// "Russia ranked second among the countries with the largest volume of foreign trade
// turnover in Uzbekistan", "China ranks first among the countries with the biggest trade
// with Kazakhstan": a place among the countries with the most trade of (in, with) a
// country ranks the subject among that country's partners; no partner noun is needed.
void PlaceAmongTheCountriesWithMostTrade(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out) {
  for (size_t a = s.begin + 1; a + 4 < s.end; ++a) {
    if (doc.norm(a) != "among" || doc.norm(a + 1) != "the" || doc.norm(a + 2) != "countries") continue;
    if (doc.norm(a + 3) != "with" || doc.norm(a + 4) != "the" || a + 5 >= s.end || !doc.Is(a + 5, W::kSuperlative)) {
      continue;
    }
    size_t first = a - 1;
    int r = OrdinalEndingAt(doc, s, a - 1, &first);
    if (r <= 0 || first <= s.begin || !doc.Is(first - 1, W::kRankVerb)) continue;
    auto [cb, ce] = ClauseOf(s, a);
    // The trade word, then "in/with/of" and the country, within ten words.
    std::string country;
    bool trade = false;
    for (size_t k = a + 6; k < ce && k < a + 16 && country.empty(); ++k) {
      std::string_view w = doc.norm(k);
      trade = trade || w == "trade" || w == "turnover";
      if (!trade || (w != "in" && w != "with" && w != "of")) continue;
      for (const CountryRef& c : s.countries) {
        if (c.code != "*" && (c.begin == k + 1 || (c.begin == k + 2 && doc.norm(k + 1) == "the"))) country = c.code;
      }
    }
    std::string partner;
    for (const CountryRef& c : s.countries) {
      if (c.code != "*" && !c.excluded && c.begin >= cb && c.end < first && c.code != country) partner = c.code;
    }
    if (country.empty() || partner.empty()) continue;
    Claim c = NewClaim(doc, s, ClaimKind::kRank);
    c.parties = {partner, country};
    c.rank = r;
    c.measure = "total";
    out->push_back(std::move(c));
  }
}

}  // namespace

void RankClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out) {
  if (std::string leader = LeaderCountry(doc, s); !leader.empty()) carry->speaker_country = leader;
  // The last rank of this sentence: its partner, country and measure.
  std::string last_partner, last_country, last_measure;
  size_t last_clause = s.end;
  if (carry->sentence_index - carry->rank_sentence == 1) {
    last_partner = carry->rank_partner;
    last_country = carry->rank_country;
  }
  for (size_t n = s.begin; n < s.end; ++n) {
    std::string measure = PartnerNounMeasure(doc, s, n);
    size_t i = n;
    if (measure.empty()) {
      auto [cb, ce] = ClauseOf(s, n);
      // The same clause only after "and its": "... largest partner in Africa and its third".
      bool and_its = n >= s.begin + 2 && doc.norm(n - 1) == "its" && doc.norm(n - 2) == "and";
      if (last_measure.empty() || (cb == last_clause && !and_its) || !ElidedPartnerNoun(doc, s, n)) continue;
      measure = last_measure;
      i = n + 1;  // where the partner noun would be
    }
    auto [cb, ce] = ClauseOf(s, n);
    if (i == n) {
      // Whose partners the noun names, ranked or not: a place after it ranks there.
      if (std::string owner = RankedIn(doc, s, i, i, cb); !owner.empty()) {
        carry->partners_country = owner;
        carry->partners_sentence = carry->sentence_index;
      }
    }
    RankAt at = RankOfNoun(doc, s, i);
    bool only = false;
    std::vector<std::string> after = RankedAbove(doc, s, cb, ce, at.rank != 0 ? at.pos : cb, ce, &only);
    // "Mexico trailed only China and Canada among U.S. trading partners": third.
    if (at.rank == 0 && only && !after.empty()) at = {static_cast<int>(after.size()) + 1, i};
    if (at.rank <= 0) continue;
    // "The main trading partners were Russia, China and Italy": a list, not a rank.
    if (doc.norm(i) == "partners" && at.rank == 1 && at.pos + 4 > i) continue;
    std::string country = RankedIn(doc, s, i, at.pos, cb);
    std::string partner = RankedPartner(doc, s, i, at.pos, cb, country);
    // "Uzbekistan ranks fifth among Kazakhstan's partners, while within Central Asia it is
    // the republic's top partner": the pronoun is the partner of the rank before (this
    // sentence's or the previous one's), "the republic's" its country.
    if (partner.empty() && PronounSubject(doc, s, cb, at.pos) && !last_partner.empty() && last_partner != country) {
      partner = last_partner;
      if (country.empty() && CountryNounOwner(doc, cb, at.pos)) country = last_country;
    }
    // "For us, you are the third partner", "Для нас вы — третий партнер": the speaker's
    // country ranks the one addressed.
    const std::string& speaker = carry->speaker_country;
    if (!speaker.empty() && UsAndYou(doc, cb, i) && (partner.empty() || partner == speaker) &&
        (country.empty() || country == speaker)) {
      country = speaker;
      partner = PairOther(doc, speaker);
    }
    // "its third": the country of the rank before.
    if (country.empty() && at.pos > s.begin && doc.norm(at.pos - 1) == "its" && !last_country.empty() &&
        last_country != partner) {
      country = last_country;
    }
    if (country.empty()) country = PairOther(doc, partner);
    if (partner.empty()) partner = PairOther(doc, country);
    if (partner.empty() || country.empty() || partner == country) continue;
    // "As Brazil's fourth trade partner, South America's second largest economy trailed
    // China, the EU and the US": a partner ranked above itself is a guess gone wrong.
    if (std::find(after.begin(), after.end(), partner) != after.end()) continue;
    Claim c = NewClaim(doc, s, ClaimKind::kRank);
    c.parties = {partner, country};
    c.rank = at.rank;
    c.measure = measure;
    c.after = std::move(after);
    if (static_cast<int>(c.after.size()) >= at.rank) c.after.resize(at.rank - 1);
    // A group after the next place of the clause is that place's ("largest partner in
    // Africa and its third outside the European Union").
    size_t group_end = ce;
    for (size_t k = i + 1; k < ce && group_end == ce; ++k) {
      if (doc.Is(k, W::kRankOrdinal) && doc.lex->Value(doc.norm(k), W::kRankOrdinal) > 0) group_end = k;
    }
    c.group = RankGroup(doc, s, cb, group_end);
    // A rank is dated by its own sentence only: "remains ... partner" is the present.
    SetPeriod(PeriodFor(doc, s, i, Carry()), &c);
    c.months.clear();
    last_partner = partner;
    last_country = country;
    last_measure = measure;
    last_clause = cb;
    carry->rank_country = country;
    carry->rank_partner = partner;
    carry->rank_measure = measure;
    carry->rank_group = c.group;
    carry->rank_sentence = carry->sentence_index;
    std::vector<std::string> next = FollowedByList(doc, s, i, partner, country);
    std::vector<std::string> above = {partner};
    int place = at.rank;
    Claim base = c;
    out->push_back(std::move(c));
    for (const std::string& code : next) {
      Claim f = base;
      f.parties = {code, country};
      f.rank = ++place;
      f.after = above;
      above.push_back(code);
      out->push_back(std::move(f));
    }
  }
  ListedRanks(doc, s, *carry, out);
  PlacesAfterPartners(doc, s, out);
  PlaceAmongTheCountriesWithMostTrade(doc, s, out);
  ListedPartnerFigures(doc, s, out);
}

void CompositionClaims(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out) {
  // Clause by clause: "X exports A, B and C to Y, while Y sends D and E to X."
  std::vector<size_t> starts = {s.begin};
  for (size_t b : s.boundaries) starts.push_back(b);
  std::string carried_subject;
  for (size_t ci = 0; ci < starts.size(); ++ci) {
    size_t cb = starts[ci];
    size_t ce = ci + 1 < starts.size() ? starts[ci + 1] : s.end;
    // Every flow verb in the clause starts a segment: "imports A from Y, and exports B".
    std::vector<std::pair<size_t, Cue>> cues;
    for (size_t k = cb; k < ce; ++k) {
      std::string_view w = doc.norm(k);
      if (w == "exporter" || w == "exporters" || w == "importer" || w == "importers") continue;
      if (doc.Is(k, WordClass::kExportWord) && w != "sales" && w != "sold" && w != "sent") {
        cues.push_back({k, Cue::kExport});
      } else if (doc.Is(k, WordClass::kImportWord) && w != "received" && w != "receives") {
        cues.push_back({k, Cue::kImport});
      }
    }
    if (cues.empty()) continue;
    // Goods named next to a figure ("imports ... $61.4 billion, mainly crude oil") are
    // a composition claim too.
    for (size_t ki = 0; ki < cues.size(); ++ki) {
      size_t cue_pos = cues[ki].first;
      Cue cue = cues[ki].second;
      size_t sb = ki == 0 ? cb : cue_pos;
      size_t se = ki + 1 < cues.size() ? cues[ki + 1].first : ce;
      std::vector<std::string> goods;
      for (const Mention& m : s.products) {
        if (m.begin < sb || m.end > se) continue;
        if (m.begin <= cue_pos && cue_pos < m.end) continue;  // "ships" the verb, not vessels
        bool in_country = false;
        for (const CountryRef& r : s.countries) {
          if (m.begin < r.end && r.begin < m.end) in_country = true;
        }
        if (in_country) continue;
        if (std::find(goods.begin(), goods.end(), m.entity->code) == goods.end()) {
          goods.push_back(m.entity->code);
        }
      }
      if (goods.empty()) continue;
      // A second verb without its own subject keeps the first one's subject.
      std::string subject_hint = carried_subject;
      if (ki > 0 && !carried_subject.empty()) subject_hint = carried_subject;
      auto [exporter, importer] = FlowParties(doc, s, cue_pos, cue, subject_hint);
      if (ki > 0 && !carried_subject.empty()) {
        // FlowParties may have taken the first segment's counterpart as the subject.
        bool own_subject = false;
        for (const CountryRef& r : s.countries) {
          if (r.code != "*" && r.end <= cue_pos && r.begin >= cues[ki - 1].first &&
              r.end + 3 >= cue_pos && (r.adjective || r.possessive || r.end == cue_pos)) {
            own_subject = true;
          }
        }
        if (!own_subject) {
          std::pair<std::string, std::string> fixed =
              cue == Cue::kExport ? std::make_pair(carried_subject, PairOther(doc, carried_subject))
                                  : std::make_pair(PairOther(doc, carried_subject), carried_subject);
          for (const CountryRef& r : s.countries) {
            if (r.code == "*" || r.begin <= cue_pos || r.begin >= se || r.begin == 0) continue;
            std::string_view p = doc.norm(r.begin - 1);
            if (cue == Cue::kExport && (p == "to" || p == "into")) fixed.second = r.code;
            if (cue == Cue::kImport && p == "from") fixed.first = r.code;
          }
          exporter = fixed.first;
          importer = fixed.second;
        }
      }
      RepublicSide(doc, sb, se, cue, &exporter, &importer);
      if (exporter.empty() || importer.empty() || exporter == importer) continue;
      carried_subject = cue == Cue::kExport ? exporter : importer;
      Claim c = NewClaim(doc, s, ClaimKind::kComposition);
      c.parties = {exporter, importer};
      c.goods = goods;
      c.measure = "exports";
      out->push_back(std::move(c));
    }
  }
}

}  // namespace dyad::text::internal
