// Stage "growth": growth rates and multipliers of a total or a flow. A percentage is a
// rate when a verb or noun of change stands next to it in its clause ("rose 12%", "a 15%
// increase", "growth amounted to 86%"); what grew is the figure of an amount just before
// it, else the nearest cue's. Shares are asked of share_claims.cc first: a share is never
// a growth rate. Scans are bounded, so a sentence costs time linear in its length.
#include <cmath>

#include "text/amount_roles.h"
#include "text/trade_reading.h"

namespace dyad::text::internal {

using W = WordClass;

namespace {

// "grew by between 6.3 percent and 16.9 percent": either end of a range is no figure.
bool InRange(const Doc& doc, const SentenceInfo& s, const Percent& p) {
  if (p.hedge_begin > s.begin && doc.norm(p.hedge_begin - 1) == "between") return true;
  if (p.hedge_begin > s.begin + 1 && doc.norm(p.hedge_begin - 1) == "and") {
    for (const Percent& q : s.percents) {
      if (q.end + 1 == p.hedge_begin && q.hedge_begin > s.begin && doc.norm(q.hedge_begin - 1) == "between") return true;
    }
  }
  return false;
}

// "Growth of trade turnover between Russia and Armenia in 2023 amounted to 40%", "the
// decline in exports was 12%": a change noun heads the clause whose level verb is right
// before the percentage. The noun is the clause's first word, or comes before "of"/"in"
// or after "trade"/"turnover" ("trade growth"). Returns its sign, or 0.
int ChangeNounSubject(const Doc& doc, size_t cb, size_t hedge_begin) {
  if (hedge_begin < cb + 2) return 0;
  size_t v = hedge_begin - 1;
  if ((doc.norm(v) == "to" || doc.norm(v) == "at") && v > cb) --v;
  if (!doc.Is(v, W::kActualMarker) || doc.Is(v, W::kGrowthUp) || doc.Is(v, W::kGrowthDown)) return 0;
  for (size_t g = cb; g < v && g + 14 > v; ++g) {
    bool up = doc.Is(g, W::kGrowthUp), down = doc.Is(g, W::kGrowthDown);
    if (!up && !down) continue;
    std::string_view w = doc.norm(g);
    bool noun = w == "growth" || w == "increase" || w == "rise" || w == "decline" || w == "decrease" ||
                w == "fall" || w == "drop" || w == "contraction";
    bool head = g == cb || (g + 1 < v && (doc.norm(g + 1) == "of" || doc.norm(g + 1) == "in")) ||
                (g > cb && (doc.norm(g - 1) == "turnover" || doc.norm(g - 1) == "trade"));
    if (noun && head) return up ? 1 : -1;
    return 0;  // another change word comes first: not this phrasing
  }
  return 0;
}

// The direction of a verb of change next to the percentage in its clause (or of a change
// noun heading it): 1 up, -1 down, 0 none. The words of a baseline or of a period
// compared with between them do not count ("increased year on year by 29.3%", "rose
// compared with 2022 by 2.5%").
int ChangeSign(const Doc& doc, const SentenceInfo& s, const Percent& p, size_t cb, size_t ce) {
  // "$612.5 mln (+18.4% year-on-year)", "Imports: $210.4 mln (-3.2%)": a written sign.
  if (p.sign != 0) return p.sign;
  // A baseline, or a period compared with and its comparison words ("rose compared with
  // 2022 by 2.5%", "вырос по сравнению с 2022 годом на 2,5%").
  auto in_baseline = [&](size_t k) {
    for (const TimeExpr& t : s.times) {
      bool base = t.kind == TimeKind::kBaseline || t.compared;
      if (base && t.begin <= k && k < t.end) return true;
      if (t.compared && k < t.begin && k + 3 >= t.begin) {
        std::string_view w = doc.norm(k);
        if (w == "compared" || w == "with" || w == "to" || w == "the") return true;
      }
    }
    return false;
  };
  for (size_t k = p.hedge_begin, counted = 0; k > cb && counted < 4; --k) {
    if (in_baseline(k - 1)) continue;
    ++counted;
    if (doc.Is(k - 1, W::kGrowthUp)) return 1;
    if (doc.Is(k - 1, W::kGrowthDown)) return -1;
  }
  for (size_t k = p.end; k < ce && k < p.end + 2; ++k) {
    if (doc.Is(k, W::kGrowthUp)) return 1;
    if (doc.Is(k, W::kGrowthDown)) return -1;
  }
  // "increased by $500 million, or (by) 15%": the same change restated as a rate.
  size_t k = p.hedge_begin;
  if (k > cb && doc.norm(k - 1) == "by") --k;
  if (k > cb + 1 && doc.norm(k - 1) == "or" && doc.norm(k - 2) == ",") {
    for (size_t q = k - 2; q > cb && q + 10 > k; --q) {
      if (doc.Is(q - 1, W::kGrowthUp)) return 1;
      if (doc.Is(q - 1, W::kGrowthDown)) return -1;
    }
  }
  // "grew by 12% and 8% respectively": a percentage right after another one and "and" or
  // "," is changed the same way.
  if (p.hedge_begin > cb + 1) {
    std::string_view w = doc.norm(p.hedge_begin - 1);
    for (const Percent& q : s.percents) {
      if ((w == "and" || w == ",") && q.end + 1 == p.hedge_begin && q.begin >= cb) return ChangeSign(doc, s, q, cb, ce);
    }
  }
  return ChangeNounSubject(doc, cb, p.hedge_begin);
}

// What grew: the claim of an amount just before the percentage in its clause, unless
// another figure's cue comes between ("..., while imports rose 12.7%").
const Claim* GrownFigure(const Doc& doc, const SentenceInfo& s, const Percent& p, const Figures& f,
                         const std::vector<Claim>& out) {
  const Claim* base = nullptr;
  for (size_t a = 0; a < f.amounts.size(); ++a) {
    if (f.claim_of_amount[a] >= 0 && f.amounts[a].end <= p.begin && p.hedge_begin - f.amounts[a].end <= 12) {
      bool other_cue = false;
      for (size_t k = f.amounts[a].end; k < p.hedge_begin; ++k) {
        if (CueAt(doc, s, k) != Cue::kNone) other_cue = true;
      }
      base = other_cue ? nullptr : &out[f.claim_of_amount[a]];
    }
  }
  return base;
}

// The parties, measure and period of a growth rate with no amount before it, from the
// nearest cue (before it, else "a 15% increase in trade" after it) or, with "it"/"this
// figure", the previous sentence's total. False when there is none.
bool GrowthOfCue(const Doc& doc, const SentenceInfo& s, const Percent& p, const Carry& carry, const Figures& f,
                 Claim* c) {
  auto [cb, ce] = ClauseOf(s, p.begin);
  Reading r = Read(doc, s, p.hedge_begin, {}, {});
  if (r.cue == Cue::kNone || r.cue == Cue::kDistractor || r.cue == Cue::kPackage) {
    for (size_t k = p.end; k < ce && k < p.end + 5; ++k) {
      Cue cue = CueAt(doc, s, k);
      if (cue != Cue::kNone) {
        r.cue = cue;
        r.cue_pos = k;
        break;
      }
    }
  }
  if (r.target) return false;
  bool referent = false;
  if (r.cue == Cue::kNone && carry.last_trade_sentence && !carry.last_trade_parties.empty()) {
    for (size_t k = cb; k < p.hedge_begin; ++k) referent = referent || doc.Is(k, W::kReferent);
    // "Compared with 2022, growth amounted to 20%", "По сравнению с 2022 годом рост
    // составил 20%": a change noun with no cue and no country in the sentence is the
    // change of the figure just stated.
    bool change_noun = false;
    for (size_t k = cb; k < p.hedge_begin; ++k) {
      std::string_view w = doc.norm(k);
      change_noun = change_noun || w == "growth" || w == "increase" || w == "decrease" || w == "decline" ||
                    w == "rise" || w == "reduction";
    }
    bool names_country = false;
    for (const CountryRef& ref : s.countries) names_country = names_country || ref.code != "*";
    referent = referent || (change_noun && !names_country && s.groups.empty());
  }
  std::optional<std::vector<std::string>> respective;
  if (!referent && (r.cue == Cue::kTotal || r.cue == Cue::kExport || r.cue == Cue::kImport)) {
    respective = RespectiveParties(doc, s, p.begin, r.cue);
  }
  if (referent) {
    c->parties = carry.last_trade_parties;
    c->measure = "total";
  } else if (respective) {
    // "Trade with Kazakhstan and Russia grew by 5% and 7% respectively".
    c->parties = *respective;
    c->measure = r.cue == Cue::kTotal ? "total" : "exports";
  } else if (r.cue == Cue::kTotal) {
    if (WithGroup(doc, s, r.cue_pos, p.begin)) return false;
    c->parties = TotalParties(doc, s, cb, p.begin);
    c->measure = "total";
  } else if (r.cue == Cue::kExport || r.cue == Cue::kImport) {
    if (HasWorldWordBefore(doc, s, r.cue_pos)) return false;
    auto [exporter, importer] = FlowOrLastFlow(doc, s, r.cue_pos, r.cue, f.flow_subject, carry, HomePair(s, f, carry));
    if (exporter.empty() || importer.empty()) return false;
    c->parties = {exporter, importer};
    c->measure = "exports";
  } else {
    return false;
  }
  if (c->parties.size() != 2) return false;
  std::optional<TimeExpr> period = PeriodFor(doc, s, p.end, carry);
  if (!PeriodKnown(doc, period)) return false;
  SetPeriod(period, c);
  return true;
}

// The year a growth rate is measured from: "compared to 2022", "than in 2022", "since
// 2019", "over the past five years"; a range ("in 2019-2023") dates it too.
void GrowthBaseline(const Doc& doc, const SentenceInfo& s, Claim* c) {
  for (const TimeExpr& t : s.times) {
    if (t.kind == TimeKind::kSince) c->from_year = t.year;
    else if (t.kind == TimeKind::kPastYears) {
      c->from_year = doc.date.year - t.past_years;
      if (!c->year) c->year = doc.date.year;
    } else if (t.kind == TimeKind::kRange && t.to_year <= doc.date.year) {
      c->from_year = t.year;
      c->year = t.to_year;
      c->months = "1-12";
    } else if (t.kind == TimeKind::kPeriod && t.compared) {
      c->from_year = t.year;
    }
  }
}

// "trade with Ukraine fell by 57.5%, with Kyrgyzstan -- by 35.4%, with Armenia 28.7%",
// "с Украиной снизился на 57,5%, с Кыргызстаном – на 35,4%": after a growth rate of a
// total stated earlier in this sentence, a percentage right after "," or "and", "with", a
// country (and a dash or "by") is the same change of the total of that country with the
// earlier rate's other side. True when `p` is such an item (its claim appended).
bool ListItemGrowth(const Doc& doc, const SentenceInfo& s, const Percent& p, std::vector<Claim>* out) {
  size_t k = p.hedge_begin;
  if (k > s.begin && doc.norm(k - 1) == "by") --k;
  if (k > s.begin) {
    std::string_view w = doc.norm(k - 1);
    if (w == "-" || w == "--" || w == "–" || w == "—") --k;
  }
  const CountryRef* item = nullptr;
  for (const CountryRef& r : s.countries) {
    if (r.end == k && r.code != "*" && !r.possessive) item = &r;
  }
  if (item == nullptr || item->begin < s.begin + 2 || doc.norm(item->begin - 1) != "with") return false;
  std::string_view before = doc.norm(item->begin - 2);
  if (before != "," && before != "and") return false;
  const Claim* prev = nullptr;
  for (const Claim& c : *out) {
    if (c.kind == ClaimKind::kTradeGrowth && c.measure == "total" && c.span_begin == doc.tok(s.begin).begin) prev = &c;
  }
  if (prev == nullptr || prev->parties.size() != 2 || !prev->percent) return false;
  // The earlier rate's side named after "with" is the partner the item replaces.
  std::string home;
  for (const CountryRef& r : s.countries) {
    if (r.begin >= item->begin || r.begin <= s.begin || doc.norm(r.begin - 1) != "with") continue;
    if (r.code == prev->parties[0]) home = prev->parties[1];
    if (r.code == prev->parties[1]) home = prev->parties[0];
  }
  if (home.empty() || home == item->code) return false;
  Claim c = *prev;
  c.percent = (*prev->percent < 0 ? -1 : 1) * std::fabs(p.value);
  c.qualifier = p.qualifier;
  c.parties = {home, item->code};
  out->push_back(std::move(c));
  return true;
}

}  // namespace

// "increased by 0.7 per cent, which was 14 per cent higher than the trade growth rate
// between China and Africa": a percentage compared ("higher/lower/more/less than") with
// another rate or growth is a gap between two rates, no change of a figure.
bool GapBetweenRates(const Doc& doc, const SentenceInfo& s, const Percent& p) {
  size_t k = p.end;
  if (k + 1 >= s.end) return false;
  std::string_view w = doc.norm(k);
  bool comparative = doc.Is(k, W::kComparative) || w == "lower" || w == "less" || w == "smaller";
  if (!comparative || doc.norm(k + 1) != "than") return false;
  for (size_t q = k + 2; q < s.end && q < k + 9; ++q) {
    std::string_view n = doc.norm(q);
    if (n == "," || n == ";") break;
    if (n == "rate" || n == "rates" || n == "growth" || n == "pace") return true;
  }
  return false;
}

// Percentages: shares (share_claims.cc) and growth rates.
void PercentClaims(const Doc& doc, const SentenceInfo& s, const Carry& carry, const Figures& f,
                   std::vector<Claim>* out) {
  for (const Percent& p : s.percents) {
    if (p.points || InRange(doc, s, p)) continue;
    // "vegetables and fruit (up 23.98 percent)": the growth of a named product.
    bool product_growth = false;
    for (const Mention& m : s.products) product_growth = product_growth || (m.end <= p.hedge_begin && m.end + 3 >= p.hedge_begin);
    if (product_growth || ItemGrowth(doc, s, p)) continue;
    // A share is never a growth rate (share_claims.cc).
    if (ShareClaim(doc, s, p, carry, out)) continue;
    if (ListItemGrowth(doc, s, p, out) || GapBetweenRates(doc, s, p)) continue;
    auto [cb, ce] = ClauseOf(s, p.begin);
    // "its share dipped to 46%": a percentage after "to" is the level a ratio reached,
    // not a rate of change; "growth amounted to 86%" still is a rate.
    if (p.hedge_begin > cb + 1 && doc.norm(p.hedge_begin - 1) == "to") {
      size_t v = p.hedge_begin - 2;
      bool stated = doc.Is(v, W::kActualMarker) && !doc.Is(v, W::kGrowthUp) && !doc.Is(v, W::kGrowthDown);
      if (!stated) continue;
    }
    int sign = ChangeSign(doc, s, p, cb, ce);
    if (sign == 0) continue;
    const Claim* base = GrownFigure(doc, s, p, f, *out);
    Claim c = NewClaim(doc, s, ClaimKind::kTradeGrowth);
    c.percent = sign * std::fabs(p.value);
    c.qualifier = p.qualifier;
    if (base != nullptr) {
      if (base->kind == ClaimKind::kTarget) continue;
      c.parties = base->parties;
      c.measure = base->measure;
      c.year = base->year;
      c.months = base->months;
    } else if (!GrowthOfCue(doc, s, p, carry, f, &c)) {
      continue;
    }
    GrowthBaseline(doc, s, &c);
    out->push_back(std::move(c));
  }
}

// Multipliers: "increased 1.5 times", "doubled", "2.5 times higher" (growth of a total or
// of a flow).
void MultiplierClaims(const Doc& doc, const SentenceInfo& s, const Carry& carry, const Figures& f,
                      std::vector<Claim>* out) {
  for (const Multiplier& mu : s.multipliers) {
    bool growth_word = false;
    for (size_t k = mu.begin; k > s.begin && k + 4 > mu.begin; --k) {
      if (doc.Is(k - 1, W::kGrowthUp)) growth_word = true;
    }
    if (doc.tok(mu.begin).kind == TokenKind::kWord) growth_word = true;  // "doubled"
    // "1.6 times more than in 2022", "2.5 times higher".
    if (mu.end < s.end && doc.Is(mu.end, W::kComparative)) growth_word = true;
    if (!growth_word) continue;
    // "almost doubled", "more than tripled": a hedged factor states no rate.
    size_t hedge_begin = mu.begin;
    if (!HedgeBefore(*doc.toks, s.begin, mu.begin, &hedge_begin).empty()) continue;
    Reading r = Read(doc, s, mu.begin, {}, {});
    // ", which is 1.6 times more than in 2022": the total just stated in this sentence.
    const Claim* base = nullptr;
    if (r.cue == Cue::kNone) {
      for (size_t q = f.first_claim; q < out->size(); ++q) {
        if ((*out)[q].kind == ClaimKind::kTradeTotal && (*out)[q].span_begin == doc.tok(s.begin).begin) {
          base = &(*out)[q];
        }
      }
      if (base != nullptr) r.cue = Cue::kTotal;
    }
    bool flow = r.cue == Cue::kExport || r.cue == Cue::kImport;
    if (r.target || (r.cue != Cue::kTotal && !flow)) continue;
    auto [cb, ce] = ClauseOf(s, mu.begin);
    Claim c = NewClaim(doc, s, ClaimKind::kTradeGrowth);
    c.measure = "total";
    if (flow) {
      // "exports of Kazakhstan to Russia rose 2.5 times": the growth of that flow.
      if (HasWorldWordBefore(doc, s, r.cue_pos)) continue;
      auto [exporter, importer] = FlowOrLastFlow(doc, s, r.cue_pos, r.cue, f.flow_subject, carry, HomePair(s, f, carry));
      if (exporter.empty() || importer.empty()) continue;
      c.parties = {exporter, importer};
      c.measure = "exports";
    } else {
      c.parties = base ? base->parties : TotalParties(doc, s, cb, mu.begin);
    }
    if (c.parties.size() != 2) continue;
    c.percent = std::round((mu.factor - 1) * 1000) / 10;
    if (base) {
      c.year = base->year;
      c.months = base->months;
    } else {
      std::optional<TimeExpr> period = PeriodFor(doc, s, mu.end, carry);
      if (!PeriodKnown(doc, period)) continue;
      SetPeriod(period, &c);
    }
    for (const TimeExpr& t : s.times) {
      if (t.kind == TimeKind::kPeriod && t.begin > mu.end && t.begin <= mu.end + 4 && c.year && t.year < *c.year) {
        c.from_year = t.year;  // "than in 2022"
      }
    }
    for (const TimeExpr& t : s.times) {
      if (t.kind == TimeKind::kSince) c.from_year = t.year;
      if (t.kind == TimeKind::kPastYears) {
        c.from_year = doc.date.year - t.past_years;
        if (!c.year) c.year = doc.date.year;
      }
      if (t.kind == TimeKind::kRange && t.to_year <= doc.date.year) {
        c.from_year = t.year;
        c.year = t.to_year;
        c.months = "1-12";
      }
    }
    out->push_back(std::move(c));
  }
}

}  // namespace dyad::text::internal
