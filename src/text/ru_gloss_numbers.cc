// Russian gloss, numbers: compound amounts ("1 млрд 150 млн"), year forms ("2022-м",
// "2023 года"), digit groups split by spaces, decimal commas, a currency carried to the
// amounts after it, ordinals ("16-е место"), index percentages ("темпы роста 115%") and
// falls by a factor ("сократился в 2 раза"). See ru_glosser.h.
#include "text/ru_glosser.h"

#include <cmath>
#include <unordered_set>

namespace dyad::text::ru::internal {

void Glosser::FactorOfDecrease() {
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

void Glosser::CarryCurrency(size_t number, size_t after) {
  if (currency_.empty() || number == 0 || in_[number].kind != TokenKind::kNumber) return;
  // The first group of a space-grouped number ("— 1 900 млн").
  while (number > 1 && in_[number - 1].kind == TokenKind::kNumber && LeadingDigits(in_[number]) == 3) --number;
  std::string_view dash = in_[number - 1].norm;
  if (dash != "--" && dash != "-" && dash != "–" && dash != "—") return;
  if (after < in_.size()) {
    Match next = At(after);
    if (next.entry && !next.entry->gloss.empty() && IsCurrencyGloss(next.entry->gloss.back())) return;
    if (in_[after].kind == TokenKind::kWord && !IsCyrillic(in_[after])) return;  // "USD", "euro"
  }
  Emit(after - 1, after, currency_, false, false);
}

size_t Glosser::LeadingDigits(const Token& t) const {
  size_t n = 0;
  while (n < t.norm.size() && t.norm[n] >= '0' && t.norm[n] <= '9') ++n;
  return n;
}

size_t Glosser::SpaceGroups(size_t j, Token* t) const {
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

size_t Glosser::Number(size_t i) {
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
  if (s1 > 0) {
    if (size_t after = SharedCurrency(j, t); after) return after;
  }
  out_.push_back(t);
  SharedScale(j);
  return j;
}

size_t Glosser::IndexPercent(size_t i, size_t j, const Token& t) {
  if (j >= in_.size() || in_[j].norm != "%" || t.value < 50 || t.value > 1000) return 0;
  size_t k = j + 1;
  auto base_word = [&](size_t q) {
    std::string_view w = in_[q].norm;
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

void Glosser::SharedScale(size_t j) {
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

size_t Glosser::SharedCurrency(size_t j, const Token& t) {
  Match scale = At(j);
  if (!scale.entry || scale.entry->gloss.size() != 1) return 0;
  size_t k = j + scale.length;
  if (k + 2 >= in_.size() || (in_[k].norm != "и" && in_[k].norm != "или") ||
      in_[k + 1].kind != TokenKind::kNumber || ScaleOf(in_[k + 2]) == 0) {
    return 0;
  }
  size_t c = k + 3;
  if (c < in_.size() && in_[c].norm == ".") ++c;
  Match currency = c < in_.size() ? At(c) : Match{};
  if (!currency.entry || currency.entry->gloss.empty() || !IsCurrencyGloss(currency.entry->gloss.back())) return 0;
  std::vector<std::string> words = scale.entry->gloss;
  words.insert(words.end(), currency.entry->gloss.begin(), currency.entry->gloss.end());
  out_.push_back(t);
  Emit(j, k, words, false, false);
  return k;
}

void Glosser::EmitOrdinal(size_t b, size_t e, int n) {
  Token num = in_[b];
  num.end = in_[e - 1].end;
  out_.push_back(num);
  Emit(b, e, {OrdinalSuffix(n)}, false, false);
  out_.back().space_before = false;
}

std::pair<std::string, size_t> Glosser::OrdinalAt(size_t j) const {
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

}  // namespace dyad::text::ru::internal
