// The extraction pipeline: sanitize -> tokenize -> sentences and quotes -> places,
// amounts and times per sentence -> the pair the article is about -> claim recognisers
// -> de-duplication -> coherence (coherence.h). Every stage is linear in the input; a long article goes through
// it in chunks (kChunkBytes), so memory grows with the claims, not with the tokens.
#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <tuple>

#include "base/strings.h"
#include "text/analysis.h"
#include "text/claims.h"
#include "text/coherence.h"
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

// The pair an article is about: the two countries it names most (the headline and the
// lead count three times), in order of first mention. Fed sentence by sentence.
class PairVote {
 public:
  void Add(const Doc& doc, const SentenceInfo& s, size_t sentence_index) {
    int weight = sentence_index < 2 ? 3 : 1;
    for (const auto& r : s.countries) {
      if (r.code == "*" || r.excluded || InDateline(s, r)) continue;
      auto [it, fresh] = score_.try_emplace(r.code, 0, doc.tok(r.begin).begin);
      it->second.first += weight;
    }
  }
  std::vector<std::string> Pair() const {
    std::vector<std::tuple<int, size_t, std::string>> ranked;
    for (const auto& [code, v] : score_) ranked.emplace_back(-v.first, v.second, code);
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::pair<size_t, std::string>> top;
    for (size_t i = 0; i < ranked.size() && i < 2; ++i) top.emplace_back(std::get<1>(ranked[i]), std::get<2>(ranked[i]));
    std::sort(top.begin(), top.end());  // in order of first mention
    std::vector<std::string> pair;
    for (const auto& [pos, code] : top) pair.push_back(code);
    return pair;
  }
  // The hub of an article about many partners of one country: at least four countries
  // named, the first named at least twice as often as the next.
  std::string Hub() const {
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [code, v] : score_) ranked.emplace_back(-v.first, code);
    std::sort(ranked.begin(), ranked.end());
    if (ranked.size() < 4 || -ranked[0].first < 2 * -ranked[1].first) return "";
    return ranked[0].second;
  }

 private:
  std::map<std::string, std::pair<int, size_t>> score_;  // code -> (weight, byte of first mention)
};

// Articles longer than this are read in chunks that end at a blank line, one chunk's
// tokens and sentence analyses in memory at a time (a token takes ~70 bytes, so a 10 MB
// article held ~150 MB of them). Pass 1 reads every chunk for the pair; pass 2 reads
// them again for the claims. A chunk starts at a paragraph break, where sentences and
// quotations end anyway; only a speaker ("he said") is not carried across it.
constexpr size_t kChunkBytes = size_t{1} << 20;

// [begin, end) of each chunk: the next one starts at the "\n\n" of the first blank
// line after kChunkBytes, so that its first token is read as a paragraph's.
std::vector<std::pair<size_t, size_t>> SplitChunks(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> chunks;
  size_t begin = 0;
  while (text.size() - begin > kChunkBytes) {
    size_t cut = text.find("\n\n", begin + kChunkBytes);
    if (cut == std::string_view::npos) break;
    chunks.emplace_back(begin, cut);
    begin = cut;
  }
  chunks.emplace_back(begin, text.size());
  return chunks;
}

// One chunk read: its tokens (offsets into the whole text), sentences and their
// analyses. Not movable: `doc` points at `toks`, each SentenceInfo at its range.
struct Chunk {
  std::vector<Token> toks;
  std::vector<SentenceRange> ranges;
  Doc doc;
  std::vector<SentenceInfo> infos;
};

// Tokens, glosses, sentences and quotes of clean[span]; only the first chunk has
// headlines.
std::unique_ptr<Chunk> ReadChunk(std::string_view clean, std::pair<size_t, size_t> span, bool first) {
  auto c = std::make_unique<Chunk>();
  c->toks = Tokenize(clean.substr(span.first, span.second - span.first));
  for (Token& t : c->toks) {
    t.begin += static_cast<uint32_t>(span.first);
    t.end += static_cast<uint32_t>(span.first);
  }
  // The one place a second language plugs in: Russian words (in a Russian article or in
  // the Russian sentences of a mixed one) become the English lexicon's words.
  if (std::any_of(c->toks.begin(), c->toks.end(), ru::IsCyrillic)) c->toks = ru::Gloss(c->toks);
  c->ranges = SplitSentences(c->toks);
  if (!first) {
    for (SentenceRange& r : c->ranges) r.headline = false;
  }
  AttributeQuotes(clean, c->toks, &c->ranges);
  return c;
}

// Word classes and the analysis of every sentence, with the article's settings from
// `base` (its pair is set after: no analysis depends on it).
void AnalyzeChunk(const Doc& base, Chunk* c) {
  c->doc = base;
  c->doc.toks = &c->toks;
  c->doc.pair.clear();
  // Every token's word classes, looked up once (Russian tokens are glossed into English
  // words, so one lexicon serves both).
  c->doc.classes.reserve(c->toks.size());
  for (const Token& t : c->toks) c->doc.classes.push_back(t.kind == TokenKind::kWord ? base.lex->Classes(t.norm) : 0);
  c->infos.reserve(c->ranges.size());
  for (const SentenceRange& r : c->ranges) c->infos.push_back(internal::Analyze(c->doc, r));
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
  article.language = ru::DetectLanguage(clean.text);
  std::vector<std::pair<size_t, size_t>> spans = SplitChunks(clean.text);
  Doc base;
  base.clean = clean.text;
  base.gz = &Gazetteer::Builtin();
  base.lex = &Lexicon::Builtin(Language::kEnglish);

  // Pass 1: the date, the headlines and the pair.
  PairVote vote;
  std::unique_ptr<Chunk> only;  // an article of one chunk is read once
  size_t headline_end = 0;
  size_t sentence_index = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    std::unique_ptr<Chunk> c = ReadChunk(clean.text, spans[k], k == 0);
    if (k == 0) {
      if (date) {
        article.date = *date;
        article.date_source = DateSource::kOption;
      } else if (auto found = FindDateline(c->toks, 80)) {
        article.date = *found;
        article.date_source = DateSource::kText;
      } else {
        article.date = Today();
        article.date_source = DateSource::kToday;
      }
      base.date = article.date;
      base.date_known = article.date_source != DateSource::kToday;
      for (const SentenceRange& r : c->ranges) {
        if (!r.headline) break;
        headline_end = c->toks[r.tok_end - 1].end;
      }
    }
    AnalyzeChunk(base, c.get());
    for (const SentenceInfo& s : c->infos) vote.Add(c->doc, s, sentence_index++);
    if (spans.size() == 1) only = std::move(c);
  }
  base.pair = vote.Pair();
  base.hub = vote.Hub();
  article.pair = base.pair;

  // Pass 2: the claims, and the sentences.
  Carry carry;
  std::vector<Claim> claims;
  sentence_index = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    std::unique_ptr<Chunk> c = std::move(only);
    if (c == nullptr) {
      c = ReadChunk(clean.text, spans[k], k == 0);
      AnalyzeChunk(base, c.get());
    }
    c->doc.pair = base.pair;
    c->doc.hub = base.hub;
    for (const SentenceInfo& s : c->infos) {
      carry.sentence_index = static_cast<int>(sentence_index++);
      internal::TradeClaims(c->doc, s, &carry, &claims);
      internal::RankClaims(c->doc, s, &carry, &claims);
      internal::CompositionClaims(c->doc, s, &claims);
      internal::AgreementClaims(c->doc, s, &carry, &claims);
      internal::AreaClaims(c->doc, s, &claims);
    }
    for (const SentenceRange& r : c->ranges) {
      Sentence out;
      std::tie(out.begin, out.end) = internal::ByteSpan(c->toks, r.tok_begin, r.tok_end);
      out.text = internal::TextOf(c->doc, r.tok_begin, r.tok_end);
      out.quoted = r.quoted;
      out.speaker = r.speaker;
      out.headline = r.headline;
      article.sentences.push_back(std::move(out));
    }
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
  DropIncoherentFigures(&article.claims);
  return article;
}

}  // namespace dyad::text
