// Rank claims ("Kazakhstan is Tajikistan's second-largest trading partner after Russia
// among CIS members") and composition claims ("Kazakhstan primarily exports oil,
// natural gas, metals and food products to Tajikistan").
#include <algorithm>

#include "text/analysis.h"

namespace dyad::text::internal {
namespace {

int OrdinalAt(const Doc& doc, const SentenceInfo& s, size_t k) {
  const Token& t = doc.tok(k);
  if (t.kind == TokenKind::kNumber && t.integer && t.value >= 1 && t.value <= 50 && k + 1 < s.end) {
    const std::string& suf = doc.norm(k + 1);
    if (!doc.tok(k + 1).space_before && (suf == "st" || suf == "nd" || suf == "rd" || suf == "th")) {
      return static_cast<int>(t.value);
    }
    return 0;
  }
  if (t.norm == "one" && k + 1 < s.end && doc.norm(k + 1) == "one") return 0;
  if (t.norm == "number" && k + 1 < s.end && (doc.norm(k + 1) == "one" || doc.norm(k + 1) == "1")) return 1;
  return doc.Is(k, WordClass::kRankOrdinal) ? doc.lex->Value(t.norm, WordClass::kRankOrdinal) : 0;
}

bool OneOfThe(const Doc& doc, const SentenceInfo& s, size_t k) {
  for (size_t d = 1; d <= 4 && k >= s.begin + d; ++d) {
    if (doc.norm(k - d) == "one" && d >= 2 && doc.norm(k - d + 1) == "of") return true;
    if (doc.norm(k - d) == "among" && d <= 2) return true;  // "among the largest"
  }
  return false;
}

}  // namespace

void RankClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out) {
  for (size_t i = s.begin; i < s.end; ++i) {
    const std::string& w = doc.norm(i);
    std::string measure;
    int partner_kind = doc.Is(i, WordClass::kPartnerNoun) ? doc.lex->Value(w, WordClass::kPartnerNoun) : 0;
    if (partner_kind == 1) {
      bool trade_word = i > s.begin && doc.Is(i - 1, WordClass::kPartnerModifier);
      if (!trade_word) {
        // A bare "partner" counts when the sentence is about trade.
        bool trade_sentence = false;
        for (size_t k = s.begin; k < s.end; ++k) {
          if (doc.norm(k) == "trade" || doc.norm(k) == "turnover" || doc.norm(k) == "trading") trade_sentence = true;
        }
        // "Belarus is Russia's second-biggest partner within the EAEU": a ranked partner,
        // unless the sentence is about something else ("largest investment partner").
        if (!trade_sentence && OrdinalAt(doc, s, i - 1) > 0) {
          trade_sentence = true;
          for (size_t k = s.begin; k < s.end; ++k) trade_sentence = trade_sentence && !doc.Is(k, WordClass::kDistractor);
        }
        if (!trade_sentence) continue;
      }
      measure = "total";
    } else if (partner_kind == 2) {
      measure = "imports";
    } else if ((w == "market" || w == "destination" || w == "buyer") && i > s.begin &&
               (doc.norm(i - 1) == "export" || w == "buyer")) {
      measure = "exports";
    } else {
      continue;
    }
    // The rank: an ordinal just before ("second-largest trading partner") or after a
    // verb of ranking ("ranks second among Tajikistan's trading partners").
    int rank = 0;
    size_t rank_pos = i;
    for (size_t k = i; k > s.begin && k + 6 > i; --k) {
      int r = OrdinalAt(doc, s, k - 1);
      if (r > 0) {
        if (OneOfThe(doc, s, k - 1)) {
          rank = -1;
          break;
        }
        rank = r;
        rank_pos = k - 1;
        // "second-largest": the number word comes before "largest".
        if (r == 1 && k >= s.begin + 3 && doc.norm(k - 2) == "-") {
          int r2 = OrdinalAt(doc, s, k - 3);
          if (r2 > 1) {
            rank = r2;
            rank_pos = k - 3;
          }
        } else if (r == 1 && k >= s.begin + 2) {
          int r2 = OrdinalAt(doc, s, k - 2);
          if (r2 > 1) {
            rank = r2;
            rank_pos = k - 2;
          }
        }
        break;
      }
    }
    if (rank == 0) {
      // "slipped to third place behind Canada among U.S. trading partners".
      for (size_t k = i; k > s.begin && k + 12 > i; --k) {
        const std::string& v = doc.norm(k - 1);
        if ((v == "place" || v == "position" || v == "spot") && k >= s.begin + 2) {
          int r = OrdinalAt(doc, s, k - 2);
          if (r > 0) {
            rank = r;
            rank_pos = k - 2;
          }
          break;
        }
      }
    }
    if (rank == 0) {
      for (size_t k = i; k > s.begin && k + 10 > i; --k) {
        const std::string& v = doc.norm(k - 1);
        if (v == "ranks" || v == "ranked" || v == "ranking" || v == "ranked" || v == "placed" ||
            v == "occupies" || v == "occupied" || v == "took" || v == "takes" || v == "holds" ||
            v == "remained" || v == "came" || v == "comes" || v == "is" || v == "was") {
          for (size_t q = k; q < i && q < k + 4; ++q) {
            int r = OrdinalAt(doc, s, q);
            if (r > 0 && doc.norm(q) != "main" && doc.norm(q) != "leading") {
              rank = r;
              rank_pos = q;
              break;
            }
          }
          if (rank) break;
        }
      }
    }
    if (rank <= 0) continue;
    // "The main trading partners were Russia, China and Italy": a list, not a rank.
    if (w == "partners" && rank == 1 && rank_pos + 4 > i) continue;
    auto [cb, ce] = ClauseOf(s, i);
    // Whose partner: a possessive near the rank ("Tajikistan's"), or "of Y"/"for Y".
    std::string country;
    for (const CountryRef& r : s.countries) {
      if (r.code == "*" || r.excluded) continue;
      if (r.end <= i && r.begin + 8 >= rank_pos && r.begin >= cb && r.possessive) country = r.code;
    }
    if (country.empty()) {
      for (const CountryRef& r : s.countries) {
        if (r.code == "*" || r.begin <= i || r.begin > i + 3) continue;
        const std::string& p = doc.norm(r.begin - 1);
        if (p == "of" || p == "for" || p == "the") {
          country = r.code;
          break;
        }
      }
    }
    if (country.empty()) {
      // "U.S. trading partners": a name used as a modifier.
      for (const CountryRef& r : s.countries) {
        if (r.code != "*" && (r.end == i || (r.end + 1 == i && (doc.norm(i - 1) == "trading" ||
                                                                doc.norm(i - 1) == "trade")))) {
          country = r.code;
        }
      }
    }
    if (country.empty()) {
      // "the Kazakh side's second partner" style adjectives right before.
      for (const CountryRef& r : s.countries) {
        if (r.code != "*" && !r.excluded && r.adjective && r.end <= i && r.end + 3 >= rank_pos &&
            r.begin >= cb) {
          country = r.code;
        }
      }
    }
    // The partner: the subject before the rank, else "... is X" after the noun.
    std::string partner;
    for (const CountryRef& r : s.countries) {
      if (r.code == "*" || r.excluded || r.code == country) continue;
      if (r.begin >= cb && r.end <= rank_pos) {
        partner = r.code;
        break;
      }
    }
    if (partner.empty()) {
      for (const CountryRef& r : s.countries) {
        if (r.code == "*" || r.excluded || r.code == country || r.begin <= i || r.begin > i + 4) continue;
        partner = r.code;
        break;
      }
    }
    if (country.empty()) country = PairOther(doc, partner);
    if (partner.empty()) partner = PairOther(doc, country);
    if (partner.empty() || country.empty() || partner == country) continue;
    Claim c = NewClaim(doc, s, ClaimKind::kRank);
    c.parties = {partner, country};
    c.rank = rank;
    c.measure = measure;
    // Ranked above: "after Russia (and China)", "behind China", "second only to Russia".
    for (const CountryRef& r : s.countries) {
      if (!r.excluded || r.code == "*" || r.begin < cb || r.begin >= ce || r.begin < rank_pos ||
          r.begin > i + 12) {
        continue;
      }
      size_t b = r.begin;
      if (b > s.begin && doc.norm(b - 1) == "the") --b;
      bool after_list = false;
      for (size_t k = b; k > s.begin && k + 14 > b; --k) {
        const std::string& p = doc.norm(k - 1);
        if (p == "after" || p == "behind" || p == "following" || (p == "to" && k >= 2 && doc.norm(k - 2) == "only")) {
          after_list = true;
          break;
        }
        if (p != "and" && p != "," && doc.tok(k - 1).kind != TokenKind::kWord) break;
        bool is_country = false;
        for (const CountryRef& q : s.countries) {
          if (k - 1 >= q.begin && k - 1 < q.end) is_country = true;
        }
        if (!is_country && p != "and" && p != "," && p != "the") break;
      }
      if (after_list && std::find(c.after.begin(), c.after.end(), r.code) == c.after.end()) {
        c.after.push_back(r.code);
      }
    }
    if (static_cast<int>(c.after.size()) >= rank) c.after.resize(rank - 1);
    // Group: "among CIS members", "in Central Asia", "among Central Asian countries".
    for (const Mention& g : s.groups) {
      if (g.begin >= cb && g.begin < ce) {
        c.group = g.entity->code;
        break;
      }
    }
    // A rank is dated by its own sentence only: "remains ... partner" is the present.
    SetPeriod(PeriodFor(doc, s, i, Carry()), &c);
    c.months.clear();
    out->push_back(std::move(c));
  }
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
      const std::string& w = doc.norm(k);
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
            const std::string& p = doc.norm(r.begin - 1);
            if (cue == Cue::kExport && (p == "to" || p == "into")) fixed.second = r.code;
            if (cue == Cue::kImport && p == "from") fixed.first = r.code;
          }
          exporter = fixed.first;
          importer = fixed.second;
        }
      }
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
