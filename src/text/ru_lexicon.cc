#include "text/ru_lexicon.h"

#include <algorithm>
#include <cstdlib>

#include "base/strings.h"
#include "embedded/ru_countries_tsv.h"
#include "embedded/ru_endings_txt.h"
#include "embedded/ru_lexicon_tsv.h"
#include "embedded/ru_places_tsv.h"
#include "reference/countries.h"

namespace dyad::text::ru {
namespace {

// Folds one pattern word the way the tokenizer folds text ("Казахстан" -> "казахстан").
std::string Fold(std::string_view word) {
  std::string key = NormKey(word);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

// Cyrillic capitals are U+0410..U+042F (two bytes 0xD0 0x90..0xAF) and Ё (0xD0 0x81).
bool IsAllCapitalCyrillic(std::string_view s) {
  bool any = false;
  for (size_t i = 0; i + 1 < s.size(); i += 2) {
    unsigned char a = s[i], b = s[i + 1];
    if (a != 0xD0 || !((b >= 0x90 && b <= 0xAF) || b == 0x81)) return false;
    any = true;
  }
  return any && s.size() % 2 == 0;
}

std::vector<std::string> GlossWords(std::string_view english) {
  std::vector<std::string> out;
  for (std::string_view w : SplitString(english, ' ')) {
    w = TrimAscii(w);
    if (!w.empty()) out.push_back(ToLowerAscii(w));
  }
  return out;
}

}  // namespace

std::vector<std::string> SplitPattern(std::string_view pattern) {
  std::vector<std::string> words;
  for (std::string_view part : SplitString(pattern, ' ')) {
    part = TrimAscii(part);
    size_t start = 0;
    for (size_t i = 0; i <= part.size(); ++i) {
      if (i == part.size() || part[i] == '-') {
        if (i > start) words.emplace_back(part.substr(start, i - start));
        if (i < part.size()) words.emplace_back("-");
        start = i + 1;
      }
    }
  }
  return words;
}

Status Lexicon::AddLine(std::string_view file, int line_no, std::string_view pattern, Entry entry) {
  auto where = [&] { return std::string(file) + ":" + std::to_string(line_no) + ": "; };
  std::vector<std::string> words = SplitPattern(pattern);
  if (words.empty()) return InvalidInput(where() + "empty pattern");
  for (const std::string& raw : words) {
    PatternWord w;
    std::string_view s = raw;
    if (size_t brace = s.find('{'); brace != std::string_view::npos) {
      if (s.back() != '}') return InvalidInput(where() + "expected '}' at the end of \"" + raw + "\"");
      for (std::string_view e : SplitString(s.substr(brace + 1, s.size() - brace - 2), ',')) {
        w.endings.push_back(Fold(TrimAscii(e)));
      }
      s = s.substr(0, brace);
    } else if (!s.empty() && s.back() == '*') {
      w.any_ending = true;
      s.remove_suffix(1);
    }
    w.stem = (s == "-" || s == ".") ? std::string(s) : Fold(s);
    if (w.stem.empty()) return InvalidInput(where() + "expected a word, found \"" + raw + "\"");
    entry.words.push_back(std::move(w));
  }
  entry.line = line_no;
  auto owned = std::make_unique<Entry>(std::move(entry));
  by_stem_[owned->words[0].stem].push_back(owned.get());
  entries_.push_back(std::move(owned));
  return Status::Ok();
}

Result<std::unique_ptr<Lexicon>> Lexicon::Parse(std::string_view endings, std::string_view lexicon,
                                                std::string_view countries,
                                                std::string_view places) {
  std::unique_ptr<Lexicon> lx(new Lexicon());
  for (std::string_view line : SplitString(endings, '\n')) {
    line = TrimAscii(line);
    if (line.empty() || line[0] == '#') continue;
    std::string e = Fold(line);
    lx->endings_[e] = true;
    lx->max_ending_bytes_ = std::max(lx->max_ending_bytes_, e.size());
  }
  int n = 0;
  std::unordered_map<std::string, int> first_line;
  for (std::string_view line : SplitString(lexicon, '\n')) {
    ++n;
    if (TrimAscii(line).empty() || TrimAscii(line)[0] == '#') continue;
    std::vector<std::string_view> cols = SplitString(line, '\t');
    if (cols.size() != 2) {
      return InvalidInput("lexicon.tsv:" + std::to_string(n) + ": expected pattern<TAB>gloss, found " +
                          std::to_string(cols.size()) + " columns");
    }
    auto [seen, fresh] = first_line.try_emplace(std::string(TrimAscii(cols[0])), n);
    if (!fresh) {
      return InvalidInput("lexicon.tsv:" + std::to_string(n) + ": duplicate pattern \"" + seen->first +
                          "\" (first on line " + std::to_string(seen->second) + ")");
    }
    Entry e;
    std::string_view gloss = TrimAscii(cols[1]);
    if (gloss != "-") e.gloss = GlossWords(gloss);
    e.gloss_cap = !gloss.empty() && gloss[0] >= 'A' && gloss[0] <= 'Z';
    if (gloss.empty()) return InvalidInput("lexicon.tsv:" + std::to_string(n) + ": empty gloss (use '-' to drop)");
    if (Status st = lx->AddLine("lexicon.tsv", n, TrimAscii(cols[0]), std::move(e)); !st.ok()) return st;
  }
  const auto& table = reference::Countries::Builtin();
  n = 0;
  for (std::string_view line : SplitString(countries, '\n')) {
    ++n;
    if (TrimAscii(line).empty() || TrimAscii(line)[0] == '#') continue;
    std::vector<std::string_view> cols = SplitString(line, '\t');
    const reference::Country* c = cols.empty() ? nullptr : table.FindByCode(TrimAscii(cols[0]));
    if (cols.size() < 2 || c == nullptr) {
      return InvalidInput("countries.tsv:" + std::to_string(n) + ": expected an ISO alpha-3 code, names and adjectives");
    }
    std::vector<std::string> name = GlossWords(NormKey(c->name));
    std::vector<std::string> adjective =
        c->adjectives.empty() ? name : GlossWords(NormKey(c->adjectives[0]));
    for (std::string_view nm : SplitString(cols[1], ';')) {
      nm = TrimAscii(nm);
      if (nm.empty()) continue;
      Entry e{EntryKind::kCountry, {}, name, false, c->code, true, IsAllCapitalCyrillic(nm), 0};
      if (Status st = lx->AddLine("countries.tsv", n, nm, std::move(e)); !st.ok()) return st;
    }
    if (cols.size() < 3) continue;
    for (std::string_view adj : SplitString(cols[2], ';')) {
      adj = TrimAscii(adj);
      if (adj.empty()) continue;
      Entry e{EntryKind::kCountryAdjective, {}, adjective, false, c->code, false, false, 0};
      if (Status st = lx->AddLine("countries.tsv", n, adj, std::move(e)); !st.ok()) return st;
    }
  }
  n = 0;
  for (std::string_view line : SplitString(places, '\n')) {
    ++n;
    if (TrimAscii(line).empty() || TrimAscii(line)[0] == '#') continue;
    std::vector<std::string_view> cols = SplitString(line, '\t');
    if (cols.size() < 2 || TrimAscii(cols[0]).empty()) {
      return InvalidInput("places.tsv:" + std::to_string(n) + ": expected english<TAB>names<TAB>adjectives");
    }
    std::string_view english = TrimAscii(cols[0]);
    std::vector<std::string> gloss = GlossWords(NormKey(english));
    for (size_t col = 1; col < cols.size() && col < 3; ++col) {
      for (std::string_view nm : SplitString(cols[col], ';')) {
        nm = TrimAscii(nm);
        if (nm.empty()) continue;
        Entry e{EntryKind::kPlace, {}, gloss, false, std::string(english), col == 1,
                col == 1 && IsAllCapitalCyrillic(nm), 0};
        if (Status st = lx->AddLine("places.tsv", n, nm, std::move(e)); !st.ok()) return st;
      }
    }
  }
  return lx;
}

const Lexicon& Lexicon::Builtin() {
  static const Lexicon* lx = [] {
    auto parsed = Parse(embedded::ru_endings_txt(), embedded::ru_lexicon_tsv(),
                        embedded::ru_countries_tsv(), embedded::ru_places_tsv());
    if (!parsed.ok()) std::abort();  // the embedded files are checked by ru_lexicon_test
    return parsed->release();
  }();
  return *lx;
}

bool Lexicon::HasEnding(std::string_view word, std::string_view stem, std::string* rest) const {
  if (word.size() < stem.size() || word.substr(0, stem.size()) != stem) return false;
  std::string tail(word.substr(stem.size()));
  if (!tail.empty() && !endings_.count(tail)) return false;
  if (rest) *rest = tail;
  return true;
}

bool Lexicon::WordMatches(const PatternWord& w, const std::string& norm, std::string* ending) const {
  if (w.any_ending) return HasEnding(norm, w.stem, ending);
  if (w.endings.empty()) {
    if (norm != w.stem) return false;
    ending->clear();
    return true;
  }
  if (norm.size() < w.stem.size() || norm.compare(0, w.stem.size(), w.stem) != 0) return false;
  std::string tail = norm.substr(w.stem.size());
  if (std::find(w.endings.begin(), w.endings.end(), tail) == w.endings.end()) return false;
  *ending = tail;
  return true;
}

Match Lexicon::Longest(const std::vector<Token>& toks, size_t i, size_t end) const {
  Match best;
  if (i >= end || toks[i].kind != TokenKind::kWord) return best;
  std::string_view norm = toks[i].norm;
  // Every prefix of the word that leaves at most the longest ending is a possible stem.
  for (size_t cut = norm.size(); cut + max_ending_bytes_ + 1 >= norm.size() && cut > 0; --cut) {
    auto it = by_stem_.find(norm.substr(0, cut));
    if (it != by_stem_.end()) {
      for (const Entry* e : it->second) {
        if (e->words.size() <= best.length || i + e->words.size() > end) continue;
        if (e->needs_cap && !toks[i].cap) continue;
        if (e->upper_only && !toks[i].upper) continue;
        std::string ending;
        bool ok = true;
        for (size_t k = 0; k < e->words.size() && ok; ++k) {
          const Token& t = toks[i + k];
          if (e->words[k].stem == "-" || e->words[k].stem == ".") {
            ok = t.norm == e->words[k].stem && !t.space_before;
          } else {
            ok = t.kind == TokenKind::kWord && WordMatches(e->words[k], t.norm, &ending);
          }
        }
        if (ok) best = {e, e->words.size(), ending};
      }
    }
    if (cut == 1) break;
  }
  return best;
}

}  // namespace dyad::text::ru
