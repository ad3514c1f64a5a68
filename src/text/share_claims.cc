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

// What a percentage is a share of: the cue of the whole and where it is.
struct ShareReading {
  bool share = false;
  Cue cue = Cue::kNone;
  size_t cue_pos = 0;
  size_t share_word = 0;  // the token of "share"/"accounted"/..., or 0
};

bool WholeCue(Cue c) { return c == Cue::kTotal || c == Cue::kWorld || c == Cue::kExport || c == Cue::kImport; }

// "in the period", "over this period", "during that period" before `end`: the figure is
// dated by the period an earlier sentence named.
bool PointsToEarlierPeriod(const Doc& doc, size_t begin, size_t end) {
  for (size_t k = begin; k + 2 < end; ++k) {
    const std::string& w = doc.norm(k);
    if (w != "in" && w != "over" && w != "during" && w != "for") continue;
    const std::string& d = doc.norm(k + 1);
    if ((d == "the" || d == "this" || d == "that") && doc.norm(k + 2) == "period") return true;
  }
  return false;
}

// Whether p (in the clause [cb, ce)) is a share and of what.
ShareReading ReadShare(const Doc& doc, const SentenceInfo& s, const Percent& p, size_t cb, size_t ce) {
  ShareReading r;
  // "18% of Kyrgyzstan's trade".
  if (p.end < ce && doc.norm(p.end) == "of") {
    for (size_t k = p.end + 1; k < ce && k <= p.end + 7; ++k) {
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
  // The share word is within ten words of the figure, not counting a period between them
  // ("China's share in the foreign trade turnover of Kyrgyzstan in 2023 amounted to").
  size_t reach = 10;
  for (const TimeExpr& t : s.times) {
    if (t.begin >= cb && t.end <= p.hedge_begin && t.begin + 12 >= p.hedge_begin) reach += t.end - t.begin;
  }
  for (size_t k = p.hedge_begin; k > cb && k + reach > p.hedge_begin; --k) {
    if (doc.Is(k - 1, W::kShareWord)) {
      r.share_word = k - 1;
      break;
    }
  }
  if (r.share || r.share_word == 0) return r;
  // The cue of a share named before the figure: "share in Y's foreign trade".
  for (size_t k = r.share_word + 1; k < p.begin; ++k) {
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
    }
  }
  return r;
}

}  // namespace

bool ShareClaim(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry,
                std::vector<Claim>* out) {
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
  if (partner.empty() && pair_ref) partner = PairOther(doc, country);
  if (country.empty() || partner.empty() || country == partner) return true;
  c.parties = {partner, country};
  // Dated by its own sentence, unless it points back: "In the period, Belarus's share ...".
  std::optional<TimeExpr> period = PeriodFor(doc, s, p.end, PointsToEarlierPeriod(doc, cb, p.begin) ? carry : Carry());
  if (!PeriodKnown(doc, period) && period) return true;
  SetPeriod(period, &c);
  c.months.clear();
  out->push_back(std::move(c));
  return true;
}

}  // namespace dyad::text::internal
