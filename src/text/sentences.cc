#include "text/sentences.h"

#include <string_view>
#include <unordered_set>

namespace dyad::text {
namespace {

bool IsAbbreviation(std::string_view norm) {
  static const std::unordered_set<std::string_view> kAbbrev = {
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "st", "jr", "sr", "inc",
      "ltd", "co", "corp", "no", "nos", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "approx", "est", "dept", "gov", "rep", "sen", "fig",
      "vol", "art", "para", "pp", "ca", "cf", "al", "e.g", "i.e", "eg", "ie", "mln", "bln",
      "mn", "bn", "tn", "min", "gov", "adm", "capt", "maj", "hon", "rev", "amb", "pres"};
  return kAbbrev.count(norm) > 0;
}

bool IsTerminal(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.norm == "." || t.norm == "!" || t.norm == "?");
}

bool IsClosing(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         ((t.norm == "\"" && t.quote != 'o') || t.norm == ")" || t.norm == "]" || t.norm == "'");
}

bool IsConnector(const Token& t) {
  static const std::unordered_set<std::string> kConnectors = {
      "after", "between", "and", "or", "of", "the", "to", "in", "with", "a", "an", "for", "on",
      "by", "at", "from", "as", "that", "which", "its", "their", "than", "among", "said"};
  return t.kind == TokenKind::kWord && !t.cap && kConnectors.count(t.norm) > 0;
}

bool IsReportingVerb(std::string_view w) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "said", "says", "added", "adds", "noted", "notes", "stressed", "emphasized", "emphasised",
      "stated", "told", "explained", "remarked", "declared", "underlined", "continued",
      "concluded", "announced", "highlighted", "thanked", "described", "recalled", "pointed",
      "expressed", "welcomed", "praised", "urged", "called", "wrote", "according", "insisted",
      "asserted", "observed", "mentioned", "reiterated", "confirmed", "underscored"};
  return kVerbs.count(w) > 0;
}

bool IsPronoun(std::string_view w) { return w == "he" || w == "she"; }

}  // namespace

bool IsTitleWord(std::string_view norm) {
  static const std::unordered_set<std::string_view> kTitles = {
      "president", "minister", "prime", "premier", "chairman", "chairwoman", "ambassador",
      "deputy", "mr", "mrs", "ms", "dr", "secretary", "governor", "mayor", "akim", "chancellor",
      "king", "emir", "sheikh", "vice", "foreign", "head", "spokesman", "spokeswoman",
      "spokesperson", "director", "general", "ceo", "chief", "speaker", "envoy", "leader",
      "senator", "crown", "prince", "sultan", "chair"};
  return kTitles.count(norm) > 0;
}

std::vector<SentenceRange> SplitSentences(const std::vector<Token>& toks) {
  std::vector<SentenceRange> out;
  size_t n = toks.size();
  size_t start = 0;
  bool para = true;
  auto emit = [&](size_t end, bool headline) {
    if (end <= start) return;
    SentenceRange s;
    s.tok_begin = start;
    s.tok_end = end;
    s.headline = headline;
    s.paragraph_start = para;
    out.push_back(s);
    start = end;
    para = false;
  };
  for (size_t i = 0; i < n; ++i) {
    const Token& t = toks[i];
    // No real sentence is this long; cutting keeps every later stage linear.
    if (i - start >= kMaxSentenceTokens) emit(i, false);
    // Line breaks before token i.
    if (i > start && t.newline_before) {
      const Token& prev = toks[i - 1];
      bool brk = t.blank_line_before || IsTerminal(prev) || IsClosing(prev) ||
                 (!(prev.kind == TokenKind::kPunct && (prev.norm == "," || prev.norm == ";" ||
                                                       prev.norm == "(" || prev.norm == "-")) &&
                  !IsConnector(prev) && (t.cap || t.kind != TokenKind::kWord));
      if (brk) {
        // Leading lines without a full stop (title, headline) are headlines.
        bool headline = !IsTerminal(prev) && !IsClosing(prev) &&
                        (out.empty() || (out.back().headline && out.size() < 4));
        emit(i, headline);
        para = true;
      }
    }
    if (!IsTerminal(t) && t.norm != "...") continue;
    if (t.norm == "...") continue;  // an ellipsis ends a sentence only at a line break
    // Closing quotes and brackets after the stop belong to this sentence.
    size_t j = i + 1;
    while (j < n && IsClosing(toks[j]) && !toks[j].space_before) ++j;
    if (j < n && toks[j].kind == TokenKind::kPunct && toks[j].norm == "\"" && toks[j].quote != 'o' &&
        j == i + 1) {
      ++j;
    }
    if (j >= n) {
      i = j - 1;
      continue;
    }
    const Token& next = toks[j];
    if (t.norm == ".") {
      const Token* prev = i > 0 ? &toks[i - 1] : nullptr;
      bool attached = !t.space_before;
      if (prev && attached && prev->kind == TokenKind::kWord && !next.newline_before) {
        // "$32 bln. In this year ...": a scale abbreviation ends a sentence before a
        // capitalised word (a figure ends its clause); other abbreviations do not.
        bool scale = prev->norm == "mln" || prev->norm == "bln" || prev->norm == "mn" || prev->norm == "bn" ||
                     prev->norm == "tn";
        if (IsAbbreviation(prev->norm) && !(scale && next.cap)) continue;
        // Initials ("J. Smith", "Н. Назарбаев": one letter of any script) and "U.S." read
        // as one token.
        bool one_letter = prev->norm.size() == 1 ||
                          (prev->norm.size() == 2 && static_cast<unsigned char>(prev->norm[0]) >= 0xC0);
        if (one_letter && prev->cap) continue;
        if (prev->upper && prev->norm.size() <= 3 && prev->end - prev->begin > prev->norm.size()) {
          // "U.S." followed by a capitalised word is ambiguous; keep the sentence whole
          // unless the next word starts a typical sentence.
          static const std::unordered_set<std::string> kStarters = {
              "the", "this", "it", "he", "she", "they", "in", "a", "according", "trade", "both"};
          if (!kStarters.count(next.norm)) continue;
        }
      }
    }
    // A lowercase word after the stop continues the sentence ("approx. the").
    if (next.kind == TokenKind::kWord && !next.cap && !next.newline_before) continue;
    emit(j, false);
    i = j - 1;
  }
  if (start < n) {
    bool headline = false;  // a text of one line is a sentence, not a headline
    emit(n, headline);
  }
  return out;
}

void AttributeQuotes(std::string_view text, const std::vector<Token>& toks,
                     std::vector<SentenceRange>* sentences) {
  auto raw = [&](const Token& t) {
    std::string r;
    for (char c : text.substr(t.begin, t.end - t.begin)) {
      if (c != kFiller) r.push_back(c);
    }
    return r;
  };
  bool in_quote = false;
  std::string last_person;
  std::string last_quote_speaker;
  for (SentenceRange& s : *sentences) {
    if (s.paragraph_start) in_quote = false;
    size_t words = 0, quoted_words = 0;
    std::vector<std::pair<size_t, size_t>> quote_spans;  // token ranges inside quotes
    size_t open_at = 0;
    bool started_in_quote = in_quote;
    if (in_quote) open_at = s.tok_begin;
    for (size_t i = s.tok_begin; i < s.tok_end; ++i) {
      const Token& t = toks[i];
      if (t.newline_before && i > s.tok_begin) in_quote = false;
      if (t.kind == TokenKind::kPunct && t.norm == "\"") {
        bool open = t.quote == 'o' || (t.quote == '?' && !in_quote);
        if (open) {
          in_quote = true;
          open_at = i + 1;
        } else if (in_quote) {
          in_quote = false;
          quote_spans.push_back({open_at, i});
        }
        continue;
      }
      if (t.kind == TokenKind::kWord) {
        ++words;
        if (in_quote) ++quoted_words;
      }
    }
    if (in_quote) quote_spans.push_back({open_at, s.tok_end});
    s.quoted = words > 0 && quoted_words * 2 > words;
    (void)started_in_quote;

    // Names: a run of capitalised words (hyphens allowed); the last is the surname.
    auto name_before = [&](size_t end_excl, size_t floor) -> std::string {
      size_t k = end_excl;
      std::string name;
      while (k > floor) {
        const Token& t = toks[k - 1];
        if (t.kind == TokenKind::kWord && t.cap && t.norm != "'s") {
          if (name.empty() && !IsTitleWord(t.norm)) name = raw(t);
          --k;
        } else if (t.kind == TokenKind::kPunct && t.norm == "-" && !t.space_before) {
          --k;
        } else {
          break;
        }
      }
      return name;
    };
    auto name_after = [&](size_t begin, size_t end) -> std::string {
      std::string name;
      size_t k = begin;
      if (k < end && toks[k].norm == "the") ++k;
      while (k < end) {
        const Token& t = toks[k];
        if (t.kind == TokenKind::kWord && t.cap) {
          if (!IsTitleWord(t.norm)) name = raw(t);
          ++k;
        } else if (t.kind == TokenKind::kPunct && t.norm == "-" && !t.space_before) {
          ++k;
        } else {
          break;
        }
      }
      return name;
    };

    std::string speaker;
    // After a closing quote: ", Tokayev said" / "said Tokayev" / ", he added".
    for (const auto& [qb, qe] : quote_spans) {
      size_t k = qe + 1;
      if (k < s.tok_end && toks[k].norm == ",") ++k;
      if (k >= s.tok_end) continue;
      if (IsReportingVerb(toks[k].norm)) {
        if (k + 1 < s.tok_end && IsPronoun(toks[k + 1].norm)) speaker = last_person;
        else speaker = name_after(k + 1, s.tok_end);
      } else if (IsPronoun(toks[k].norm) && k + 1 < s.tok_end && IsReportingVerb(toks[k + 1].norm)) {
        speaker = last_person;
      } else {
        size_t m = k;
        while (m < s.tok_end && m < k + 8 && !IsReportingVerb(toks[m].norm)) ++m;
        if (m < s.tok_end && m < k + 8) speaker = name_before(m, k);
      }
      if (!speaker.empty()) break;
    }
    // Before an opening quote: "Tokayev said: ..." handled by the sentence-start rule.
    if (speaker.empty() && !s.quoted) {
      // "President Tokayev (also) noted ...", "He highlighted ...".
      size_t k = s.tok_begin;
      if (k < s.tok_end && IsPronoun(toks[k].norm)) {
        size_t v = k + 1;
        if (v < s.tok_end && (toks[v].norm == "also" || toks[v].norm == "further")) ++v;
        if (v < s.tok_end && IsReportingVerb(toks[v].norm)) speaker = last_person;
      } else {
        size_t m = k;
        while (m < s.tok_end && m < k + 8 &&
               ((toks[m].kind == TokenKind::kWord && toks[m].cap) || toks[m].norm == "-")) {
          ++m;
        }
        size_t v = m;
        if (v < s.tok_end && (toks[v].norm == "also" || toks[v].norm == "further")) ++v;
        if (m > k && v < s.tok_end && IsReportingVerb(toks[v].norm)) speaker = name_before(m, k);
      }
    }
    if (speaker.empty() && s.quoted && !quote_spans.empty() && quote_spans.front().first <= s.tok_begin + 1 &&
        s.tok_begin > 0) {
      speaker = last_quote_speaker;  // a quote continued from the previous sentence
    }
    if (!speaker.empty()) {
      s.speaker = speaker;
      if (s.quoted) last_quote_speaker = speaker;
    } else if (!s.quoted) {
      last_quote_speaker.clear();
    }
    // Remember the last person named with a title ("President Tokayev").
    for (size_t i = s.tok_begin; i + 1 < s.tok_end; ++i) {
      if (toks[i].cap && IsTitleWord(toks[i].norm) && toks[i + 1].cap && !IsTitleWord(toks[i + 1].norm)) {
        std::string name = name_after(i + 1, std::min(s.tok_end, i + 6));
        if (!name.empty()) last_person = name;
      }
    }
    if (!speaker.empty()) last_person = speaker;
  }
}

}  // namespace dyad::text
