// Trade reading: how a money amount or a percentage is read — the nearest cue word to its
// left in its clause (trade, exports, imports, or a distractor such as investment, loans,
// GDP, contract packages) and the nearest marker of mode (a goal or plan -> target;
// "reached", "amounted to" -> an actual figure) — and the parties of a total or a flow.
// Used by the money stage (trade_claims.cc) and the growth stage (growth_claims.cc). Scans
// are bounded, so a sentence costs time linear in its length.
#include "text/trade_reading.h"

#include <algorithm>

#include "text/amount_roles.h"

namespace dyad::text::internal {

using W = WordClass;

namespace {

// The opening comma of an aside ", accounting for N% of ...," that ends with the comma
// at k, or k when there is none.
size_t ShareAsideStart(const Doc& doc, const SentenceInfo& s, size_t floor, size_t k) {
  if (doc.norm(k) != ",") return k;
  for (size_t j = k; j > floor && j + 14 > k;) {
    --j;
    if (doc.norm(j) != ",") continue;
    if (j + 1 >= k || !doc.Is(j + 1, W::kShareWord)) return k;
    for (const Percent& q : s.percents) {
      if (q.begin > j && q.end <= k) return j;
    }
    return k;
  }
  return k;
}

}  // namespace

Reading Read(const Doc& doc, const SentenceInfo& s, size_t pos, const std::vector<Amount>& earlier,
             const std::vector<Reading>& earlier_readings) {
  Reading r;
  auto [cb, ce] = ClauseOf(s, pos);
  size_t floor = pos > cb + 40 ? pos - 40 : cb;
  size_t extra = 0;  // tokens scanned past the cue, looking for a goal word
  bool cue_found = false;
  for (size_t k = pos; k > floor;) {
    --k;
    // "exports to Turkey, accounting for 8.3 percent of total exports, increased by 28.8
    // percent to $27.5 million": an aside that states a share is passed over; its whole
    // ("total exports") is no cue of the amount.
    if (size_t open = ShareAsideStart(doc, s, floor, k); open != k) {
      k = open;
      continue;
    }
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
    // "hope to sign a free trade agreement in 2022 to achieve over $115 billion bilateral
    // trade", "... to reach $20 billion in trade": after a verb of a goal, an amount that
    // names a trade noun right after it ("$X (bilateral) trade", "$X in trade", "$X
    // exports") is that figure, whatever package or distractor came before the verb.
    size_t a = pos;  // past a hedge ("over", "more than") to the amount, then past it
    while (a < ce3 && a < pos + 3 && doc.tok(a).kind == TokenKind::kWord) ++a;
    size_t amount_begin = a;
    while (a < ce3 && a < amount_begin + 6 &&
           (doc.tok(a).kind == TokenKind::kNumber || doc.norm(a) == "$" || (a > amount_begin && doc.Is(a, W::kMoneyWord)))) {
      ++a;
    }
    bool goal_verb = false;
    for (size_t k = r.cue_pos + 1; k < pos; ++k) goal_verb = goal_verb || doc.Is(k, W::kTargetVerb);
    if (cue_found && (r.cue == Cue::kPackage || r.cue == Cue::kDistractor) && goal_verb && a > amount_begin) {
      size_t q = a;
      if (q < ce3 && (doc.norm(q) == "in" || doc.norm(q) == "of")) ++q;
      for (size_t n = 0; q < ce3 && n < 2; ++q, ++n) {
        Cue c = CueAt(doc, s, q);
        if (c == Cue::kTotal || c == Cue::kExport || c == Cue::kImport) {
          r.cue = c;
          r.cue_pos = q;
          break;
        }
        if (doc.tok(q).kind != TokenKind::kWord || doc.tok(q).cap || c != Cue::kNone) break;
      }
    }
  }
  // "$5 billion in trade", "$500 million of investment", "worth of exports".
  if (!cue_found && r.inherited_from < 0) {
    auto [cb2, ce2] = ClauseOf(s, pos);
    (void)cb2;
    for (size_t k = pos, n = 0; k < ce2 && n < 8; ++k, ++n) {
      std::string_view w = doc.norm(k);
      if (doc.tok(k).kind == TokenKind::kNumber || w == "$") continue;
      Cue c = CueAt(doc, s, k);
      if (c != Cue::kNone) {
        r.cue = c;
        r.cue_pos = k;
        break;
      }
    }
  }
  // "trade in services grew 17% to $6.5 billion", "торговля услугами": services trade is no
  // figure of the goods trade the claims are about ("trade in goods and services" still is).
  if (r.cue == Cue::kTotal && r.cue_pos + 1 < s.end) {
    size_t q = r.cue_pos + 1;
    if (doc.norm(q) == "in" && q + 1 < s.end) ++q;
    bool after = doc.norm(q) == "services";
    bool before = r.cue_pos > s.begin && doc.norm(r.cue_pos - 1) == "services" &&
                  !(r.cue_pos > s.begin + 2 && doc.norm(r.cue_pos - 2) == "and");
    if (after || before) r.cue = Cue::kDistractor;
  }
  return r;
}

namespace {

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
      std::string_view w = doc.norm(q);
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

}  // namespace

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

std::optional<std::vector<std::string>> RespectiveParties(const Doc& doc, const SentenceInfo& s, size_t pos, Cue cue) {
  auto [cb, ce] = ClauseOf(s, pos);
  bool respectively = false;
  for (size_t k = cb; k < ce; ++k) respectively = respectively || doc.norm(k) == "respectively";
  if (!respectively) return std::nullopt;
  // The figures of the clause of pos's kind (amounts, or percentages).
  std::vector<size_t> figures;
  for (const Money& m : s.money) {
    if (m.begin >= cb && m.begin < ce) figures.push_back(m.begin);
  }
  if (std::find(figures.begin(), figures.end(), pos) == figures.end()) {
    figures.clear();
    for (const Percent& p : s.percents) {
      if (p.begin >= cb && p.begin < ce) figures.push_back(p.begin);
    }
  }
  if (figures.size() < 2 || std::find(figures.begin(), figures.end(), pos) == figures.end()) return std::nullopt;
  // The last list of two or more countries joined by "," / "and" before the first figure,
  // opened by "with", "to" or "from".
  std::vector<const CountryRef*> refs = CountriesIn(s, cb, figures.front());
  std::vector<const CountryRef*> list;
  std::string opener;
  for (size_t i = 0; i < refs.size();) {
    size_t j = i + 1;
    while (j < refs.size()) {
      bool joined = refs[j]->begin > refs[j - 1]->end;
      for (size_t k = refs[j - 1]->end; k < refs[j]->begin; ++k) {
        std::string_view w = doc.norm(k);
        joined = joined && (w == "," || w == "and" || w == "the");
      }
      if (!joined) break;
      ++j;
    }
    size_t b = refs[i]->begin;
    std::string_view before = b > cb ? doc.norm(b - 1) : "";
    if (j - i >= 2 && (before == "with" || before == "to" || before == "from" || before == "into")) {
      list.assign(refs.begin() + i, refs.begin() + j);
      opener = before;
    }
    i = j;
  }
  if (list.size() != figures.size()) return std::nullopt;
  for (const CountryRef* r : list) {
    if (r->code == "*") return std::nullopt;
  }
  size_t index = std::find(figures.begin(), figures.end(), pos) - figures.begin();
  const std::string& partner = list[index]->code;
  auto listed = [&](const std::string& code) {
    for (const CountryRef* r : list) {
      if (r->code == code) return true;
    }
    return false;
  };
  std::string home;
  for (const CountryRef& r : s.countries) {
    if (r.begin >= cb && r.begin < list.front()->begin && r.code != "*" && !r.excluded && !listed(r.code)) {
      home = r.code;
    }
  }
  if (home.empty() && doc.pair.size() == 2 && listed(doc.pair[0]) != listed(doc.pair[1])) {
    home = listed(doc.pair[0]) ? doc.pair[1] : doc.pair[0];
  }
  if (home.empty() && !doc.hub.empty() && !listed(doc.hub)) home = doc.hub;
  if (home.empty()) return std::vector<std::string>{};
  bool partner_exports = opener == "from" || (opener == "with" && cue == Cue::kImport);
  if (cue == Cue::kExport || cue == Cue::kImport) {
    return partner_exports ? std::vector<std::string>{partner, home} : std::vector<std::string>{home, partner};
  }
  return std::vector<std::string>{home, partner};
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

namespace {

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
    std::string_view p = doc.norm(b - 1);
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
      // "trade between Ukraine and Turkey ..., $2.6 billion of which were exports": the
      // second member of "between A and B" is no subject either.
      if (b > cb + 1 && doc.norm(b - 1) == "and") {
        bool second_of_between = false;
        for (const CountryRef& q : s.countries) {
          size_t qb = q.begin > cb && doc.norm(q.begin - 1) == "the" ? q.begin - 1 : q.begin;
          second_of_between = second_of_between || (q.end + 1 == b && qb > cb && doc.norm(qb - 1) == "between");
        }
        if (second_of_between) continue;
      }
      if (b > cb) {
        std::string_view p = doc.norm(b - 1);
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

}  // namespace dyad::text::internal
