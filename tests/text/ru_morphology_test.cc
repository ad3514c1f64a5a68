// The Russian lexicon and its morphology: stems match every case form, names need
// capitals, abbreviations need all capitals, and malformed data files fail with the
// file, line and problem.
#include <gtest/gtest.h>

#include "text/ru_gloss.h"
#include "text/ru_lexicon.h"
#include "text/tokens.h"

namespace dyad::text::ru {
namespace {

// The entry matched at the first token of `text`: "KAZ" for a country, the gloss
// joined by spaces for a word, "" for none.
std::string Read(std::string_view text) {
  std::vector<Token> toks = Tokenize(text);
  Match m = Lexicon::Builtin().Longest(toks, 0, toks.size());
  if (!m.entry) return "";
  if (m.entry->kind == EntryKind::kCountry) return m.entry->code;
  if (m.entry->kind == EntryKind::kCountryAdjective) return "adj:" + m.entry->code;
  std::string out;
  for (const auto& g : m.entry->gloss) out += (out.empty() ? "" : " ") + g;
  return out;
}

TEST(RuMorphologyTest, CountryInEveryCase) {
  for (const char* form : {"Казахстан", "Казахстана", "Казахстаном", "Казахстану", "Казахстане"}) {
    EXPECT_EQ(Read(form), "KAZ") << form;
  }
  for (const char* form : {"Россия", "России", "Россию", "Россией"}) EXPECT_EQ(Read(form), "RUS") << form;
  for (const char* form : {"Китай", "Китая", "Китаю", "Китаем", "Китае"}) EXPECT_EQ(Read(form), "CHN") << form;
  for (const char* form : {"Беларусь", "Беларуси", "Белоруссией"}) EXPECT_EQ(Read(form), "BLR") << form;
  EXPECT_EQ(Read("Южной Кореей"), "KOR");
  EXPECT_EQ(Read("Объединенных Арабских Эмиратов"), "ARE");
}

TEST(RuMorphologyTest, AdjectivesInEveryGenderAndCase) {
  for (const char* form : {"казахстанский", "казахстанская", "казахстанского", "казахстанскому",
                           "казахстанские", "казахстанских", "казахстанско"}) {
    EXPECT_EQ(Read(form), "adj:KAZ") << form;
  }
  EXPECT_EQ(Read("таджикская"), "adj:TJK");
  EXPECT_EQ(Read("российско"), "adj:RUS");
}

TEST(RuMorphologyTest, NamesNeedCapitalsAndAbbreviationsAllCapitals) {
  EXPECT_EQ(Read("казахстан"), "");  // a name in lowercase is not a name
  EXPECT_EQ(Read("США"), "USA");
  EXPECT_EQ(Read("Сша"), "");
  EXPECT_EQ(Read("Того"), "TGO");
  EXPECT_EQ(Read("того"), "");  // "того" is a pronoun
}

TEST(RuMorphologyTest, StemsDoNotMatchOtherWords) {
  EXPECT_EQ(Read("составе"), "");         // "в составе": not a form of "составил"
  EXPECT_EQ(Read("странный"), "");        // not a form of "страна"
  EXPECT_EQ(Read("товарооборота"), "trade turnover");
  EXPECT_EQ(Read("товарооборотом"), "trade turnover");
  EXPECT_EQ(Read("объем взаимной торговли"), "volume");  // words, not one phrase
}

TEST(RuMorphologyTest, PhrasesAndListedEndings) {
  EXPECT_EQ(Read("по сравнению с"), "compared with");
  EXPECT_EQ(Read("третье"), "third");
  EXPECT_EQ(Read("третьим"), "third");
  EXPECT_EQ(Read("десяти"), "ten");       // a cardinal, not "tenth"
  EXPECT_EQ(Read("десятое"), "tenth");
  EXPECT_EQ(Read("с начала года"), "since the start of the year");
}

TEST(RuMorphologyTest, MalformedFilesNameTheLine) {
  auto bad_columns = Lexicon::Parse("а\n", "# c\nтоварооборот*\n", "", "");
  ASSERT_FALSE(bad_columns.ok());
  EXPECT_EQ(bad_columns.status().message(),
            "lexicon.tsv:2: expected pattern<TAB>gloss, found 1 columns");
  auto bad_brace = Lexicon::Parse("", "мест{о,а\tplace\n", "", "");
  ASSERT_FALSE(bad_brace.ok());
  EXPECT_EQ(bad_brace.status().message(), "lexicon.tsv:1: expected '}' at the end of \"мест{о,а\"");
  auto bad_code = Lexicon::Parse("", "", "XXX\tИкс*\t\n", "");
  ASSERT_FALSE(bad_code.ok());
  EXPECT_EQ(bad_code.status().message(),
            "countries.tsv:1: expected an ISO alpha-3 code, names and adjectives");
}

TEST(RuMorphologyTest, EveryIsoCountryHasARussianName) {
  // Trade news names every country; a missing row would make its articles unreadable.
  EXPECT_GE(Lexicon::Builtin().size(), 600u);
}

TEST(RuLanguageTest, DetectsByCyrillicShare) {
  EXPECT_EQ(DetectLanguage("Товарооборот Казахстана и Китая вырос на 14% (Kazinform)."), "ru");
  EXPECT_EQ(DetectLanguage("Trade between Kazakhstan and China rose 14% (Казинформ)."), "en");
  EXPECT_EQ(DetectLanguage(""), "en");
}

}  // namespace
}  // namespace dyad::text::ru
