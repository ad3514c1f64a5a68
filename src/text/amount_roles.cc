#include "text/amount_roles.h"

#include <algorithm>

namespace dyad::text::internal {

using W = WordClass;

// A target-mode word at k: a goal word, or a base verb after "to" or a modal.
bool TargetWordAt(const Doc& doc, const SentenceInfo& s, size_t k) {
  std::string_view w = doc.norm(k);
  if (doc.Is(k, W::kTargetMarker)) {
    // "agreed" and "set" only with what follows: "agreed to", "set a goal".
    if (w == "agreed") return k + 1 < s.end && doc.norm(k + 1) == "to";
    if (w == "set") return k + 1 < s.end && (doc.norm(k + 1) == "a" || doc.norm(k + 1) == "the");
    if (w == "can" || w == "could" || w == "will" || w == "would" || w == "should") return true;
    return true;
  }
  // "the goal of reaching", "aimed at increasing": a gerund after a goal word.
  if (doc.Is(k, W::kGoalGerund) && k > s.begin) {
    std::string_view p = doc.norm(k - 1);
    // "their commitment to reaching", "committed to bringing": "to" after a goal word.
    if (p == "to" && k >= s.begin + 2 && doc.Is(k - 2, W::kTargetMarker)) return true;
    return p == "of" || p == "at" || p == "on" || p == "toward" || p == "towards";
  }
  if (doc.Is(k, W::kTargetVerb) && k > s.begin) {
    std::string_view p = doc.norm(k - 1);
    return p == "to" || p == "will" || p == "would" || p == "could" || p == "can" || p == "should" ||
           p == "further" || p == "of";
  }
  return false;
}

// A named product right before the flow word ("wheat imports", "crude oil exports"),
// after it ("exports of cotton"), or between it and the amount at `pos`.
bool ProductFlow(const Doc& doc, const SentenceInfo& s, size_t cue_pos, size_t pos) {
  for (const Mention& m : s.products) {
    if (m.begin <= cue_pos && cue_pos < m.end) continue;  // the flow word itself ("ships")
    bool in_country = false;
    for (const CountryRef& r : s.countries) {
      if (m.begin < r.end && r.begin < m.end) in_country = true;
    }
    if (in_country) continue;
    // Before the flow word, or the item an amount is given for ("gasoline, at $24 billion");
    // not a list of goods in apposition ("exports, mainly cotton and textiles, rose 15%").
    if (m.end == cue_pos) return true;
    if (m.begin > cue_pos && m.end <= pos && m.end + 3 >= pos) {
      // A comma closing the list ("led by wheat and coal, were worth A$11.5 billion") ends
      // an apposition; ", at $X" gives the item's amount.
      bool closed = false;
      for (size_t k = m.end; k < pos; ++k) {
        closed = closed || (doc.norm(k) == "," && !(k + 1 < pos && (doc.norm(k + 1) == "at" || doc.norm(k + 1) == "with")));
      }
      if (!closed) return true;
    }
  }
  return false;
}

// "from $4.5 billion", "against $2.4 billion", "compared with $3 billion" with no period
// of its own right after it: the level a growth figure is measured from.
bool BaselinePosition(const Doc& doc, const SentenceInfo& s, size_t b) {
  if (b <= s.begin) return false;
  // "against exports (worth) of $166.85m in the same period of 2018": the flow named again
  // between the comparison word and the amount.
  if (b >= s.begin + 3 && doc.norm(b - 1) == "of") {
    size_t f = b - 2;
    if (doc.norm(f) == "worth" && f > s.begin) --f;
    if ((doc.Is(f, W::kExportWord) || doc.Is(f, W::kImportWord)) && f > s.begin) b = f;
  }
  std::string_view p = doc.norm(b - 1);
  if (p == "from" || p == "against" || p == "versus" || p == "vs") return true;
  return (p == "with" || p == "to") && b >= s.begin + 2 && doc.Is(b - 2, W::kComparisonWord);
}

bool IsBaselineAmount(const Doc& doc, const SentenceInfo& s, const Money& m) {
  if (!BaselinePosition(doc, s, m.hedge_begin)) return false;
  // "exported goods worth $438 million compared to over $2 billion in imports from
  // Nigeria": another flow of the same period set against it, no earlier level.
  if (FlowNamedAfter(doc, s, m) > 0) return false;
  if (m.end < s.end && doc.Is(m.end, W::kPresentWord)) return false;  // "from $13 billion currently"
  for (const TimeExpr& t : s.times) {
    if (t.begin >= m.end && t.begin <= m.end + 2 && (t.kind == TimeKind::kPeriod || t.kind == TimeKind::kBaseline)) {
      return t.kind == TimeKind::kBaseline;  // "from $2 billion a year earlier" is a baseline too
    }
  }
  return true;
}

bool VagueYears(const Doc& doc, const SentenceInfo& s, const Money& m) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  for (size_t k = cb + 1; k < ce; ++k) {
    if (doc.norm(k) != "years") continue;
    std::string_view p = doc.norm(k - 1);
    bool vague = p == "these" || p == "those" || p == "recent" ||
                 (p == "the" && k >= cb + 2 && (doc.norm(k - 2) == "over" || doc.norm(k - 2) == "through")) ||
                 (p == "for" && !(k + 1 < ce && doc.tok(k + 1).kind == TokenKind::kNumber));
    if (!vague) continue;
    // Unless a period of its own dates the amount ("in recent years ... $5 billion in 2023").
    for (const TimeExpr& t : s.times) {
      if (t.kind == TimeKind::kPeriod && t.begin >= cb && t.begin < ce) return false;
    }
    return true;
  }
  return false;
}

const TimeExpr* NamedPeriodBefore(const Doc& doc, const SentenceInfo& s, const Money& m) {
  for (const TimeExpr& t : s.times) {
    if (t.kind != TimeKind::kPeriod || t.year == 0 || t.fiscal || t.end + 2 > m.hedge_begin) continue;
    if (KeptLevelTime(doc, s, t)) continue;
    size_t k = t.end;
    if (doc.norm(k) == "'s") ++k;
    if (k + 2 != m.hedge_begin || !doc.Is(k, W::kWholeNoun) || doc.norm(k + 1) != "of") continue;
    return &t;
  }
  return nullptr;
}

bool YearBeforeAmount(const Doc& doc, const SentenceInfo& s, const Money& m) {
  if (BaselinePosition(doc, s, m.hedge_begin)) return false;
  auto [cb, ce] = ClauseOf(s, m.begin);
  // "... compared to the same period last year ($1 billion in January-May 2023)": a period
  // of its own, with its year, right after the amount dates it.
  for (const TimeExpr& t : s.times) {
    if (t.kind == TimeKind::kPeriod && !t.relative && t.year > 0 && t.begin >= m.end && t.begin <= m.end + 2) {
      return false;
    }
  }
  for (const TimeExpr& t : s.times) {
    if (t.kind != TimeKind::kBaseline || t.begin < cb || t.begin >= ce) continue;
    // "the same period ...", "a year earlier", "the previous year"; not "year-on-year",
    // which qualifies a change.
    std::string_view w = doc.norm(t.begin);
    bool same = doc.Is(t.begin, W::kSameWord);
    if (!same && w != "a" && w != "previous" && w != "prior" && w != "preceding") continue;
    if (same && t.end - t.begin <= 2) continue;  // "in the same period": the one named before
    if (t.year > 0) continue;  // "the same period of 2021" names its own year (PeriodFor)
    // "... less than in the same period last year, when trade stood at $760.5 million":
    // the amount of a clause opened by ", when" right after the baseline is its level.
    if (t.end + 2 <= m.hedge_begin && doc.norm(t.end) == "," && doc.norm(t.end + 1) == "when") {
      bool next_amount = true;
      for (const Money& o : s.money) next_amount = next_amount && !(o.begin > t.end && o.end <= m.hedge_begin);
      if (next_amount && (same || w == "a" || w == "previous")) return true;
    }
    // "46.1 percent higher than the same period last year – $371.8 million", "... (a
    // year earlier: $2 billion)": an amount set off right after the baseline is its level.
    if (t.end + 1 == m.hedge_begin) {
      std::string_view sep = doc.norm(t.end);
      if (sep == "-" || sep == "--" || sep == "(" || sep == ":" || sep == "\xE2\x80\x93" || sep == "\xE2\x80\x94") {
        return true;
      }
    }
    // "rose 23% against the same period in 2016", "more than in the same period last
    // year", "from the previous year": the baseline of a change, not the amount's date.
    size_t b = t.begin;
    while (b > cb && (doc.norm(b - 1) == "the" || doc.norm(b - 1) == "in" || doc.norm(b - 1) == "of")) --b;
    if (b > cb) {
      std::string_view p = doc.norm(b - 1);
      if (p == "than" || p == "on" || p == "over" || BaselinePosition(doc, s, b)) continue;
    }
    // Before the amount with no other figure or verb of change between ("rose 12% from
    // the same period a year ago to $5 billion" is the new level), or right after it.
    bool before = t.end <= m.hedge_begin;
    for (const Money& o : s.money) before = before && !(o.begin >= t.end && o.end <= m.hedge_begin);
    for (const Percent& p : s.percents) before = before && !(p.begin >= t.end && p.end <= m.hedge_begin);
    for (size_t k = t.end; before && k < m.hedge_begin; ++k) {
      before = !doc.Is(k, W::kGrowthUp) && !doc.Is(k, W::kGrowthDown);
    }
    if (before || (t.begin >= m.end && t.begin <= m.end + 2)) return true;
  }
  return false;
}

// "to reach"/"to hit" at k after a verb of change in the past ("rose 12% to reach"),
// with no goal word between: the level reached, not a goal.
bool ResultOfChange(const Doc& doc, const SentenceInfo& s, size_t k) {
  if (!doc.Is(k, W::kTargetVerb) || k < s.begin + 1 || doc.norm(k - 1) != "to") return false;
  for (size_t q = k - 1; q > s.begin && q + 20 > k; --q) {
    if (doc.Is(q - 1, W::kTargetMarker)) return false;
    if (doc.Is(q - 1, W::kActualMarker) && (doc.Is(q - 1, W::kGrowthUp) || doc.Is(q - 1, W::kGrowthDown))) return true;
    // "went up", "edged up", "inched down".
    if (doc.norm(q - 1) == "went" || (doc.Is(q - 1, W::kActualMarker) && (doc.Is(q, W::kGrowthUp) || doc.Is(q, W::kGrowthDown)))) {
      return true;
    }
  }
  return false;
}

// "gasoline, at $24.48 billion, motor vehicle parts, at $15.68 billion": an amount given
// for a named item ("NOUN, at $X"), not the flow itself. `b` is the amount's first token.
bool ItemAmount(const Doc& doc, const SentenceInfo& s, size_t b) {
  if (b < s.begin + 3 || (doc.norm(b - 1) != "at" && doc.norm(b - 1) != "with") || doc.norm(b - 2) != ",") return false;
  size_t w = b - 3;
  if (doc.tok(w).kind != TokenKind::kWord || doc.Is(w, W::kMonth) || CueAt(doc, s, w) != Cue::kNone) return false;
  // "made up the bulk of that, at $95 billion", "most of the figure, at": the figure itself.
  if (doc.Is(w, W::kWholeNoun)) return false;
  for (const CountryRef& r : s.countries) {
    if (r.begin <= w && w < r.end) return false;
  }
  for (const TimeExpr& t : s.times) {
    if (t.begin <= w && w < t.end) return false;
  }
  return true;
}

// "rubber (24.01 percent higher)", "cassava products (up 46.28 percent)": a percentage
// in a parenthesis right after a noun that is not a cue is that item's growth.
bool ItemGrowth(const Doc& doc, const SentenceInfo& s, const Percent& p) {
  size_t k = p.hedge_begin;
  if (k > s.begin && (doc.Is(k - 1, W::kGrowthUp) || doc.Is(k - 1, W::kGrowthDown))) --k;
  if (k < s.begin + 2 || doc.norm(k - 1) != "(") return false;
  size_t w = k - 2;
  if (doc.tok(w).kind != TokenKind::kWord || CueAt(doc, s, w) != Cue::kNone || doc.Is(w, W::kMonth)) return false;
  // "$612.5 mln (+18.4%)", "$4 billion (up 8%)": the figure's own change, not an item's.
  for (const Money& m : s.money) {
    if (m.begin <= w && w < m.end) return false;
  }
  for (const CountryRef& r : s.countries) {
    if (r.begin <= w && w < r.end) return false;
  }
  return true;
}

// "trade with the region", "trade with the Asian countries of the near abroad", "with
// all countries of the region": the complement of the cue at `cue_pos` (before `limit`)
// names many partners, so the figure is no pair's.
bool WithGroup(const Doc& doc, const SentenceInfo& s, size_t cue_pos, size_t limit) {
  size_t end = std::min(limit, s.end);
  for (size_t k = cue_pos + 1; k < end && k <= cue_pos + 3; ++k) {
    // "trade with the region", "South Africa's trade in the West African region".
    if (doc.norm(k) != "with" && doc.norm(k) != "in") continue;
    for (size_t q = k + 1; q < end && q <= k + 7; ++q) {
      for (const CountryRef& r : s.countries) {
        if (r.begin <= q && q < r.end) return false;
      }
      if (doc.Is(q, W::kGroupNoun)) return true;
      // 'trade with "friendly countries"': quotation marks around the group.
      if (doc.tok(q).kind != TokenKind::kWord && doc.norm(q) != "\"") return false;
    }
    return false;
  }
  return false;
}

// "rose by $120 million", "an increase of $50 million": the amount is a change, not a
// level (and gives no claim).
bool ChangeAmount(const Doc& doc, const SentenceInfo& s, const Money& m) {
  size_t b = m.hedge_begin;
  // "trade turnover exceeded $28.2 million compared to the same period last year, having
  // made up $295.7 million": an amount compared, then the level stated after "having",
  // is the difference.
  if (m.end + 1 < s.end && doc.Is(m.end, W::kComparisonWord) &&
      (doc.norm(m.end + 1) == "to" || doc.norm(m.end + 1) == "with")) {
    for (const Money& o : s.money) {
      if (o.begin <= m.end) continue;
      // "having made up / stood at / amounted to", not "having grown by".
      for (size_t k = o.hedge_begin; k > m.end && k + 4 > o.hedge_begin; --k) {
        if (doc.norm(k - 1) != "having") continue;
        bool level = false, change = false;
        for (size_t q = k; q < o.hedge_begin; ++q) {
          level = level || doc.Is(q, W::kActualMarker);
          bool made_up = doc.norm(q) == "up" && q > k && doc.Is(q - 1, W::kShareMakeVerb);
          change = change || ((doc.Is(q, W::kGrowthUp) || doc.Is(q, W::kGrowthDown)) && !made_up);
        }
        if (level && !change) return true;
      }
    }
  }
  if (b < s.begin + 2 || (doc.norm(b - 1) != "by" && doc.norm(b - 1) != "of")) return false;
  for (size_t k = b - 1; k > s.begin && k + 4 > b - 1; --k) {
    if (doc.Is(k - 1, W::kGrowthUp) || doc.Is(k - 1, W::kGrowthDown)) return true;
    if (doc.norm(b - 1) == "of") break;  // "an increase of": the noun right before
  }
  // "has increased the trade turnover with Italy by $6.4 billion": the verb's object
  // between the verb and "by", with no number or comma in it.
  for (size_t k = b - 1; doc.norm(b - 1) == "by" && k > s.begin && k + 9 > b - 1; --k) {
    std::string_view w = doc.norm(k - 1);
    if (doc.tok(k - 1).kind == TokenKind::kNumber || w == "," || w == ";") break;
    if (doc.Is(k - 1, W::kGrowthUp) || doc.Is(k - 1, W::kGrowthDown)) return true;
  }
  return false;
}

// "exports totalled $80 billion, including $2 billion to Kyrgyzstan", "..., of which":
// the amount before a part is the whole (the world's), when the part names the partner.
bool WholeBeforePart(const Doc& doc, const SentenceInfo& s, const Money& m) {
  for (const Money& next : s.money) {
    if (next.begin < m.end || next.hedge_begin > m.end + 8) continue;
    bool part = false;
    size_t part_end = 0;
    for (size_t k = m.end; k < next.hedge_begin; ++k) {
      bool which = doc.norm(k) == "of" && k + 1 < s.end && doc.norm(k + 1) == "which";
      if (!part && (doc.norm(k) == "including" || which)) part_end = k + (which ? 2 : 1);
      part = part || doc.norm(k) == "including" || which;
    }
    if (!part) return false;
    // "including to Kazakhstan -- $800 million", "из них в Казахстан — 800 млн": the part's
    // partner named before its amount.
    bool named_before = false;
    for (const CountryRef& r : s.countries) {
      named_before = named_before || (r.code != "*" && r.begin >= part_end && r.end <= next.hedge_begin);
    }
    if (!named_before && next.hedge_begin > m.end + 4) continue;
    std::vector<std::string> before;  // countries the sentence named before the whole
    for (const CountryRef& r : s.countries) {
      if (r.code != "*" && r.end <= m.hedge_begin &&
          std::find(before.begin(), before.end(), r.code) == before.end()) {
        before.push_back(r.code);
      }
    }
    for (const CountryRef& r : s.countries) {
      bool after = r.begin >= next.end && r.begin <= next.end + 3;
      bool between = r.begin >= part_end && r.end <= next.hedge_begin;
      if (r.code == "*" || !(after || between)) continue;
      bool pairs_own = before.size() >= 2 && std::find(before.begin(), before.end(), r.code) != before.end();
      return !pairs_own;
    }
    return false;
  }
  return false;
}

// "420 billion tenge ($910 million)": the other currency's amount restated in dollars;
// the dollar figure is the claim.
// Also "134.2 billion euros, or about $144 billion", "A$30 billion, equivalent to $19.5
// billion", "1.2 trillion won (or $900 million)": the words between the two amounts are only
// a parenthesis, a comma, "or" and "equivalent/equal to", and one of "(", "or", "equivalent",
// "equal" is among them.
bool RestatedInDollars(const Doc& doc, const SentenceInfo& s, const Money& m) {
  if (m.currency == "USD") return false;
  for (const Money& next : s.money) {
    if (next.hedge_begin < m.end || next.hedge_begin > m.end + 4 || next.currency != "USD") continue;
    bool restates = false;
    for (size_t k = m.end; k < next.hedge_begin; ++k) {
      std::string_view w = doc.norm(k);
      if (w == "(" || w == "or" || w == "equivalent" || w == "equal") restates = true;
      else if (w != "," && w != "to" && w != "-") return false;
    }
    return restates;
  }
  return false;
}

// "trade between the Chinese province of Xinjiang and Kazakhstan", "trade between
// Tatarstan and Kazakhstan", "Tatarstan, a Russian republic, aims to ...": one side of
// the figure is a part of a country (named by "a/the ADJ province/republic", or a
// capitalised name that is no country, group or city after "between").
bool SubnationalSide(const Doc& doc, const SentenceInfo& s, size_t cb, size_t pos) {
  for (const CountryRef& r : s.countries) {
    if (r.subnational && r.begin >= cb && r.begin < pos) return true;
  }
  for (size_t k = cb; k + 1 < pos; ++k) {
    if (doc.norm(k) != "between") continue;
    size_t q = k + 1;
    if (doc.norm(q) == "the") ++q;
    if (q >= pos || doc.tok(q).kind != TokenKind::kWord || !doc.tok(q).cap) return false;
    for (const CountryRef& r : s.countries) {
      if (r.begin == q) return false;
    }
    for (const auto* list : {&s.groups, &s.cities}) {
      for (const Mention& m : *list) {
        if (m.begin == q) return false;
      }
    }
    // A capitalised word that is a known word of the reader ("Trade", "Exports") is no name.
    return doc.classes[q] == 0 && q + 1 < pos && doc.norm(q + 1) == "and";
  }
  return false;
}

// "Kenya offered to export goods worth $1 billion", "an offer to supply $2 billion of
// grain": an offer word within ten tokens before the amount, in its clause.
bool OfferedAmount(const Doc& doc, const SentenceInfo& s, const Money& m) {
  size_t cb = ClauseOf(s, m.begin).first;
  for (size_t k = m.hedge_begin; k > cb && k + 10 > m.hedge_begin; --k) {
    if (doc.Is(k - 1, W::kOfferWord)) return true;
  }
  return false;
}

size_t FlowNamedAfter(const Doc& doc, const SentenceInfo& s, const Money& m) {
  size_t ce = ClauseOf(s, m.begin).second;
  size_t k = m.end;
  if (k < ce && doc.norm(k) == "worth") ++k;
  // "$2.3 billion were imports of goods to Ukraine".
  if (k + 1 < ce && doc.Is(k, W::kCopula)) {
    Cue c = CueAt(doc, s, k + 1);
    bool both = k + 3 < ce && doc.norm(k + 2) == "and" &&
                (CueAt(doc, s, k + 3) == Cue::kExport || CueAt(doc, s, k + 3) == Cue::kImport);
    if ((c == Cue::kExport || c == Cue::kImport) && !both) return k + 1;
  }
  if (k >= ce || (doc.norm(k) != "of" && doc.norm(k) != "in")) return 0;
  auto in_country = [&](size_t t) {
    for (const CountryRef& ref : s.countries) {
      if (ref.begin <= t && t < ref.end) return true;
    }
    return false;
  };
  for (size_t j = k + 1; j < ce && j < k + 5; ++j) {
    Cue c = CueAt(doc, s, j);
    if (c == Cue::kExport || c == Cue::kImport) {
      bool both = j + 2 < ce && doc.norm(j + 1) == "and" &&
                  (CueAt(doc, s, j + 2) == Cue::kExport || CueAt(doc, s, j + 2) == Cue::kImport);
      return both ? 0 : j;
    }
    // "$2.6 billion of which were exports".
    bool of_which = doc.norm(k + 1) == "which" && (j == k + 1 || (j == k + 2 && doc.Is(j, W::kCopula)));
    if (c != Cue::kNone || (!in_country(j) && doc.norm(j) != "'s" && doc.norm(j) != "the" && !of_which)) return 0;
  }
  return 0;
}

bool RateAmount(const Doc& doc, const SentenceInfo& s, const Money& m) {
  size_t k = m.end;
  while (k < s.end && k < m.end + 2 && (doc.norm(k) == "dollar" || doc.norm(k) == "dollars")) ++k;
  if (k + 1 >= s.end) return false;
  std::string_view a = doc.norm(k);
  return (a == "a" || a == "per" || a == "each" || a == "every") && doc.Is(k + 1, W::kRateUnit);
}

// "By the end of this year, trade is expected to rise to $60 billion", "last year's
// turnover is expected to be $1.6 billion": an impersonal forecast ("is expected to",
// "are projected to", "seen at"; "we expect it to exceed ..." is the speaker's goal) for
// the current or a past whole year.
bool ForecastForNow(const Doc& doc, const SentenceInfo& s, const Money& m, std::optional<int> target_year) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  bool forecast = false;
  for (size_t k = m.hedge_begin; k > cb && k + 12 > m.hedge_begin; --k) {
    if (!doc.Is(k - 1, W::kForecastMarker) || k < cb + 2) continue;
    std::string_view be = doc.norm(k - 2);
    forecast = forecast || doc.norm(k - 1) == "seen" || be == "is" || be == "are" || be == "was" ||
               be == "were" || be == "be" || be == "been";
  }
  if (!forecast) return false;
  if (target_year && *target_year <= doc.date.year) return true;
  for (const TimeExpr& t : s.times) {
    // A whole year; "In January 2016, X predicted ..." dates the prediction.
    bool whole_year = t.month_from == 0 || (t.month_from == 1 && t.month_to == 12);
    if (t.begin >= cb && t.begin < ce && t.year <= doc.date.year && whole_year &&
        (t.kind == TimeKind::kPeriod || t.kind == TimeKind::kTargetYear)) {
      return true;
    }
  }
  return false;
}

}  // namespace dyad::text::internal
