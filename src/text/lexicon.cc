#include "text/lexicon.h"

#include <cstdio>
#include <cstdlib>

#include "base/strings.h"
#include "embedded/lexicon_en_csv.h"
#include "text/tokens.h"

namespace dyad::text {
namespace {

constexpr std::string_view kClassNames[] = {
#define DYAD_WORD_CLASS_NAME(e, name) name,
    DYAD_WORD_CLASSES(DYAD_WORD_CLASS_NAME)
#undef DYAD_WORD_CLASS_NAME
};

// One row per language: the file it was embedded from and its text.
struct BuiltinFile {
  Language lang;
  const char* file;
  std::string_view (*data)();
};
constexpr BuiltinFile kBuiltinFiles[] = {
    {Language::kEnglish, "data/text/en/lexicon.csv", &embedded::lexicon_en_csv},
};

}  // namespace

std::string_view WordClassName(WordClass c) { return kClassNames[static_cast<int>(c)]; }

std::optional<WordClass> WordClassFromName(std::string_view name) {
  for (int i = 0; i < static_cast<int>(WordClass::kCount); ++i) {
    if (kClassNames[i] == name) return static_cast<WordClass>(i);
  }
  return std::nullopt;
}

Result<Lexicon> Lexicon::Parse(std::string_view csv, std::string_view file_name) {
  Lexicon lex;
  size_t line_no = 0;
  while (!csv.empty()) {
    size_t nl = csv.find('\n');
    std::string_view line = csv.substr(0, nl);
    csv.remove_prefix(nl == std::string_view::npos ? csv.size() : nl + 1);
    ++line_no;
    line = TrimAscii(line);
    if (line.empty() || line.front() == '#') continue;
    auto where = [&] { return std::string(file_name) + ":" + std::to_string(line_no) + ": "; };
    std::string_view fields[3];
    int n = 0;
    for (std::string_view rest = line;; ++n) {
      size_t comma = rest.find(',');
      if (n == 3) return InvalidInput(where() + "expected class,word[,value], found more than 3 fields");
      fields[n] = TrimAscii(rest.substr(0, comma));
      if (comma == std::string_view::npos) {
        ++n;
        break;
      }
      rest.remove_prefix(comma + 1);
    }
    if (fields[0] == "class" && fields[1] == "word") continue;  // the header row
    std::optional<WordClass> cls = WordClassFromName(fields[0]);
    if (!cls) return InvalidInput(where() + "unknown word class \"" + std::string(fields[0]) + "\"");
    if (n < 2 || fields[1].empty()) return InvalidInput(where() + "expected class,word[,value], found no word");
    std::string word(fields[1]);
    std::vector<Token> toks = Tokenize(word);
    if (toks.size() != 1 || toks[0].norm != word) {
      return InvalidInput(where() + "\"" + word + "\" is not one folded token" +
                          (toks.size() == 1 ? " (reads as \"" + toks[0].norm + "\")" : ""));
    }
    int value = 0;
    if (n == 3 && !fields[2].empty()) {
      std::string v(fields[2]);
      char* end = nullptr;
      long parsed = std::strtol(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0') {
        return InvalidInput(where() + "expected an integer value, found \"" + v + "\"");
      }
      value = static_cast<int>(parsed);
    }
    Entry& e = lex.entries_[word];
    if ((e.mask & Bit(*cls)) == 0) lex.order_.emplace_back(*cls, word);
    e.mask |= Bit(*cls);
    if (value != 0) e.values.emplace_back(*cls, value);
  }
  return lex;
}

const Lexicon& Lexicon::Builtin(Language lang) {
  static const std::vector<Lexicon> kAll = [] {
    std::vector<Lexicon> all;
    for (const BuiltinFile& f : kBuiltinFiles) {
      Result<Lexicon> lex = Parse(f.data(), f.file);
      if (!lex.ok()) {  // embedded data is checked by lexicon_test; never user input
        std::fprintf(stderr, "dyad: bad built-in lexicon: %s\n", lex.status().message().c_str());
        std::abort();
      }
      all.push_back(std::move(*lex));
    }
    return all;
  }();
  for (size_t i = 0; i < std::size(kBuiltinFiles); ++i) {
    if (kBuiltinFiles[i].lang == lang) return kAll[i];
  }
  return kAll[0];
}

ClassMask Lexicon::Classes(std::string_view word) const {
  auto it = entries_.find(word);
  return it == entries_.end() ? 0 : it->second.mask;
}

int Lexicon::Value(std::string_view word, WordClass c) const {
  auto it = entries_.find(word);
  if (it == entries_.end()) return 0;
  for (const auto& [cls, v] : it->second.values) {
    if (cls == c) return v;
  }
  return 0;
}

std::vector<std::string> Lexicon::Words(WordClass c) const {
  std::vector<std::string> out;
  for (const auto& [cls, w] : order_) {
    if (cls == c) out.push_back(w);
  }
  return out;
}

}  // namespace dyad::text
