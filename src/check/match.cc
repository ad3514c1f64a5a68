#include "check/match.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "base/utf8.h"
#include "reference/areas.h"
#include "reference/countries.h"

namespace dyad::check {
namespace {

const std::set<std::string>& StopWords() {
  static const std::set<std::string> words = {
      "a", "an", "the", "of", "on", "in", "for", "to", "and", "between", "with", "by", "at",
      "republic", "republics", "two", "both", "countries", "nations", "new", "historic", "its",
      "their", "s"};
  return words;
}

std::string NormaliseWord(std::string w) {
  if (w == "program" || w == "programs" || w == "programmes") return "programme";
  if (w == "memorandums" || w == "memoranda") return "memorandum";
  if (w == "agreements") return "agreement";
  if (w == "institutes") return "institute";
  if (w == "ministries") return "ministry";
  return w;
}

bool KindsCompatible(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  auto pair = [&](const char* x, const char* y) { return (a == x && b == y) || (a == y && b == x); };
  return pair("treaty", "agreement") || pair("programme", "roadmap") ||
         pair("declaration", "joint_statement");
}

bool Overlap(const Date& x, const Date& y) {
  return x.First().DayNumber() <= y.Last().DayNumber() && y.First().DayNumber() <= x.Last().DayNumber();
}

}  // namespace

std::vector<std::string> TitleWords(const std::string& title) {
  std::string folded = FoldForMatch(title);
  std::vector<std::string> out;
  std::string cur;
  const auto& countries = reference::Countries::Builtin();
  auto flush = [&] {
    if (cur.empty()) return;
    std::string w = NormaliseWord(cur);
    cur.clear();
    if (StopWords().count(w) || countries.FindName(w) != nullptr) return;
    if (std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
  };
  for (char ch : folded) {
    unsigned char u = static_cast<unsigned char>(ch);
    if (std::isalnum(u) || u >= 0x80) {
      cur += ch;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::optional<AgreementMatch> MatchAgreement(const text::AgreementInfo& info,
                                             const std::vector<std::string>& states,
                                             const Date& article_date,
                                             const std::vector<registry::Agreement>& candidates) {
  std::vector<std::string> claim_words = TitleWords(info.title);
  std::set<std::string> claim_parties;
  for (const auto& p : info.parties) {
    if (!p.name.empty()) claim_parties.insert(FoldForMatch(p.name));
  }
  std::optional<AgreementMatch> best;
  for (const registry::Agreement& a : candidates) {
    std::vector<std::string> entry_states = a.States();
    bool states_ok = std::all_of(states.begin(), states.end(), [&](const std::string& s) {
      return std::find(entry_states.begin(), entry_states.end(), s) != entry_states.end();
    });
    if (!states_ok || !KindsCompatible(info.kind, a.kind)) continue;
    if (info.signed_on && a.signed_on) {
      bool ok = Overlap(*info.signed_on, *a.signed_on);
      // "have signed" dates the signing to the article; allow two weeks of reporting lag.
      if (!ok && info.signed_on_from_article) {
        int64_t lag = article_date.DayNumber() - a.signed_on->Last().DayNumber();
        ok = lag >= 0 && lag <= 14;
      }
      if (!ok) continue;
    }
    std::vector<std::string> entry_words = TitleWords(a.title);
    int common = 0;
    for (const std::string& w : claim_words) {
      if (std::find(entry_words.begin(), entry_words.end(), w) != entry_words.end()) ++common;
    }
    double containment = claim_words.empty() ? 0 : static_cast<double>(common) / claim_words.size();
    int shared_parties = 0;
    for (const auto& p : a.parties) {
      if (!p.name.empty() && claim_parties.count(FoldForMatch(p.name))) ++shared_parties;
    }
    bool same_level = !info.relationship_level.empty() &&
                      FoldForMatch(info.relationship_level) == FoldForMatch(a.relationship_level);
    if (containment < 0.6 && shared_parties == 0 && !same_level) continue;
    double score = containment + shared_parties + (same_level ? 1 : 0) + (info.kind == a.kind ? 0.5 : 0);
    if (best && best->score >= score) continue;
    std::string why = fmt::format("{} kind", info.kind == a.kind ? "same" : "compatible");
    if (info.signed_on && a.signed_on) why += ", signing dates agree";
    why += fmt::format(", title words {}/{}", common, claim_words.size());
    if (shared_parties > 0) why += fmt::format(", {} named part{} in common", shared_parties, shared_parties == 1 ? "y" : "ies");
    if (same_level) why += ", same relationship level";
    best = AgreementMatch{&a, score, why};
  }
  return best;
}

const registry::Target* MatchTarget(const text::Claim& claim, const std::vector<registry::Target>& targets) {
  if (!claim.value_usd || claim.parties.size() < 2) return nullptr;
  std::string metric = claim.measure == "exports" ? "exports" : claim.measure == "imports" ? "imports" : "total_trade";
  for (const registry::Target& t : targets) {
    bool pair = (t.state_a == claim.parties[0] && t.state_b == claim.parties[1]) ||
                (metric == "total_trade" && t.state_a == claim.parties[1] && t.state_b == claim.parties[0]);
    if (!pair || t.metric != metric || t.currency != "USD" || t.target_year != claim.target_year) continue;
    if (std::fabs(static_cast<double>(t.value - *claim.value_usd)) <= 0.005 * static_cast<double>(t.value)) {
      return &t;
    }
  }
  return nullptr;
}

std::vector<std::string> CanonicalAreas(const std::vector<std::string>& areas) {
  std::vector<std::string> out;
  for (const std::string& area : areas) {
    const reference::Area* a = reference::Areas::Builtin().TryFind(area);
    std::string code = a != nullptr ? a->code : area;
    if (std::find(out.begin(), out.end(), code) == out.end()) out.push_back(std::move(code));
  }
  return out;
}

}  // namespace dyad::check
