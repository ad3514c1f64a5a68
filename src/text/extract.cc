// The extraction pipeline: sanitize -> tokenize -> sentences and quotes -> places,
// amounts and times per sentence -> the pair the article is about -> claim recognisers
// -> de-duplication. Every stage is linear in the input.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "base/strings.h"
#include "text/analysis.h"
#include "text/claims.h"
#include "text/ru_gloss.h"
#include "text/sentences.h"

namespace dyad::text {
namespace {

using internal::Carry;
using internal::Doc;
using internal::SentenceInfo;

constexpr size_t kMaxInputBytes = 64u << 20;

// "Baku, Azerbaijan, Aug. 29": the country of a dateline (right after the city that
// opens the sentence) says where the news was filed, not what it is about.
bool InDateline(const SentenceInfo& s, const internal::CountryRef& r) {
  for (const Mention& c : s.cities) {
    if (c.begin == s.begin && r.begin == c.end + 1 && r.begin <= s.begin + 4) return true;
  }
  return false;
}

std::vector<std::string> ChoosePair(const std::vector<SentenceInfo>& infos) {
  std::map<std::string, std::pair<int, size_t>> score;  // code -> (weight, first token)
  for (size_t si = 0; si < infos.size(); ++si) {
    int weight = si < 2 ? 3 : 1;  // the headline and the lead name the pair
    for (const auto& r : infos[si].countries) {
      if (r.code == "*" || r.excluded || InDateline(infos[si], r)) continue;
      auto [it, fresh] = score.try_emplace(r.code, 0, r.begin);
      it->second.first += weight;
    }
  }
  std::vector<std::tuple<int, size_t, std::string>> ranked;
  for (const auto& [code, v] : score) ranked.emplace_back(-v.first, v.second, code);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::pair<size_t, std::string>> top;
  for (size_t i = 0; i < ranked.size() && i < 2; ++i) top.emplace_back(std::get<1>(ranked[i]), std::get<2>(ranked[i]));
  std::sort(top.begin(), top.end());  // in order of first mention
  std::vector<std::string> pair;
  for (const auto& [pos, code] : top) pair.push_back(code);
  return pair;
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + ",";
  return s;
}

std::string ClaimKey(const Claim& c) {
  std::string k(ClaimKindName(c.kind));
  // Totals, targets of totals, agreements and areas read the same either way round.
  std::vector<std::string> parties = c.parties;
  bool directed = c.kind == ClaimKind::kTradeFlow || c.kind == ClaimKind::kComposition ||
                  c.kind == ClaimKind::kRank || c.kind == ClaimKind::kShare || c.measure == "exports";
  if (!directed) std::sort(parties.begin(), parties.end());
  for (const auto& p : parties) k += "|" + p;
  k += "|" + (c.year ? std::to_string(*c.year) : "") + "|" + c.months;
  k += "|" + (c.value_usd ? std::to_string(*c.value_usd) : "");
  k += "|" + (c.amount ? std::to_string(*c.amount) : "") + c.currency;
  k += "|" + (c.percent ? std::to_string(*c.percent) : "") + "|" + c.measure;
  k += "|" + (c.rank ? std::to_string(*c.rank) : "") + "|" + c.group;
  k += "|" + (c.target_year ? std::to_string(*c.target_year) : "");
  for (const auto& g : c.goods) k += "|g" + g;
  for (const auto& a : c.areas) k += "|a" + a;
  if (c.agreement) {
    k += "|" + c.agreement->kind + "|" + ToLowerAscii(c.agreement->title);
    for (const auto& p : c.agreement->parties) k += "|p" + p.name;
  }
  return k;
}

}  // namespace

Result<Article> ExtractClaims(std::string_view input, std::optional<Date> date) {
  if (input.size() > kMaxInputBytes) {
    return InvalidInput("article is " + std::to_string(input.size()) + " bytes; at most " +
                        std::to_string(kMaxInputBytes) + " bytes are read");
  }
  CleanText clean = Sanitize(input);
  // A file that is mostly control bytes is not an article.
  if (clean.nul_bytes > 16 && clean.nul_bytes * 100 > input.size()) {
    return InvalidInput("input is not text: " + std::to_string(clean.nul_bytes) + " of " +
                        std::to_string(input.size()) + " bytes are NUL or control bytes");
  }
  Article article;
  if (clean.invalid_utf8 > 0) {
    article.warnings.push_back("input is not valid UTF-8 at byte " + std::to_string(clean.first_invalid_utf8) +
                              "; " + std::to_string(clean.invalid_utf8) + " invalid bytes ignored");
  }
  if (clean.nul_bytes > 0) {
    article.warnings.push_back(std::to_string(clean.nul_bytes) + " NUL or control bytes ignored");
  }
  if (clean.html_tags > 0) {
    article.warnings.push_back(std::to_string(clean.html_tags) + " HTML tags removed");
  }
  std::vector<Token> toks = Tokenize(clean.text);
  // The one place a second language plugs in: Russian words (in a Russian article or in
  // the Russian sentences of a mixed one) become the English lexicon's words.
  article.language = ru::DetectLanguage(clean.text);
  if (std::any_of(toks.begin(), toks.end(), ru::IsCyrillic)) toks = ru::Gloss(toks);
  std::vector<SentenceRange> ranges = SplitSentences(toks);
  AttributeQuotes(clean.text, toks, &ranges);

  if (date) {
    article.date = *date;
    article.date_source = DateSource::kOption;
  } else if (auto found = FindDateline(toks, 80)) {
    article.date = *found;
    article.date_source = DateSource::kText;
  } else {
    article.date = Today();
    article.date_source = DateSource::kToday;
  }

  Doc doc;
  doc.clean = clean.text;
  doc.toks = &toks;
  doc.gz = &Gazetteer::Builtin();
  doc.date = article.date;
  doc.date_known = article.date_source != DateSource::kToday;
  // Every token's word classes, looked up once (Russian tokens are glossed into English
  // words above, so one lexicon serves both).
  const Lexicon& lex = Lexicon::Builtin(Language::kEnglish);
  doc.lex = &lex;
  doc.classes.reserve(toks.size());
  for (const Token& t : toks) doc.classes.push_back(t.kind == TokenKind::kWord ? lex.Classes(t.norm) : 0);

  std::vector<SentenceInfo> infos;
  infos.reserve(ranges.size());
  for (const SentenceRange& r : ranges) infos.push_back(internal::Analyze(doc, r));
  doc.pair = ChoosePair(infos);
  article.pair = doc.pair;

  size_t headline_end = 0;
  for (const SentenceRange& r : ranges) {
    if (!r.headline) break;
    headline_end = toks[r.tok_end - 1].end;
  }
  Carry carry;
  std::vector<Claim> claims;
  for (size_t si = 0; si < infos.size(); ++si) {
    const SentenceInfo& s = infos[si];
    carry.sentence_index = static_cast<int>(si);
    internal::TradeClaims(doc, s, &carry, &claims);
    internal::RankClaims(doc, s, &carry, &claims);
    internal::CompositionClaims(doc, s, &claims);
    internal::AgreementClaims(doc, s, &carry, &claims);
    internal::AreaClaims(doc, s, &claims);
  }
  // A headline restates the body in round numbers: its claim goes when the body has
  // one of the same kind about the same parties.
  std::set<std::string> body_kinds;
  for (const Claim& c : claims) {
    if (c.span_begin >= headline_end) {
      std::vector<std::string> p = c.parties;
      std::sort(p.begin(), p.end());
      body_kinds.insert(std::string(ClaimKindName(c.kind)) + "|" + Join(p));
    }
  }
  // A fact repeated is one claim.
  std::set<std::string> seen;
  for (Claim& c : claims) {
    if (c.span_begin < headline_end) {
      std::vector<std::string> p = c.parties;
      std::sort(p.begin(), p.end());
      if (body_kinds.count(std::string(ClaimKindName(c.kind)) + "|" + Join(p))) continue;
    }
    if (seen.insert(ClaimKey(c)).second) article.claims.push_back(std::move(c));
  }
  article.sentences.reserve(ranges.size());
  for (size_t si = 0; si < ranges.size(); ++si) {
    const SentenceRange& r = ranges[si];
    Sentence s;
    s.begin = toks[r.tok_begin].begin;
    s.end = toks[r.tok_end - 1].end;
    s.text = internal::TextOf(doc, r.tok_begin, r.tok_end);
    s.quoted = r.quoted;
    s.speaker = r.speaker;
    s.headline = r.headline;
    article.sentences.push_back(std::move(s));
  }
  return article;
}

}  // namespace dyad::text
