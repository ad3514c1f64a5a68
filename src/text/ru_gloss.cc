// Russian tokens -> English lexicon words. The lexicon does the words; this file holds
// only what depends on the neighbouring token: prepositions whose sense follows from
// the next word ("в Казахстан" to, "в Казахстане" in, "в 2023 году" in), year forms
// ("2022-м", "2023 года", "2023 г."), ordinal suffixes ("16-е место"), abbreviation
// dots ("млрд." inside a sentence), compound amounts ("1 млрд 150 млн"), decimal commas,
// and "of" before a country in the genitive after a noun ("товарооборот Казахстана").
#include "text/ru_gloss.h"

#include <algorithm>
#include <unordered_set>

#include "text/ru_glosser.h"

namespace dyad::text::ru::internal {

bool IsYearToken(const Token& t) {
  return t.kind == TokenKind::kNumber && t.integer && t.end - t.begin == 4 && t.value >= 1950 &&
         t.value <= 2100;
}

bool IsAbbreviation(std::string_view w) {
  static const std::unordered_set<std::string_view> kAbbrev = {
      "млрд", "млн", "тыс", "трлн", "долл", "руб", "проц", "г", "гг", "ед", "т", "пп"};
  return kAbbrev.count(w) > 0;
}

double ScaleOf(const Token& t) {
  if (t.kind != TokenKind::kWord) return 0;
  std::string_view w = t.norm;
  if (w == "трлн") return 1e12;
  if (w == "млрд" || w.rfind("миллиард", 0) == 0) return 1e9;
  if (w == "млн" || w.rfind("миллион", 0) == 0) return 1e6;
  if (w == "тыс" || w.rfind("тысяч", 0) == 0) return 1e3;
  return 0;
}

bool IsGenitive(const Entry& e, const std::string& ending) {
  if (ending == "и" || ending == "ы" || ending == "ов" || ending == "а") return true;
  if (ending != "я") return false;
  const std::string& stem = e.words.back().stem;
  return !(stem.size() >= 2 && stem.compare(stem.size() - 2, 2, "и") == 0);
}

bool IsPeriodNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kPeriod = {
      "months", "quarter", "half", "january", "february", "march", "april", "may", "june",
      "july", "august", "september", "october", "november", "december", "period"};
  return kPeriod.count(w) > 0;
}

bool IsFunctionGloss(std::string_view w) {
  static const std::unordered_set<std::string_view> kFunction = {
      "and", "or", "from", "to", "in", "with", "between", "by", "for", "at", "about", "on",
      "of", "the", "than", "among", "after", "including", "besides", "while", "but", "that",
      "this", "which", "also", "further", "already", "only", "through", "without", "so",
      "is", "was", "were", "are", "became", "compared", "against"};
  return kFunction.count(w) > 0;
}

bool IsCurrencyGloss(std::string_view w) {
  static const std::unordered_set<std::string_view> kCurrencies = {
      "dollars", "rubles", "tenge", "somoni", "soum", "som", "yuan", "euros",
      "manats", "lira", "rupees", "drams", "lari", "hryvnias"};
  return kCurrencies.count(w) > 0;
}

bool IsScaleGloss(std::string_view w) {
  return w == "billion" || w == "million" || w == "thousand" || w == "trillion";
}

bool IsWholeGloss(std::string_view w) {
  static const std::unordered_set<std::string_view> kWhole = {"total", "foreign", "trade", "volume", "mutual", "bilateral"};
  return kWhole.count(w) > 0;
}

bool IsNumeral(std::string_view w) {
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

std::vector<Token> Glosser::Run() {
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

void Glosser::Emit(size_t b, size_t e, const std::vector<std::string>& words, bool place, bool upper, bool cap) {
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

bool Glosser::NextIsPlace(size_t j, bool* location) const {
  Match m = At(j);
  if (!m.entry) return false;
  EntryKind k = m.entry->kind;
  if (k != EntryKind::kCountry && k != EntryKind::kPlace) return false;
  const std::string& e = m.last_ending;
  *location = e == "е" || e == "и" || (e.empty() && !m.entry->words.back().any_ending &&
                                       m.entry->words.back().endings.empty() && !m.entry->upper_only);
  return true;
}

bool Glosser::IsMonth(size_t j) const {
  Match m = At(j);
  static const std::unordered_set<std::string> kMonths = {
      "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};
  return m.entry && m.entry->gloss.size() == 1 && kMonths.count(m.entry->gloss[0]) > 0;
}

bool Glosser::NextIsNumber(size_t j) const {
  if (j < in_.size() && in_[j].norm == "$") ++j;
  return j < in_.size() && in_[j].kind == TokenKind::kNumber;
}

bool Glosser::EndsSentence(size_t j) const {
  if (j + 1 >= in_.size()) return true;
  const Token& next = in_[j + 1];
  return next.newline_before || (next.kind == TokenKind::kWord && next.cap);
}

size_t Glosser::Step(size_t i) {
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
  // An indeclinable name after a noun ("товарооборот РУз", "экспорт США") is a genitive too.
  bool indeclinable = m.last_ending.empty() && !e.words.empty() && !e.words.back().any_ending &&
                      e.words.back().endings.empty();
  if (e.kind == EntryKind::kCountry && prev_noun_ && (IsGenitive(e, m.last_ending) || indeclinable)) {
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

bool Glosser::AfterFigureAndComma() const {
  if (out_.size() < 2 || out_.back().norm != ",") return false;
  const Token& f = out_[out_.size() - 2];
  return f.kind == TokenKind::kNumber || f.norm == "%" || f.norm == "percent" || IsCurrencyGloss(f.norm) ||
         IsScaleGloss(f.norm);
}

size_t Glosser::Abbreviation(size_t last, size_t next) const {
  if (next < in_.size() && in_[next].norm == "." && IsAbbreviation(in_[last].norm) &&
      !EndsSentence(next)) {
    return next + 1;
  }
  return next;
}

}  // namespace dyad::text::ru::internal

namespace dyad::text::ru {

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

std::vector<Token> Gloss(const std::vector<Token>& toks) { return internal::Glosser(toks).Run(); }

}  // namespace dyad::text::ru
