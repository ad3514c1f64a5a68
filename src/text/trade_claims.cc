// Trade figures: totals, flows, growth, shares and targets. Each money amount or
// percentage is classified by the nearest cue word to its left in its clause (trade,
// exports, imports, or a distractor such as investment, loans, GDP, contract packages)
// and by the nearest marker of mode (a goal or plan -> target; "reached", "amounted to"
// -> an actual figure). Scans are bounded, so a sentence costs time linear in its length.
#include <algorithm>
#include <cmath>

#include "text/amount_roles.h"
#include "text/analysis.h"

namespace dyad::text::internal {
namespace {

using W = WordClass;

// What an amount at `pos` is about.
struct Reading {
  Cue cue = Cue::kNone;
  size_t cue_pos = 0;
  bool target = false;
  bool mode_known = false;
  int inherited_from = -1;  // index of an earlier amount whose reading it shares
};

struct Amount {
  size_t begin, end, hedge_begin;
};

Reading Read(const Doc& doc, const SentenceInfo& s, size_t pos, const std::vector<Amount>& earlier,
             const std::vector<Reading>& earlier_readings) {
  Reading r;
  auto [cb, ce] = ClauseOf(s, pos);
  size_t floor = pos > cb + 40 ? pos - 40 : cb;
  size_t extra = 0;  // tokens scanned past the cue, looking for a goal word
  bool cue_found = false;
  for (size_t k = pos; k > floor;) {
    --k;
    // Another amount: share its reading ("exports at $1.9 billion and imports at ...").
    bool hit_amount = false;
    // Amounts are few and sorted: only the last ones can cover k (sentences are capped).
    for (size_t a = earlier.size(); a-- > 0;) {
      if (earlier[a].end <= floor) break;
      if (k >= earlier[a].begin && k < earlier[a].end) {
        if (!cue_found) {
          r.cue = earlier_readings[a].cue;
          r.cue_pos = earlier_readings[a].cue_pos;
          r.inherited_from = static_cast<int>(a);
          if (!r.mode_known) {
            r.target = earlier_readings[a].target;
            r.mode_known = earlier_readings[a].mode_known;
          }
        }
        hit_amount = true;
        break;
      }
    }
    if (hit_amount) break;
    if (!r.mode_known) {
      if (TargetWordAt(doc, s, k)) {
        // "went up 98 percent ... to reach $155.1 million": the level a change reached.
        r.target = !ResultOfChange(doc, s, k);
        r.mode_known = true;
      } else if (doc.Is(k, W::kActualMarker) && !cue_found) {
        r.mode_known = true;
      }
    }
    if (!cue_found) {
      Cue c = CueAt(doc, s, k);
      // "trade" right before a product ("trade in oil") is still trade; "export
      // potential" is not a figure, but the amount follows its cue anyway.
      if (c != Cue::kNone) {
        r.cue = c;
        r.cue_pos = k;
        cue_found = true;
        if (r.mode_known) break;
        continue;
      }
    } else if (++extra > 8) {
      break;
    }
  }
  // "..., a decrease of 0.5% ($1 billion in January-June 2023)": an amount in
  // parentheses restates the sentence's figure for another period.
  if (!cue_found && r.inherited_from < 0 && pos > s.begin && doc.norm(pos - 1) == "(" && !earlier.empty()) {
    r.cue = earlier_readings.back().cue;
    r.cue_pos = earlier_readings.back().cue_pos;
    r.inherited_from = static_cast<int>(earlier.size() - 1);
    r.target = earlier_readings.back().target;
    r.mode_known = earlier_readings.back().mode_known;
  }
  // "wheat imports from Russia", "the main exports were gasoline, at $24 billion": the
  // figure of a product inside the flow, not the flow (a distractor).
  if (cue_found && (r.cue == Cue::kExport || r.cue == Cue::kImport) && ProductFlow(doc, s, r.cue_pos, pos)) {
    r.cue = Cue::kDistractor;
  }
  // "the $200 billion target": the goal word follows the amount.
  {
    auto [cb3, ce3] = ClauseOf(s, pos);
    (void)cb3;
    size_t k = pos;
    while (k < ce3 && k < pos + 8 &&
           (doc.tok(k).kind == TokenKind::kNumber || doc.tok(k).kind == TokenKind::kSymbol || doc.norm(k) == "$" ||
            (k > pos && doc.Is(k, W::kMoneyWord)))) {
      ++k;
    }
    if (k + 1 < ce3 && (doc.norm(k) == "trade" || doc.norm(k) == "turnover" || doc.norm(k) == "export" ||
                        doc.norm(k) == "exports")) {
      ++k;
    }
    if (k < ce3 && doc.Is(k, W::kGoalNoun)) {
      r.target = true;
      r.mode_known = true;
    }
  }
  // "$5 billion in trade", "$500 million of investment", "worth of exports".
  if (!cue_found && r.inherited_from < 0) {
    auto [cb2, ce2] = ClauseOf(s, pos);
    (void)cb2;
    for (size_t k = pos, n = 0; k < ce2 && n < 8; ++k, ++n) {
      const std::string& w = doc.norm(k);
      if (doc.tok(k).kind == TokenKind::kNumber || w == "$") continue;
      Cue c = CueAt(doc, s, k);
      if (c != Cue::kNone) {
        r.cue = c;
        r.cue_pos = k;
        break;
      }
    }
  }
  return r;
}

// "its"/"their" in [cb, end) refers to the first country named before the clause: that
// country, or "" when there is no such word or country.
std::string PronounOwner(const Doc& doc, const SentenceInfo& s, size_t cb, size_t end) {
  bool pronoun = false;
  for (size_t k = cb; k < end; ++k) pronoun = pronoun || doc.norm(k) == "its" || doc.norm(k) == "their";
  if (!pronoun) return "";
  for (const CountryRef& r : s.countries) {
    if (r.begin >= cb) break;
    if (r.code != "*" && !r.excluded && !r.subnational) return r.code;
  }
  return "";
}

// The two countries a total is between, in order of mention.
// "trade between Russia, Kazakhstan and Belarus", "товарооборот России, Казахстана и
// Беларуси", "Kazakhstan's trade with Russia, China and Uzbekistan": three or more
// different countries in one list (joined by "," and "and") name a group's figure, no
// pair's.
bool ListOfThreeCountries(const Doc& doc, const std::vector<const CountryRef*>& refs) {
  std::vector<std::string> run = {refs.empty() ? "" : refs[0]->code};
  for (size_t k = 1; k < refs.size(); ++k) {
    const CountryRef& a = *refs[k - 1];
    const CountryRef& b = *refs[k];
    bool joined = a.code != "*" && b.code != "*" && !a.excluded && !b.excluded && b.begin >= a.end &&
                  b.begin <= a.end + 2;
    for (size_t q = a.end; joined && q < b.begin; ++q) {
      const std::string& w = doc.norm(q);
      joined = w == "," || w == "and" || w == "with";
    }
    if (!joined) run.clear();
    if (std::find(run.begin(), run.end(), b.code) == run.end()) run.push_back(b.code);
    if (run.size() >= 3) return true;
  }
  return false;
}

// "trade among Kazakhstan, Uzbekistan and Kyrgyzstan reached $7 billion": "among" marks
// the countries after it as compared against (a rank's), but before an amount its list
// of three or more names the members of a group's figure.
bool AmongList(const Doc& doc, const SentenceInfo& s, size_t clause_b, size_t pos) {
  for (size_t k = clause_b; k + 1 < pos; ++k) {
    if (doc.norm(k) != "among") continue;
    std::vector<std::string> listed;
    for (const CountryRef* r : CountriesIn(s, k + 1, pos, true)) {
      size_t start = ListStart(doc, s, r->begin);
      if (r->code != "*" && (start == k + 1 || (start == k + 2 && doc.norm(k + 1) == "the")) &&
          std::find(listed.begin(), listed.end(), r->code) == listed.end()) {
        listed.push_back(r->code);
      }
    }
    if (listed.size() >= 3) return true;
  }
  return false;
}

std::vector<std::string> TotalParties(const Doc& doc, const SentenceInfo& s, size_t clause_b,
                                      size_t pos) {
  auto refs = CountriesIn(s, clause_b, pos);
  if (refs.empty()) refs = CountriesIn(s, s.begin, pos);
  if (refs.empty()) refs = CountriesIn(s, s.begin, s.end);
  if (ListOfThreeCountries(doc, refs) || AmongList(doc, s, clause_b, pos)) return {};
  std::vector<std::string> codes;
  auto add = [&](const std::string& c) {
    if (!c.empty() && std::find(codes.begin(), codes.end(), c) == codes.end()) codes.push_back(c);
  };
  for (const CountryRef* r : refs) {
    if (r->code == "*") {
      for (const auto& p : doc.pair) add(p);
    } else {
      add(r->code);
    }
  }
  if (codes.size() >= 2) {
    if (doc.pair.size() == 2) {
      bool a = std::find(codes.begin(), codes.end(), doc.pair[0]) != codes.end();
      bool b = std::find(codes.begin(), codes.end(), doc.pair[1]) != codes.end();
      if (a && b) {
        std::vector<std::string> out;
        for (const auto& c : codes) {
          if (c == doc.pair[0] || c == doc.pair[1]) out.push_back(c);
        }
        return out;
      }
    }
    return {codes[0], codes[1]};
  }
  if (codes.size() < 2) {
    // "trade between China and the five Central Asian countries": a group, not the pair.
    for (const Mention& g : s.groups) {
      if (g.begin >= clause_b && g.begin < pos) return {};
    }
  }
  if (codes.size() == 1) {
    // "Uzbekistan's exports grew 24%, while its trade with Kazakhstan rose 10%": "its"
    // before the partner names the country an earlier clause is about.
    if (std::string owner = PronounOwner(doc, s, clause_b, refs.front()->begin); !owner.empty() && owner != codes[0]) {
      return {owner, codes[0]};
    }
    std::string other = PairOther(doc, codes[0]);
    if (other.empty()) return {};
    return {codes[0], other};
  }
  if (doc.pair.size() == 2) return doc.pair;
  return {};
}

bool HasWorldWordBefore(const Doc& doc, const SentenceInfo& s, size_t cue_pos) {
  for (size_t d = 1; d <= 3 && cue_pos >= s.begin + d; ++d) {
    if (doc.Is(cue_pos - d, W::kTotalModifier)) return true;
  }
  return false;
}

// "Exports and imports amounted to $1.2 billion and $0.8 billion respectively": with
// "respectively" in the clause, as many cues before the first amount as amounts after
// it pair up in order; the i-th amount takes the i-th cue.
void RespectiveCue(const Doc& doc, const SentenceInfo& s, const Money& m, Reading* r) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  bool respectively = false;
  for (size_t k = cb; k < ce; ++k) respectively = respectively || doc.norm(k) == "respectively";
  if (!respectively) return;
  std::vector<const Money*> list;
  for (const Money& x : s.money) {
    if (x.begin >= cb && x.begin < ce) list.push_back(&x);
  }
  if (list.size() < 2) return;
  std::vector<std::pair<size_t, Cue>> cues;
  for (size_t k = cb; k < list.front()->hedge_begin; ++k) {
    Cue c = CueAt(doc, s, k);
    if (c != Cue::kTotal && c != Cue::kExport && c != Cue::kImport) continue;
    if (!cues.empty() && cues.back().first + 1 == k && cues.back().second == c) continue;  // "trade turnover"
    cues.push_back({k, c});
  }
  // "Exports and imports of X in trade with Y ...": a trade noun after the flows names
  // the partner, not a third figure.
  if (cues.size() > list.size()) {
    bool flows = true;
    for (size_t i = 0; i < list.size(); ++i) flows = flows && cues[i].second != Cue::kTotal;
    if (flows) cues.resize(list.size());
  }
  if (cues.size() != list.size()) return;
  for (size_t i = 0; i < list.size(); ++i) {
    if (list[i] == &m) {
      r->cue_pos = cues[i].first;
      r->cue = cues[i].second;
    }
  }
}

// The exporter and importer of the flow cue at cue_pos (FlowParties); in a sentence that
// names no country, the flow of the same direction the sentence before named with both
// ends ("Imports from Kazakhstan fell. In January-June goods worth $397 million were
// imported.").
// Else, a flow naming neither side is the home pair's (HomePair): exports from its first
// country, imports into it.
std::pair<std::string, std::string> FlowOrLastFlow(const Doc& doc, const SentenceInfo& s, size_t cue_pos, Cue cue,
                                                   const std::string& subject, const Carry& carry,
                                                   const std::vector<std::string>& home) {
  std::pair<std::string, std::string> flow = FlowParties(doc, s, cue_pos, cue, subject);
  if (flow.first.empty() && flow.second.empty() && s.countries.empty() && cue == carry.last_flow_cue) {
    flow = carry.last_flow;
  }
  if (flow.first.empty() && flow.second.empty() && home.size() == 2) {
    flow = cue == Cue::kExport ? std::pair{home[0], home[1]} : std::pair{home[1], home[0]};
  }
  return flow;
}

// Where the complements of the flow word at cue_pos end: at the next flow word that
// follows an amount of this one, else at the clause end ce.
size_t FlowComplementsEnd(const Doc& doc, const SentenceInfo& s, size_t cue_pos, size_t ce) {
  bool amount = false;
  for (size_t k = cue_pos + 1; k < ce; ++k) {
    for (const Money& m : s.money) amount = amount || m.begin == k;
    Cue c = amount ? CueAt(doc, s, k) : Cue::kNone;
    if (c == Cue::kExport || c == Cue::kImport) return k;
  }
  return ce;
}

}  // namespace

// Exporter and importer for a flow cue at `cue_pos`; empty strings when unknown.
std::pair<std::string, std::string> FlowParties(const Doc& doc, const SentenceInfo& s, size_t cue_pos,
                                                Cue cue, const std::string& carried_subject) {
  auto [cb, ce] = ClauseOf(s, cue_pos);
  std::string subject, to, from;
  // "Kazakh exports", "Kazakhstan's (total) exports".
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded) continue;
    if (r.end <= cue_pos && r.end + 3 >= cue_pos && (r.adjective || r.possessive) && r.begin >= cb) {
      subject = r.code;
    }
  }
  // "exports of Kazakhstan", "imports from China", "exports to Tajikistan"; the
  // complements end at the next flow word after an amount ("exports to Italy were $8
  // billion, imports from Italy $2 billion").
  size_t complements_end = FlowComplementsEnd(doc, s, cue_pos, ce);
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.begin <= cue_pos || r.begin >= complements_end) continue;
    size_t b = r.begin;
    if (b > s.begin && doc.norm(b - 1) == "the") --b;
    if (b <= s.begin) continue;
    const std::string& p = doc.norm(b - 1);
    // "imports of American goods": an adjective names the goods' origin (the exporter);
    // "imports of Kazakhstan" names the importer.
    if (p == "of" && b - 1 == cue_pos + 1 && r.adjective && cue == Cue::kImport && from.empty()) from = r.code;
    else if (p == "of" && b - 1 == cue_pos + 1 && subject.empty()) subject = r.code;
    else if ((p == "to" || p == "into") && to.empty()) to = r.code;
    else if (p == "from" && from.empty()) from = r.code;
  }
  // The passive: "Iranian goods imported by China", "goods exported by Kazakhstan": the
  // agent is the importer (exporter), the adjective or possessive names the other side.
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.begin <= cue_pos + 1 || r.begin > cue_pos + 3 || doc.norm(cue_pos + 1) != "by") continue;
    if (r.begin == cue_pos + 3 && doc.norm(cue_pos + 2) != "the") continue;
    if (cue == Cue::kImport) {
      if (from.empty() && subject != r.code) from = subject;
    } else if (to.empty() && subject != r.code) {
      to = subject;
    }
    subject = r.code;
    break;
  }
  // "the Middle Eastern country's exports": a possessor that is not a country named here;
  // neither the clause's first country nor an earlier clause's subject is the exporter.
  bool unnamed_possessor = cue_pos > cb && doc.norm(cue_pos - 1) == "'s" && subject.empty();
  // The subject of a verb: "Kazakhstan (primarily) exported ...".
  if (subject.empty() && !unnamed_possessor) {
    for (const CountryRef& r : s.countries) {
      if (r.code == "*" || r.excluded || r.begin < cb || r.end > cue_pos) continue;
      if (r.code == to || r.code == from) continue;
      // A country after a preposition is no subject: "exports to Mexico came to $237 billion
      // and imports to $330 billion" (the complement of an earlier flow word); before the
      // verb with no flow word before it, "from"/"to" name the ends ("In 2022, from
      // Kazakhstan to Tajikistan goods worth $400 million were supplied").
      size_t b = r.begin;
      if (b > cb && doc.norm(b - 1) == "the") --b;
      if (b > cb) {
        const std::string& p = doc.norm(b - 1);
        if (p == "to" || p == "from" || p == "into" || p == "with" || p == "between" || p == "of" || p == "by" ||
            p == "for" || p == "in" || p == "than" || p == "against") {
          bool earlier_flow = false;
          for (size_t k = cb; k < b; ++k) {
            Cue c = CueAt(doc, s, k);
            earlier_flow = earlier_flow || c == Cue::kExport || c == Cue::kImport;
          }
          if (!earlier_flow && p == "from" && from.empty()) from = r.code;
          if (!earlier_flow && (p == "to" || p == "into") && to.empty()) to = r.code;
          continue;
        }
      }
      subject = r.code;
      break;
    }
  }
  if (subject.empty() && !unnamed_possessor) subject = carried_subject;
  // "Russia's exports to Iran rose 2.7 times, and the Middle Eastern country's exports grew
  // 6.3%": a country noun ("the country's", "the republic's") in a later clause is the
  // country named last before it in the sentence.
  if (subject.empty() && unnamed_possessor && cue_pos >= cb + 2 && doc.Is(cue_pos - 2, W::kCountryNoun)) {
    for (const CountryRef& r : s.countries) {
      if (r.code != "*" && !r.excluded && !r.subnational && r.end + 2 <= cue_pos) subject = r.code;
    }
  }
  std::string exporter, importer;
  if (cue == Cue::kExport) {
    exporter = !subject.empty() ? subject : from;
    importer = to;
  } else {
    importer = !subject.empty() ? subject : to;  // "imports of Iranian goods to Tajikistan"
    exporter = from;
    // "imports of Russia to China" ("импорт России в Китай"): the goods of the first
    // country brought into the second; the destination is the importer.
    if (!subject.empty() && !to.empty() && subject != to && from.empty()) {
      importer = to;
      exporter = subject;
    }
    if (importer == exporter) importer.clear();
  }
  if (exporter.empty() && !importer.empty()) exporter = PairOther(doc, importer);
  if (importer.empty() && !exporter.empty()) importer = PairOther(doc, exporter);
  // "Shipments to the Netherlands were $470 million" in an article on Kenya's trade: a flow
  // to or from a third country with its other side unnamed is the article's first country's.
  if (doc.pair.size() == 2 && !to.empty() && exporter.empty() && importer == to && cue == Cue::kExport &&
      to != doc.pair[0] && to != doc.pair[1]) {
    exporter = doc.pair[0];
  }
  if (doc.pair.size() == 2 && !from.empty() && importer.empty() && exporter == from && cue == Cue::kImport &&
      from != doc.pair[0] && from != doc.pair[1]) {
    importer = doc.pair[0];
  }
  if (exporter == importer) return {"", ""};
  return {exporter, importer};
}

namespace {

// The working state of one sentence's trade reading: its amounts in order, how each was
// read, and the claim each gave.
struct Figures {
  size_t first_claim = 0;               // the sentence's first claim in `out`
  std::vector<Amount> amounts;
  std::vector<Reading> readings;
  std::vector<int> claim_of_amount;     // index into out, or -1
  std::vector<size_t> baseline_claims;  // claims for the year before ("from $4.5 billion")
  std::string flow_subject;             // the last flow's own side, for the next flow
  std::vector<std::string> total_parties;  // the last total this sentence stated (HomePair)
  bool subnational = false;             // a figure of a part of a country (Carry::subnational_figure)
};

// The pair a flow that names neither side is about ("Trade between Uzbekistan and
// Turkmenistan was $612 mln. Exports amounted to $402 mln", "Kenya-China trade amounted to
// $3.5 billion, with imports at $3.3 billion"): the last total of this sentence, else, in a
// sentence that names no country, the total of one of the two sentences before; its
// first-named country is the reporting side, whose exports and imports these are. Empty
// when none.
std::vector<std::string> HomePair(const SentenceInfo& s, const Figures& f, const Carry& carry) {
  if (f.total_parties.size() == 2) return f.total_parties;
  // The total of this or one of the two sentences before ("Trade of Kazakhstan with
  // Uzbekistan was $3 billion. Exports made up most of it. Since the start of the year
  // exports rose 34%, to $2.2 billion, imports 29%, to $833 million").
  if (s.countries.empty() && carry.last_trade_parties.size() == 2 &&
      (carry.last_trade_sentence || carry.sentence_index - carry.total_sentence <= 2)) {
    return carry.last_trade_parties;
  }
  return {};
}

// Stage "roles": an amount that is a change, a restatement, a whole, of a part of a
// country, offered or a rate is no figure (the amounts after it still share its reading).
bool NoFigure(const Doc& doc, const SentenceInfo& s, const Money& m) {
  if (ChangeAmount(doc, s, m) || RestatedInDollars(doc, s, m) || WholeBeforePart(doc, s, m)) return true;
  if (SubnationalSide(doc, s, ClauseOf(s, m.begin).first, m.begin)) return true;
  return OfferedAmount(doc, s, m) || RateAmount(doc, s, m);
}

// A target year in the clause near the amount ("to $5 billion by 2030").
std::optional<int> TargetYearNear(const SentenceInfo& s, const Money& m) {
  auto [cb, ce] = ClauseOf(s, m.begin);
  std::optional<int> target_year;
  for (const TimeExpr& t : s.times) {
    if (t.kind == TimeKind::kTargetYear && t.begin >= cb && t.begin < ce &&
        (t.begin >= m.end ? t.begin - m.end <= 6 : m.begin - t.end <= 12)) {
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
  const std::string& open = doc.norm(cb);
  if (open != "while" && open != "whereas" && open != "but") return false;
  bool verb = false;
  for (size_t k = cb + 1; k < end; ++k) {
    bool in_time = false;
    for (const TimeExpr& t : s.times) in_time = in_time || (t.begin <= k && k < t.end);
    const std::string& w = doc.norm(k);
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
  if (!carry.last_trade_sentence) return k;
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
// "compared with $2.6 billion" are figures of the present or the past, never a goal;
// a target year makes a goal of an amount whose mode is otherwise actual ("to reach $X
// by 2030").
bool TargetMode(const Doc& doc, const SentenceInfo& s, const Money& m, Reading* r, std::optional<int>* target_year) {
  // "might reach $10 billion, compared with the 2016 results of $2.18 billion": a level of
  // a past period compared with is actual.
  const TimeExpr* named = NamedPeriodBefore(doc, s, m);
  bool baseline = BaselinePosition(doc, s, m.hedge_begin) || (named && named->compared && named->year <= doc.date.year);
  bool present = m.end < s.end && doc.Is(m.end, W::kPresentWord);
  if ((baseline && (r->target || present)) || present) {
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
    std::optional<int> target_year = TargetYearNear(s, m);
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
    const std::string& w = doc.norm(g);
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
        const std::string& w = doc.norm(k);
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
      const std::string& w = doc.norm(k);
      change_noun = change_noun || w == "growth" || w == "increase" || w == "decrease" || w == "decline" ||
                    w == "rise" || w == "reduction";
    }
    bool names_country = false;
    for (const CountryRef& ref : s.countries) names_country = names_country || ref.code != "*";
    referent = referent || (change_noun && !names_country && s.groups.empty());
  }
  if (referent) {
    c->parties = carry.last_trade_parties;
    c->measure = "total";
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
  carry->EndTradeSentence(s.times, out->size() > f.first_claim, figures, NamedFlow(doc, s), s.range->quoted);
  carry->subnational_figure = f.subnational;
}

}  // namespace dyad::text::internal
