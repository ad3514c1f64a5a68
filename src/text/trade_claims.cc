// Stage "figures" of trade reading: money amounts as totals, flows and targets. Each
// amount is read (trade_reading.cc: its cue and mode), its role checked (amount_roles.cc:
// a change, a baseline, a whole, a rate is no figure), then its parties and its period
// are found; percentages and multipliers follow (growth_claims.cc). Scans are bounded, so
// a sentence costs time linear in its length.
#include <algorithm>

#include "text/amount_roles.h"
#include "text/trade_reading.h"

namespace dyad::text::internal {
namespace {

using W = WordClass;

// Stage "roles": an amount that is a change, a restatement, a whole, of a part of a
// country, offered or a rate is no figure (the amounts after it still share its reading).
bool NoFigure(const Doc& doc, const SentenceInfo& s, const Money& m) {
  if (ChangeAmount(doc, s, m) || RestatedInDollars(doc, s, m) || WholeBeforePart(doc, s, m)) return true;
  if (SubnationalSide(doc, s, ClauseOf(s, m.begin).first, m.begin)) return true;
  return OfferedAmount(doc, s, m) || RateAmount(doc, s, m);
}

// A target year in the clause near the amount ("to $5 billion by 2030").
// A plain future year before the amount ("in 2022", not "by 2022") dates the goal before
// it when infinitives stand on both sides of it: "hope to sign a free trade agreement in
// the early part of 2022 to achieve over $115 billion bilateral trade" (the signing's
// year), unlike "plan to raise trade in 2025 to $10 billion" or "In 2025 they plan to
// bring trade to $10 billion".
bool YearOfEarlierGoal(const Doc& doc, const SentenceInfo& s, size_t cb, const TimeExpr& t, const Money& m) {
  if (t.begin >= m.begin || doc.tok(t.begin).kind != TokenKind::kNumber) return false;
  bool verb_after = false, verb_before = false;
  for (size_t k = t.end; k + 1 < m.hedge_begin; ++k) {
    verb_after = verb_after || (doc.norm(k) == "to" && doc.Is(k + 1, W::kTargetVerb));
  }
  for (size_t k = cb; k + 1 < t.begin; ++k) {
    verb_before = verb_before || (doc.norm(k) == "to" && doc.tok(k + 1).kind == TokenKind::kWord && !doc.tok(k + 1).cap);
  }
  return verb_after && verb_before;
}

std::optional<int> TargetYearNear(const Doc& doc, const SentenceInfo& s, const Money& m) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  std::optional<int> target_year;
  for (const TimeExpr& t : s.times) {
    if (t.kind == TimeKind::kTargetYear && t.begin >= cb && t.begin < ce &&
        (t.begin >= m.end ? t.begin - m.end <= 6 : m.begin - t.end <= 12) && !YearOfEarlierGoal(doc, s, cb, t, m)) {
      target_year = t.year;
    }
  }
  return target_year;
}

// A word in [cb, k] that refers back to a figure: "it", "this figure", "the indicator",
// or "that" or "which" opening the clause ("That was down from $23.9 billion in 2022",
// "rose by $616.2 million in June, which has exceeded $2 billion").
// Not inside a time expression ("this year" is no referent).
bool ReferentIn(const Doc& doc, const SentenceInfo& s, size_t cb, size_t end) {
  for (size_t k = cb; k < end; ++k) {
    bool in_time = false;
    for (const TimeExpr& t : s.times) in_time = in_time || (t.begin <= k && k < t.end);
    if (!in_time && (doc.Is(k, W::kReferent) || (k == cb && (doc.norm(k) == "that" || doc.norm(k) == "which")))) {
      return true;
    }
  }
  return false;
}

// "..., while in the first four months of 2024 amounted to $1.4 billion", "..., а за
// первые четыре месяца 2024 года составил 1,4 млрд долларов": a later clause (opened by
// "while", "whereas", "but") whose verb has no subject of its own before the amount, only
// a time and a verb of stating, continues the figure of the clause before.
bool ElidedSubject(const Doc& doc, const SentenceInfo& s, size_t cb, size_t end) {
  if (cb <= s.begin || cb >= end) return false;
  std::string_view open = doc.norm(cb);
  if (open != "while" && open != "whereas" && open != "but") return false;
  bool verb = false;
  for (size_t k = cb + 1; k < end; ++k) {
    bool in_time = false;
    for (const TimeExpr& t : s.times) in_time = in_time || (t.begin <= k && k < t.end);
    std::string_view w = doc.norm(k);
    if (in_time || w == "in" || w == "the" || w == "of" || w == "over" || w == "during" || w == "for" ||
        w == "to" || w == "at" || w == ",") {
      continue;
    }
    if (!doc.Is(k, W::kActualMarker)) return false;
    verb = true;
  }
  return verb;
}

// A figure an amount with no cue of its own continues: its cue and parties.
struct Continued {
  Cue cue = Cue::kNone;
  size_t cue_pos = 0;  // set when the cue is the sentence's own
  std::vector<std::string> parties;
};

// "Kazakhstan's trade with the EAEU countries reached $29 billion, including with Russia
// -- $26 billion", "..., в том числе с Россией — 26 млрд долларов": a part after
// "including"/"of which" that names its partner ("with/to/from X") before its amount,
// after a total that made no pair's claim (a group's), is the total of the whole's
// country and that partner.
bool PartOfAGroupTotal(const Doc& doc, const SentenceInfo& s, const Money& m, const Figures& f, Continued* k) {
  if (f.amounts.empty()) return false;
  size_t a = f.amounts.size() - 1;
  if (f.amounts[a].begin == m.begin) {
    if (a == 0) return false;
    --a;
  }
  if (f.readings[a].cue != Cue::kTotal || f.claim_of_amount[a] >= 0) return false;
  size_t from = f.amounts[a].end;
  if (m.hedge_begin > from + 8) return false;
  size_t part = 0;
  for (size_t q = from; q < m.hedge_begin && part == 0; ++q) {
    if (doc.norm(q) == "including" || (doc.norm(q) == "of" && q + 1 < s.end && doc.norm(q + 1) == "which")) part = q;
  }
  if (part == 0) return false;
  std::string partner, owner;
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded) continue;
    if (r.begin >= from && r.end <= m.hedge_begin && r.begin > s.begin && doc.norm(r.begin - 1) == "with") {
      partner = r.code;
    }
    if (r.end <= f.amounts[a].hedge_begin && owner.empty()) owner = r.code;
  }
  if (partner.empty() || owner.empty() || partner == owner) return false;
  k->cue = Cue::kTotal;
  k->cue_pos = part;  // "including with X": the part's own "with"
  k->parties = {owner, partner};
  return true;
}

// An amount with no cue continues a figure stated before it: in a comparison ("...
// $4.5 billion in 2022, compared with $3.9 billion in 2021") or after a referent in a
// later clause ("..., while in 2021 it was $3.9 billion") the figure of this sentence;
// after a referent the previous sentence's figure ("Trade reached $3.1 billion. It was
// $2.8 billion a year earlier."); a goal ("We aim to bring it to $5 billion", "The goal
// is $3 billion.") the previous sentence's total.
Continued ContinuedFigure(const Doc& doc, const SentenceInfo& s, const Money& m, const Carry& carry, const Figures& f,
                          const std::vector<Claim>& out, const Reading& r) {
  Continued k;
  if ((r.cue == Cue::kNone || r.cue == Cue::kTotal) && PartOfAGroupTotal(doc, s, m, f, &k)) return k;
  if (r.cue != Cue::kNone) return k;
  size_t cb = ClauseOf(s, m.begin).first;
  bool referent = ReferentIn(doc, s, cb, m.begin);
  bool elided = ElidedSubject(doc, s, cb, m.hedge_begin);
  const TimeExpr* named = NamedPeriodBefore(doc, s, m);
  bool compared_named = named && named->compared;
  // A level compared with, dated in the past by itself ("might reach $10 billion, compared
  // with the 2016 results of $2.18 billion", "..., compared with $2.18 billion in 2016"),
  // continues a goal before it as the actual figure of the goal's measure.
  bool own_past = named && named->year <= doc.date.year;
  for (const TimeExpr& t : s.times) {
    own_past = own_past || (t.kind == TimeKind::kPeriod && !t.fiscal && t.begin >= m.end && t.begin <= m.end + 2 &&
                            t.year > 0 && t.year < doc.date.year);
  }
  if (referent || elided || compared_named || BaselinePosition(doc, s, m.hedge_begin)) {
    for (size_t a = f.amounts.size() - 1; a-- > 0;) {
      int q = f.claim_of_amount[a];
      // "rose by $616.2 million in June, which has exceeded $2 billion": the level the
      // change before it reached, of the change's figure.
      const Reading& ra = f.readings[a];
      bool trade_cue = ra.cue == Cue::kTotal || ra.cue == Cue::kExport || ra.cue == Cue::kImport;
      if (q < 0 && trade_cue && referent) {
        const Amount& am = f.amounts[a];
        for (const Money& earlier : s.money) {
          if (earlier.begin == am.begin && ChangeAmount(doc, s, earlier)) {
            k.cue = ra.cue;
            k.cue_pos = ra.cue_pos;
            return k;
          }
        }
      }
      if (q >= 0 && out[q].kind == ClaimKind::kTarget && own_past && !referent && out[q].parties.size() == 2) {
        k.cue = out[q].measure == "exports" ? Cue::kExport : Cue::kTotal;
        k.parties = out[q].parties;
        return k;
      }
      if (q < 0 || (out[q].kind != ClaimKind::kTradeTotal && out[q].kind != ClaimKind::kTradeFlow)) continue;
      k.cue = f.readings[a].cue == Cue::kImport ? Cue::kImport : out[q].kind == ClaimKind::kTradeTotal ? Cue::kTotal : Cue::kExport;
      k.parties = out[q].parties;
      return k;
    }
  }
  if (!carry.last_trade_sentence) {
    // "Товарооборот Таджикистана и Казахстана в 2023 году вырос. Данный показатель составил
    // 1,1 млрд долларов": "this figure" after a sentence that named a total but no figure.
    bool this_figure = false;
    for (size_t q = cb; q + 1 < m.hedge_begin; ++q) {
      this_figure = this_figure || (doc.norm(q) == "this" && doc.norm(q + 1) == "figure");
    }
    if (this_figure && carry.named_total_parties.size() == 2 && carry.sentence_index - carry.named_total_sentence == 1) {
      k.cue = Cue::kTotal;
      k.parties = carry.named_total_parties;
    }
    return k;
  }
  if (referent && carry.last_figure_cue != Cue::kNone) {
    k.cue = carry.last_figure_cue;
    k.parties = carry.last_figure_parties;
  } else if (referent || r.target) {
    k.cue = Cue::kTotal;
    k.parties = carry.last_trade_parties;
  }
  return k;
}

// "amounted to $4.4 billion, and by 2030 it is planned to bring it to $10 billion": a
// target year after the amount, past a comma or "and", with another amount after it in
// the clause, dates the later goal, not this amount.
bool YearOfLaterGoal(const Doc& doc, const SentenceInfo& s, const Money& m) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  for (const TimeExpr& t : s.times) {
    if (t.kind != TimeKind::kTargetYear || t.begin < m.end || t.begin >= ce || t.begin - m.end > 6) continue;
    bool joined = false;
    for (size_t k = m.end; k < t.begin; ++k) joined = joined || doc.norm(k) == "," || doc.norm(k) == "and";
    bool later_amount = false;
    for (const Money& m2 : s.money) later_amount = later_amount || (m2.begin >= t.end && m2.begin < ce);
    if (joined && later_amount) return true;
  }
  return false;
}

// Stage "mode": whether the amount is a goal. "up from about $13 billion currently",
// "compared with $2.6 billion", "will hit $50 billion by 2027 from $31.8 billion in 2023"
// are figures of the present or the past, never a goal, whatever target year is near;
// a target year makes a goal of an amount whose mode is otherwise actual ("to reach $X
// by 2030").
bool TargetMode(const Doc& doc, const SentenceInfo& s, const Money& m, Reading* r, std::optional<int>* target_year) {
  // "might reach $10 billion, compared with the 2016 results of $2.18 billion": a level of
  // a past period compared with is actual.
  const TimeExpr* named = NamedPeriodBefore(doc, s, m);
  bool baseline = BaselinePosition(doc, s, m.hedge_begin) || (named && named->compared && named->year <= doc.date.year);
  bool present = m.end < s.end && doc.Is(m.end, W::kPresentWord);
  if (baseline || present) {
    r->target = false;
    r->mode_known = true;
    target_year->reset();
  }
  if (r->mode_known && !r->target && target_year->has_value() && YearOfLaterGoal(doc, s, m)) target_year->reset();
  bool target = r->target || (target_year->has_value() && !(r->mode_known && !r->target));
  if (*target_year && r->mode_known && !r->target) target = true;
  return target;
}

// "from $2.5 billion" right before "to $3 billion", with no period of its own: the
// starting level of a change, no claim of its own.
bool StartOfChange(const Doc& doc, const SentenceInfo& s, const Money& m, const Reading& r) {
  if (m.hedge_begin <= s.begin || doc.norm(m.hedge_begin - 1) != "from" || r.cue == Cue::kNone) return false;
  bool followed = false;
  for (const Money& m2 : s.money) followed = followed || (m2.begin > m.end && m2.begin <= m.end + 4);
  bool own_period = false;
  for (const TimeExpr& t : s.times) {
    own_period = own_period || (t.kind == TimeKind::kPeriod && t.begin >= m.end && t.begin <= m.end + 2);
  }
  return followed && !own_period;
}

// "trade with China reached $31 billion, and with Russia $27 billion", "exports to China
// were $15 billion and to Russia $9 billion": an amount that shares an earlier amount's
// reading, with a new partner named after "with"/"to"/"from" between the two, is that
// partner's figure (the other side kept). False when there is no such partner.
bool NewPartner(const Doc& doc, const SentenceInfo& s, const Money& m, const Reading& r, const Figures& f,
                const std::vector<Claim>& out, Claim* c) {
  if (r.inherited_from < 0 || f.claim_of_amount[r.inherited_from] < 0) return false;
  const Claim& base = out[f.claim_of_amount[r.inherited_from]];
  const Amount& prev = f.amounts[r.inherited_from];
  auto after = [&](const CountryRef& ref, const char* w) { return ref.begin > s.begin && doc.norm(ref.begin - 1) == w; };
  const CountryRef* partner = nullptr;
  for (const CountryRef& ref : s.countries) {
    if (ref.begin < prev.end || ref.begin >= m.hedge_begin || ref.code == "*" || ref.excluded) continue;
    if (after(ref, "with") || after(ref, "to") || after(ref, "from")) partner = &ref;
    break;
  }
  if (partner == nullptr || base.parties.size() != 2) return false;
  std::vector<std::string> parties;
  if (base.kind == ClaimKind::kTradeTotal && after(*partner, "with")) {
    // The side kept is the one not named after "with" before the earlier amount.
    for (const CountryRef& ref : s.countries) {
      if (ref.begin >= prev.begin || !after(ref, "with")) continue;
      if (ref.code == base.parties[0]) parties = {base.parties[1], partner->code};
      if (ref.code == base.parties[1]) parties = {base.parties[0], partner->code};
    }
  } else if (base.kind == ClaimKind::kTradeFlow && after(*partner, "to")) {
    parties = {base.parties[0], partner->code};
  } else if (base.kind == ClaimKind::kTradeFlow && after(*partner, "from")) {
    parties = {partner->code, base.parties[1]};
  }
  if (parties.size() != 2 || parties[0] == parties[1]) return false;
  c->parties = parties;
  c->measure = base.measure;
  c->kind = base.kind;
  return true;
}

// Stage "parties" of an amount's figure: [exporter, importer] of a flow (measure
// "exports") or the two sides of a total; false when they are not two countries.
bool FigureParties(const Doc& doc, const SentenceInfo& s, const Money& m, const Reading& r, bool target,
                   const std::vector<std::string>& inherited_parties, const Carry& carry, const std::vector<Claim>& out,
                   Figures* f, Claim* c) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  if (!target && NewPartner(doc, s, m, r, *f, out, c)) return true;
  bool flow = r.cue == Cue::kExport || r.cue == Cue::kImport;
  // "Trade with Kyrgyzstan and Germany amounted to $903.2 million and $829.0 million
  // respectively": the i-th amount is the i-th listed country's, never the list's pair.
  if (flow || r.cue == Cue::kTotal) {
    if (auto parties = RespectiveParties(doc, s, m.begin, r.cue)) {
      if (parties->size() != 2) return false;
      c->parties = *parties;
      c->measure = flow ? "exports" : "total";
      c->kind = target ? ClaimKind::kTarget : flow ? ClaimKind::kTradeFlow : ClaimKind::kTradeTotal;
      if (flow) f->flow_subject = r.cue == Cue::kExport ? c->parties[0] : c->parties[1];
      return true;
    }
  }
  // A continued flow keeps its ends when its clause names no country.
  if (flow && inherited_parties.size() == 2 && CountriesIn(s, cb, m.begin).empty()) {
    c->parties = inherited_parties;
    c->measure = "exports";
    c->kind = target ? ClaimKind::kTarget : ClaimKind::kTradeFlow;
    return true;
  }
  if (flow) {
    if (HasWorldWordBefore(doc, s, r.cue_pos)) {
      bool has_counterpart = false;
      for (const CountryRef& ref : s.countries) {
        if (ref.begin > r.cue_pos && ref.begin > s.begin &&
            (doc.norm(ref.begin - 1) == "to" || doc.norm(ref.begin - 1) == "from")) {
          has_counterpart = true;
        }
      }
      if (!has_counterpart) return false;
    }
    auto [exporter, importer] = FlowOrLastFlow(doc, s, r.cue_pos, r.cue, f->flow_subject, carry, HomePair(s, *f, carry));
    if (exporter.empty() || importer.empty()) return false;
    f->flow_subject = r.cue == Cue::kExport ? exporter : importer;
    c->parties = {exporter, importer};
    c->measure = "exports";
    c->kind = target ? ClaimKind::kTarget : ClaimKind::kTradeFlow;
    return true;
  }
  if (WithGroup(doc, s, r.cue_pos, m.begin)) return false;
  c->parties = TotalParties(doc, s, cb, m.begin);
  if (inherited_parties.size() == 2 && CountriesIn(s, cb, m.begin).empty()) c->parties = inherited_parties;
  if (c->parties.size() != 2) return false;
  c->measure = "total";
  c->kind = target ? ClaimKind::kTarget : ClaimKind::kTradeTotal;
  return true;
}

// A target's year and stage; false for an impersonal forecast of the current year.
bool CompleteTarget(const Doc& doc, const SentenceInfo& s, const Money& m, std::optional<int> target_year,
                    const std::vector<Claim>& out, Claim* c) {
  if (!target_year) {
    // "to exceed $55 billion this year", "in 2025": a future or current period.
    for (const TimeExpr& t : s.times) {
      if (t.kind == TimeKind::kPeriod && t.begin >= m.end && t.begin <= m.end + 4 && t.year >= doc.date.year) {
        target_year = t.year;
      }
    }
  }
  if (ForecastForNow(doc, s, m, target_year)) return false;
  c->target_year = target_year;
  c->qualifier = m.qualifier;
  // "and then to $10 billion": a second stage.
  for (size_t k = m.hedge_begin; k > s.begin && k + 4 > m.hedge_begin; --k) {
    if (doc.Is(k - 1, W::kStageWord)) {
      c->target_stage = 2;
      break;
    }
  }
  // A target year of the first stage does not belong to the second.
  if (c->target_stage == 2 && target_year && !out.empty()) {
    bool after = false;
    for (const TimeExpr& t : s.times) {
      if (t.kind == TimeKind::kTargetYear && t.begin >= m.end && t.begin <= m.end + 6) after = true;
    }
    if (!after) c->target_year.reset();
  }
  return true;
}

// Stage "period" of an actual figure: a baseline amount is the level a year before the
// figure it is compared with ("reached $4.7 billion in 2021, up 5.1% from $4.5
// billion"); another amount takes the period of its clause or the carried one. False
// when it has none that can be trusted.
bool DateFigure(const Doc& doc, const SentenceInfo& s, const Money& m, const Carry& carry, const std::vector<Claim>& out,
                Figures* f, Claim* c) {
  if (IsBaselineAmount(doc, s, m)) {
    const Claim* base = nullptr;
    for (size_t q = f->first_claim; q < out.size(); ++q) {
      const Claim& b = out[q];
      if (b.kind == c->kind && b.year && b.parties == c->parties) base = &b;
    }
    if (base == nullptr) return false;
    c->year = *base->year - 1;
    c->months = base->months;
    f->baseline_claims.push_back(out.size());
    return true;
  }
  // "in all these years, stayed less than $1 billion", "over the years": a span of years
  // no period names; the figure is no claim of a period (and does not take the current one).
  if (VagueYears(doc, s, m)) return false;
  // "compared with the 2016 results of $2.18 billion": the amount's own year.
  if (const TimeExpr* named = NamedPeriodBefore(doc, s, m)) {
    TimeExpr t = *named;
    t.compared = false;
    SetPeriod(t, c);
    if (named->compared) f->baseline_claims.push_back(out.size());
    return true;
  }
  std::optional<TimeExpr> period = PeriodFor(doc, s, m.end, carry);
  if (!PeriodKnown(doc, period)) return false;
  bool year_before = period && YearBeforeAmount(doc, s, m);
  if (year_before) --period->year;
  SetPeriod(period, c);
  // A level of the year before ("A year earlier, trade was $36.7 billion") or one compared
  // with ("..., compared with $16.3 billion in 2022") does not move the current period.
  if (year_before || BaselinePosition(doc, s, m.hedge_begin)) f->baseline_claims.push_back(out.size());
  return true;
}

// Money amounts: totals, flows and targets.
void AmountClaims(const Doc& doc, const SentenceInfo& s, const Carry& carry, Figures* f, std::vector<Claim>* out) {
  for (const Money& m : s.money) {
    Reading r = Read(doc, s, m.hedge_begin, f->amounts, f->readings);
    // "including $9.74 billion of Russia's exports to China", "$239 million worth of
    // imports": the flow named right after the amount, whatever cue came before it.
    if (size_t fc = FlowNamedAfter(doc, s, m); fc > 0) {
      r.cue = CueAt(doc, s, fc);
      r.cue_pos = fc;
      r.inherited_from = -1;
    }
    RespectiveCue(doc, s, m, &r);
    // "a $107 million deficit": the amount is a balance, not trade.
    if (m.end < s.end && doc.Is(m.end, W::kBalanceWord)) r.cue = Cue::kDistractor;
    if (ItemAmount(doc, s, m.hedge_begin)) r.cue = Cue::kDistractor;
    f->amounts.push_back({m.begin, m.end, m.hedge_begin});
    f->readings.push_back(r);
    f->claim_of_amount.push_back(-1);
    // "trade between Tatarstan and Kazakhstan has been brought to $700 million. ... the
    // sides set themselves the task of taking trade to $1 billion": still the region's.
    auto [mcb, mce] = ClauseOf(s, m.begin);
    bool names_country = false;
    for (const CountryRef* c : CountriesIn(s, mcb, mce)) names_country = names_country || c->code != "*";
    if (SubnationalSide(doc, s, mcb, m.begin) || (carry.subnational_figure && !names_country)) {
      f->subnational = true;
      continue;
    }
    if (NoFigure(doc, s, m)) continue;
    std::optional<int> target_year = TargetYearNear(doc, s, m);
    Continued continued = ContinuedFigure(doc, s, m, carry, *f, *out, r);
    if (continued.cue != Cue::kNone) r.cue = continued.cue;
    if (continued.cue_pos > 0) r.cue_pos = continued.cue_pos;
    const std::vector<std::string>& inherited_parties = continued.parties;
    bool target = TargetMode(doc, s, m, &r, &target_year);
    if (StartOfChange(doc, s, m, r)) continue;
    auto [cb, ce] = ClauseOf(s, m.begin);
    if (!(r.cue == Cue::kTotal || r.cue == Cue::kExport || r.cue == Cue::kImport ||
          (r.cue == Cue::kWorld && CountriesIn(s, cb, m.begin).size() >= 2))) {
      continue;
    }
    Claim c = NewClaim(doc, s, ClaimKind::kTradeTotal);
    c.value_usd = m.usd;
    c.amount = m.amount;
    c.currency = m.currency;
    c.qualifier = m.qualifier;
    if (!FigureParties(doc, s, m, r, target, inherited_parties, carry, *out, f, &c)) continue;
    // "non-oil trade" is a different total.
    for (size_t k = r.cue_pos; k > s.begin && k + 4 > r.cue_pos; --k) {
      if (doc.norm(k - 1) == "oil" && k >= s.begin + 3 && doc.norm(k - 2) == "-" && doc.norm(k - 3) == "non") {
        c.measure = "non_oil";
      }
    }
    if (c.kind == ClaimKind::kTarget) {
      if (!CompleteTarget(doc, s, m, target_year, *out, &c)) continue;
    } else if (!DateFigure(doc, s, m, carry, *out, f, &c)) {
      continue;
    }
    f->claim_of_amount.back() = static_cast<int>(out->size());
    if (c.kind == ClaimKind::kTradeTotal && c.parties.size() == 2) f->total_parties = c.parties;
    out->push_back(std::move(c));
  }
}

// The flow the sentence names with both ends ("Imports from Kazakhstan to Tajikistan
// fell."), with or without a figure: its cue and [exporter, importer]; the last one wins.
std::optional<std::pair<Cue, std::pair<std::string, std::string>>> NamedFlow(const Doc& doc, const SentenceInfo& s) {
  std::optional<std::pair<Cue, std::pair<std::string, std::string>>> named;
  for (size_t k = s.begin; k < s.end && !s.countries.empty(); ++k) {
    Cue cue = CueAt(doc, s, k);
    if (cue != Cue::kExport && cue != Cue::kImport) continue;
    auto flow = FlowParties(doc, s, k, cue, "");
    // Both ends named in the sentence, neither one the pair's other member by default.
    bool has_exporter = false, has_importer = false;
    for (const CountryRef& r : s.countries) {
      has_exporter = has_exporter || (!flow.first.empty() && r.code == flow.first);
      has_importer = has_importer || (!flow.second.empty() && r.code == flow.second);
    }
    if (has_exporter && has_importer) named = {cue, flow};
  }
  return named;
}

}  // namespace

void TradeClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out) {
  Figures f;
  f.first_claim = out->size();
  AmountClaims(doc, s, *carry, &f, out);
  PercentClaims(doc, s, *carry, f, out);
  MultiplierClaims(doc, s, *carry, f, out);
  std::vector<const Claim*> figures;  // what this sentence stated, for the next one
  for (size_t q = f.first_claim; q < out->size(); ++q) {
    // "compared with $2.5 billion a year earlier" does not date the next sentence.
    if (std::find(f.baseline_claims.begin(), f.baseline_claims.end(), q) == f.baseline_claims.end()) {
      figures.push_back(&(*out)[q]);
    }
  }
  if (out->size() == f.first_claim && s.money.empty() && s.percents.empty()) {
    // A total named without a figure, of two countries: what "this figure" next refers to.
    for (size_t k = s.begin; k < s.end; ++k) {
      if (CueAt(doc, s, k) != Cue::kTotal || HasWorldWordBefore(doc, s, k)) continue;
      auto [cb, ce] = ClauseOf(s, k);
      std::vector<std::string> parties = TotalParties(doc, s, cb, ce);
      if (parties.size() == 2 && !CountriesIn(s, cb, ce).empty()) {
        carry->named_total_parties = parties;
        carry->named_total_sentence = carry->sentence_index;
      }
      break;
    }
  }
  carry->EndTradeSentence(s.times, out->size() > f.first_claim, figures, NamedFlow(doc, s), s.range->quoted);
  carry->subnational_figure = f.subnational;
  for (size_t q = f.first_claim; q < out->size(); ++q) {
    const Claim& c = (*out)[q];
    if (c.kind != ClaimKind::kShare || c.parties.size() != 2) continue;
    carry->share_country = c.parties[1];
    carry->share_measure = c.measure;
    carry->share_sentence = carry->sentence_index;
  }
}

}  // namespace dyad::text::internal
