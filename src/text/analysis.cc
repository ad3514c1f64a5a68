#include "text/analysis.h"

#include <algorithm>

#include "base/strings.h"
#include "text/amount_roles.h"

namespace dyad::text::internal {
namespace {

using W = WordClass;

}  // namespace

Cue CueAt(const Doc& doc, const SentenceInfo& s, size_t i) {
  const Token& t = doc.tok(i);
  if (t.kind != TokenKind::kWord) return Cue::kNone;
  std::string_view w = t.norm;
  auto world_before = [&](size_t k) {
    for (size_t d = 1; d <= 2 && k >= s.begin + d; ++d) {
      if (doc.Is(k - d, W::kWorldModifier)) return true;
    }
    return false;
  };
  // "the surplus in its trade with X", "deficit in trade": a balance, not trade.
  auto balance_before = [&](size_t k) {
    for (size_t d = 1; d <= 3 && k >= s.begin + d; ++d) {
      if (doc.Is(k - d, W::kBalanceWord)) return true;
    }
    return false;
  };
  // "trade with the world (as a whole)": the country's world trade.
  auto with_world = [&](size_t k) {
    return k + 3 < s.end && doc.norm(k + 1) == "with" && doc.norm(k + 2) == "the" && doc.norm(k + 3) == "world";
  };
  if (doc.Is(i, W::kTradeNoun) && balance_before(i)) return Cue::kDistractor;
  if (doc.Is(i, W::kTradeNoun) && with_world(i)) return Cue::kWorld;
  // "export turnover", "import volume": the flow word is the cue.
  if ((w == "turnover" || doc.Is(i, W::kTradeMeasure)) && i > s.begin &&
      (doc.Is(i - 1, W::kExportWord) || doc.Is(i - 1, W::kImportWord))) {
    return Cue::kNone;
  }
  if (doc.Is(i, W::kTradeNoun) && w != "turnover") {
    if (i + 1 < s.end) {
      if (doc.Is(i + 1, W::kBalanceWord)) return Cue::kDistractor;
      if (doc.Is(i + 1, W::kTradeMeasure)) return world_before(i) ? Cue::kWorld : Cue::kTotal;
      if (doc.Is(i + 1, W::kTradeCompound)) return Cue::kNone;
      if (doc.norm(i + 1) == "-" && i + 2 < s.end && doc.norm(i + 2) == "economic") return Cue::kNone;
    }
    return world_before(i) ? Cue::kWorld : Cue::kTotal;
  }
  if (w == "turnover") return world_before(i) ? Cue::kWorld : Cue::kTotal;
  // "the value of goods traded between Kenya and Britain", "goods exchanged with Peru".
  if (doc.Is(i, W::kTradeParticiple) && i + 1 < s.end && (doc.norm(i + 1) == "between" || doc.norm(i + 1) == "with")) {
    return Cue::kTotal;
  }
  // Agents ("exporters", "importers") and receiving are no flow figure.
  if (doc.Is(i, W::kExportWord)) return w == "exporter" || w == "exporters" ? Cue::kNone : Cue::kExport;
  if (doc.Is(i, W::kImportWord)) {
    if (w == "importer" || w == "importers" || w == "receives" || w == "received") return Cue::kNone;
    return Cue::kImport;
  }
  if (doc.Is(i, W::kPackageNoun)) return Cue::kPackage;
  if (w == "worth" || w == "valued") return Cue::kNone;  // "worth" follows the real cue
  // "trade revenues", "trade value": a money noun right after trade is still trade.
  if (doc.Is(i, W::kDistractor) && i > s.begin && doc.Is(i - 1, W::kTradeNoun)) return Cue::kNone;
  if (doc.Is(i, W::kDistractor)) return Cue::kDistractor;
  if (doc.Is(i, W::kMarketNoun)) return PartnerMarket(doc, s, i) ? Cue::kNone : Cue::kDistractor;
  return Cue::kNone;
}

bool PartnerMarket(const Doc& doc, const SentenceInfo& s, size_t i) {
  // "the Chinese car market" is a market of goods, not the partner.
  for (const Mention& m : s.products) {
    if (m.end <= i && m.end + 1 >= i) return false;
  }
  for (const CountryRef& r : s.countries) {
    if (r.end <= i && r.end + 3 >= i) return true;  // "the Chinese market", "Russia's market"
  }
  for (size_t k = i; k > s.begin && k + 3 > i; --k) {
    std::string_view w = doc.norm(k - 1);
    if (w == "," || w == ";" || w == "(") break;
    // "its biggest market", "the third-largest export market", "their markets".
    if (doc.Is(k - 1, W::kSuperlative) || doc.Is(k - 1, W::kRankOrdinal) || doc.Is(k - 1, W::kExportWord) ||
        w == "its" || w == "their") {
      return true;
    }
  }
  return false;
}

std::pair<size_t, size_t> ByteSpan(const std::vector<Token>& toks, size_t b, size_t e) {
  size_t from = toks[b].begin, to = toks[e - 1].end;
  for (size_t k = b; k < e; ++k) {
    from = std::min<size_t>(from, toks[k].begin);
    to = std::max<size_t>(to, toks[k].end);
  }
  return {from, to};
}

std::string TextOf(const Doc& doc, size_t b, size_t e) {
  if (b >= e) return "";
  auto [from, to] = ByteSpan(*doc.toks, b, e);
  // Written in place (the result is never longer than the bytes it covers), then cut.
  std::string out(to - from, ' ');
  size_t n = 0;
  bool space = false;
  for (size_t k = from; k < to; ++k) {
    char c = doc.clean[k];
    if (c == kFiller) continue;
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = n > 0;
      continue;
    }
    // U+00A0 no-break space reads as a space too.
    if (static_cast<unsigned char>(c) == 0xC2 && k + 1 < to &&
        static_cast<unsigned char>(doc.clean[k + 1]) == 0xA0) {
      space = n > 0;
      ++k;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    out[n++] = c;
  }
  out.resize(n);
  return out;
}

void MarkComparedPeriods(const Doc& doc, SentenceInfo* s) {
  for (TimeExpr& t : s->times) {
    if (t.kind != TimeKind::kPeriod) continue;
    size_t b = t.begin;
    // "compared to the period of January-August 2019", "than the same months of 2022".
    if (b > s->begin + 1 && doc.norm(b - 1) == "of" && doc.Is(b - 2, W::kSamePeriodNoun)) {
      b -= 2;
      if (b > s->begin && doc.Is(b - 1, W::kSameWord)) --b;
    }
    if (b > s->begin && (doc.norm(b - 1) == "in" || doc.norm(b - 1) == "the")) --b;
    if (b > s->begin && doc.norm(b - 1) == "in") --b;  // "than in the first half"
    if (b <= s->begin) continue;
    std::string_view p = doc.norm(b - 1);
    // "from January to May 2023" is a period of several months, not a baseline.
    bool month_range = t.month_from > 0 && t.month_to > t.month_from;
    bool base = p == "than" || (p == "from" && !month_range) || p == "against" || p == "versus" || p == "vs" ||
                ((p == "to" || p == "with") && b > s->begin + 1 && doc.Is(b - 2, W::kComparisonWord));
    // "up 4.6% on H1 2023", "a rise of 12 per cent on 2022": "on" right after a rate.
    if (p == "on") {
      for (const Percent& q : s->percents) base = base || q.end + 1 == b;
    }
    t.compared = base;
  }
}

SentenceInfo Analyze(const Doc& doc, const SentenceRange& range) {
  SentenceInfo s;
  s.begin = range.tok_begin;
  s.end = range.tok_end;
  s.range = &range;
  const auto& toks = *doc.toks;
  s.money = FindMoney(toks, s.begin, s.end);
  s.percents = FindPercents(toks, s.begin, s.end);
  s.multipliers = FindMultipliers(toks, s.begin, s.end);
  s.times = FindTimes(toks, s.begin, s.end, doc.date);
  MarkComparedPeriods(doc, &s);
  auto in_money = [&](size_t b, size_t e) {
    for (const Money& m : s.money) {
      if (b < m.end && m.begin < e) return true;
    }
    return false;
  };
  s.products = doc.gz->FindProducts(toks, s.begin, s.end);
  for (const Mention& m : doc.gz->FindPlaces(toks, s.begin, s.end)) {
    if (in_money(m.begin, m.end)) continue;  // "US$"
    switch (m.entity->type) {
      case EntityType::kCountry: {
        CountryRef r;
        r.begin = m.begin;
        r.end = m.end;
        r.code = m.entity->code;
        r.adjective = m.entity->adjective;
        r.possessive = m.end < s.end && doc.norm(m.end) == "'s";
        // "the Chinese province of Xinjiang", "Tatarstan, a Russian republic": a part of
        // the country is not the country ("the Kazakh republic" may be the country).
        if (r.adjective && m.end < s.end && doc.Is(m.end, W::kSubnationalNoun) &&
            (doc.norm(m.end) != "republic" || (m.begin > s.begin && doc.norm(m.begin - 1) == "a"))) {
          r.subnational = true;
          r.excluded = true;
        }
        s.countries.push_back(r);
        break;
      }
      case EntityType::kGroup:
        s.groups.push_back(m);
        break;
      case EntityType::kCity:
        s.cities.push_back(m);
        break;
      default:
        break;
    }
  }
  // References to the pair: "the two countries", "both nations", "bilateral", "mutual".
  for (size_t i = s.begin; i < s.end; ++i) {
    std::string_view w = toks[i].norm;
    size_t len = 0;
    if ((w == "two" || w == "both") && i + 1 < s.end && doc.Is(i + 1, W::kPairNoun) &&
        doc.norm(i + 1) != "leaders") {
      len = 2;
    } else if (w == "bilateral" || w == "mutual") {
      len = 1;
    } else if ((w == "sides" || w == "parties") && i > s.begin && doc.norm(i - 1) == "the") {
      len = 1;
    } else if (w == "between" && i + 1 < s.end && doc.norm(i + 1) == "them") {
      len = 2;
    }
    if (len > 0) {
      CountryRef r;
      r.begin = i;
      r.end = i + len;
      r.code = "*";
      s.countries.push_back(r);
      i += len - 1;
    }
  }
  std::sort(s.countries.begin(), s.countries.end(),
            [](const CountryRef& a, const CountryRef& b) { return a.begin < b.begin; });
  // Countries that are compared against rather than talked about.
  for (size_t k = 0; k < s.countries.size(); ++k) {
    CountryRef& r = s.countries[k];
    if (r.code == "*") continue;
    size_t b = r.begin;
    if (b > s.begin && doc.norm(b - 1) == "the") --b;
    if (b > s.begin) {
      std::string_view p = toks[b - 1].norm;
      // "among Russia's trading partners": the possessor is the country ranked in, not
      // one compared against.
      bool among_possessor = p == "among" && r.possessive;
      if (doc.Is(b - 1, W::kExcluder) && !among_possessor && !(p == "as" && !(b > s.begin + 1 && doc.norm(b - 2) == "such"))) {
        r.excluded = true;
      }
      if (p == "of" && b > s.begin + 1 && doc.norm(b - 2) == "ahead") r.excluded = true;
      // "second only to Russia", "trailed only China": ranked above.
      if (p == "only" && b > s.begin + 1 && doc.Is(b - 2, W::kExcluder)) r.excluded = true;
      if (p == "to" && b > s.begin + 1 && doc.norm(b - 2) == "only") r.excluded = true;
    }
    // "after Russia and China", "overtook the UAE, Iraq, and Indonesia", "trailed China
    // (Hong Kong included), the EU and the US": the list continues the exclusion.
    if (!r.excluded && k > 0) {
      size_t first = ListStart(doc, s, b);
      for (size_t q = 0; q < k && first < b; ++q) {
        if (s.countries[q].begin >= first && s.countries[q].code != "*") {
          r.excluded = s.countries[q].excluded;
          break;
        }
      }
      if (first < b && first > s.begin && doc.Is(first - 1, W::kExcluder) && doc.norm(first - 1) != "as") {
        r.excluded = true;
      }
    }
  }
  // Clause boundaries.
  for (size_t i = s.begin + 1; i < s.end; ++i) {
    std::string_view w = toks[i].norm;
    std::string_view p = toks[i - 1].norm;
    if (p == ";" || (p == ":" && false)) {
      s.boundaries.push_back(i);
    } else if (w == "while" || w == "whereas" || w == "but" || w == "although" || w == "meanwhile" ||
               w == "though") {
      s.boundaries.push_back(i);
    } else if (p == "," && (w == "with" || w == "which" || w == "compared")) {
      s.boundaries.push_back(i);
    } else if (p == "," && w == "and") {
      // ", and Tajikistan sends ..." starts a new clause; ", and food products" does not,
      // nor does the end of a list compared against ("after Russia, China, and Iran").
      for (const CountryRef& r : s.countries) {
        if (r.code != "*" && !r.excluded && (r.begin == i + 1 || (r.begin == i + 2 && (doc.norm(i + 1) == "the" ||
                                                                         doc.norm(i + 1) == "its")))) {
          s.boundaries.push_back(i);
          break;
        }
      }
    }
  }
  return s;
}

size_t ListStart(const Doc& doc, const SentenceInfo& s, size_t b) {
  const std::vector<Token>& toks = *doc.toks;
  size_t k = b, start = b;
  bool separated = false;
  for (int steps = 0; k > s.begin && steps < 24; ++steps) {
    std::string_view w = toks[k - 1].norm;
    if (w == "," || w == "and" || w == "or") {
      separated = true;
      --k;
      continue;
    }
    if (w == "the") {
      --k;
      if (!separated) start = k;
      continue;
    }
    if (w == ")") {
      size_t q = k - 1;
      while (q > s.begin && q + 12 > k && doc.norm(q) != "(") --q;
      if (doc.norm(q) != "(") break;
      k = q;
      continue;
    }
    if (!separated) break;
    size_t name_begin = k;
    for (const Mention& g : s.groups) {
      if (g.end == k) name_begin = g.begin;
    }
    for (const CountryRef& q : s.countries) {
      if (q.code != "*" && q.end == k) name_begin = q.begin;
    }
    if (name_begin == k) break;
    k = start = name_begin;
    separated = false;
  }
  return start;
}

std::pair<size_t, size_t> ClauseOf(const SentenceInfo& s, size_t pos) {
  size_t b = s.begin, e = s.end;
  for (size_t x : s.boundaries) {
    if (x <= pos) b = x;
    else {
      e = x;
      break;
    }
  }
  return {b, e};
}

std::string PairOther(const Doc& doc, const std::string& code) {
  if (doc.pair.size() != 2) return "";
  if (!doc.hub.empty() && !code.empty() && code != doc.hub) return doc.hub;
  if (doc.pair[0] == code) return doc.pair[1];
  if (doc.pair[1] == code) return doc.pair[0];
  return "";
}

std::vector<const CountryRef*> CountriesIn(const SentenceInfo& s, size_t b, size_t e,
                                           bool with_excluded) {
  std::vector<const CountryRef*> out;
  for (const CountryRef& r : s.countries) {
    if (r.begin >= b && r.end <= e && (with_excluded || !r.excluded)) out.push_back(&r);
  }
  return out;
}

void Carry::RememberPeriod(const TimeExpr& t) {
  if (recent_periods.size() == kRecentPeriods) recent_periods.erase(recent_periods.begin());
  recent_periods.push_back(t);
}

const TimeExpr* Carry::RecentPeriodOfMonths(int months) const {
  for (size_t q = recent_periods.size(); q-- > 0;) {
    const TimeExpr& t = recent_periods[q];
    if (t.month_from > 0 && t.month_to - t.month_from + 1 == months) return &t;
  }
  return nullptr;
}

void Carry::EndTradeSentence(const std::vector<TimeExpr>& times, bool any_claim,
                             const std::vector<const Claim*>& figures,
                             const std::optional<std::pair<Cue, std::pair<std::string, std::string>>>& named_flow,
                             bool quoted) {
  last_trade_sentence = any_claim;
  last_flow_cue = named_flow ? named_flow->first : Cue::kNone;
  if (named_flow) last_flow = named_flow->second;
  for (const Claim* c : figures) {
    if (c->kind == ClaimKind::kTradeTotal && c->parties.size() == 2) {
      last_trade_parties = c->parties;
      total_sentence = sentence_index;
    }
  }
  if (any_claim) last_figure_cue = Cue::kNone;
  for (const Claim* c : figures) {
    if ((c->kind == ClaimKind::kTradeTotal || c->kind == ClaimKind::kTradeFlow) && c->parties.size() == 2) {
      last_figure_cue = c->kind == ClaimKind::kTradeTotal ? Cue::kTotal : Cue::kExport;
      last_figure_parties = c->parties;
    }
  }
  last_trade_quoted = quoted;
  std::optional<TimeExpr> months_of = period;  // the months a base without its own take
  then_period.reset();
  for (const TimeExpr& t : times) {
    if ((t.kind == TimeKind::kPeriod || t.kind == TimeKind::kBaseline) && t.year > 0) then_period = t;
  }
  // The period of this sentence may carry to the next ("Exports amounted to ..."): the
  // period of its last actual figure, else its last period.
  std::optional<TimeExpr> last;
  for (const TimeExpr& t : times) {
    if (t.kind == TimeKind::kPeriod && !t.compared) last = t;
  }
  for (const Claim* c : figures) {
    if (c->kind == ClaimKind::kTarget || c->kind == ClaimKind::kRank || c->kind == ClaimKind::kShare || !c->year) {
      continue;
    }
    TimeExpr t;
    t.kind = TimeKind::kPeriod;
    t.year = *c->year;
    if (!c->months.empty()) {
      t.month_from = std::atoi(c->months.c_str());
      t.month_to = std::atoi(c->months.c_str() + c->months.find('-') + 1);
    }
    last = t;
  }
  // A sentence without a trade figure ("China ranks first among its partners") keeps
  // the current period for the figures after it.
  if (last) {
    period = last;
    period_from_previous = true;
    months_of = last;
  }
  if (then_period) {
    if (then_period->month_from == 0 && months_of) {
      then_period->month_from = months_of->month_from;
      then_period->month_to = months_of->month_to;
    }
    then_period->kind = TimeKind::kPeriod;
    then_period->relative = false;
  }
  // Every named period of months is remembered, also one without a claim ("in the first
  // five months, imports grew by between 6% and 17%").
  // A comparison base ("up 4.6% on H1 2023") is no period a later "the six months" means.
  for (const TimeExpr& t : times) {
    if (t.kind == TimeKind::kPeriod && !t.compared && t.month_from > 0 && !(t.month_from == 1 && t.month_to == 12)) {
      RememberPeriod(t);
    }
  }
}

int ReferredMonths(const Doc& doc, size_t cb, size_t ce) {
  for (size_t k = cb; k + 2 < ce; ++k) {
    if (doc.norm(k) != "the" && doc.norm(k) != "these" && doc.norm(k) != "those") continue;
    size_t n = k + 1;
    if (doc.Is(n, W::kSameWord)) ++n;
    if (n + 1 >= ce) break;
    int months = doc.tok(n).kind == TokenKind::kNumber && doc.tok(n).integer ? static_cast<int>(doc.tok(n).value)
                                                                             : doc.lex->Value(doc.norm(n), W::kNumberWord);
    if (months < 2 || months > 11) continue;
    // "the five months", "the six-month period".
    if (doc.norm(n + 1) == "months" && !(n + 2 < ce && doc.norm(n + 2) == "of")) return months;
    if (doc.norm(n + 1) == "-" && n + 2 < ce && doc.norm(n + 2) == "month") return months;
  }
  return 0;
}

int FiscalYearStart(const Doc& doc) {
  int start = 0;
  for (const std::string& code : doc.pair) {
    int v = doc.lex->Value(ToLowerAscii(code), W::kFiscalYearStart);
    if (v > 1 && start > 1 && v != start) return 0;  // two different fiscal years
    if (v > 1) start = v;
  }
  return start;
}

std::optional<TimeExpr> ResolveFiscal(const Doc& doc, const TimeExpr& t) {
  if (!t.fiscal) return t;
  int start = FiscalYearStart(doc);
  if (start <= 1) return std::nullopt;
  TimeExpr out = t;
  out.fiscal = false;
  int current_end = doc.date.month >= start ? doc.date.year + 1 : doc.date.year;
  if (t.calendar_months) {
    // "between April and August of the FY 2022-23" (a fiscal year from April): 2022; months
    // before the start are in the year the fiscal year ends in; months on both sides of
    // the start are not within one fiscal year.
    int end_year = t.year > 0 ? t.year : current_end;
    bool first_part = t.month_from >= start, second_part = t.month_to < start;
    if (first_part == second_part) return std::nullopt;
    out.year = first_part ? end_year - 1 : end_year;
    out.calendar_months = false;
    return out;
  }
  if (t.month_from == 0) {
    // "last fiscal year" of an article of April 2023, a fiscal year from April: 2022-23,
    // named by its end (2023), months unknown.
    out.year = current_end + t.fiscal_offset;
    return out;
  }
  // "the first five months of the current fiscal": of the article's fiscal year.
  int end_year = t.year > 0 ? t.year : current_end + t.fiscal_offset;
  int from = start + t.month_from - 1, to = start + t.month_to - 1;
  out.year = end_year - 1;
  if (from > 12) {
    from -= 12;
    to -= 12;
    out.year = end_year;
  }
  if (to > 12) return std::nullopt;  // across two calendar years
  out.month_from = from;
  out.month_to = to;
  return out;
}

namespace {
std::optional<TimeExpr> PeriodForRaw(const Doc& doc, const SentenceInfo& s, size_t pos, const Carry& carry);
}  // namespace

std::optional<TimeExpr> PeriodFor(const Doc& doc, const SentenceInfo& s, size_t pos, const Carry& carry) {
  std::optional<TimeExpr> t = PeriodForRaw(doc, s, pos, carry);
  // "По итогам января–октября ... С начала года экспорт увеличился": the months from the
  // start of the year are those of the period the text is about, when it named one of
  // that year from January (up to the article's month).
  if (t && t->to_date && carry.period && carry.period->kind == TimeKind::kPeriod && carry.period->year == t->year &&
      carry.period->month_from == 1 && carry.period->month_to > 0 && carry.period->month_to <= t->month_to) {
    t->month_to = carry.period->month_to;
  }
  if (!t || !t->fiscal) return t;
  // Unresolved fiscal months stay fiscal, and PeriodKnown says no: the figure is left out.
  std::optional<TimeExpr> calendar = ResolveFiscal(doc, *t);
  return calendar ? calendar : t;
}

namespace {
std::optional<TimeExpr> PeriodForRaw(const Doc& doc, const SentenceInfo& s, size_t pos,
                                     const Carry& carry) {
  auto [cb, ce] = ClauseOf(s, pos);
  // "During the six-month period, Vietnam shipped ...": the last period of six months
  // named before, not the last period.
  // "During the five months, trade totalled $18.2 billion, with imports accounting for $17.2
  // billion": a later clause with no time of its own refers back with its sentence.
  int referred = ReferredMonths(doc, cb, ce);
  if (referred == 0 && cb > s.begin) {
    bool own_time = false;
    for (const TimeExpr& t : s.times) own_time = own_time || (t.begin >= cb && t.begin < ce);
    if (!own_time) referred = ReferredMonths(doc, s.begin, cb);
  }
  if (referred > 0) {
    if (const TimeExpr* t = carry.RecentPeriodOfMonths(referred)) return *t;
  }
  const TimeExpr* best = nullptr;
  auto is_period = [&](const TimeExpr& t) {
    if (t.kind != TimeKind::kPeriod) return false;
    // "the agreement signed in 2021", "established in 1992", "since they set up diplomatic
    // ties in 1992" date something else.
    for (size_t k = t.begin; k > s.begin && k + 3 > t.begin; --k) {
      std::string_view w = doc.norm(k - 1);
      if (w == "signed" || w == "adopted" || w == "established" || w == "founded" || w == "since" ||
          w == "concluded" || w == "launched" || w == "opened" || w == "built" || w == "diplomatic") {
        return false;
      }
    }
    // "grew 9.4% ($5.3 billion in January-June 2023)": a parenthesis after the figure
    // dates the figure compared with, not this one.
    if (t.begin > pos) {
      int open = 0;
      for (size_t k = pos; k < t.begin; ++k) {
        if (doc.norm(k) == "(") ++open;
        else if (doc.norm(k) == ")" && open > 0) --open;
      }
      if (open > 0) return false;
    }
    // "grew 8.2% against $2.45 billion in 2022": the period of the baseline amount, not
    // of the figures before it.
    for (const Money& m : s.money) {
      size_t h = m.hedge_begin;
      bool baseline = BaselinePosition(doc, s, h);
      if (baseline && pos < h && m.end <= t.begin && t.begin <= m.end + 1) return false;
    }
    // "stayed at last year's level of $28 bln" names the level kept, no period.
    if (KeptLevelTime(doc, s, t)) return false;
    // "compared to 2022", "than in 2022", "from 2021", "up 4% on H1 2023" are baselines.
    return !t.compared;
  };
  // "Currently, trade stands at $400 million": the present, whatever else is dated;
  // but "In 2018, China's share stands at 60%" is dated by the year before the verb.
  for (size_t k = cb; k < pos; ++k) {
    std::string_view w = doc.norm(k);
    bool dated_before = false;
    for (const TimeExpr& t : s.times) {
      dated_before = dated_before || (t.begin >= cb && t.end <= k && is_period(t));
    }
    if (w == "currently" || w == "presently" || (w == "at" && k + 1 < pos && doc.norm(k + 1) == "present")) {
      return std::nullopt;
    }
    // "stands at $400 million" is the present; "China now stands as Ethiopia's top partner,
    // as trade ... climbed to $5 billion in 2023" is no level of the figure.
    if ((w == "stands" || w == "stand") && !dated_before && k + 1 < pos && doc.norm(k + 1) == "at") return std::nullopt;
  }
  // The first time after the figure in its clause dates it; a range or date there
  // ("$10,110 million in 2019-2020, $8,229 million in ...") is not skipped for a later one.
  // But "in 2023 amounted to $4.4 billion, in 2022 -- $3.9 billion": a time right before
  // the next amount opens that amount's item when this one is dated before it.
  auto opens_next_amount = [&](const TimeExpr& t) {
    bool next_amount = false;
    for (const Money& m : s.money) next_amount = next_amount || (m.hedge_begin >= t.end && m.hedge_begin <= t.end + 2);
    if (!next_amount) return false;
    // ... dated before it by a time of its own, not by the trailing date of an earlier
    // amount ("$10,110 million in 2019-2020, $8,229 million in 2018-2019").
    for (const TimeExpr& b : s.times) {
      if (b.begin < cb || b.end > pos || !is_period(b)) continue;
      bool trails_amount = false;
      for (const Money& m : s.money) trails_amount = trails_amount || (m.end <= b.begin && m.end + 2 >= b.begin);
      if (!trails_amount) return true;
    }
    return false;
  };
  for (const TimeExpr& t : s.times) {
    if (t.begin < pos || t.begin >= ce) continue;
    if (t.begin - pos > 14) break;
    if (t.kind == TimeKind::kBaseline) continue;
    // "reached $172.41 billion, surpassing last year's annual figure of $146.87 billion":
    // a possessive time dates the noun after it, not the figure before.
    if (t.end < s.end && doc.norm(t.end) == "'s") continue;
    if (is_period(t) && !opens_next_amount(t)) best = &t;
    break;
  }
  if (best == nullptr) {
    for (const TimeExpr& t : s.times) {
      if (is_period(t) && t.end <= pos && t.begin >= cb) best = &t;
    }
  }
  if (best == nullptr) {
    int n = 0;
    const TimeExpr* only = nullptr;
    for (const TimeExpr& t : s.times) {
      if (is_period(t)) {
        ++n;
        only = &t;
      }
    }
    if (n == 1) best = only;
  }
  if (best == nullptr) {
    // The nearest period anywhere in the sentence.
    size_t dist = SIZE_MAX;
    for (const TimeExpr& t : s.times) {
      if (!is_period(t)) continue;
      size_t d = t.begin > pos ? t.begin - pos : pos - t.end;
      if (d < dist) {
        dist = d;
        best = &t;
      }
    }
  }
  if (best != nullptr) {
    TimeExpr t = *best;
    // "over the reporting period of 2022" after a figure of January 2022: the months
    // carried, in the year named ("period of" before a year with no months of its own).
    if (t.month_from == 0 && t.year > 0 && carry.period && carry.period->month_from > 0 &&
        carry.period->year == t.year && t.begin >= s.begin + 2 && doc.norm(t.begin - 1) == "of" &&
        doc.norm(t.begin - 2) == "period") {
      return carry.period;
    }
    // "In 2016, from January to July": months without a year take the sentence's year.
    if (t.relative && t.month_from > 0) {
      for (const TimeExpr& y : s.times) {
        bool whole_year = y.month_from == 0 || (y.month_from == 1 && y.month_to == 12);
        if (y.kind == TimeKind::kPeriod && !y.relative && whole_year && y.begin < t.begin &&
            t.begin - y.end <= 4) {
          t.year = y.year;
          t.relative = false;
        }
      }
    }
    return t;
  }
  // "At that time, imports amounted to ...": the last time the sentence before named.
  if (carry.then_period && cb + 3 <= pos && doc.norm(cb) == "at" && doc.norm(cb + 1) == "that" &&
      doc.norm(cb + 2) == "time") {
    return carry.then_period;
  }
  // "In the same period of 2021, imports amounted to ...": the months of the period
  // carried from before, in the year named (not a baseline: before the figure, with no
  // comparison word before it).
  if (carry.period && carry.period->month_from > 0) {
    for (const TimeExpr& t : s.times) {
      if (t.kind != TimeKind::kBaseline || t.year == 0 || t.begin < cb + 1 || t.begin >= ce) continue;
      size_t b = t.begin;
      if (b > cb + 1 && doc.norm(b - 1) == "the") --b;
      std::string_view p = doc.norm(b - 1);
      if (p != "in" && p != "during" && p != "over" && p != "for") continue;
      if (t.end > pos) continue;  // before the figure it dates
      if (b >= cb + 2 && (doc.Is(b - 2, W::kComparisonWord) || doc.norm(b - 2) == "than")) continue;
      TimeExpr same = *carry.period;
      same.year = t.year;
      same.relative = false;
      return same;
    }
  }
  if (carry.period_from_previous) return carry.period;
  return std::nullopt;
}

}  // namespace

bool KeptLevelTime(const Doc& doc, const SentenceInfo& s, const TimeExpr& t) {
  if (t.end >= s.end || doc.norm(t.end) != "'s") return false;
  for (size_t k = t.begin; k > s.begin && k + 4 > t.begin; --k) {
    if (doc.Is(k - 1, W::kSteadyVerb)) return true;
  }
  return false;
}

bool PeriodKnown(const Doc& doc, const std::optional<TimeExpr>& t) {
  if (t && t->fiscal) return false;  // fiscal months of an unknown fiscal year
  return doc.date_known || (t.has_value() && !t->relative);
}

void SetPeriod(const std::optional<TimeExpr>& t, Claim* c) {
  if (!t) return;
  c->year = t->year;
  c->months = MonthsString(t->month_from, t->month_to);
}

Claim NewClaim(const Doc& doc, const SentenceInfo& s, ClaimKind kind) {
  Claim c;
  c.kind = kind;
  c.text = TextOf(doc, s.begin, s.end);
  std::tie(c.span_begin, c.span_end) = ByteSpan(*doc.toks, s.begin, s.end);
  c.speaker = s.range->speaker;
  return c;
}

}  // namespace dyad::text::internal
