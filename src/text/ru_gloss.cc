// Russian tokens -> English lexicon words. The lexicon does the words; this file holds
// only what depends on the neighbouring token: prepositions whose sense follows from
// the next word ("в Казахстан" to, "в Казахстане" in, "в 2023 году" in), year forms
// ("2022-м", "2023 года", "2023 г."), ordinal suffixes ("16-е место"), abbreviation
// dots ("млрд." inside a sentence), compound amounts ("1 млрд 150 млн"), decimal commas,
// and "of" before a country in the genitive after a noun ("товарооборот Казахстана").
#include "text/ru_gloss.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "text/lexicon.h"
#include "text/ru_lexicon.h"

namespace dyad::text::ru {
namespace {

bool IsYearToken(const Token& t) {
  return t.kind == TokenKind::kNumber && t.integer && t.end - t.begin == 4 && t.value >= 1950 &&
         t.value <= 2100;
}

// Abbreviations written with a dot that does not end the sentence ("млрд. долларов").
bool IsAbbreviation(const std::string& w) {
  static const std::unordered_set<std::string> kAbbrev = {
      "млрд", "млн", "тыс", "трлн", "долл", "руб", "проц", "г", "гг", "ед", "т", "пп"};
  return kAbbrev.count(w) > 0;
}

// Scale of a Russian scale word (for "1 млрд 150 млн").
double ScaleOf(const Token& t) {
  if (t.kind != TokenKind::kWord) return 0;
  const std::string& w = t.norm;
  if (w == "трлн") return 1e12;
  if (w == "млрд" || w.rfind("миллиард", 0) == 0) return 1e9;
  if (w == "млн" || w.rfind("миллион", 0) == 0) return 1e6;
  if (w == "тыс" || w.rfind("тысяч", 0) == 0) return 1e3;
  return 0;
}

// Whether a name matched with `ending` is in the genitive ("Казахстана", "Китая",
// "России", "Нидерландов"). "-я" after a stem in "-и" is the nominative of the "-ия"
// names (Россия, Турция, Индия); "-а" of the few feminine names in "-а" (Канада) is
// read as genitive, which only adds an "of".
bool IsGenitive(const Entry& e, const std::string& ending) {
  if (ending == "и" || ending == "ы" || ending == "ов" || ending == "а") return true;
  if (ending != "я") return false;
  const std::string& stem = e.words.back().stem;
  return !(stem.size() >= 2 && stem.compare(stem.size() - 2, 2, "и") == 0);
}

bool IsPeriodNoun(const std::string& w) {
  static const std::unordered_set<std::string> kPeriod = {
      "months", "quarter", "half", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "period"};
  return kPeriod.count(w) > 0;
}

// Glosses that are not nouns: a country after them is not a possessor.
bool IsFunctionGloss(const std::string& w) {
  static const std::unordered_set<std::string> kFunction = {
      "and", "or", "from", "to", "in", "with", "between", "by", "for", "at", "about", "on",
      "of", "the", "than", "among", "after", "including", "besides", "while", "but", "that",
      "this", "which", "also", "further", "already", "only", "through", "without", "so",
      "is", "was", "were", "are", "became", "compared", "against"};
  return kFunction.count(w) > 0;
}

bool IsCurrencyGloss(const std::string& w) {
  static const std::unordered_set<std::string> kCurrencies = {
      "dollars", "rubles", "tenge", "somoni", "soum", "som", "yuan", "euros",
      "manats", "lira", "rupees", "drams", "lari", "hryvnias"};
  return kCurrencies.count(w) > 0;
}

bool IsScaleGloss(const std::string& w) {
  return w == "billion" || w == "million" || w == "thousand" || w == "trillion";
}

// The first gloss word of a trade whole ("total foreign trade", "trade turnover"; not a
// flow: "75% импорта" after a group's share stays as written).
bool IsWholeGloss(const std::string& w) {
  static const std::unordered_set<std::string> kWhole = {"total", "foreign", "trade", "volume", "mutual", "bilateral"};
  return kWhole.count(w) > 0;
}

// "2", "33.3": a gloss word standing for a number.
bool IsNumeral(const std::string& w) {
  if (w.empty() || w[0] < '0' || w[0] > '9') return false;
  for (char c : w) {
    if (!(c >= '0' && c <= '9') && c != '.') return false;
  }
  return true;
}

const char* OrdinalSuffix(int n) {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
}

class Glosser {
 public:
  explicit Glosser(const std::vector<Token>& in) : in_(in), lx_(Lexicon::Builtin()) {
    out_.reserve(in.size() + in.size() / 4);
  }

  std::vector<Token> Run() {
    skip_.assign(in_.size(), false);
    size_t i = 0;
    while (i < in_.size()) {
      if (skip_[i]) {
        ++i;
        continue;
      }
      size_t emitted = out_.size();
      size_t next = Step(i);
      // Words read as nothing ("По объему товарооборота ...", "На Китай пришлось ...")
      // pass their capital and line break to the next word written, so the sentence and
      // paragraph still start there.
      if (out_.size() == emitted) {
        if (!pending_cap_ && !pending_newline_) pending_begin_ = in_[i].begin;
        pending_cap_ = pending_cap_ || in_[i].cap;
        pending_newline_ = pending_newline_ || in_[i].newline_before;
        pending_blank_ = pending_blank_ || in_[i].blank_line_before;
      } else if (in_[i].newline_before && !out_[emitted].newline_before) {
        // A step whose first word is not in_[i] ("В Казахстан было отправлено ..." reads
        // "Kazakhstan imported ...") still starts the line in_[i] starts.
        out_[emitted].newline_before = true;
        out_[emitted].blank_line_before = out_[emitted].blank_line_before || in_[i].blank_line_before;
      }
      if (out_.size() > emitted && (pending_cap_ || pending_newline_)) {
        Token& first = out_[emitted];
        first.begin = std::min(first.begin, pending_begin_);  // the sentence text keeps them
        if (first.kind == TokenKind::kWord) first.cap = first.cap || pending_cap_;
        first.newline_before = first.newline_before || pending_newline_;
        first.blank_line_before = first.blank_line_before || pending_blank_;
        first.space_before = first.space_before || pending_newline_;
        pending_cap_ = pending_newline_ = pending_blank_ = false;
      }
      i = next;
    }
    return std::move(out_);
  }

 private:
  // Appends `words` standing for in_[b, e).
  void Emit(size_t b, size_t e, const std::vector<std::string>& words, bool place, bool upper,
            bool cap = false) {
    for (size_t k = 0; k < words.size(); ++k) {
      Token t;
      t.begin = in_[b].begin;
      t.end = in_[e - 1].end;
      t.kind = TokenKind::kWord;
      t.norm = words[k];
      t.space_before = k == 0 ? in_[b].space_before : true;
      t.newline_before = k == 0 && in_[b].newline_before;
      t.blank_line_before = k == 0 && in_[b].blank_line_before;
      t.cap = place || (k == 0 && in_[b].cap) || cap;
      t.upper = upper;
      // A gloss written as a number ("вдвое" -> "2 times") is a number for the stages.
      if (IsNumeral(words[k])) {
        t.kind = TokenKind::kNumber;
        t.value = std::stod(words[k]);
        t.integer = words[k].find('.') == std::string::npos;
        t.cap = false;
      }
      out_.push_back(std::move(t));
    }
    FactorOfDecrease();
  }

  // "сократился в 2 раза", "снизился вдвое", "в 1,5 раза меньше": a fall by a factor N is
  // a fall by 100 * (1 - 1/N) percent ("decreased by 50 percent", "33.3 percent less");
  // the English stages read a factor only as growth. Rewrites the output's last words
  // when they are a decrease word, N, "times" or N, "times", a word of "less". A hedge
  // between them ("почти в 2 раза") keeps the factor, which then states no rate.
  void FactorOfDecrease() {
    size_t n = out_.size();
    if (n < 3) return;
    const text::Lexicon& en = text::Lexicon::Builtin(Language::kEnglish);
    auto is_factor = [&](size_t k) {
      return out_[k].kind == TokenKind::kNumber && out_[k].value > 1 && out_[k + 1].norm == "times";
    };
    size_t number = 0;
    if (is_factor(n - 2) && en.Is(out_[n - 3].norm, WordClass::kGrowthDown)) {
      number = n - 2;  // "decreased 2 times"
    } else if (is_factor(n - 3) && en.Is(out_[n - 1].norm, WordClass::kGrowthDown)) {
      number = n - 3;  // "2 times less"
    } else {
      return;
    }
    Token& f = out_[number];
    f.value = std::round(1000 * (1 - 1 / f.value)) / 10;
    f.integer = false;
    f.norm = std::to_string(f.value);
    out_[number + 1].norm = "percent";
    if (number == n - 2) {
      Token by = out_[number];
      by.kind = TokenKind::kWord;
      by.norm = "by";
      by.value = 0;
      out_.insert(out_.begin() + static_cast<long>(number), by);
    }
  }
  void Emit1(size_t b, const char* word) { Emit(b, b + 1, {word}, false, false); }

  // The lexicon entry at token j, if any.
  Match At(size_t j) const { return lx_.Longest(in_, j, in_.size()); }

  // Whether a country or place name starts at j; *location when its form is the
  // prepositional ("Казахстане", "России") or an indeclinable name ("Душанбе").
  bool NextIsPlace(size_t j, bool* location) const {
    Match m = At(j);
    if (!m.entry) return false;
    EntryKind k = m.entry->kind;
    if (k != EntryKind::kCountry && k != EntryKind::kPlace) return false;
    const std::string& e = m.last_ending;
    *location = e == "е" || e == "и" || (e.empty() && !m.entry->words.back().any_ending &&
                                         m.entry->words.back().endings.empty() && !m.entry->upper_only);
    return true;
  }

  bool IsMonth(size_t j) const {
    Match m = At(j);
    static const std::unordered_set<std::string> kMonths = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    return m.entry && m.entry->gloss.size() == 1 && kMonths.count(m.entry->gloss[0]) > 0;
  }

  // A number, possibly after "$" or a hedge: the start of an amount or a percentage.
  bool NextIsNumber(size_t j) const {
    if (j < in_.size() && in_[j].norm == "$") ++j;
    return j < in_.size() && in_[j].kind == TokenKind::kNumber;
  }

  // Prepositions read by the next word; returns the next index or 0 when `i` is not one.
  size_t Preposition(size_t i) {
    const std::string& w = in_[i].norm;
    size_t j = i + 1;
    bool has_next = j < in_.size();
    if (w == "в" || w == "во") {
      if (!out_.empty() && out_.back().norm == "place") {
        if (size_t after = PlaceInTrade(i, false); after) return after;
      }
      if (has_next && in_[j].kind == TokenKind::kNumber && j + 1 < in_.size() &&
          in_[j + 1].norm.rfind("раз", 0) == 0) {
        return j;  // "в 1,8 раза" -> "1.8 times"
      }
      // "на уровень товарооборота в 10 млрд долларов", "объем в 5 млрд": the amount of it.
      if (has_next && NextIsNumber(j) && !IsYearToken(in_[j]) && !out_.empty()) {
        const std::string& b = out_.back().norm;
        if (b == "turnover" || b == "trade" || b == "volume" || b == "level") {
          Emit1(i, "of");
          return j;
        }
      }
      bool location = false;
      if (has_next && NextIsPlace(j, &location)) {
        if (!location) {
          if (size_t after = PassiveFlow(j); after) return after;
        }
        // Accusative (direction) vs prepositional (location): "в Казахстан", "в Россию"
        // against "в Казахстане", "в России".
        Emit1(i, location ? "in" : "to");
        return j;
      }
      Emit1(i, "in");
      return j;
    }
    if (w == "с" || w == "со") {
      if (has_next && (NextIsNumber(j) || IsMonth(j))) Emit1(i, "from");
      else Emit1(i, "with");
      return j;
    }
    if (w == "на") {
      bool location = false;
      if (has_next && NextIsPlace(j, &location)) return j;  // "на Китай пришлось 35%"
      // "поставил товаров на 245 млн долларов": after a flow word "на" is the value.
      static const std::unordered_set<std::string> kFlowWords = {
          "supplied", "sent", "exported", "imported", "shipped", "bought", "sold", "goods",
          "products", "supplies", "purchases"};
      bool worth = false;
      for (size_t k = out_.size(); k > 0 && k + 4 > out_.size(); --k) {
        if (kFlowWords.count(out_[k - 1].norm)) worth = true;
      }
      // "программа сотрудничества на 2024-2026 годы", "на 2025 год": a validity.
      if (has_next && IsYearToken(in_[j]) && j + 1 < in_.size() &&
          (in_[j + 1].norm == "-" || in_[j + 1].norm == "–" || in_[j + 1].norm.rfind("год", 0) == 0)) {
        Emit1(i, "for");
        return j;
      }
      // "вырос на рекордные 20%": a word between the verb of change and its rate.
      const text::Lexicon& en = text::Lexicon::Builtin(Language::kEnglish);
      bool change = !out_.empty() && (en.Is(out_.back().norm, WordClass::kGrowthUp) ||
                                      en.Is(out_.back().norm, WordClass::kGrowthDown));
      if (has_next && (NextIsNumber(j) || (change && IsCyrillic(in_[j]) && NextIsNumber(j + 1)))) {
        Emit1(i, worth ? "worth" : "by");
      } else {
        Emit1(i, "on");
      }
      return j;
    }
    if (w == "до" || w == "к" || w == "ко") {
      Emit1(i, has_next && IsYearToken(in_[j]) ? "by" : "to");
      return j;
    }
    if (w == "за") {
      Emit1(i, "in");
      return j;
    }
    if (w == "от" && !out_.empty() && (out_.back().norm == "%" || out_.back().norm == "percent")) {
      Emit1(i, "of");  // "3,5% от внешней торговли Казахстана": a part of a whole
      return j;
    }
    if (w == "по") {
      Emit1(i, has_next && IsMonth(j) ? "to" : "on");
      return j;
    }
    return 0;
  }

  // "в Казахстан было отправлено таджикской продукции на 161,6 млн долларов": a short
  // passive of a flow verb after "в" + country makes the country the importer, read
  // "Kazakhstan imported Tajik products worth ..." (the English stages read a flow from
  // its subject). `place` is the index of the country; returns the index after the
  // participle, or 0 when no passive flow follows.
  size_t PassiveFlow(size_t place) {
    Match country = At(place);
    if (!country.entry || country.entry->kind != EntryKind::kCountry) return 0;
    // "из Казахстана в Таджикистан поставлено" names both ends: read as written.
    for (size_t k = place - 1; k > 0 && k + 5 > place; --k) {
      if (in_[k - 1].norm == "из" || in_[k - 1].norm == "от") return 0;
    }
    size_t k = place + country.length;
    if (k < in_.size() && (in_[k].norm == "было" || in_[k].norm == "были" || in_[k].norm == "был" ||
                           in_[k].norm == "была")) {
      ++k;
    }
    if (k >= in_.size()) return 0;
    const std::string& w = in_[k].norm;
    // Short passive forms end in -о (neuter) or -ы (plural): "отправлено", "ввезены".
    bool short_form = w.size() > 4 && (w.compare(w.size() - 2, 2, "о") == 0 || w.compare(w.size() - 2, 2, "ы") == 0);
    Match verb = At(k);
    static const std::unordered_set<std::string> kFlowVerbs = {"sent", "supplied", "exported", "imported",
                                                               "shipped"};
    if (!short_form || !verb.entry || verb.length != 1 || verb.entry->gloss.size() != 1 ||
        !kFlowVerbs.count(verb.entry->gloss[0])) {
      return 0;
    }
    size_t first = out_.size();
    Emit(place, place + country.length, country.entry->gloss, true, false);
    out_[first].begin = in_[place - 1].begin;  // the importer stands for "в Казахстан"
    Emit(place + country.length, k + 1, {"imported"}, false, false);
    prev_noun_ = false;
    return k + 1;
  }

  // "составил 4,4 млрд долларов, в 2022 году — 3,9 млрд": an amount after a dash that
  // names no currency is an item of the same list and takes the currency named before
  // it in the sentence. `number` is the amount's number; `after` the index after its
  // scale word.
  void CarryCurrency(size_t number, size_t after) {
    if (currency_.empty() || number == 0 || in_[number].kind != TokenKind::kNumber) return;
    // The first group of a space-grouped number ("— 1 900 млн").
    while (number > 1 && in_[number - 1].kind == TokenKind::kNumber && LeadingDigits(in_[number]) == 3) --number;
    const std::string& dash = in_[number - 1].norm;
    if (dash != "--" && dash != "-" && dash != "–" && dash != "—") return;
    if (after < in_.size()) {
      Match next = At(after);
      if (next.entry && !next.entry->gloss.empty() && IsCurrencyGloss(next.entry->gloss.back())) return;
      if (in_[after].kind == TokenKind::kWord && !IsCyrillic(in_[after])) return;  // "USD", "euro"
    }
    Emit(after - 1, after, currency_, false, false);
  }

  // Leading digits of a number token's text ("200" of "200,5").
  size_t LeadingDigits(const Token& t) const {
    size_t n = 0;
    while (n < t.norm.size() && t.norm[n] >= '0' && t.norm[n] <= '9') ++n;
    return n;
  }

  // "1 200 млн", "12 345,6 тыс.": Russian groups thousands with a plain space too (the
  // tokenizer joins groups only across no-break and thin spaces). A number of 1-3 digits
  // followed on the same line by numbers whose integer part is exactly 3 digits is one
  // number. `t` is the token at j - 1 (its value already read); returns the index after
  // the last group.
  size_t SpaceGroups(size_t j, Token* t) const {
    if (!t->integer || t->end - t->begin > 3 || LeadingDigits(*t) != t->end - t->begin) return j;
    while (j < in_.size() && in_[j].kind == TokenKind::kNumber && in_[j].space_before &&
           !in_[j].newline_before && LeadingDigits(in_[j]) == 3 &&
           (in_[j].norm.size() == 3 || in_[j].norm[3] == ',') && !in_[j].comma_groups) {
      if (!t->integer) return j;  // a decimal part was read: "1,5 200" is two numbers
      t->value = t->value * 1000 + in_[j].value;
      t->integer = in_[j].integer;
      t->norm = in_[j].integer ? std::to_string(static_cast<long long>(t->value)) : std::to_string(t->value);
      t->end = in_[j].end;
      ++j;
    }
    return j;
  }

  // Numbers: compound amounts, year forms, ordinal suffixes, decimal commas.
  size_t Number(size_t i) {
    Token t = in_[i];
    size_t j = i + 1;
    // Russian writes "1,15" for 1.15 and groups thousands with spaces (a number next to
    // Russian words; English sentences of a mixed article keep "654,800").
    bool russian = (i > 0 && IsCyrillic(in_[i - 1])) || (j < in_.size() && IsCyrillic(in_[j])) ||
                   (j + 1 < in_.size() && IsCyrillic(in_[j + 1]));
    if (russian && !t.integer && t.comma_groups && t.norm.find('.') == std::string::npos) {
      t.value = t.comma_decimal_value;
      t.comma_groups = false;
    }
    if (russian) j = SpaceGroups(j, &t);
    if (IsYearToken(t)) {
      // "за 10 месяцев 2023 года" -> "in 10 months of 2023"
      if (!out_.empty() && IsPeriodNoun(out_.back().norm) && IsCyrillic(in_[i - 1])) {
        Emit1(i, "of");
      }
      out_.push_back(t);
      // "2022-м", "2023-го", "2021-й"
      if (j + 1 < in_.size() && in_[j].norm == "-" && !in_[j].space_before &&
          in_[j + 1].kind == TokenKind::kWord && in_[j + 1].norm.size() <= 4 && IsCyrillic(in_[j + 1])) {
        j += 2;
      }
      // "2023 года", "2023 г.", "2023-2025 гг."
      if (j < in_.size() && in_[j].kind == TokenKind::kWord &&
          (in_[j].norm == "год" || in_[j].norm == "года" || in_[j].norm == "году" ||
           in_[j].norm == "годом" || in_[j].norm == "г" || in_[j].norm == "гг" ||
           in_[j].norm == "годах" || in_[j].norm == "годы")) {
        bool abbrev = in_[j].norm == "г" || in_[j].norm == "гг";
        ++j;
        if (abbrev && j < in_.size() && in_[j].norm == "." && !EndsSentence(j)) ++j;
      }
      return j;
    }
    // "16-е место", "3-е", "2-м": an ordinal.
    if (t.integer && t.value >= 1 && t.value <= 200 && j + 1 < in_.size() && in_[j].norm == "-" &&
        !in_[j].space_before && IsCyrillic(in_[j + 1]) && in_[j + 1].norm.size() <= 6) {
      EmitOrdinal(i, j + 2, static_cast<int>(t.value));
      return j + 2;
    }
    // "1 млрд 150 млн", "2 млрд. 842 млн.", "38 млрд 607,6 млн": one amount in the first scale.
    double s1 = j < in_.size() ? ScaleOf(in_[j]) : 0;
    if (s1 > 0) {
      size_t k = j + 1;
      if (k < in_.size() && in_[k].norm == ".") ++k;
      if (k + 1 < in_.size() && in_[k].kind == TokenKind::kNumber) {
        double s2 = ScaleOf(in_[k + 1]);
        if (s2 > 0 && s2 < s1) {
          Token second = in_[k];
          double v2 = (!second.integer && second.comma_groups) ? second.comma_decimal_value : second.value;
          t.value = (t.value * s1 + v2 * s2) / s1;
          t.integer = false;
          t.norm = std::to_string(t.value);
          t.end = in_[k].end;
          out_.push_back(t);
          Emit(j, j + 1, {s1 >= 1e12 ? "trillion" : s1 >= 1e9 ? "billion" : s1 >= 1e6 ? "million" : "thousand"},
               false, false);  // the first scale word
          size_t after = k + 2;
          if (after < in_.size() && in_[after].norm == "." && !EndsSentence(after)) ++after;
          CarryCurrency(i, after);
          return after;
        }
      }
    }
    if (size_t after = IndexPercent(i, j, t); after) return after;
    out_.push_back(t);
    SharedScale(j);
    return j;
  }

  // An index, the level as a percent of its base: "темпы роста составили 115%" (after
  // "темп роста" in the sentence) or "115,3% к уровню 2022 года", "103% к январю-марту"
  // (a percent "к" a base). Read as the change: "growth amounted to 15%" ("decrease
  // ... 14.8%" below 100), "rose by 15.3% compared with 2022". An index below 50% is
  // taken for a rate ("темп роста 15%", as some write it). `t` is the number read at i,
  // `j` the index after it; returns the index after what was read, or 0 when the number
  // is no index.
  size_t IndexPercent(size_t i, size_t j, const Token& t) {
    if (j >= in_.size() || in_[j].norm != "%" || t.value < 50 || t.value > 1000) return 0;
    size_t k = j + 1;
    auto base_word = [&](size_t q) {
      const std::string& w = in_[q].norm;
      return w.rfind("уровн", 0) == 0 || IsYearToken(in_[q]) || IsMonth(q) || w.rfind("аналогичн", 0) == 0 ||
             w.rfind("соответствующ", 0) == 0 || w.rfind("прошл", 0) == 0 || w.rfind("предыдущ", 0) == 0;
    };
    bool to_base = k + 1 < in_.size() && (in_[k].norm == "к" || in_[k].norm == "ко") && base_word(k + 1);
    bool after_noun = index_noun_ < out_.size() && out_[index_noun_].norm == "growth";
    if (!after_noun && !to_base) return 0;
    double change = std::round((t.value - 100) * 1e6) / 1e6;
    if (change == 0) return 0;
    Token n = t;
    n.value = std::fabs(change);
    n.integer = n.value == std::floor(n.value);
    n.norm = std::to_string(n.value);
    if (!to_base) {
      if (change < 0) out_[index_noun_].norm = "decrease";
      index_noun_ = SIZE_MAX;
      out_.push_back(n);
      return j;  // the "%" is read next
    }
    Emit(i, i + 1, {change > 0 ? "rose" : "fell", "by"}, false, false);
    // The verb stands before the number: an empty span where the number starts.
    out_[out_.size() - 2].end = out_[out_.size() - 1].end = in_[i].begin;
    n.space_before = true;
    out_.push_back(n);
    out_.push_back(in_[j]);  // "%"
    // "к уровню 2022 года" -> "compared with 2022": a base, not the figure's period.
    size_t base = in_[k + 1].norm.rfind("уровн", 0) == 0 ? k + 2 : k + 1;
    Emit(k, base, {"compared", "with"}, false, false);
    prev_noun_ = false;
    return base;
  }

  // "1,2 и 0,8 млрд долларов": the first number of a pair takes the scale and currency
  // written once after the second (read "1.2 billion dollars and 0.8 billion dollars").
  // `j` is the index after the first number.
  void SharedScale(size_t j) {
    if (j + 2 >= in_.size() || (in_[j].norm != "и" && in_[j].norm != "или") ||
        in_[j + 1].kind != TokenKind::kNumber || ScaleOf(in_[j + 2]) == 0) {
      return;
    }
    Match scale = At(j + 2);
    if (!scale.entry || scale.entry->gloss.size() != 1) return;
    std::vector<std::string> words = scale.entry->gloss;
    size_t k = j + 2 + scale.length;
    if (k < in_.size() && in_[k].norm == ".") ++k;
    Match currency = At(k);
    if (currency.entry && !currency.entry->gloss.empty() && IsCurrencyGloss(currency.entry->gloss.back())) {
      words.insert(words.end(), currency.entry->gloss.begin(), currency.entry->gloss.end());
    }
    Emit(j - 1, j, words, false, false);
  }

  // "16-е" as the English stages read "16th": the number, then "th" written onto it.
  void EmitOrdinal(size_t b, size_t e, int n) {
    Token num = in_[b];
    num.end = in_[e - 1].end;
    out_.push_back(num);
    Emit(b, e, {OrdinalSuffix(n)}, false, false);
    out_.back().space_before = false;
  }

  // An ordinal at j ("16-е", "третье"): its English word ("16" for a number) and the
  // index after it, or {"", 0}.
  std::pair<std::string, size_t> OrdinalAt(size_t j) const {
    if (j + 2 < in_.size() && in_[j].kind == TokenKind::kNumber && in_[j].integer && in_[j].value >= 1 &&
        in_[j].value <= 200 && in_[j + 1].norm == "-" && IsCyrillic(in_[j + 2])) {
      return {"#", j + 3};
    }
    Match m = At(j);
    static const std::unordered_set<std::string> kOrdinals = {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
    if (m.entry && m.entry->gloss.size() == 1 && kOrdinals.count(m.entry->gloss[0])) {
      return {m.entry->gloss[0], j + m.length};
    }
    return {"", 0};
  }

  // "занимает среди торговых партнеров Узбекистана 16-е место": Russian puts the
  // complement between the verb and "N-е место"; the rank is read as "ranks 16th
  // place among ...". Looks at most 10 tokens ahead, inside the clause. Returns the
  // index after the verb when it moved the ordinal, else 0.
  size_t HoistRank(size_t verb, size_t len) {
    for (size_t j = verb + len; j < in_.size() && j < verb + len + 10; ++j) {
      const Token& t = in_[j];
      if (t.kind == TokenKind::kPunct && (t.norm == "." || t.norm == ";" || t.norm == ":")) return 0;
      auto [word, after] = OrdinalAt(j);
      if (after == 0) continue;
      Match place = At(after);
      if (!place.entry || place.entry->gloss != std::vector<std::string>{"place"}) return 0;
      if (j == verb + len) return 0;  // already in order
      Emit(verb, verb + len, {"ranks"}, false, false);
      if (word == "#") {
        EmitOrdinal(j, after, static_cast<int>(in_[j].value));
        Emit(after, after + place.length, {"place"}, false, false);
      } else {
        Emit(j, after + place.length, {word, "place"}, false, false);
      }
      size_t end = after + place.length;
      if (size_t trade_end = PlaceInTrade(end, true); trade_end) end = trade_end;
      for (size_t k = j; k < end; ++k) skip_[k] = true;
      prev_noun_ = false;
      return verb + len;
    }
    return 0;
  }

  // "занимает первое место во внешней торговле Казахстана": a place in a country's
  // trade is read as a place "among trading partners of Kazakhstan". `i` is "в"/"во";
  // returns the index after the trade words (and after the country too when
  // `with_country`: the hoisting rule moves them all), or 0.
  size_t PlaceInTrade(size_t i, bool with_country) {
    if (i + 1 >= in_.size() || (in_[i].norm != "в" && in_[i].norm != "во")) return 0;
    Match cue = At(i + 1);
    static const std::vector<std::vector<std::string>> kTrade = {
        {"foreign", "trade"}, {"trade", "turnover"}, {"foreign", "trade", "turnover"}, {"trade"}};
    if (!cue.entry || std::find(kTrade.begin(), kTrade.end(), cue.entry->gloss) == kTrade.end()) return 0;
    size_t after = i + 1 + cue.length;
    std::vector<std::string> words = {"among", "trading", "partners"};
    Match country = At(after);
    bool genitive = country.entry && country.entry->kind == EntryKind::kCountry &&
                    IsGenitive(*country.entry, country.last_ending);
    if (genitive) words.push_back("of");
    Emit(i, after, words, false, false);
    prev_noun_ = false;
    if (genitive && with_country) {
      Emit(after, after + country.length, country.entry->gloss, true, false);
      return after + country.length;
    }
    return after;
  }

  // "доля России во внешней торговле Армении" is read "Russia 's share in foreign
  // trade of Armenia", the order in which the share stage finds the partner. The share
  // words are in_[word, next) ("доля", "удельный вес"). Returns the index after the
  // country, or 0 when no genitive country follows them.
  size_t PossessiveShare(size_t word, size_t next) {
    if (next >= in_.size()) return 0;
    Match c = At(next);
    if (!c.entry || c.entry->kind != EntryKind::kCountry || !IsGenitive(*c.entry, c.last_ending)) return 0;
    size_t first = out_.size();
    Emit(next, next + c.length, c.entry->gloss, true, false);
    Emit(next, next + c.length, {"'s"}, false, false);
    out_.back().space_before = false;
    Emit(word, next, {"share"}, false, false);
    // The line (and sentence) still starts at "Доля": the country comes first now.
    Token& share = out_.back();
    out_[first].begin = share.begin;
    out_[first].space_before = share.space_before;
    out_[first].newline_before = share.newline_before;
    out_[first].blank_line_before = share.blank_line_before;
    out_[first].cap = true;
    share.space_before = true;
    share.cap = share.newline_before = share.blank_line_before = false;
    prev_noun_ = false;
    return next + c.length;
  }

  // Whether the "." at `j` ends a sentence: a capitalised word follows.
  bool EndsSentence(size_t j) const {
    if (j + 1 >= in_.size()) return true;
    const Token& next = in_[j + 1];
    return next.newline_before || (next.kind == TokenKind::kWord && next.cap);
  }

  // "Между Туркестаном и Худжандом подписан меморандум о побратимстве": Russian names
  // the parties of a passive signing first; it is read as "memorandum ... was signed
  // between Turkistan and Khujand", the order the agreement stage reads. `i` is "между";
  // returns the index after the clause, or 0 when the pattern does not hold.
  size_t PartiesBeforeSigning(size_t i) {
    size_t k = i + 1, parties = 0;
    while (k < in_.size() && k < i + 10) {
      Match m = At(k);
      if (m.entry && (m.entry->kind == EntryKind::kCountry || m.entry->kind == EntryKind::kPlace)) {
        ++parties;
        k += m.length;
      } else if (in_[k].norm == "и" || in_[k].norm == ",") {
        ++k;
      } else {
        break;
      }
    }
    if (parties < 2 || k >= in_.size()) return 0;
    static const std::unordered_set<std::string> kSigned = {"подписан", "подписано", "подписана", "подписаны",
                                                            "подписали", "заключен", "заключено", "заключена"};
    if (!kSigned.count(in_[k].norm) || k + 1 >= in_.size() || in_[k + 1].kind != TokenKind::kWord) return 0;
    size_t verb = k, end = k + 1;
    while (end < in_.size() && in_[end].norm != "." && in_[end].norm != ";" && in_[end].norm != "," &&
           !in_[end].newline_before) {
      ++end;
    }
    bool cap = in_[i].cap;
    size_t j = verb + 1;
    size_t first = out_.size();
    while (j < end) j = skip_[j] ? j + 1 : Step(j);
    if (out_.size() > first && cap) out_[first].cap = true;
    if (out_.size() > first) {
      out_[first].newline_before = out_[first].newline_before || in_[i].newline_before;
      out_[first].space_before = out_[first].space_before || in_[i].space_before;
    }
    Emit(verb, verb + 1, {"was", "signed"}, false, false);
    Emit(i, i + 1, {"between"}, false, false);
    out_.back().cap = false;
    for (size_t p = i + 1; p < verb;) p = Step(p);
    prev_noun_ = false;
    return std::max(j, end);
  }

  size_t Step(size_t i) {
    const Token& t = in_[i];
    if (t.norm == "между") {
      if (size_t after = PartiesBeforeSigning(i); after) return after;
    }
    if (t.newline_before || ((t.norm == "." || t.norm == "!" || t.norm == "?") && EndsSentence(i))) {
      currency_.clear();
      index_noun_ = SIZE_MAX;
    }
    if (t.norm == "$") currency_ = {"dollars"};
    if (t.kind == TokenKind::kNumber) return Number(i);
    if (!IsCyrillic(t)) {
      // Roman numerals before a Russian period noun: "в I квартале", "во II полугодии".
      static const std::unordered_map<std::string, const char*> kRoman = {
          {"i", "first"}, {"ii", "second"}, {"iii", "third"}, {"iv", "fourth"}};
      auto roman = kRoman.find(t.norm);
      if (t.upper && roman != kRoman.end() && i + 1 < in_.size() && IsCyrillic(in_[i + 1])) {
        Emit1(i, roman->second);
        prev_noun_ = false;
        return i + 1;
      }
      out_.push_back(t);
      prev_noun_ = false;
      return i + 1;
    }
    // An initial ("А.Лукашенко", "В. Путин") is a name, not the word "а" or "в".
    if (t.cap && t.norm.size() == 2 && i + 2 < in_.size() && in_[i + 1].norm == "." &&
        !in_[i + 1].space_before && in_[i + 2].cap && IsCyrillic(in_[i + 2])) {
      out_.push_back(t);
      prev_noun_ = false;
      return i + 1;
    }
    Match m = At(i);
    if (t.norm == "что" && !(m.entry && m.length > 1) && AfterFigureAndComma()) {
      Emit1(i, "which");  // "составил 8,4 млрд долларов, что в 1,5 раза больше ..."
      prev_noun_ = false;
      return i + 1;
    }
    if (head_end_ == out_.size() && head_end_ > 0) {
      // "договор о стратегическом партнерстве": "о" after an agreement is "on".
      if (t.norm == "о" || t.norm == "об") {
        Emit1(i, "on");
        prev_noun_ = false;
        return i + 1;
      }
      // "программа экономического сотрудничества": a genitive complement is "of ...".
      if (GenitiveComplement(i, m)) Emit1(i, "of");
    }
    size_t next = 0;
    if (!(m.entry && m.length > 1)) next = Preposition(i);
    if (next) {
      prev_noun_ = false;
      return next;
    }
    if (!m.entry) {
      out_.push_back(t);
      prev_noun_ = false;
      return Abbreviation(i, i + 1);
    }
    const Entry& e = *m.entry;
    if (e.kind == EntryKind::kWord && e.gloss == std::vector<std::string>{"share"}) {
      if (size_t after = PossessiveShare(i, i + m.length); after) return after;
    }
    if (e.kind == EntryKind::kWord && e.gloss.size() == 1 && e.gloss[0] == "ranks") {
      if (size_t after = HoistRank(i, m.length); after) return after;
    }
    if (e.kind == EntryKind::kWord && e.gloss == std::vector<std::string>{"growth", "index"}) {
      index_noun_ = out_.size();  // "темпы роста ... 115%": the index is read as its change
      Emit(i, i + m.length, {"growth"}, false, false);
      prev_noun_ = true;
      return i + m.length;
    }
    // "22% всей внешней торговли", "35% внешнеторгового оборота": a genitive whole after
    // a percentage is "of" it, as the share stage reads.
    if (e.kind == EntryKind::kWord && !e.gloss.empty() && !out_.empty() &&
        (out_.back().norm == "%" || out_.back().norm == "percent") && IsWholeGloss(e.gloss.front())) {
      Emit1(i, "of");
    }
    bool place = e.kind == EntryKind::kCountry || e.kind == EntryKind::kPlace;
    if (e.kind == EntryKind::kCountry && prev_noun_ && IsGenitive(e, m.last_ending)) {
      Emit1(i, "of");
    }
    // "закупки российских товаров", "вывоз таджикской продукции": an adjective in the
    // genitive after a noun is "of Russian goods", as the flow stages read it.
    const std::string& ending = m.last_ending;
    if (e.kind == EntryKind::kCountryAdjective && prev_noun_ &&
        (ending == "их" || ending == "ых" || ending == "ого" || ending == "ой")) {
      Emit1(i, "of");
    }
    // Group abbreviations ("CIS", "EAEU") are known to the gazetteer in capitals.
    bool upper = e.kind == EntryKind::kPlace;
    for (char c : e.code) upper = upper && !(c >= 'a' && c <= 'z') && c != ' ';
    Emit(i, i + m.length, e.gloss, place || e.kind == EntryKind::kCountryAdjective, upper, e.gloss_cap);
    if (e.kind == EntryKind::kWord && IsAgreementHead(e.gloss)) head_end_ = out_.size();
    if (e.kind == EntryKind::kWord && !e.gloss.empty() && IsCurrencyGloss(e.gloss.back())) currency_ = e.gloss;
    if (e.kind == EntryKind::kWord && e.gloss.size() == 1 && IsScaleGloss(e.gloss[0])) {
      CarryCurrency(i - 1, i + m.length);
    }
    prev_noun_ = e.kind == EntryKind::kWord && !e.gloss.empty() && !IsFunctionGloss(e.gloss.back());
    return Abbreviation(i + m.length - 1, i + m.length);
  }

  // Whether in_[i] (read as `m`) starts a genitive complement of an agreement's head:
  // an adjective in the genitive ("экономического", "торговой", "двусторонних") or a
  // noun the lexicon reads as cooperation or an area ("сотрудничества", "энергетики").
  bool GenitiveComplement(size_t i, const Match& m) const {
    if (!IsCyrillic(in_[i])) return false;
    const std::string& w = in_[i].norm;
    for (const char* ending : {"ого", "его", "ой", "ей", "ых", "их"}) {
      size_t n = std::char_traits<char>::length(ending);
      if (w.size() > n + 4 && w.compare(w.size() - n, n, ending) == 0) return true;
    }
    if (!m.entry || m.entry->kind != EntryKind::kWord || m.entry->gloss.empty()) return false;
    const std::string& g = m.entry->gloss.back();
    bool genitive = w.size() > 2 && (w.compare(w.size() - 2, 2, "а") == 0 || w.compare(w.size() - 2, 2, "и") == 0 ||
                                     w.compare(w.size() - 2, 2, "ы") == 0);
    const text::Lexicon& en = text::Lexicon::Builtin(Language::kEnglish);
    return genitive && (g == "cooperation" || g == "partnership" || en.Is(g, WordClass::kAreaNoun));
  }

  // Glosses of agreement head nouns ("treaty", "programme", "action plan", ...).
  static bool IsAgreementHead(const std::vector<std::string>& gloss) {
    static const std::unordered_set<std::string> kHeads = {
        "agreement", "memorandum", "treaty", "programme", "protocol", "roadmap", "declaration", "statement", "plan"};
    return !gloss.empty() && kHeads.count(gloss.back()) > 0;
  }

  // Whether the output ends with a figure and a comma ("8.4 billion dollars ,", "12% ,"):
  // a "что" after it starts a relative clause about the figure ("which"), not "that".
  bool AfterFigureAndComma() const {
    if (out_.size() < 2 || out_.back().norm != ",") return false;
    const Token& f = out_[out_.size() - 2];
    return f.kind == TokenKind::kNumber || f.norm == "%" || f.norm == "percent" || IsCurrencyGloss(f.norm) ||
           IsScaleGloss(f.norm);
  }

  // Skips the dot after an abbreviation ending at `last` when the sentence goes on.
  size_t Abbreviation(size_t last, size_t next) const {
    if (next < in_.size() && in_[next].norm == "." && IsAbbreviation(in_[last].norm) &&
        !EndsSentence(next)) {
      return next + 1;
    }
    return next;
  }

  const std::vector<Token>& in_;
  const Lexicon& lx_;
  std::vector<Token> out_;
  bool prev_noun_ = false;
  bool pending_cap_ = false, pending_newline_ = false, pending_blank_ = false;
  uint32_t pending_begin_ = 0;
  std::vector<std::string> currency_;  // the currency last named in this sentence
  size_t index_noun_ = SIZE_MAX;
  size_t head_end_ = 0;  // out_.size() right after an agreement head noun ("договор"), else stale  // the output "growth" of "темп роста" in this sentence, its index not yet read
  std::vector<bool> skip_;  // tokens already read by a hoisting rule
};

}  // namespace

bool IsCyrillic(const Token& t) {
  if (t.kind != TokenKind::kWord) return false;
  for (size_t i = 0; i + 1 < t.norm.size(); ++i) {
    unsigned char c = t.norm[i];
    if (c == 0xD0 || c == 0xD1) return true;
  }
  return false;
}

std::string DetectLanguage(std::string_view text) {
  size_t cyrillic = 0, latin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++latin;
    } else if ((c == 0xD0 || c == 0xD1) && i + 1 < text.size() &&
               (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      ++cyrillic;
      ++i;
    }
  }
  return cyrillic > 0 && cyrillic * 10 >= (cyrillic + latin) * 3 ? "ru" : "en";
}

std::vector<Token> Gloss(const std::vector<Token>& toks) { return Glosser(toks).Run(); }

}  // namespace dyad::text::ru
