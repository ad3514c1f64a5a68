// The Russian lexicon: Russian word forms and phrases with what they stand for in the
// English lexicon the reading stages use (data/text/ru/lexicon.tsv), the Russian names
// of countries (countries.tsv), of groups and cities (places.tsv), and the inflectional
// endings that let one stem match every case form (endings.txt). All four files are
// compiled in; Builtin() parses them once. Immutable afterwards; thread-safe.
//
// A pattern word is a stem that takes any ending ("Казахстан*": Казахстан, Казахстана,
// Казахстаном, ...), a stem with listed endings ("мест{о,а,е}"), or an exact form.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "text/tokens.h"

namespace dyad::text::ru {

// One word of a pattern.
struct PatternWord {
  std::string stem;                   // folded (lowercase)
  bool any_ending = false;            // '*': any ending of endings.txt (or none)
  std::vector<std::string> endings;   // "{a,b,}": one of these ("" allowed)
};

enum class EntryKind : uint8_t { kWord, kCountry, kCountryAdjective, kPlace };

struct Entry {
  EntryKind kind = EntryKind::kWord;
  std::vector<PatternWord> words;
  std::vector<std::string> gloss;     // English words (folded); empty: drop the words
  bool gloss_cap = false;             // the gloss is written capitalised ("January")
  std::string code;                   // alpha-3 for countries
  bool needs_cap = false;             // names: the first word must be capitalised
  bool upper_only = false;            // abbreviations (США, РФ): written in capitals
  int line = 0;                       // in its data file, for messages
};

// A match of an entry at a token.
struct Match {
  const Entry* entry = nullptr;
  size_t length = 0;          // tokens
  std::string last_ending;    // the ending the last word had ("а" in "Казахстана")
};

class Lexicon {
 public:
  // The compiled-in lexicon; aborts only if the embedded files are malformed (a test
  // parses them with Parse and checks the messages).
  static const Lexicon& Builtin();

  // Parses the four files; errors name the file, line and the problem.
  static Result<std::unique_ptr<Lexicon>> Parse(std::string_view endings, std::string_view lexicon,
                                                std::string_view countries,
                                                std::string_view places);

  // The longest entry matching toks[i, end), or a Match with entry == nullptr.
  // One hash lookup per possible stem of toks[i] (at most one per ending length).
  Match Longest(const std::vector<Token>& toks, size_t i, size_t end) const;

  // Whether `word` (folded) is `stem` plus an ending of endings.txt; the ending in *rest.
  bool HasEnding(std::string_view word, std::string_view stem, std::string* rest) const;

  size_t size() const { return entries_.size(); }

 private:
  Lexicon() = default;
  bool WordMatches(const PatternWord& w, const std::string& norm, std::string* ending) const;
  Status AddLine(std::string_view file, int line_no, std::string_view pattern, Entry entry);

  std::vector<std::unique_ptr<Entry>> entries_;
  struct Hash {  // looks stems up by std::string_view, without a copy
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::vector<const Entry*>, Hash, std::equal_to<>> by_stem_;  // first word's stem
  std::unordered_map<std::string, bool> endings_;
  size_t max_ending_bytes_ = 0;
};

// Splits a pattern into words: spaces separate words and a hyphen is a word of its
// own ("Гвине*-Бисау" -> "Гвине*", "-", "Бисау"), as the tokenizer splits text. A
// word "." or "-" matches that punctuation written without a space before it.
std::vector<std::string> SplitPattern(std::string_view pattern);

}  // namespace dyad::text::ru
