// Stage "shares" of trade reading: a percentage that is a part of a country's trade,
// exports or imports ("accounts for 18% of Kyrgyzstan's trade", "China's share in
// Kyrgyzstan's trade turnover was 20%"), with the partner and the country it is a share
// of. A share is never a growth rate: TradeClaims asks this stage first. Each rule is
// one general phrasing, listed in docs/extraction.md and tested in
// tests/text/share_claims_test.cc.
#include <algorithm>

#include "text/amount_roles.h"
#include "text/analysis.h"

namespace dyad::text::internal {
namespace {

using W = WordClass;

// "accounted", "share", "represents", and the "up" of "made up".
bool IsShareWord(const Doc& doc, size_t k) {
  return doc.Is(k, W::kShareWord) || (k > 0 && doc.norm(k) == "up" && doc.Is(k - 1, W::kShareMakeVerb));
}

// What a percentage is a share of: the cue of the whole and where it is.
struct ShareReading {
  bool share = false;
  Cue cue = Cue::kNone;
  size_t cue_pos = 0;
  size_t share_word = 0;  // the token of "share"/"accounted"/..., or 0
  // The whole is implied ("with a share of 18.9%", "21.5% of the total"): the trade of the
  // country a possessive before the figure names.
  bool implied_whole = false;
};

bool WholeCue(Cue c) { return c == Cue::kTotal || c == Cue::kWorld || c == Cue::kExport || c == Cue::kImport; }

// Whether p (in the clause [cb, ce)) is a share and of what.
ShareReading ReadShare(const Doc& doc, const SentenceInfo& s, const Percent& p, size_t cb, size_t ce) {
  ShareReading r;
  // "Russia ranks first among Kazakhstan's partners with a share of 18.9%", "China was
  // Kazakhstan's largest partner with a 21.5 percent share".
  size_t h = p.hedge_begin;
  auto word = [&](size_t k) -> std::string_view { return doc.norm(k); };
  bool with_share_of = h >= s.begin + 4 && word(h - 1) == "of" && word(h - 2) == "share" &&
                       (word(h - 3) == "a" || word(h - 3) == "the") && word(h - 4) == "with";
  bool with_a_share = h >= s.begin + 2 && word(h - 1) == "a" && word(h - 2) == "with" && p.end < s.end &&
                      word(p.end) == "share" && (p.end + 1 >= s.end || (word(p.end + 1) != "of" && word(p.end + 1) != "in"));
  if (with_share_of || with_a_share) {
    r.share = r.implied_whole = true;
    r.cue = Cue::kTotal;
    r.share_word = r.cue_pos = with_share_of ? h - 2 : p.end;
    return r;
  }
  // "18% of Kyrgyzstan's trade"; "a 25% share in/of Kyrgyzstan's trade".
  size_t of = p.end;
  if (of + 1 < ce && doc.norm(of) == "share" && doc.Is(of, W::kShareWord)) {
    r.share_word = of;
    ++of;
  }
  if (of < ce && (doc.norm(of) == "of" || (r.share_word != 0 && doc.norm(of) == "in"))) {
    for (size_t k = of + 1; k < ce && k <= of + 7; ++k) {
      Cue c = CueAt(doc, s, k);
      if (WholeCue(c)) {
        r.share = true;
        r.cue = c;
        r.cue_pos = k;
        break;
      }
      if (c != Cue::kNone) break;
    }
  }
  if (r.share) return r;
  // The share word is within ten words of the figure, not counting a period or a change
  // in points between them ("China's share in the foreign trade turnover of Kyrgyzstan in
  // 2023 amounted to", "China's share of Kazakhstan's trade rose by 2 percentage points to").
  size_t reach = 10;
  for (const TimeExpr& t : s.times) {
    if (t.begin < cb || t.end > p.hedge_begin || t.begin + 12 < p.hedge_begin) continue;
    // With the words that introduce it ("in the first half", "during the period").
    size_t b = t.begin;
    while (b > cb && t.begin - b < 2 &&
           (doc.norm(b - 1) == "in" || doc.norm(b - 1) == "the" || doc.norm(b - 1) == "during" ||
            doc.norm(b - 1) == "for" || doc.norm(b - 1) == "over")) {
      --b;
    }
    reach += t.end - b;
  }
  for (const Percent& q : s.percents) {
    if (q.points && q.hedge_begin >= cb && q.end <= p.hedge_begin && q.begin + 12 >= p.hedge_begin) {
      reach += q.end - q.hedge_begin + 1;
    }
  }
  // Nor a country named by a noun ("Azerbaijan's share in the total trade turnover of the
  // neighboring country amounted to 8.1 percent"): "of the [neighboring] country".
  for (size_t k = p.hedge_begin; k > cb && k + 14 > p.hedge_begin; --k) {
    if (!doc.Is(k - 1, W::kCountryNoun)) continue;
    size_t b = k - 1;
    while (b > cb && b + 3 > k - 1 && doc.norm(b - 1) != "of") --b;
    if (b > cb && doc.norm(b - 1) == "of") reach += k - b + 1;
    break;
  }
  for (size_t k = p.hedge_begin; r.share_word == 0 && k > cb && k + reach > p.hedge_begin; --k) {
    if (IsShareWord(doc, k - 1)) {
      r.share_word = k - 1;
      break;
    }
  }
  // "Russia's share in the total volume of Kazakhstan's foreign trade amounted to 18.9%":
  // the noun "share" owned by a country, with the cue of its whole and nothing but its
  // complement and a level verb before the figure, may be up to five words further.
  for (size_t k = p.hedge_begin; r.share_word == 0 && k > cb && k + reach + 5 > p.hedge_begin; --k) {
    if (doc.norm(k - 1) != "share") continue;
    size_t w = k - 1;
    bool owned = false;
    for (const CountryRef& c : s.countries) {
      owned = owned || (c.possessive && c.end + 1 == w) || (c.begin == w + 2 && doc.norm(w + 1) == "of");
    }
    bool cue = false, other_figure = false;
    for (size_t q = w + 1; q < p.hedge_begin; ++q) {
      cue = cue || WholeCue(CueAt(doc, s, q));
      bool in_time = false;
      for (const TimeExpr& t : s.times) in_time = in_time || (t.begin <= q && q < t.end);
      other_figure = other_figure || (doc.tok(q).kind == TokenKind::kNumber && !in_time);
    }
    size_t v = p.hedge_begin - 1;
    if ((doc.norm(v) == "to" || doc.norm(v) == "at") && v > w) --v;
    if (owned && cue && !other_figure && doc.Is(v, W::kActualMarker)) r.share_word = w;
    break;
  }
  if (r.share || r.share_word == 0) return r;
  // "exports, accounting for 8.3 percent of total exports, increased by 28.8 percent": a
  // rate right after a verb of change and "by", with the share word's own figure between
  // them, is the change of the figure, not a second share.
  if (h >= s.begin + 2 && word(h - 1) == "by" && (doc.Is(h - 2, W::kGrowthUp) || doc.Is(h - 2, W::kGrowthDown))) {
    for (const Percent& q : s.percents) {
      if (!q.points && q.hedge_begin > r.share_word && q.end <= h - 2) {
        r.share_word = 0;
        return r;
      }
    }
  }
  // The cue of a share named before the figure: "share in Y's foreign trade"; after "share
  // of <part> in" the whole is after "in" ("the share of Georgian exports in Turkey's
  // imports").
  size_t whole_from = r.share_word + 1;
  if (doc.norm(whole_from) == "of") {
    for (size_t k = whole_from + 1; k < p.begin && k < whole_from + 6; ++k) {
      if (doc.norm(k) == "in") {
        whole_from = k + 1;
        break;
      }
    }
  }
  for (size_t k = whole_from; k < p.begin; ++k) {
    Cue c = CueAt(doc, s, k);
    if (WholeCue(c)) {
      r.share = true;
      r.cue = c;
      r.cue_pos = k;
      return r;
    }
  }
  // "trade with Armenia accounted for 7.3 percent".
  for (size_t k = r.share_word; !r.share && k > cb && k + 6 > r.share_word; --k) {
    Cue c = CueAt(doc, s, k - 1);
    if (c == Cue::kTotal || c == Cue::kExport || c == Cue::kImport) {
      r.share = true;
      r.cue = c;
      r.cue_pos = k - 1;
    }
  }
  if (!r.share && doc.norm(r.share_word) != "share") {
    for (size_t k = p.end; k < ce && k <= p.end + 7; ++k) {
      Cue c = CueAt(doc, s, k);
      if (WholeCue(c)) {
        r.share = true;
        r.cue = c;
        r.cue_pos = k;
        break;
      }
      // "accounting for 21.5% of the total": the total of the trade named before.
      if (k == p.end + 2 && doc.norm(p.end) == "of" && doc.norm(k - 1) == "the" && doc.norm(k) == "total" &&
          (k + 1 >= ce || CueAt(doc, s, k + 1) == Cue::kNone)) {
        r.share = r.implied_whole = true;
        r.cue = Cue::kTotal;
        r.cue_pos = k;
        break;
      }
    }
  }
  // "Turkey's share rose to 14%": a bare share owned by a country is its share of the
  // pair's other member's trade (ShareClaim completes the country); "Turkey's share of
  // the market" names a whole that is no trade.
  size_t w = r.share_word;
  if (!r.share && doc.norm(w) == "share" && w + 1 < ce && doc.norm(w + 1) != "of" && doc.norm(w + 1) != "in") {
    for (const CountryRef& c : s.countries) {
      if (c.possessive && c.code != "*" && c.end <= w && c.end + 2 >= w && !PairOther(doc, c.code).empty()) {
        r.share = true;
        r.cue = Cue::kTotal;
        r.cue_pos = w;
      }
    }
  }
  return r;
}

// The countries of a "with Z" or "between A and B" complement right after the cue of the
// whole ("of Russia's trade with India", "of the trade between Georgia and Armenia"), or
// of "from/to Z" after a flow ("of South Africa's imports from Nigeria"): the whole is
// then the trade of a pair, not of one country.
std::vector<std::string> WholePair(const Doc& doc, const SentenceInfo& s, size_t cue_pos, size_t ce) {
  std::vector<std::string> codes;
  Cue whole = CueAt(doc, s, cue_pos);
  bool flow = whole == Cue::kExport || whole == Cue::kImport;
  for (size_t k = cue_pos + 1; k < ce && k <= cue_pos + 3; ++k) {
    // "of Japan's total trade, that with the United States ...": a comma ends the whole.
    if (doc.norm(k) == "," || doc.norm(k) == ";") break;
    // "... accounted for 99% of South Africa's imports from Nigeria": a pair's flow.
    bool end = flow && (doc.norm(k) == "from" || doc.norm(k) == "to");
    if (doc.norm(k) != "with" && doc.norm(k) != "between" && !end) continue;
    for (const CountryRef* r : CountriesIn(s, k + 1, std::min(ce, k + 8))) codes.push_back(r->code);
    break;
  }
  return codes;
}

// The country "its"/"their" within three words before `cue_pos` (the whole, `whole`)
// stands for: the last possessive country before the pronoun in the sentence, or the
// other side of that country's flow when it runs the other way ("India's exports ...
// made up 23.25 per cent of its imports": Sri Lanka's imports); "" when there is none.
std::string PossessivePronounOwner(const Doc& doc, const SentenceInfo& s, size_t cue_pos, Cue whole) {
  size_t pronoun = 0;
  for (size_t k = cue_pos; k > s.begin && k + 4 > cue_pos; --k) {
    if (doc.norm(k - 1) == "its" || doc.norm(k - 1) == "their") {
      pronoun = k - 1;
      break;
    }
  }
  if (pronoun == 0) return "";
  const CountryRef* owner = nullptr;
  for (const CountryRef& r : s.countries) {
    if (r.code != "*" && r.possessive && !r.excluded && r.end <= pronoun) owner = &r;
  }
  if (owner == nullptr) return "";
  Cue flow = owner->end + 1 < pronoun ? CueAt(doc, s, owner->end + 1) : Cue::kNone;
  bool opposite = (flow == Cue::kExport && whole == Cue::kImport) || (flow == Cue::kImport && whole == Cue::kExport);
  return opposite ? PairOther(doc, owner->code) : owner->code;
}

// The period of the share `p`: PeriodFor's, unless that time follows a share compared
// with ("In 2023 Russia's share ... was 35.3 per cent, up from 28.1 per cent in 2022":
// 2022 is the earlier share's); then the last period before `p`, else the carried one.
std::optional<TimeExpr> SharePeriod(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry) {
  std::optional<TimeExpr> period = PeriodFor(doc, s, p.end, carry);
  if (!period || period->begin < p.end) return period;
  for (const Percent& q : s.percents) {
    if (q.begin < p.end || q.end > period->begin || !BaselinePosition(doc, s, q.hedge_begin)) continue;
    std::optional<TimeExpr> before;
    for (const TimeExpr& t : s.times) {
      if (t.kind == TimeKind::kPeriod && t.end <= p.hedge_begin) before = t;
    }
    return before ? before : carry.period;
  }
  return period;
}

// "Kazakhstan's main trading partners were China (21.5%), Russia (18.9%) and Italy (12%)",
// "the main suppliers of Kazakhstan were China with 35%", "most of Uzbekistan's trade was
// with China (21.9 percent), Russia (15.8 percent)": a percentage in parentheses
// right after a country, or after "<country> with", in a sentence whose partner noun
// (class partner_noun) is owned by a country is that country's share; true when `p` is
// such a listed share (with its claim appended when dated).
bool ListedShare(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry, std::vector<Claim>* out) {
  size_t h = p.hedge_begin;
  if (h < s.begin + 2) return false;
  bool paren = doc.norm(h - 1) == "(" && p.end < s.end && doc.norm(p.end) == ")";
  bool with = doc.norm(h - 1) == "with";
  if (!paren && !with) return false;
  const CountryRef* listed = nullptr;
  for (const CountryRef& r : s.countries) {
    if (r.code != "*" && r.end == h - 1) listed = &r;
  }
  if (listed == nullptr) return false;
  // The partner noun before the list and the country that owns it.
  std::string owner, measure;
  for (size_t k = s.begin; k < listed->begin; ++k) {
    // Or the trade of a country "with" the list: "the largest volume of Uzbekistan's
    // foreign trade turnover was recorded with China (21.9 percent), Russia (15.8 percent)".
    // Not after a verb of change ("trade with China grew 10%, with Russia (5%)": rates).
    bool trade_with = false;
    if (Cue c = CueAt(doc, s, k); c == Cue::kTotal || c == Cue::kWorld) {
      bool change = false;
      for (size_t q = k + 1; q < listed->begin && q < k + 12; ++q) {
        trade_with = trade_with || doc.norm(q) == "with";
        change = change || doc.Is(q, W::kGrowthUp) || doc.Is(q, W::kGrowthDown);
      }
      trade_with = trade_with && !change;
    }
    if (!trade_with && (!doc.Is(k, W::kPartnerNoun) || doc.norm(k).back() != 's')) continue;
    measure = !trade_with && doc.lex->Value(doc.norm(k), W::kPartnerNoun) == 2 ? "imports" : "total";
    for (const CountryRef& r : s.countries) {
      if (r.code == "*" || r.code == listed->code || r.begin >= listed->begin) continue;
      bool possessor = r.possessive && r.end < k && r.end + 5 >= k;
      bool of_owner = r.begin > k && r.begin <= k + 3 && doc.norm(r.begin - 1) == "of";
      if (possessor || of_owner) owner = r.code;
    }
  }
  if (owner.empty()) return false;
  Claim c = NewClaim(doc, s, ClaimKind::kShare);
  c.percent = p.value;
  c.qualifier = p.qualifier;
  c.measure = measure;
  c.parties = {listed->code, owner};
  std::optional<TimeExpr> period = SharePeriod(doc, s, p, carry);
  if (PeriodKnown(doc, period) || !period) {
    SetPeriod(period, &c);
    out->push_back(std::move(c));
  }
  return true;
}

// "the trade with China accounted for 20.4 percent of the total trade volume of Japan, while
// that with the United States accounted for 13.7 percent and that with South Korea 6.1
// percent": after a share of this sentence, a percentage right after "that/trade with X"
// (and a share verb, "for", "at") is X's share of the same whole, for the same period;
// true when `p` is such a continued share (with its claim appended).
bool ContinuedShare(const Doc& doc, const SentenceInfo& s, const Percent& p, std::vector<Claim>* out) {
  const Claim* share = nullptr;
  for (const Claim& c : *out) {
    if (c.kind == ClaimKind::kShare && c.span_begin == doc.tok(s.begin).begin && c.parties.size() == 2) share = &c;
  }
  if (share == nullptr) return false;
  size_t k = p.hedge_begin;
  while (k > s.begin && k + 4 > p.hedge_begin &&
         (IsShareWord(doc, k - 1) || doc.norm(k - 1) == "for" || doc.norm(k - 1) == "at" ||
          doc.Is(k - 1, W::kShareMakeVerb) || doc.norm(k - 1) == "up")) {
    --k;
  }
  const CountryRef* listed = nullptr;
  for (const CountryRef& r : s.countries) {
    if (r.code != "*" && !r.possessive && !r.adjective && r.end == k) listed = &r;
  }
  if (listed == nullptr) return false;
  size_t w = listed->begin;
  if (w > s.begin && doc.norm(w - 1) == "the") --w;
  if (w < s.begin + 2 || doc.norm(w - 1) != "with") return false;
  std::string_view head = doc.norm(w - 2);
  if (head != "that" && head != "those" && CueAt(doc, s, w - 2) != Cue::kTotal) return false;
  const std::string& country = share->parties[1];
  if (listed->code == country || listed->code == share->parties[0]) return false;
  Claim c = *share;
  c.parties = {listed->code, country};
  c.percent = p.value;
  c.qualifier = p.qualifier;
  out->push_back(std::move(c));
  return true;
}

// "China's share ... reached 21.5 percent in 2023, up from 18.9 percent in 2022", "...
// 49.1% in 2023 compared to 50.4% in 2022": a percentage compared with, right after a
// share of this sentence, is the same share for its own period (a year earlier for "a
// year earlier"); true when `p` is such a baseline (with its claim appended when dated).
bool BaselineShare(const Doc& doc, const SentenceInfo& s, const Percent& p, std::vector<Claim>* out) {
  if (out->empty() || !BaselinePosition(doc, s, p.hedge_begin)) return false;
  const Claim& share = out->back();
  if (share.kind != ClaimKind::kShare || share.span_begin != doc.tok(s.begin).begin) return false;
  Claim c = share;
  c.percent = p.value;
  c.qualifier = p.qualifier;
  c.year.reset();
  c.months.clear();
  for (const TimeExpr& t : s.times) {
    if (t.begin < p.end || t.begin > p.end + 2) continue;
    if (t.kind == TimeKind::kPeriod) SetPeriod(t, &c);
    if (t.kind == TimeKind::kBaseline && share.year) {
      c.year = *share.year - 1;
      c.months = share.months;
    }
    break;
  }
  if (c.year) out->push_back(std::move(c));
  return true;
}

// "Trade with China reached $31 billion, which is 22% of Kazakhstan's foreign trade",
// "Это 22% всей внешней торговли Казахстана": a share whose clause refers back ("which",
// "this", "it") to a total (this sentence's, else the previous one's) of the country and
// a partner is that partner's share. "" when there is none.
std::string PartnerOfReferredFigure(const Doc& doc, const SentenceInfo& s, size_t cb, const Percent& p,
                                    const Carry& carry, const std::vector<Claim>& out, const std::string& country,
                                    const Claim** dated) {
  bool referent = doc.norm(cb) == "which";
  for (size_t k = cb; k < p.hedge_begin && !referent; ++k) {
    referent = doc.norm(k) == "this" || doc.norm(k) == "it" || doc.norm(k) == "that";
  }
  if (!referent) return "";
  std::vector<std::string> figure;
  for (auto it = out.rbegin(); it != out.rend() && figure.empty(); ++it) {
    if (it->kind == ClaimKind::kTradeTotal && it->span_begin == doc.tok(s.begin).begin) {
      figure = it->parties;
      *dated = &*it;
    }
  }
  if (figure.empty() && cb == s.begin && carry.last_figure_cue == Cue::kTotal) figure = carry.last_figure_parties;
  if (figure.size() != 2) return "";
  if (figure[0] == country) return figure[1];
  if (figure[1] == country) return figure[0];
  return "";
}

// "China accounted for 16.8%, Kazakhstan -- 8.3%, South Korea 6.7%", "На Китай пришлось
// 16,8%, Казахстан — 8,3%": after a share stated earlier in this sentence, a percentage
// right after a country (and a dash, a colon or "for") that follows "," or "and" is the
// next item of the list, that country's share of the same whole; true when `p` is one
// (its claim appended).
bool ListItemShare(const Doc& doc, const SentenceInfo& s, const Percent& p, std::vector<Claim>* out) {
  size_t k = p.hedge_begin;
  if (k > s.begin) {
    std::string_view w = doc.norm(k - 1);
    if (w == "-" || w == "--" || w == "–" || w == "—" || w == ":" || w == "for") --k;
  }
  const CountryRef* item = nullptr;
  for (const CountryRef& r : s.countries) {
    if (r.end == k && r.code != "*" && !r.possessive) item = &r;
  }
  if (item == nullptr || item->begin <= s.begin) return false;
  size_t b = item->begin;
  if (doc.norm(b - 1) == "the" && b - 1 > s.begin) --b;
  std::string_view before = doc.norm(b - 1);
  if (before != "," && before != "and") return false;
  const Claim* prev = nullptr;
  for (const Claim& c : *out) {
    if (c.kind == ClaimKind::kShare && c.span_begin == doc.tok(s.begin).begin) prev = &c;
  }
  if (prev == nullptr || prev->parties.size() != 2 || prev->parties[1] == item->code) return false;
  Claim c = *prev;
  c.percent = p.value;
  c.qualifier = p.qualifier;
  c.parties = {item->code, prev->parties[1]};
  out->push_back(std::move(c));
  return true;
}

// "Russia -- 16.9% of Uzbekistan's trade. China accounted for 16.8%": a share verb
// ("accounted for", "пришлось") right before the percentage, no whole after it, and a
// country before it in its clause, right after a sentence that stated a share of a
// country's trade, is that country's share of the same whole; true when `p` is one.
bool CarriedWholeShare(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry,
                       std::vector<Claim>* out) {
  if (carry.share_country.empty() || carry.sentence_index - carry.share_sentence != 1) return false;
  size_t h = p.hedge_begin;
  if (h < s.begin + 2 || doc.norm(h - 1) != "for" || !IsShareWord(doc, h - 2)) return false;
  if (p.end < s.end && doc.norm(p.end) == "of") return false;  // a whole of its own
  auto [cb, ce] = ClauseOf(s, p.begin);
  const CountryRef* partner = nullptr;
  for (const CountryRef& r : s.countries) {
    if (r.code != "*" && !r.excluded && r.begin >= cb && r.end <= h - 2) partner = &r;
  }
  if (partner == nullptr || partner->code == carry.share_country) return false;
  Claim c = NewClaim(doc, s, ClaimKind::kShare);
  c.percent = p.value;
  c.qualifier = p.qualifier;
  c.measure = carry.share_measure;
  c.parties = {partner->code, carry.share_country};
  std::optional<TimeExpr> period = SharePeriod(doc, s, p, carry);
  if (!PeriodKnown(doc, period) && period) return true;
  SetPeriod(period, &c);
  out->push_back(std::move(c));
  return true;
}

}  // namespace

bool ShareClaim(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry,
                std::vector<Claim>* out) {
  if (BaselineShare(doc, s, p, out) || ListedShare(doc, s, p, carry, out) || ListItemShare(doc, s, p, out) ||
      CarriedWholeShare(doc, s, p, carry, out) || ContinuedShare(doc, s, p, out)) {
    return true;
  }
  auto [cb, ce] = ClauseOf(s, p.begin);
  ShareReading sr = ReadShare(doc, s, p, cb, ce);
  // "90 percent of the trade between the EAEU and Vietnam comes from Russia": a share of
  // a group's trade is not a share of a country's.
  for (const Mention& g : s.groups) sr.share = sr.share && !(g.begin >= cb && g.begin < ce);
  if (!sr.share) return false;
  // "making up 38% of Russia's trade with all countries of the region": a share of the
  // trade with a group, neither a pair's share nor a growth.
  if (WithGroup(doc, s, sr.cue_pos, ce)) return true;
  Claim c = NewClaim(doc, s, ClaimKind::kShare);
  c.percent = p.value;
  c.qualifier = p.qualifier;
  c.measure = sr.cue == Cue::kExport ? "exports" : sr.cue == Cue::kImport ? "imports" : "total";
  // Country: the possessive next to the cue ("Kyrgyzstan's trade", "trade of Kyrgyzstan").
  std::string country, partner;
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.begin < cb || r.begin >= ce) continue;
    // "China's share in trade turnover of Kyrgyzstan": the possessor of "share" is the partner.
    bool owns_share = sr.share_word > 0 && r.end <= sr.share_word && r.end + 2 >= sr.share_word && r.possessive;
    bool near_cue = (!owns_share && r.end <= sr.cue_pos && r.end + 3 >= sr.cue_pos && (r.possessive || r.adjective)) ||
                    (r.begin > sr.cue_pos && r.begin <= sr.cue_pos + 3 && doc.norm(r.begin - 1) == "of");
    if (near_cue && country.empty()) country = r.code;
  }
  // "Kazakhstan's exports to China ... accounted for 18% of its total exports", "India is
  // the UK's 12th largest partner, accounting for 2.1% of its trade": "its"/"their" before
  // the whole is the nearest possessive country before it (or its flow's other side).
  if (country.empty()) country = PossessivePronounOwner(doc, s, sr.cue_pos, sr.cue);
  // "Armenian exports to Iran, accounting for 4.1% of total exports", "Kazakhstan's imports
  // from Russia, representing 30 percent of all imports": a flow's share of a whole of the
  // same flow with no owner is a share of the flow's owner's.
  if (country.empty() && (sr.cue == Cue::kExport || sr.cue == Cue::kImport)) {
    size_t before = sr.share_word > 0 ? sr.share_word : p.hedge_begin;
    for (const CountryRef& r : s.countries) {
      if (r.code == "*" || r.excluded || r.begin < cb || r.end >= before) continue;
      size_t flow = r.possessive ? r.end + 1 : r.end;
      if ((r.adjective || r.possessive) && flow < before && CueAt(doc, s, flow) == sr.cue) {
        country = r.code;
        break;
      }
    }
  }
  // "the largest investor with a share of 21.5%": an implied whole of no trade.
  for (size_t k = cb; sr.implied_whole && k < p.hedge_begin; ++k) {
    if (doc.Is(k, W::kDistractor)) return true;
  }
  if (country.empty() && sr.implied_whole) {
    for (const CountryRef& r : s.countries) {
      if (r.code != "*" && r.possessive && !r.excluded && r.begin >= cb && r.end <= p.hedge_begin) country = r.code;
    }
  }
  // "China accounted for 30% of Russia's trade with India": a third country's share of a
  // pair's trade is no claim about either pair (nor a growth).
  // ("trade with Armenia accounted for 7.3 percent" names the partner before the share.)
  bool whole_after = sr.cue_pos > p.begin || (sr.share_word > 0 && sr.cue_pos > sr.share_word);
  std::vector<std::string> whole_pair = whole_after ? WholePair(doc, s, sr.cue_pos, ce) : std::vector<std::string>();
  auto in_whole_pair = [&](const std::string& code) {
    return std::find(whole_pair.begin(), whole_pair.end(), code) != whole_pair.end();
  };
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.begin < cb || r.begin >= ce || r.code == country) continue;
    if (!in_whole_pair(r.code) && r.begin < sr.cue_pos && !whole_pair.empty()) return true;
  }
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded || r.begin < cb || r.begin >= ce || r.code == country) continue;
    if (partner.empty()) partner = r.code;
    if (r.begin > s.begin && doc.norm(r.begin - 1) == "with") {
      partner = r.code;
      break;
    }
  }
  // The partner must be named in the clause ("these countries together account for
  // 44%" names none); the country may be the other member of the pair.
  bool pair_ref = false;
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" && r.begin >= cb && r.begin < ce) pair_ref = true;
  }
  if (country.empty()) country = PairOther(doc, partner);
  // "the share of exports in Georgia's trade was 60%": a flow's part of the whole, no
  // partner's share.
  if (sr.share_word > 0 && doc.norm(sr.share_word) == "share" && sr.share_word + 2 < ce &&
      doc.norm(sr.share_word + 1) == "of") {
    Cue part = CueAt(doc, s, sr.share_word + 2);
    if (part == Cue::kExport || part == Cue::kImport) return true;
  }
  // "- Share in Uzbekistan's foreign trade: 1.9%", "Its share in Georgia's trade was 7%":
  // a share noun with no owner but "its", right before "in" and the whole, is the pair's
  // other member's.
  size_t w = sr.share_word;
  bool unowned_share = w > 0 && doc.norm(w) == "share" && w + 1 < ce && doc.norm(w + 1) == "in" &&
                       (w == cb || doc.norm(w - 1) == "the" || doc.norm(w - 1) == "its" || doc.tok(w - 1).kind != TokenKind::kWord);
  if (partner.empty() && (pair_ref || unowned_share)) partner = PairOther(doc, country);
  const Claim* figure = nullptr;  // the figure of this sentence the share refers to
  if (partner.empty() && !country.empty()) {
    partner = PartnerOfReferredFigure(doc, s, cb, p, carry, *out, country, &figure);
  }
  if (country.empty() || partner.empty() || country == partner) return true;
  // "machinery ..., accounting for 73% of its total import figures from Japan": a part of
  // the pair's own flow (goods), not the partner's share of the country's trade. ("15% of
  // Kazakhstan's exports went to China", "49% of Belarus's trade was with Russia": a verb
  // before the preposition makes the partner the complement of the sentence.)
  if (in_whole_pair(partner) && (sr.cue == Cue::kExport || sr.cue == Cue::kImport)) {
    size_t k = sr.cue_pos + 1;
    while (k < ce && k <= sr.cue_pos + 2 && (doc.norm(k) == "figures" || doc.norm(k) == "value" || doc.norm(k) == "bill")) ++k;
    if (k < ce && (doc.norm(k) == "from" || doc.norm(k) == "to")) return true;
  }
  c.parties = {partner, country};
  // Dated by its own sentence's period, else by the carried one with its months ("In the
  // period, Belarus's share ...", "... of Azerbaijan's foreign trade during the period",
  // "Russia's share is 37.3 percent" after a sentence about January-November).
  std::optional<TimeExpr> period = SharePeriod(doc, s, p, carry);
  if (!PeriodKnown(doc, period) && period) return true;
  SetPeriod(period, &c);
  if (figure != nullptr && !c.year) {
    c.year = figure->year;  // ", which stands at 22% of ...": the figure's period
    c.months = figure->months;
  }
  out->push_back(std::move(c));
  return true;
}

}  // namespace dyad::text::internal
