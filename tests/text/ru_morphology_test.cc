// The Russian lexicon and its morphology: stems match every case form, names need
// capitals, abbreviations need all capitals, and malformed data files fail with the
// file, line and problem.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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
  auto duplicate = Lexicon::Parse("", "рост*\tgrowth\nрост*\trise\n", "", "");
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.status().message(), "lexicon.tsv:2: duplicate pattern \"рост*\" (first on line 1)");
  auto bad_code = Lexicon::Parse("", "", "XXX\tИкс*\t\n", "");
  ASSERT_FALSE(bad_code.ok());
  EXPECT_EQ(bad_code.status().message(),
            "countries.tsv:1: expected an ISO alpha-3 code, names and adjectives");
}

TEST(RuMorphologyTest, CoversTheCountriesOfTradeNews) {
  const std::vector<std::pair<const char*, const char*>> kNames = {
      {"Германия", "DEU"}, {"Франция", "FRA"}, {"Италия", "ITA"}, {"Испания", "ESP"},
      {"Польша", "POL"}, {"Турция", "TUR"}, {"Иран", "IRN"}, {"Индия", "IND"},
      {"Япония", "JPN"}, {"Южная Корея", "KOR"}, {"Канада", "CAN"}, {"Бразилия", "BRA"},
      {"Мексика", "MEX"}, {"Аргентина", "ARG"}, {"Египет", "EGY"}, {"Египта", "EGY"},
      {"Нигерия", "NGA"}, {"ЮАР", "ZAF"}, {"Кения", "KEN"}, {"Эфиопия", "ETH"},
      {"Марокко", "MAR"}, {"Алжир", "DZA"}, {"Саудовская Аравия", "SAU"}, {"ОАЭ", "ARE"},
      {"Вьетнам", "VNM"}, {"Индонезия", "IDN"}, {"Малайзия", "MYS"}, {"Таиланд", "THA"},
      {"Пакистан", "PAK"}, {"Афганистан", "AFG"}, {"Монголия", "MNG"}, {"Грузия", "GEO"},
      {"Армения", "ARM"}, {"Азербайджан", "AZE"}, {"Украина", "UKR"}, {"Молдова", "MDA"},
      {"Литва", "LTU"}, {"Латвия", "LVA"}, {"Эстония", "EST"}, {"Финляндия", "FIN"},
      {"Швеция", "SWE"}, {"Норвегия", "NOR"}, {"Великобритания", "GBR"}, {"Нидерланды", "NLD"},
      {"Нидерландов", "NLD"}, {"Бельгия", "BEL"}, {"Швейцария", "CHE"}, {"Австрия", "AUT"},
      {"Чехия", "CZE"}, {"Венгрия", "HUN"}, {"Румыния", "ROU"}, {"Болгария", "BGR"},
      {"Сербия", "SRB"}, {"Греция", "GRC"}, {"Туркменистан", "TKM"}, {"Кыргызстан", "KGZ"},
      {"Таджикистан", "TJK"}, {"Узбекистан", "UZB"}, {"КНР", "CHN"}, {"РФ", "RUS"}};
  for (const auto& [name, code] : kNames) EXPECT_EQ(Read(name), code) << name;
}

TEST(RuLanguageTest, DetectsByCyrillicShare) {
  EXPECT_EQ(DetectLanguage("Товарооборот Казахстана и Китая вырос на 14% (Kazinform)."), "ru");
  EXPECT_EQ(DetectLanguage("Trade between Kazakhstan and China rose 14% (Казинформ)."), "en");
  EXPECT_EQ(DetectLanguage(""), "en");
}

TEST(RuLanguageTest, EveryRealArticleIsTold) {
  const char* root = std::getenv("DYAD_SHARED");
  std::filesystem::path dir = std::filesystem::path(root ? root : "../../shared") / "data" / "articles";
  int seen = 0;
  for (const char* lang : {"ru", "en"}) {
    for (const auto& f : std::filesystem::directory_iterator(dir / lang)) {
      if (f.path().extension() != ".txt") continue;
      std::ifstream in(f.path(), std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      EXPECT_EQ(DetectLanguage(text.str()), lang) << f.path();
      ++seen;
    }
  }
  EXPECT_GE(seen, 70) << "set DYAD_SHARED (read " << dir << ")";
}

}  // namespace
}  // namespace dyad::text::ru
