// The Russian gloss's working state (internal to src/text; the entry point is ru_gloss.h):
// one Glosser reads an article's tokens left to right and writes English lexicon words.
// Its steps live in three files: ru_gloss.cc (the driver, words and sentence marks),
// ru_gloss_numbers.cc (numbers, amounts, ordinals, factors) and ru_gloss_phrases.cc
// (prepositions and the phrases whose words are reordered: ranks, shares, flows in the
// passive, parties before a signing verb, agreement titles).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "text/lexicon.h"
#include "text/ru_gloss.h"
#include "text/ru_lexicon.h"
#include "text/tokens.h"

namespace dyad::text::ru::internal {

bool IsYearToken(const Token& t);
// Abbreviations written with a dot that does not end the sentence ("млрд. долларов").
bool IsAbbreviation(std::string_view w);
// Scale of a Russian scale word (for "1 млрд 150 млн").
double ScaleOf(const Token& t);
// Whether a name matched with `ending` is in the genitive ("Казахстана", "Китая",
// "России", "Нидерландов"). "-я" after a stem in "-и" is the nominative of the "-ия"
// names (Россия, Турция, Индия); "-а" of the few feminine names in "-а" (Канада) is
// read as genitive, which only adds an "of".
bool IsGenitive(const Entry& e, const std::string& ending);
bool IsPeriodNoun(std::string_view w);
// Glosses that are not nouns: a country after them is not a possessor.
bool IsFunctionGloss(std::string_view w);
bool IsCurrencyGloss(std::string_view w);
bool IsScaleGloss(std::string_view w);
// The first gloss word of a trade whole ("total foreign trade", "trade turnover"; not a
// flow: "75% импорта" after a group's share stays as written).
bool IsWholeGloss(std::string_view w);
// "2", "33.3": a gloss word standing for a number.
bool IsNumeral(std::string_view w);
const char* OrdinalSuffix(int n);

class Glosser {
 public:
  explicit Glosser(const std::vector<Token>& in) : in_(in), lx_(Lexicon::Builtin()) {
    out_.reserve(in.size() + in.size() / 4);
  }

  // The glossed tokens (once: the output is moved out).
  std::vector<Token> Run();

 private:
  // Appends `words` standing for in_[b, e).
  void Emit(size_t b, size_t e, const std::vector<std::string>& words, bool place, bool upper,
            bool cap = false);

  // "сократился в 2 раза", "снизился вдвое", "в 1,5 раза меньше": a fall by a factor N is
  // a fall by 100 * (1 - 1/N) percent ("decreased by 50 percent", "33.3 percent less");
  // the English stages read a factor only as growth. Rewrites the output's last words
  // when they are a decrease word, N, "times" or N, "times", a word of "less". A hedge
  // between them ("почти в 2 раза") keeps the factor, which then states no rate.
  void FactorOfDecrease();

  void Emit1(size_t b, const char* word) { Emit(b, b + 1, {word}, false, false); }
  // The lexicon entry at token j, if any.
  Match At(size_t j) const { return lx_.Longest(in_, j, in_.size()); }
  // Whether a country or place name starts at j; *location when its form is the
  // prepositional ("Казахстане", "России") or an indeclinable name ("Душанбе").
  bool NextIsPlace(size_t j, bool* location) const;

  bool IsMonth(size_t j) const;

  // A number, possibly after "$" or a hedge: the start of an amount or a percentage.
  bool NextIsNumber(size_t j) const;

  // Prepositions read by the next word; returns the next index or 0 when `i` is not one.
  size_t Preposition(size_t i);

  // "в Казахстан было отправлено таджикской продукции на 161,6 млн долларов": a short
  // passive of a flow verb after "в" + country makes the country the importer, read
  // "Kazakhstan imported Tajik products worth ..." (the English stages read a flow from
  // its subject). `place` is the index of the country; returns the index after the
  // participle, or 0 when no passive flow follows.
  size_t PassiveFlow(size_t place);

  // "составил 4,4 млрд долларов, в 2022 году — 3,9 млрд": an amount after a dash that
  // names no currency is an item of the same list and takes the currency named before
  // it in the sentence. `number` is the amount's number; `after` the index after its
  // scale word.
  void CarryCurrency(size_t number, size_t after);

  // Leading digits of a number token's text ("200" of "200,5").
  size_t LeadingDigits(const Token& t) const;

  // "1 200 млн", "12 345,6 тыс.": Russian groups thousands with a plain space too (the
  // tokenizer joins groups only across no-break and thin spaces). A number of 1-3 digits
  // followed on the same line by numbers whose integer part is exactly 3 digits is one
  // number. `t` is the token at j - 1 (its value already read); returns the index after
  // the last group.
  size_t SpaceGroups(size_t j, Token* t) const;

  // Numbers: compound amounts, year forms, ordinal suffixes, decimal commas.
  size_t Number(size_t i);

  // An index, the level as a percent of its base: "темпы роста составили 115%" (after
  // "темп роста" in the sentence) or "115,3% к уровню 2022 года", "103% к январю-марту"
  // (a percent "к" a base). Read as the change: "growth amounted to 15%" ("decrease
  // ... 14.8%" below 100), "rose by 15.3% compared with 2022". An index below 50% is
  // taken for a rate ("темп роста 15%", as some write it). `t` is the number read at i,
  // `j` the index after it; returns the index after what was read, or 0 when the number
  // is no index.
  size_t IndexPercent(size_t i, size_t j, const Token& t);

  // "1,2 и 0,8 млрд долларов": the first number of a pair takes the scale and currency
  // written once after the second (read "1.2 billion dollars and 0.8 billion dollars").
  // `j` is the index after the first number.
  void SharedScale(size_t j);

  // "250 млн и 700 млн долларов": the first amount of a pair, with a scale of its own,
  // takes the currency written once after the second (read "250 million dollars and 700
  // million dollars"). `t` is the number read at j - 1, `j` its scale word; returns the
  // index after the scale, or 0 when no such pair follows (nothing emitted).
  size_t SharedCurrency(size_t j, const Token& t);

  // "16-е" as the English stages read "16th": the number, then "th" written onto it.
  void EmitOrdinal(size_t b, size_t e, int n);

  // An ordinal at j ("16-е", "третье"): its English word ("16" for a number) and the
  // index after it, or {"", 0}.
  std::pair<std::string, size_t> OrdinalAt(size_t j) const;

  // "занимает среди торговых партнеров Узбекистана 16-е место": Russian puts the
  // complement between the verb and "N-е место"; the rank is read as "ranks 16th
  // place among ...". Looks at most 10 tokens ahead, inside the clause. Returns the
  // index after the verb when it moved the ordinal, else 0.
  size_t HoistRank(size_t verb, size_t len);

  // "занимает первое место во внешней торговле Казахстана": a place in a country's
  // trade is read as a place "among trading partners of Kazakhstan". `i` is "в"/"во";
  // returns the index after the trade words (and after the country too when
  // `with_country`: the hoisting rule moves them all), or 0.
  size_t PlaceInTrade(size_t i, bool with_country);

  // "доля России во внешней торговле Армении" is read "Russia 's share in foreign
  // trade of Armenia", the order in which the share stage finds the partner. The share
  // words are in_[word, next) ("доля", "удельный вес"). Returns the index after the
  // country, or 0 when no genitive country follows them.
  size_t PossessiveShare(size_t word, size_t next);

  // Whether the "." at `j` ends a sentence: a capitalised word follows.
  bool EndsSentence(size_t j) const;

  // "Между Туркестаном и Худжандом подписан меморандум о побратимстве": Russian names
  // the parties of a passive signing first; it is read as "memorandum ... was signed
  // between Turkistan and Khujand", the order the agreement stage reads. `i` is "между";
  // returns the index after the clause, or 0 when the pattern does not hold.
  size_t PartiesBeforeSigning(size_t i);

  // Reads the word (or phrase) at i and writes its gloss; returns the index after it.
  size_t Step(size_t i);

  // Whether in_[i] (read as `m`) starts a genitive complement of an agreement's head:
  // an adjective in the genitive ("экономического", "торговой", "двусторонних") or a
  // noun the lexicon reads as cooperation or an area ("сотрудничества", "энергетики").
  bool GenitiveComplement(size_t i, const Match& m) const;

  // Glosses of agreement head nouns ("treaty", "programme", "action plan", ...).
  static bool IsAgreementHead(const std::vector<std::string>& gloss);

  // Whether the output ends with a figure and a comma ("8.4 billion dollars ,", "12% ,"):
  // a "что" after it starts a relative clause about the figure ("which"), not "that".
  bool AfterFigureAndComma() const;

  // Skips the dot after an abbreviation ending at `last` when the sentence goes on.
  size_t Abbreviation(size_t last, size_t next) const;

  const std::vector<Token>& in_;
  const Lexicon& lx_;
  std::vector<Token> out_;
  bool prev_noun_ = false;
  bool pending_cap_ = false, pending_newline_ = false, pending_blank_ = false;
  uint32_t pending_begin_ = 0;
  std::vector<std::string> currency_;  // the currency last named in this sentence
  size_t index_noun_ = SIZE_MAX;  // the output "growth" of "темп роста" in this sentence, its index not yet read
  size_t head_end_ = 0;  // out_.size() right after an agreement head noun ("договор"), else stale
  std::vector<bool> skip_;  // tokens already read by a hoisting rule
};

}  // namespace dyad::text::ru::internal
