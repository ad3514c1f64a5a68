// Agreements ("signed a treaty on allied relations", "a sister city agreement between
// Turkistan and Khujand", "a program for cooperation between the Ministries of Foreign
// Affairs for 2023-2025", "agreements worth $1.3 billion") and areas of cooperation
// ("cooperate in areas like agriculture, water and energy resources, and transportation").
#include <algorithm>
#include <unordered_map>

#include "text/analysis.h"
#include "text/sentences.h"

namespace dyad::text::internal {
namespace {

using W = WordClass;

struct Head {
  size_t pos = 0;       // the head noun's token
  size_t len = 1;       // "road map", "joint statement": two tokens
  std::string kind;
  bool plural = false;
};

// The head noun of an agreement at token i, if any.
bool HeadAt(const Doc& doc, const SentenceInfo& s, size_t i, Head* h) {
  static const std::unordered_map<std::string_view, std::pair<const char*, bool>> kHeads = {
      {"treaty", {"treaty", false}},          {"treaties", {"treaty", true}},
      {"agreement", {"agreement", false}},    {"agreements", {"agreement", true}},
      {"accord", {"agreement", false}},       {"accords", {"agreement", true}},
      {"pact", {"agreement", false}},         {"convention", {"agreement", false}},
      {"memorandum", {"memorandum", false}},  {"memorandums", {"memorandum", true}},
      {"memoranda", {"memorandum", true}},    {"mou", {"memorandum", false}},
      {"mous", {"memorandum", true}},         {"programme", {"programme", false}},
      {"program", {"programme", false}},      {"programmes", {"programme", true}},
      {"programs", {"programme", true}},      {"protocol", {"protocol", false}},
      {"protocols", {"protocol", true}},      {"roadmap", {"roadmap", false}},
      {"roadmaps", {"roadmap", true}},        {"declaration", {"declaration", false}},
      {"declarations", {"declaration", true}}, {"contracts", {"contract_package", true}},
      {"deals", {"contract_package", true}},  {"documents", {"agreement", true}},
  };
  std::string_view w = doc.norm(i);
  if (w == "road" && i + 1 < s.end && doc.norm(i + 1) == "map") {
    *h = {i, 2, "roadmap", false};
    return true;
  }
  if (w == "joint" && i + 1 < s.end &&
      (doc.norm(i + 1) == "statement" || doc.norm(i + 1) == "communique" || doc.norm(i + 1) == "communiqué")) {
    *h = {i, 2, "joint_statement", false};
    return true;
  }
  if (w == "action" && i + 1 < s.end && doc.norm(i + 1) == "plan") {
    *h = {i, 2, "programme", false};
    return true;
  }
  auto it = kHeads.find(w);
  if (it == kHeads.end()) return false;
  // "memorandum of understanding": the head is "memorandum".
  if (w == "program" || w == "programme") {
    // "program" as a verb or in "nuclear program" without agreement sense is rare in
    // this register; "programme of cooperation" is what we want.
  }
  *h = {i, 1, it->second.first, it->second.second};
  return true;
}

bool IsDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || w == "these" ||
         w == "those" || w == "its" || w == "their" || w == "our";
}

// Words that end a title after its head noun.
bool EndsTitle(const Doc& doc, const SentenceInfo& s, size_t k, size_t limit) {
  const Token& t = doc.tok(k);
  std::string_view w = t.norm;
  // Right after the head a complement starts with a preposition ("agreement on ...",
  // "memorandum of understanding"); anything else ("documents include ...") ends it.
  {
    Head h;
    if (k > s.begin && HeadAt(doc, s, k - 1, &h) && h.len == 1) {
      if (!(w == "on" || w == "of" || w == "for" || w == "to" || w == "regarding" || w == "concerning" ||
            w == "in")) {
        return true;
      }
    }
  }
  // "treaty on eternal good-neighborliness, friendship and cooperation": a comma inside
  // a list that ends with "and" within a few words.
  if (w == "," && k + 1 < limit && doc.tok(k + 1).kind == TokenKind::kWord && !doc.tok(k + 1).cap &&
      !IsDeterminer(doc.norm(k + 1))) {
    for (size_t q = k + 1; q < limit && q <= k + 4; ++q) {
      if (doc.norm(q) == "and") {
        Head h;
        if (q + 1 < limit && !IsDeterminer(doc.norm(q + 1)) && !HeadAt(doc, s, q + 1, &h)) return false;
        break;
      }
      if (doc.tok(q).kind != TokenKind::kWord) break;
    }
  }
  if (t.kind == TokenKind::kPunct && (w == "," || w == ";" || w == "." || w == "(" || w == ":" ||
                                      w == "--" || w == "\"")) {
    return true;
  }
  if (doc.Is(k, W::kTitleStop)) {
    // "on the development of", "programme of cooperation": keep function words that
    // start a complement.
    return true;
  }
  // "amendments to the agreement on ..." continues a title; "to boost trade" ends it.
  if (w == "to") return !(k + 1 < limit && (doc.norm(k + 1) == "the" || doc.norm(k + 1) == "a"));
  if (w == "and" && k + 1 < limit) {
    std::string_view n = doc.norm(k + 1);
    if (IsDeterminer(n) || n == "one" || doc.tok(k + 1).kind == TokenKind::kNumber) return true;
    Head h;
    if (HeadAt(doc, s, k + 1, &h)) return true;
    // "and signed", "and other" end it; "trade and economic cooperation" does not.
    if (doc.Is(k + 1, W::kSigningVerb) || n == "other" || n == "several") return true;
  }
  if ((w == "in" || w == "on" || w == "for") && k + 1 < limit) {
    const Token& n = doc.tok(k + 1);
    // "in Dushanbe", "on August 22", "for 2023-2025", "in 2023" end a title.
    for (const Mention& c : s.cities) {
      if (c.begin == k + 1) return true;
    }
    for (const TimeExpr& te : s.times) {
      if (te.begin == k + 1 || (te.begin == k + 2 && (doc.norm(k + 1) == "the"))) return true;
    }
    if (n.kind == TokenKind::kNumber) return true;
    if (w == "for" && (n.norm == "a" || n.norm == "the") && k + 2 < limit &&
        (doc.norm(k + 2) == "period" || doc.norm(k + 2) == "term")) {
      return true;
    }
  }
  return false;
}

// Sub-state parties named in "between X and Y".
void ParseBetween(const Doc& doc, const SentenceInfo& s, size_t b, size_t e,
                  const std::vector<std::string>& states, AgreementInfo* a) {
  // Cities.
  for (const Mention& c : s.cities) {
    if (c.begin >= b && c.end <= e) {
      a->parties.push_back({c.entity->country, c.entity->code, "city"});
    }
  }
  // Countries named inside the phrase become state parties (added by the caller).
  // Ministries, institutes, universities, companies: one party per state.
  std::string text;
  for (size_t k = b; k < e; ++k) {
    if (!text.empty()) text.push_back(' ');
    text += doc.norm(k);
  }
  struct Kind {
    const char* word;
    const char* kind;
    const char* name;
  };
  static const Kind kKinds[] = {
      {"ministries of foreign affairs", "ministry", "Ministry of Foreign Affairs"},
      {"foreign ministries", "ministry", "Ministry of Foreign Affairs"},
      {"foreign affairs ministries", "ministry", "Ministry of Foreign Affairs"},
      {"ministries of agriculture", "ministry", "Ministry of Agriculture"},
      {"ministries of energy", "ministry", "Ministry of Energy"},
      {"ministries of education", "ministry", "Ministry of Education"},
      {"ministries of health", "ministry", "Ministry of Health"},
      {"ministries of economy", "ministry", "Ministry of Economy"},
      {"ministries of defense", "ministry", "Ministry of Defense"},
      {"ministries of defence", "ministry", "Ministry of Defence"},
      {"ministries of culture", "ministry", "Ministry of Culture"},
      {"ministries of transport", "ministry", "Ministry of Transport"},
      {"ministries of finance", "ministry", "Ministry of Finance"},
      {"ministries of trade", "ministry", "Ministry of Trade"},
      {"ministries", "ministry", "ministry"},
      {"research institutes", "institute", "research institute"},
      {"institutes", "institute", "institute"},
      {"universities", "institute", "university"},
      {"academies of sciences", "institute", "Academy of Sciences"},
      {"academies", "institute", "academy"},
      {"chambers of commerce", "agency", "chamber of commerce"},
      {"central banks", "agency", "central bank"},
      {"national banks", "agency", "national bank"},
      {"agencies", "agency", "agency"},
      {"companies", "company", "company"},
      {"firms", "company", "company"},
      {"regions", "region", "region"},
      {"provinces", "region", "region"},
  };
  for (const Kind& k : kKinds) {
    if (text.find(k.word) != std::string::npos) {
      for (const std::string& st : states) a->parties.push_back({st, k.name, k.kind});
      break;
    }
  }
}

// "in Dushanbe", "at Astana", "(visit|trip) to Ashgabat".
bool IsPlaceMention(const Doc& doc, const SentenceInfo& s, const Mention& m) {
  if (m.begin <= s.begin) return false;
  std::string_view p = doc.norm(m.begin - 1);
  if (p == "in" || p == "at") return true;
  if (p == "to") {
    for (size_t k = m.begin - 1; k > s.begin && k + 6 > m.begin; --k) {
      std::string_view w = doc.norm(k - 1);
      if (w == "visit" || w == "trip" || w == "travelled" || w == "traveled" || w == "arrived") return true;
    }
  }
  return false;
}

std::string LevelFor(const Doc& doc, const SentenceInfo& s, const AgreementInfo& a) {
  for (const AgreementParty& p : a.parties) {
    if (p.kind == "city" || p.kind == "region") return "region_or_city";
    if (p.kind == "ministry") return "ministry";
    if (p.kind == "institute") return "institution";
    if (p.kind == "agency") return "agency";
  }
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = doc.norm(k);
    if (w == "president" || w == "presidents" || w == "heads" || w == "leaders") {
      if (w == "heads" && !(k + 2 < s.end && doc.norm(k + 1) == "of" && doc.norm(k + 2) == "state")) continue;
      return "heads_of_state";
    }
  }
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = doc.norm(k);
    if ((w == "prime" && k + 1 < s.end && doc.norm(k + 1) == "minister") ||
        (w == "prime" && k + 1 < s.end && doc.norm(k + 1) == "ministers") || w == "intergovernmental" ||
        w == "governments" || w == "government" || w == "premiers") {
      return "government";
    }
  }
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = doc.norm(k);
    if (w == "minister" || w == "ministers" || w == "ministry" || w == "ministries") return "ministry";
  }
  return "";
}

std::optional<Date> DateIn(const SentenceInfo& s, size_t b, size_t e, bool* from_range) {
  for (const TimeExpr& t : s.times) {
    if (t.begin < b || t.begin >= e) continue;
    if (t.kind == TimeKind::kDate) return t.date;
    if (t.kind == TimeKind::kPeriod) {
      if (t.month_from > 0 && t.month_from == t.month_to) return Date::Ym(t.year, t.month_from);
      if (t.month_from <= 1 && (t.month_to == 12 || t.month_to == 0)) return Date::Y(t.year);
    }
  }
  (void)from_range;
  return std::nullopt;
}

}  // namespace

void AgreementClaims(const Doc& doc, const SentenceInfo& s, Carry* carry, std::vector<Claim>* out) {
  std::vector<Head> heads;
  for (size_t i = s.begin; i < s.end; ++i) {
    Head h;
    if (HeadAt(doc, s, i, &h)) {
      heads.push_back(h);
      i += h.len - 1;
    }
  }
  // A head inside an earlier head's title is part of that title ("a protocol on
  // amendments to the agreement on the Union State budget").
  {
    std::vector<Head> kept;
    size_t covered_to = 0;
    for (const Head& h : heads) {
      if (h.pos < covered_to) continue;
      size_t e = h.pos + h.len;
      while (e < s.end && e - h.pos < 16 && !EndsTitle(doc, s, e, s.end)) ++e;
      kept.push_back(h);
      covered_to = e;
    }
    heads = std::move(kept);
  }
  // Sentence-level facts.
  bool signing = false, planned = false;
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = doc.norm(k);
    if (doc.Is(k, W::kSigningVerb)) {
      if (w == "reached" || w == "struck" || w == "entered") {
        bool near_head = false;
        for (const Head& h : heads) {
          if (h.pos > k && h.pos <= k + 4) near_head = true;
        }
        if (!near_head) continue;
      }
      signing = true;
      if (k > s.begin) {
        std::string_view p = doc.norm(k - 1);
        if (p == "will" || p == "to" || p == "would" || p == "shall") planned = true;
      }
    }
    if (w == "draft" || w == "drafting" || w == "prepare" || w == "preparing" || w == "negotiating") {
      planned = true;
    }
  }
  bool was_planned = planned;
  for (size_t k = s.begin; k < s.end; ++k) {
    std::string_view w = doc.norm(k);
    if (w == "signed" && k > s.begin && (doc.norm(k - 1) == "have" || doc.norm(k - 1) == "has" ||
                                         doc.norm(k - 1) == "were" || doc.norm(k - 1) == "was")) {
      was_planned = false;  // "have signed" wins over a draft mentioned in passing
    }
  }
  planned = was_planned;
  // An enumeration continues the previous sentence's signing ("These included ...").
  bool enumeration = false;
  if (s.end - s.begin >= 2) {
    std::string_view w0 = doc.norm(s.begin);
    std::string_view w1 = doc.norm(s.begin + 1);
    if (((w0 == "these" || w0 == "they" || w0 == "those") &&
         (w1 == "included" || w1 == "include" || w1 == "includes" || w1 == "are" || w1 == "were")) ||
        (w0 == "among" && (w1 == "them" || w1 == "the")) || w0 == "including" ||
        (w0 == "the" && (w1 == "documents" || w1 == "agreements") && s.end - s.begin > 2 &&
         (doc.norm(s.begin + 2) == "include" || doc.norm(s.begin + 2) == "included"))) {
      enumeration = carry->signing_active;
    }
  }
  bool list_in_sentence = false;
  for (size_t k = s.begin; k < s.end; ++k) {
    if (doc.norm(k) == "including" || (doc.norm(k) == "such" && k + 1 < s.end && doc.norm(k + 1) == "as") ||
        doc.norm(k) == ":") {
      list_in_sentence = true;
    }
  }
  std::vector<std::string> explicit_states;
  for (const CountryRef& r : s.countries) {
    if (r.excluded) continue;
    if (r.code == "*") {
      for (const auto& p : doc.pair) {
        if (std::find(explicit_states.begin(), explicit_states.end(), p) == explicit_states.end()) {
          explicit_states.push_back(p);
        }
      }
    } else if (std::find(explicit_states.begin(), explicit_states.end(), r.code) == explicit_states.end()) {
      explicit_states.push_back(r.code);
    }
  }
  std::vector<std::string> states = explicit_states;
  if (states.size() < 2 && enumeration) states = carry->signing_states;
  if (states.size() == 1 && !PairOther(doc, states[0]).empty()) states.push_back(PairOther(doc, states[0]));
  if (states.empty()) states = doc.pair;
  // Keep the pair's order.
  if (doc.pair.size() == 2 && states.size() == 2 && states[0] == doc.pair[1] && states[1] == doc.pair[0]) {
    std::swap(states[0], states[1]);
  }
  bool fresh_date_from_article = false;
  std::optional<Date> sentence_date = DateIn(s, s.begin, s.end, nullptr);
  if (!sentence_date && enumeration) {
    sentence_date = carry->signing_date;
    fresh_date_from_article = carry->signing_date_from_article;
  }
  if (!sentence_date && signing && !planned) {
    sentence_date = doc.date;
    fresh_date_from_article = true;
  }

  // The reported event: "held talks in Tashkent on December 22", "during a visit to ...".
  {
    bool event = false;
    for (size_t k = s.begin; k < s.end; ++k) {
      std::string_view w = doc.norm(k);
      if (w == "talks" || w == "visit" || w == "summit" || w == "meeting" || w == "met" ||
          w == "negotiations" || w == "forum" || w == "ceremony" || w == "held" || w == "signed") {
        event = true;
      }
    }
    if (event) {
      for (const Mention& m : s.cities) {
        if (IsPlaceMention(doc, s, m)) {
          carry->event_place = m.entity->code;
          carry->event_place_state = m.entity->country;
          break;
        }
      }
      for (const TimeExpr& t : s.times) {
        if (t.kind == TimeKind::kDate && t.date.precision == DatePrecision::kDay) {
          carry->event_date = t.date;
          break;
        }
      }
    }
  }
  size_t first_new = out->size();
  size_t prev_title_end = s.begin;
  bool any_plural_signed = false;
  for (size_t hi = 0; hi < heads.size(); ++hi) {
    const Head& h = heads[hi];
    // Walk left over modifiers to the determiner.
    size_t k = h.pos;
    size_t title_begin = h.pos;
    std::string det;
    bool sister = false;
    while (k > s.begin && h.pos - k < 5) {
      const Token& t = doc.tok(k - 1);
      std::string_view w = t.norm;
      if (IsDeterminer(w)) {
        det = w;
        break;
      }
      if (t.kind == TokenKind::kNumber) {
        det = "number";
        break;
      }
      if (t.kind != TokenKind::kWord && w != "-") break;
      if (doc.Is(k - 1, W::kSigningVerb) || w == "and" || w == "of" || w == "on" || w == "in" || w == "between") break;
      if (doc.Is(k - 1, W::kTitleStop)) break;  // "Yesterday an agreement ...": no modifier
      if (w == "sister" || w == "twin" || w == "twinning" || w == "sister-city") sister = true;
      --k;
      if (!doc.Is(k, W::kTitleModifier) && w != "-") title_begin = k;
      else if (title_begin == k + 1 && w == "-") title_begin = k;
    }
    // Drop a leading hyphen left by "long-awaited" style modifiers.
    while (title_begin < h.pos && doc.norm(title_begin) == "-") ++title_begin;
    // Extent: up to the next head noun.
    size_t extent_end = hi + 1 < heads.size() ? heads[hi + 1].pos : s.end;
    // Walk back from the next head over its own modifiers and determiner.
    if (hi + 1 < heads.size()) {
      size_t q = extent_end;
      while (q > h.pos + h.len && extent_end - q < 6 &&
             (doc.tok(q - 1).kind == TokenKind::kWord || doc.norm(q - 1) == "-") &&
             doc.norm(q - 1) != "between" && doc.norm(q - 1) != "and") {
        --q;
        if (IsDeterminer(doc.norm(q))) break;
      }
      extent_end = q;
    }
    size_t item_begin = prev_title_end;
    // Title: through the complement.
    size_t title_end = h.pos + h.len;
    while (title_end < extent_end && title_end - h.pos < 16 && !EndsTitle(doc, s, title_end, extent_end)) {
      ++title_end;
    }
    // A title ends on a content word.
    while (title_end > h.pos + h.len &&
           (doc.norm(title_end - 1) == "of" || doc.norm(title_end - 1) == "on" ||
            doc.norm(title_end - 1) == "and" || doc.norm(title_end - 1) == "the" ||
            doc.norm(title_end - 1) == "for" || doc.norm(title_end - 1) == "in")) {
      --title_end;
    }
    prev_title_end = title_end;
    // The item's own words: to the first comma after its title (or the next item).
    size_t own_end = title_end;
    while (own_end < extent_end && doc.norm(own_end) != "," && doc.norm(own_end) != ";") ++own_end;
    size_t prefix_end = heads.front().pos;
    bool has_complement = title_end > h.pos + h.len;
    bool capitalised = doc.tok(h.pos).cap && h.pos > s.begin;
    std::string kind = sister ? "sister_city" : h.kind;

    // Money in the extent: "agreements worth $1.3 billion" is a contract package.
    const Money* worth = nullptr;
    for (const Money& m : s.money) {
      if (m.begin > h.pos && m.begin < std::min(s.end, h.pos + 12)) {
        bool linked = false;
        for (size_t q = h.pos + h.len; q < m.hedge_begin; ++q) {
          std::string_view w = doc.norm(q);
          if (w == "worth" || w == "valued" || w == "totaling" || w == "totalling" || w == "total" ||
              w == "amounting" || w == "value" || w == "tune" || w == "sum") {
            linked = true;
          }
        }
        if (linked) worth = &m;
        break;
      }
    }
    if (h.plural || kind == "contract_package") {
      if (signing) any_plural_signed = true;
      if (worth == nullptr) continue;
      kind = "contract_package";
    } else if (worth != nullptr && (h.kind == "agreement" || h.kind == "memorandum")) {
      // "an agreement worth $500 million" is a commercial contract, not trade.
      kind = "contract_package";
    }
    // A definite mention without a title refers back to an agreement already read.
    bool definite = det == "the" || det == "this" || det == "that" || det == "its" || det == "their";
    if (definite && !has_complement && !capitalised && worth == nullptr) {
      // "the new treaty": a more precise kind for the agreement it names.
      for (size_t q = out->size(); q > 0; --q) {
        Claim& prev = (*out)[q - 1];
        if (prev.kind != ClaimKind::kAgreement || !prev.agreement) continue;
        if (prev.agreement->kind == "agreement" && kind == "treaty") prev.agreement->kind = "treaty";
        break;
      }
      continue;
    }
    bool is_new = signing || enumeration || (list_in_sentence && any_plural_signed) || planned ||
                  worth != nullptr;
    if (!is_new) continue;

    Claim c = NewClaim(doc, s, ClaimKind::kAgreement);
    AgreementInfo a;
    a.kind = kind;
    a.title = TextOf(doc, title_begin, title_end);
    if (a.title.empty()) a.title = TextOf(doc, h.pos, h.pos + h.len);
    a.status = planned ? "planned" : "signed";
    // Parties: the states named in the item's clause ("China and Kazakhstan signed ...,
    // while Chinese companies and Uzbek partners inked ..."), else the sentence's;
    // "between A and B" in the extent refines them.
    std::vector<std::string> item_states = states;
    {
      auto [icb, ice] = ClauseOf(s, h.pos);
      std::vector<std::string> local;
      for (const CountryRef& r : s.countries) {
        if (r.code == "*" || r.excluded || r.begin < icb || r.begin >= ice) continue;
        if (std::find(local.begin(), local.end(), r.code) == local.end()) local.push_back(r.code);
      }
      if (local.size() >= 2 && local.size() < explicit_states.size()) item_states = local;
    }
    size_t between = SIZE_MAX;
    for (size_t q = h.pos; q < extent_end; ++q) {
      if (doc.norm(q) == "between") {
        between = q;
        break;
      }
    }
    if (between != SIZE_MAX) {
      size_t pe = between + 1;
      while (pe < extent_end && !(doc.norm(pe) == "," || doc.norm(pe) == ";" ||
                                  (doc.norm(pe) == "for" && pe + 1 < extent_end &&
                                   doc.tok(pe + 1).kind != TokenKind::kWord) ||
                                  doc.norm(pe) == "in" || doc.norm(pe) == "on" || doc.norm(pe) == "which" ||
                                  doc.norm(pe) == "signed")) {
        ++pe;
      }
      // Countries named in the phrase are the states.
      std::vector<std::string> named;
      for (const CountryRef& r : s.countries) {
        if (r.begin > between && r.end <= pe && r.code != "*") named.push_back(r.code);
      }
      ParseBetween(doc, s, between + 1, pe, named.size() >= 2 ? named : item_states, &a);
      if (named.size() >= 2) item_states = named;
    }
    // City parties name their states.
    std::vector<std::string> party_states;
    for (const AgreementParty& p : a.parties) {
      if (!p.state.empty() && std::find(party_states.begin(), party_states.end(), p.state) == party_states.end()) {
        party_states.push_back(p.state);
      }
    }
    if (party_states.size() >= 2) item_states = party_states;
    std::vector<AgreementParty> parties;
    for (const std::string& st : item_states) parties.push_back({st, "", ""});
    for (const AgreementParty& p : a.parties) parties.push_back(p);
    a.parties = std::move(parties);
    c.parties = item_states;
    // Place: "in Dushanbe" (a city after "in"/"at", not a party) in the item's own
    // words, else before the first item (shared by all).
    for (const Mention& m : s.cities) {
      bool own = m.begin >= item_begin && m.begin < own_end;
      bool shared = m.begin < prefix_end;
      if (!own && !shared) continue;
      if (IsPlaceMention(doc, s, m)) {
        bool is_party = false;
        for (const AgreementParty& p : a.parties) {
          if (p.kind == "city" && p.name == m.entity->code) is_party = true;
        }
        if (!is_party) {
          a.place = m.entity->code;
          a.place_state = m.entity->country;
          break;
        }
      }
    }
    // Validity: "for 2023-2025", "for five years", "until 2030".
    for (const TimeExpr& t : s.times) {
      if (t.begin < h.pos || t.begin >= extent_end) continue;
      if (t.kind == TimeKind::kRange) {
        a.valid_from = Date::Y(t.year);
        a.valid_to = Date::Y(t.to_year);
        a.validity = std::to_string(t.year) + "-" + std::to_string(t.to_year);
      } else if (t.kind == TimeKind::kTargetYear && t.begin > s.begin &&
                 (doc.norm(t.begin) == "until" || doc.norm(t.begin) == "till")) {
        a.valid_to = Date::Y(t.year);
        a.validity = "until " + std::to_string(t.year);
      }
    }
    for (size_t q = h.pos; q + 2 < extent_end; ++q) {
      if (doc.norm(q) == "for" && doc.norm(q + 2) == "years") {
        a.validity = TextOf(doc, q, q + 3);
      }
    }
    // Date: in the item (from the previous item's end), else the sentence's, else the
    // signing context's.
    std::optional<Date> date = DateIn(s, item_begin, own_end, nullptr);
    if (!date && hi > 0) date = DateIn(s, s.begin, prefix_end, nullptr);
    bool from_article = false;
    if (!date) {
      date = sentence_date;
      from_article = fresh_date_from_article;
    }
    // A date inside a validity range is not the signing date.
    if (date && a.valid_from && date->precision == DatePrecision::kYear && !sentence_date) date.reset();
    // Signed at the reported event: its date and place.
    if (from_article && carry->event_date && carry->sentence_index > 0) {
      date = carry->event_date;
      from_article = false;
    }
    if ((from_article || (date && carry->event_date && *date == *carry->event_date)) && a.place.empty() &&
        !carry->event_place.empty()) {
      a.place = carry->event_place;
      a.place_state = carry->event_place_state;
    }
    if (!planned) {
      a.signed_on = date;
      a.signed_on_from_article = from_article && date.has_value();
    }
    // Relationship level named in the title.
    std::string folded = a.title;
    for (char& ch : folded) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (const char* lvl : {"comprehensive strategic partnership", "strategic partnership",
                            "allied relations", "alliance", "eternal friendship",
                            "good-neighbourliness", "good-neighborliness", "friendship"}) {
      if (folded.find(lvl) != std::string::npos) {
        a.relationship_level = lvl;
        break;
      }
    }
    if (worth != nullptr) {
      c.value_usd = worth->usd;
      c.amount = worth->amount;
      c.currency = worth->currency;
      c.qualifier = worth->qualifier;
    }
    a.level = LevelFor(doc, s, a);
    if (a.level.empty() && enumeration) a.level = carry->signing_level;
    c.agreement = std::move(a);
    out->push_back(std::move(c));
  }

  // A following sentence may say where the signing took place.
  if (heads.empty() || out->size() == first_new) {
    bool about_signing = false;
    for (size_t k = s.begin; k < s.end; ++k) {
      std::string_view w = doc.norm(k);
      if (w == "signing" || w == "ceremony" || w == "signed" || w == "talks" || w == "took") about_signing = true;
    }
    if (about_signing && carry->last_agreement >= 0 && carry->sentence_index > 0) {
      for (const Mention& m : s.cities) {
        if (m.begin > s.begin && (doc.norm(m.begin - 1) == "in" || doc.norm(m.begin - 1) == "at")) {
          for (size_t q = carry->last_agreement; q < out->size(); ++q) {
            Claim& prev = (*out)[q];
            if (prev.kind == ClaimKind::kAgreement && prev.agreement && prev.agreement->place.empty()) {
              prev.agreement->place = m.entity->code;
              prev.agreement->place_state = m.entity->country;
            }
          }
          break;
        }
      }
    }
  }
  if (out->size() > first_new) carry->last_agreement = static_cast<int>(first_new);
  else if (!heads.empty() || carry->sentence_index > 0) {
    // Only the sentence right after an agreement may add its place.
    if (heads.empty()) carry->last_agreement = -1;
  }
  // The signing context for the next sentence.
  if (signing || any_plural_signed) {
    bool had_dated_context = carry->signing_active && carry->signing_date && !carry->signing_date_from_article;
    std::optional<Date> own = DateIn(s, s.begin, s.end, nullptr);
    carry->signing_active = true;
    if (own || !had_dated_context) {
      carry->signing_date = own;
      carry->signing_date_from_article = false;
    }
    if (!carry->signing_date && !planned) {
      carry->signing_date = doc.date;
      carry->signing_date_from_article = true;
    }
    carry->signing_states = states;
    carry->signing_level = "";
  } else if (!enumeration) {
    carry->signing_active = false;
  }
}

void AreaClaims(const Doc& doc, const SentenceInfo& s, std::vector<Claim>* out) {
  std::vector<std::string> areas;
  size_t list_from = SIZE_MAX;
  for (size_t i = s.begin; i < s.end; ++i) {
    size_t start = SIZE_MAX;
    if (doc.Is(i, W::kAreaNoun)) {
      // "in areas like", "areas such as", "the areas of", "fields including", "areas:".
      size_t k = i + 1;
      if (k < s.end && doc.norm(k) == "of" && k + 1 < s.end && doc.norm(k + 1) == "cooperation") k += 2;
      if (k < s.end && (doc.norm(k) == "like" || doc.norm(k) == "including" || doc.norm(k) == "of" ||
                        doc.norm(k) == ":" || doc.norm(k) == "as")) {
        start = k + 1;
      } else if (k + 1 < s.end && doc.norm(k) == "such" && doc.norm(k + 1) == "as") {
        start = k + 2;
      }
    } else if (doc.Is(i, W::kCoopWord)) {
      // ("a memorandum on cooperation in education" names a document: see in_title.)
      // "cooperate in", "partnership in", "cooperation in the fields of".
      size_t k = i + 1;
      if (k < s.end && (doc.norm(k) == "," || doc.norm(k) == "particularly" || doc.norm(k) == "especially" ||
                        doc.norm(k) == "mainly" || doc.norm(k) == "primarily")) {
        ++k;
      }
      if (k < s.end && (doc.norm(k) == "particularly" || doc.norm(k) == "especially")) ++k;
      if (k < s.end && (doc.norm(k) == "in" || doc.norm(k) == "on")) start = k + 1;
    }
    if (start == SIZE_MAX) continue;
    // "a memorandum on cooperation in the field of education" names a document.
    bool in_title = false;
    for (size_t k = i; k > s.begin && k + 7 > i; --k) {
      Head h;
      if (HeadAt(doc, s, k - 1, &h) && k - 1 + h.len < s.end) {
        std::string_view after = doc.norm(k - 1 + h.len);
        if (after == "on" || after == "of" || after == "for" || after == "regarding" || after == "concerning") {
          in_title = true;
        }
      }
    }
    if (in_title) continue;
    // The list runs to the end of the clause (",", "and" and "as well as" continue it).
    size_t end = start;
    while (end < s.end && end - start < 30) {
      std::string_view x = doc.norm(end);
      if (x == ";" || x == "." || x == "while" || x == "but" || x == "which" || x == "between" ||
          x == "with" || x == "to" || x == "for" || x == "by") {
        break;
      }
      if (doc.tok(end).kind == TokenKind::kNumber) break;
      ++end;
    }
    for (const Mention& m : doc.gz->FindAreas(*doc.toks, start, end)) {
      // "areas" nouns themselves and trade figures are not areas of a list.
      if (std::find(areas.begin(), areas.end(), m.entity->code) == areas.end()) {
        areas.push_back(m.entity->code);
      }
    }
    if (list_from == SIZE_MAX) list_from = start;
    i = end > i ? end - 1 : i;
  }
  if (areas.empty()) return;
  Claim c = NewClaim(doc, s, ClaimKind::kAreas);
  std::vector<std::string> states;
  for (const CountryRef& r : s.countries) {
    if (r.code == "*" || r.excluded) continue;
    if (std::find(states.begin(), states.end(), r.code) == states.end()) states.push_back(r.code);
  }
  if (states.size() == 2) {
    c.parties = states;
  } else if (states.size() == 1 && !PairOther(doc, states[0]).empty()) {
    c.parties = doc.pair;
  } else if (states.empty() || states.size() > 2) {
    c.parties = doc.pair;
  } else {
    c.parties = doc.pair;
  }
  if (doc.pair.size() == 2 && c.parties.size() == 2 && c.parties[0] == doc.pair[1] &&
      c.parties[1] == doc.pair[0]) {
    std::swap(c.parties[0], c.parties[1]);
  }
  c.areas = std::move(areas);
  out->push_back(std::move(c));
}

}  // namespace dyad::text::internal
